import { fold } from "../../lib/text";
import { searchQueryString } from "../../lib/url";

/**
 * A realistic request mix for load tests, from a list of queries people type:
 * each as typed, without diacritics, half-typed, filtered by a year, a second
 * page, and the search page itself. Four API requests to one page render, as
 * the browser asks the API on every keystroke but renders a page only once.
 */
export function requestMix(queries: readonly string[], years: readonly number[]): string[] {
  const api: string[] = [];
  const pages: string[] = [];
  queries.forEach((q, i) => {
    const year = years.length > 0 ? years[i % years.length] : undefined;
    const half = q.slice(0, Math.max(1, Math.ceil(q.length * 0.6)));
    api.push(`/api/search${searchQueryString({ q })}`);
    api.push(`/api/search${searchQueryString({ q: fold(q) })}`);
    api.push(`/api/search${searchQueryString({ q: half })}`);
    api.push(`/api/search${searchQueryString({ q, year: year ? [year] : [], page: i % 5 === 0 ? 2 : 1 })}`);
    pages.push(`/${searchQueryString({ q: i % 2 ? fold(q) : q, year: i % 3 === 0 && year ? [year] : [] })}`);
  });
  const out: string[] = [];
  for (let i = 0; i < pages.length; i++) out.push(...api.slice(i * 4, i * 4 + 4), pages[i]!);
  return out;
}

export interface Percentiles {
  p50: number;
  p99: number;
}

/** Relative growth of the last sample over the one before: how much memory is still climbing. */
export function growth(samples: readonly number[]): number {
  if (samples.length < 2) return 0;
  const a = samples.at(-2)!;
  const b = samples.at(-1)!;
  return a > 0 ? (b - a) / a : 0;
}
