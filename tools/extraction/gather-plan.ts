import { type RealLabel, splitOf } from "./evaluate-real";

/** One search of the stored pages that returns these labelled pages (each result's url is a label's url). */
export interface GatherStep {
  query: string;
  /** True when a page of the held-aside half is among them. */
  test: boolean;
  pages: { id: string; url: string; title: string | null }[];
}

/**
 * The searches that gather the missing pages again, one per distinct query
 * (a search returns up to 12 pages; many labels share their query), in the
 * order to spend a limited number of look-ups: first the ones that hold a
 * page of the held-aside half (it is what the figures are measured on),
 * then the ones that bring back most pages. The session's search tool has a
 * budget of look-ups: the whole set (985 queries) barely fits in one.
 */
export function gatherPlan(missing: readonly RealLabel[]): GatherStep[] {
  const byQuery = new Map<string, GatherStep>();
  for (const l of missing) {
    let step = byQuery.get(l.query);
    if (!step) byQuery.set(l.query, (step = { query: l.query, test: false, pages: [] }));
    step.pages.push({ id: l.id, url: l.url, title: l.title });
    if (splitOf(l) === "test") step.test = true;
  }
  return [...byQuery.values()].sort(
    (a, b) => Number(b.test) - Number(a.test) || b.pages.length - a.pages.length || a.query.localeCompare(b.query),
  );
}
