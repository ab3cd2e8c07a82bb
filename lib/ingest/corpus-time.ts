/**
 * Undated pages named as of their corpus's time. A page that dates nothing and names "Huế" may
 * be of any year: "Huế" is a province's name from 2025, the city of Thừa Thiên Huế before. Alone,
 * such a page gets today's name (extract.ts marks it `dateless`); in a corpus whose dated articles
 * are mostly older than the name (their median year before it), it is taken to be as old, so one
 * province is one facet value. The value is then inferred, and its evidence says why.
 */
import { type Curated, formerProvince } from "./curated";
import type { Article } from "./types";

/** The median event year of the corpus's dated articles, or null when none is dated. */
export function corpusYear(articles: readonly Pick<Article, "year">[]): number | null {
  const years = articles.flatMap((a) => (a.year === null ? [] : [a.year])).sort((a, b) => a - b);
  return years.length ? years[Math.floor((years.length - 1) / 2)]! : null;
}

/** The articles with each dateless province named as it was in the corpus's year (only those change). */
export function datelessAsOfCorpus(articles: readonly Article[], c: Curated): { articles: Article[]; changed: number } {
  const year = corpusYear(articles);
  let changed = 0;
  const out = articles.map((a) => {
    const e = a.evidence.province;
    if (year === null || a.year !== null || !e?.dateless || !a.province || year >= Number(e.dateless.slice(0, 4)))
      return a;
    const before = formerProvince(a.province, c);
    if (!before) return a;
    changed++;
    return {
      ...a,
      province: before.name,
      evidence: {
        ...a.evidence,
        province: {
          how: `${e.how}; the page dates nothing and the corpus's articles are of ${year} (median), before "${a.province}" was a province's name: "${before.name}"`,
          inferred: true,
        },
      },
    };
  });
  return { articles: out, changed };
}
