import { type Token, tokenize } from "../../text";
import type { Matcher } from "../query/matcher";
import type { ArticleMeta } from "../results/store";

/**
 * The organizers and province as a searchable field, built at load (the
 * artifact does not grow): each folded syllable, and each accented exact
 * form keyed "=form", to the articles whose names hold it.
 */
export class MetaField {
  private readonly docsByKey = new Map<string, Uint32Array>();
  // The distinct names (a few hundred organizers and provinces for any
  // number of articles), each tokenized once, and article d's names as
  // indexes into them: nameOf[nameStart[d], nameStart[d + 1]).
  private readonly nameTokens: Token[][] = [];
  private readonly nameStart: Uint32Array;
  private readonly nameOf: Uint32Array;
  // Per distinct name, its adjacency for the query being re-ranked (-1: not
  // computed yet): the best candidates share a few names.
  private adjacencyFor: Matcher | null = null;
  private adjacencyOf = new Int16Array(0);

  constructor(articles: readonly ArticleMeta[]) {
    const nameIndex = new Map<string, number>();
    const lists = new Map<string, number[]>();
    this.nameStart = new Uint32Array(articles.length + 1);
    const nameOf: number[] = [];
    articles.forEach((a, d) => {
      this.nameStart[d] = nameOf.length;
      const seen = new Set<string>();
      for (const name of namesOf(a)) {
        let id = nameIndex.get(name);
        if (id === undefined) {
          id = this.nameTokens.push(tokenize(name)) - 1;
          nameIndex.set(name, id);
        }
        nameOf.push(id);
        for (const t of this.nameTokens[id]!)
          for (const key of t.exact === t.folded ? [t.folded] : [t.folded, `=${t.exact}`]) {
            if (seen.has(key)) continue;
            seen.add(key);
            const list = lists.get(key);
            if (list) list.push(d);
            else lists.set(key, [d]);
          }
      }
    });
    this.nameStart[articles.length] = nameOf.length;
    this.nameOf = Uint32Array.from(nameOf);
    for (const [key, list] of lists) this.docsByKey.set(key, Uint32Array.from(list));
  }

  /** The articles whose names hold a folded syllable. */
  folded(term: string): Uint32Array | undefined {
    return this.docsByKey.get(term);
  }

  /** The articles whose names hold an accented syllable in this exact form. */
  exact(form: string): Uint32Array | undefined {
    return this.docsByKey.get(`=${form}`);
  }

  /** The best adjacency of the query's words in any of article d's names. */
  adjacency(d: number, matcher: Matcher): number {
    if (this.adjacencyFor !== matcher) {
      this.adjacencyFor = matcher;
      if (this.adjacencyOf.length !== this.nameTokens.length) this.adjacencyOf = new Int16Array(this.nameTokens.length);
      this.adjacencyOf.fill(-1);
    }
    let best = 0;
    for (let k = this.nameStart[d]!; k < this.nameStart[d + 1]!; k++) {
      const id = this.nameOf[k]!;
      let a = this.adjacencyOf[id]!;
      if (a < 0) this.adjacencyOf[id] = a = matcher.adjacency(this.nameTokens[id]!);
      if (a > best) best = a;
    }
    return best;
  }
}

function namesOf(a: ArticleMeta): string[] {
  return a.province ? [...a.organizers, a.province] : a.organizers;
}
