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
  // Each article's names as tokens, made when a re-ranking first needs them.
  private readonly nameTokens: (Token[][] | undefined)[];

  constructor(private readonly articles: readonly ArticleMeta[]) {
    this.nameTokens = new Array(articles.length);
    const lists = new Map<string, number[]>();
    articles.forEach((a, d) => {
      const seen = new Set<string>();
      for (const name of namesOf(a))
        for (const t of tokenize(name))
          for (const key of t.exact === t.folded ? [t.folded] : [t.folded, `=${t.exact}`]) {
            if (seen.has(key)) continue;
            seen.add(key);
            const list = lists.get(key);
            if (list) list.push(d);
            else lists.set(key, [d]);
          }
    });
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
    let names = this.nameTokens[d];
    if (!names) names = this.nameTokens[d] = namesOf(this.articles[d]!).map((x) => tokenize(x));
    let best = 0;
    for (const name of names) best = Math.max(best, matcher.adjacency(name));
    return best;
  }
}

function namesOf(a: ArticleMeta): string[] {
  return a.province ? [...a.organizers, a.province] : a.organizers;
}
