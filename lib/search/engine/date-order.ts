import type { ArticleMeta } from "../results/store";

/**
 * The articles by event date, computed once at load: the order an empty
 * query lists, each article's place among the distinct dates (the relevance
 * order's tie-break), and the "newest" / "oldest" orders of a match set.
 */
export class DateOrder {
  /** Every article, newest first; equal dates in corpus order, undated ones last. */
  readonly newestFirst: Uint32Array;
  /** Per article, the rank of its date among the distinct dates, newest first (equal dates share it). */
  readonly dateGroup: Uint32Array;
  /** Where each date group starts in newestFirst, then the number of articles. */
  private readonly groupStart: number[] = [];
  /** The group of the articles with neither a date nor a year (the last one), or -1. */
  private readonly undatedGroup: number;

  constructor(articles: readonly ArticleMeta[]) {
    const n = articles.length;
    this.newestFirst = Uint32Array.from(
      articles.map((_, i) => i).sort((a, b) => compareDate(articles[b]!, articles[a]!) || a - b),
    );
    this.dateGroup = new Uint32Array(n);
    const { newestFirst, dateGroup, groupStart } = this;
    newestFirst.forEach((d, r) => {
      const same = r > 0 && compareDate(articles[newestFirst[r - 1]!]!, articles[d]!) === 0;
      if (!same) groupStart.push(r);
      dateGroup[d] = groupStart.length - 1;
    });
    groupStart.push(n);
    // Undated articles form the last group (newest first): oldest first lists them last too.
    const last = n > 0 ? articles[newestFirst[n - 1]!]! : null;
    this.undatedGroup = last && last.date === null && last.year === null ? groupStart.length - 2 : -1;
  }

  /**
   * The first `want` of the kept matches (indexes into docs), newest or
   * oldest first, equal dates in corpus order, undated ones last either way.
   * A sparse match set is sorted (kept is sorted in place, and all of it
   * returned); a dense one walks the precomputed order instead, as far as needed.
   */
  order(docs: Uint32Array, kept: number[], want: number, newest: boolean): number[] {
    const { dateGroup, undatedGroup, groupStart, newestFirst } = this;
    const n = dateGroup.length;
    const dir = newest ? 1 : -1;
    if (kept.length * 16 < n) {
      const key = (d: number) => (dateGroup[d] === undatedGroup ? Number.MAX_SAFE_INTEGER : dir * dateGroup[d]!);
      return kept.sort((x, y) => key(docs[x]!) - key(docs[y]!) || docs[x]! - docs[y]!);
    }
    const keptAt = new Int32Array(n).fill(-1);
    for (let x = 0; x < kept.length; x++) keptAt[docs[kept[x]!]!] = kept[x]!;
    const out: number[] = [];
    const groups = groupStart.length - 1;
    const dated = undatedGroup >= 0 ? groups - 1 : groups;
    for (let g = 0; g < groups && out.length < want; g++) {
      const group = newest || g >= dated ? g : dated - 1 - g;
      for (let r = groupStart[group]!; r < groupStart[group + 1]! && out.length < want; r++) {
        const j = keptAt[newestFirst[r]!]!;
        if (j >= 0) out.push(j);
      }
    }
    return out;
  }
}

/** Orders by date, then year; undated articles sort as oldest (DateOrder lists them last either way). */
export function compareDate(a: ArticleMeta, b: ArticleMeta): number {
  const ka = a.date ?? (a.year !== null ? `${a.year}-00-00` : "");
  const kb = b.date ?? (b.year !== null ? `${b.year}-00-00` : "");
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
