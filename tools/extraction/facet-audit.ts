/**
 * A label-free audit of what the facets would show over a corpus: how many articles carry each
 * field, the distinct values, the years by count, the organizer values a reader should look at
 * (ending in a lower-case word, where fragments such as "Bộ X đánh giá" show), and any unit still
 * split by spelling. It needs no labels, so it reads a whole dataset (every file of a snapshot),
 * not only the labelled pages; it finds what to label or fix, and measures nothing.
 */
import type { Article } from "../../lib/ingest";
import { spellingKey } from "../../lib/ingest/spellings";

export interface FacetAudit {
  articles: number;
  withOrganizer: number;
  withYear: number;
  withProvince: number;
  organizers: number;
  provinces: number;
  /** Year → articles, most first. */
  years: [number, number][];
  /** Organizer values ending in a lower-case word, with their counts, rarest first. */
  lowerEndings: [string, number][];
  /** Units written more than one way (ingestCorpus unifies these: a non-empty list is a bug). */
  spellingSplits: string[][];
}

const count = <T>(xs: T[]) => {
  const m = new Map<T, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
};

export function auditFacets(articles: readonly Pick<Article, "organizers" | "year" | "province">[]): FacetAudit {
  const orgs = count(articles.flatMap((a) => a.organizers));
  const groups = new Map<string, string[]>();
  for (const o of orgs.keys()) groups.set(spellingKey(o), [...(groups.get(spellingKey(o)) ?? []), o]);
  return {
    articles: articles.length,
    withOrganizer: articles.filter((a) => a.organizers.length).length,
    withYear: articles.filter((a) => a.year !== null).length,
    withProvince: articles.filter((a) => a.province !== null).length,
    organizers: orgs.size,
    provinces: new Set(articles.map((a) => a.province).filter(Boolean)).size,
    years: [...count(articles.flatMap((a) => (a.year === null ? [] : [a.year]))).entries()].sort(
      (a, b) => b[1] - a[1] || a[0] - b[0],
    ),
    lowerEndings: [...orgs.entries()]
      .filter(([o]) => /(?:^|\s)\p{Ll}[\p{L}\p{M}]*$/u.test(o))
      .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)),
    spellingSplits: [...groups.values()].filter((g) => g.length > 1),
  };
}

/** The audit as text, the lists cut to `limit` lines. */
export function formatFacetAudit(a: FacetAudit, limit = 40): string {
  const pct = (n: number) => `${((100 * n) / Math.max(1, a.articles)).toFixed(1)} %`;
  return [
    `${a.articles} articles: organizer on ${a.withOrganizer} (${pct(a.withOrganizer)}), year on ${a.withYear} (${pct(a.withYear)}), province on ${a.withProvince} (${pct(a.withProvince)})`,
    `${a.organizers} organizer values, ${a.provinces} provinces`,
    `years: ${a.years
      .slice(0, limit)
      .map(([y, n]) => `${y}: ${n}`)
      .join(", ")}`,
    `organizer values ending in a lower-case word (${a.lowerEndings.length}, rarest first):`,
    ...a.lowerEndings.slice(0, limit).map(([o, n]) => `  ${n}\t${o}`),
    `units split by spelling: ${a.spellingSplits.length}`,
    ...a.spellingSplits.slice(0, limit).map((g) => `  ${g.join(" | ")}`),
  ].join("\n");
}
