"use client";

import { debounce, useQueryStates } from "nuqs";
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { SearchResponse } from "@/lib/search";
import {
  canonicalState,
  isLoneLetter,
  MAX_QUERY_LENGTH,
  type SearchState,
  searchParamParsers,
  searchQueryString,
  UNKNOWN,
  type Unknown,
} from "@/lib/url";
import { countLabel } from "../format";
import { ActiveFilters, type Chip, clickHandler } from "./ActiveFilters";
import { CopyLink } from "./CopyLink";
import { Facet, UNKNOWN_LABEL } from "./Facets";
import { NoResults } from "./NoResults";
import { Pagination } from "./Pagination";
import { ResultList } from "./ResultList";
import { SearchBox } from "./SearchBox";

const SORT_LABELS = { relevance: "Liên quan nhất", newest: "Mới nhất", oldest: "Cũ nhất" } as const;
/** While typing, the address is rewritten this long after the last keystroke. */
const URL_SETTLE_MS = 300;

/**
 * The search page's interactive shell. The server renders it with the results
 * for the URL it was asked for, inside a plain GET form (so a shared link and
 * the filters work without JavaScript). Once hydrated, typing and filtering
 * update the URL (nuqs, shallow: replace while typing, push for filters, sort,
 * pages and Enter) and fetch the same engine's results from /api/search.
 */
export function SearchApp({ initial }: { initial: SearchResponse }) {
  const [state, setState] = useQueryStates(searchParamParsers, { shallow: true });
  const qs = searchQueryString(state);
  const cache = useRef(new Map<string, SearchResponse>([[qs, initial]]));
  const [shown, setShown] = useState({ qs, result: initial });
  // The box holds a lone letter that finds nothing: not a search yet, so the
  // page keeps what it shows (no flash of "nothing found" as a search begins).
  const [awaiting, setAwaiting] = useState(false);
  const lone = isLoneLetter(state.q);
  const [loading, setLoading] = useState(false);
  const [drawer, setDrawer] = useState(false);
  const popped = useRef(false);
  const resultsTop = useRef<HTMLElement>(null);
  const result = shown.result;
  const { truncated } = canonicalState(state);

  // One request in flight at a time: asking for another address aborts it.
  // Typing starts the request in the input's change handler, before React
  // renders the keystroke; the effect below then finds it under way.
  const inflight = useRef<{ qs: string; ctrl: AbortController; answer: Promise<SearchResponse> } | null>(null);
  const request = useCallback((target: string): Promise<SearchResponse> => {
    const current = inflight.current;
    if (current?.qs === target) return current.answer;
    current?.ctrl.abort();
    const ctrl = new AbortController();
    const answer = fetch(`/api/search${target || "?"}`, { signal: ctrl.signal }).then((r) =>
      r.ok ? (r.json() as Promise<SearchResponse>) : Promise.reject(new Error(`HTTP ${r.status}`)),
    );
    answer.catch(() => {}); // whoever awaits it reports failures; an aborted prefetch is no error
    inflight.current = { qs: target, ctrl, answer };
    return answer;
  }, []);
  useEffect(() => () => inflight.current?.ctrl.abort(), []);

  // Show the results of the URL state whenever it changes.
  useEffect(() => {
    const show = (result: SearchResponse) => {
      const wait = lone && result.total === 0;
      setAwaiting(wait);
      if (!wait) setShown({ qs, result });
    };
    const hit = cache.current.get(qs);
    if (hit) {
      show(hit);
      setLoading(false);
      return;
    }
    let current = true;
    const spinner = window.setTimeout(() => setLoading(true), 150); // no flash for fast answers
    request(qs)
      .then((data) => {
        if (cache.current.size > 200) cache.current.clear();
        cache.current.set(qs, data);
        if (current) show(data);
      })
      .catch((e: unknown) => {
        if ((e as Error).name !== "AbortError") console.error("search failed", e);
      })
      .finally(() => {
        window.clearTimeout(spinner);
        if (current) setLoading(false);
      });
    return () => {
      current = false;
      window.clearTimeout(spinner);
    };
  }, [qs, request, lone]);

  // Back/Forward: restore the scroll position the user left that search at.
  useEffect(() => {
    const onPop = () => {
      popped.current = true;
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);
  useLayoutEffect(() => {
    if (!popped.current) return;
    popped.current = false;
    const y = sessionStorage.getItem(`scroll:${shown.qs}`);
    if (y !== null) window.scrollTo(0, Number(y));
  }, [shown]);

  // Callbacks read the state through this ref, so they keep their identity
  // across renders and the memoized lists below skip the render of each keystroke.
  const latest = useRef({ state, qs });
  useLayoutEffect(() => {
    latest.current = { state, qs };
  });
  /** A step the user may want to go Back from: remember where they were, then push. */
  const push = useCallback(
    (patch: Partial<SearchState>, opts: { toResults?: boolean } = {}) => {
      sessionStorage.setItem(`scroll:${latest.current.qs}`, String(window.scrollY));
      void setState({ page: null, ...patch }, { history: "push" });
      if (opts.toResults && resultsTop.current && resultsTop.current.getBoundingClientRect().top < 0)
        resultsTop.current.scrollIntoView({ block: "start" });
    },
    [setState],
  );
  const toggleOrganizer = useCallback(
    (value: string, on: boolean) => {
      const selected = latest.current.state.organizer;
      push({ organizer: on ? [...selected, value] : selected.filter((v) => v !== value) });
    },
    [push],
  );
  const toggleYear = useCallback(
    (value: number | Unknown, on: boolean) => {
      const selected = latest.current.state.year;
      push({ year: on ? [...selected, value] : selected.filter((v) => v !== value) });
    },
    [push],
  );
  const toggleProvince = useCallback(
    (value: string, on: boolean) => {
      const selected = latest.current.state.province;
      push({ province: on ? [...selected, value] : selected.filter((v) => v !== value) });
    },
    [push],
  );

  const hrefWith = (patch: Partial<SearchState>) => `/${searchQueryString({ ...state, page: 1, ...patch })}`;
  type FilterKey = "organizer" | "year" | "province";
  const without = (key: FilterKey, value: string | number) =>
    ({ [key]: (state[key] as (string | number)[]).filter((v) => v !== value) }) as Partial<SearchState>;
  const chip = (key: FilterKey, value: string | number, label: string, unknown: string): Chip => ({
    key: `${key}:${value}`,
    label: value === UNKNOWN ? unknown : label,
    href: hrefWith(without(key, value)),
    onRemove: () => push(without(key, value)),
  });

  const chips: Chip[] = [
    ...state.organizer.map((o) => chip("organizer", o, o, `${UNKNOWN_LABEL} đơn vị tổ chức`)),
    ...state.year.map((y) => chip("year", y, `Năm ${y}`, `${UNKNOWN_LABEL} năm`)),
    ...state.province.map((p) => chip("province", p, p, `${UNKNOWN_LABEL} tỉnh/thành`)),
  ];
  const hasFilters = chips.length > 0;
  const noFilters = { organizer: [], year: [], province: [] } satisfies Partial<SearchState>;
  const clearFilters = () => push(noFilters);
  const pages = Math.max(1, Math.ceil(result.total / result.perPage));
  const browsing = !state.q.trim();

  return (
    <main className="mx-auto max-w-6xl px-4 pb-16 pt-4 sm:pt-6">
      <div
        aria-hidden="true"
        className={`fixed inset-x-0 top-0 z-50 h-0.5 origin-left bg-red-700 transition-transform duration-300 ${loading ? "scale-x-75" : "scale-x-0"}`}
      />
      <search aria-label="Tìm kiếm bài viết">
        <form
          action="/"
          method="get"
          onSubmit={(e) => {
            e.preventDefault();
            (document.activeElement as HTMLElement | null)?.blur?.(); // close the phone keyboard
            push({ q: state.q.trim() });
          }}
        >
          <SearchBox
            value={state.q}
            onChange={(typed) => {
              const q = typed.length > MAX_QUERY_LENGTH ? typed.slice(0, MAX_QUERY_LENGTH) : typed;
              const target = searchQueryString({ ...latest.current.state, q, page: 1 });
              if (!cache.current.has(target)) void request(target);
              // The state changes at once; the address follows once typing
              // pauses, so that rewriting the URL and the router's work on it
              // stay out of each keystroke's way.
              void setState({ q, page: null }, { history: "replace", limitUrlUpdates: debounce(URL_SETTLE_MS) });
            }}
            truncatedAt={truncated ? MAX_QUERY_LENGTH : null}
          />

          <div className="mt-4 flex items-center justify-between gap-2 md:hidden">
            <button
              type="button"
              onClick={() => setDrawer(true)}
              aria-expanded={drawer}
              aria-controls="bo-loc"
              className="inline-flex items-center gap-2 rounded-md border border-slate-300 px-3 py-2 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-red-700 dark:border-slate-600"
            >
              Bộ lọc
              {hasFilters && <span className="rounded-full bg-red-700 px-1.5 text-xs text-white">{chips.length}</span>}
            </button>
          </div>

          <div className="mt-4 grid gap-8 md:mt-6 md:grid-cols-[17rem_minmax(0,1fr)]">
            {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: on phones the panel becomes a modal dialog (role set with it) */}
            <aside
              id="bo-loc"
              aria-label="Bộ lọc"
              className={`facet-panel ${drawer ? "max-md:fixed max-md:inset-0 max-md:z-40 max-md:overflow-y-auto max-md:bg-white max-md:p-4 max-md:dark:bg-slate-900" : "max-md:hidden"}`}
              role={drawer ? "dialog" : undefined}
              aria-modal={drawer ? true : undefined}
              onKeyDown={(e) => e.key === "Escape" && drawer && setDrawer(false)}
            >
              {drawer && (
                <div className="mb-4 flex items-center justify-between md:hidden">
                  <h2 className="text-lg font-semibold">Bộ lọc</h2>
                  <button
                    type="button"
                    // biome-ignore lint/a11y/noAutofocus: opening a dialog moves focus into it
                    autoFocus
                    onClick={() => setDrawer(false)}
                    className="rounded-md bg-red-700 px-3 py-2 text-sm font-semibold text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700"
                  >
                    Xem {countLabel(result.total)}
                  </button>
                </div>
              )}
              <Facet
                name="organizer"
                legend="Đơn vị tổ chức"
                values={result.facets.organizer}
                selected={state.organizer}
                onToggle={toggleOrganizer}
                unknownHint="không rõ đơn vị tổ chức"
                filterable
                more={{ count: result.facetsMore.organizer, noun: "đơn vị" }}
              />
              <Facet
                name="year"
                legend="Năm"
                values={result.facets.year}
                selected={state.year}
                onToggle={toggleYear}
                unknownHint="không rõ năm"
                collapseAfter={12}
                more={{ count: result.facetsMore.year, noun: "năm" }}
              />
              <Facet
                name="province"
                legend="Tỉnh/thành"
                values={result.facets.province}
                selected={state.province}
                onToggle={toggleProvince}
                unknownHint="không rõ tỉnh/thành"
                filterable
                more={{ count: result.facetsMore.province, noun: "tỉnh/thành" }}
              />
              <button
                type="submit"
                className="no-js-only rounded-md bg-red-700 px-3 py-2 text-sm font-semibold text-white"
              >
                Áp dụng bộ lọc
              </button>
            </aside>

            <section ref={resultsTop} aria-label="Kết quả" aria-busy={loading} className="min-h-[50vh] scroll-mt-4">
              <div className="mb-3 flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
                <div>
                  <p role="status" data-testid="result-count" className="font-semibold">
                    {result.total === 0 ? "Không có kết quả" : countLabel(result.total)}
                  </p>
                  <p className="text-sm text-slate-600 dark:text-slate-400">
                    {awaiting && result.total > 0
                      ? "Gõ thêm để tìm: một chữ cái chưa đủ để tìm kiếm."
                      : result.relaxed
                        ? "Không bài nào có đủ mọi từ: đang hiện các bài có một phần từ khóa."
                        : browsing
                          ? "Tất cả bài viết, mới nhất trước"
                          : pages > 1
                            ? `Trang ${result.page}/${pages}`
                            : ""}
                  </p>
                </div>
                <div className="flex items-center gap-2 sm:gap-3">
                  <label className="flex items-center gap-2 text-sm">
                    <span className="max-sm:sr-only">Sắp xếp</span>
                    <select
                      name="sort"
                      value={state.sort}
                      onChange={(e) => push({ sort: e.currentTarget.value as SearchState["sort"] })}
                      className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-red-700/40 dark:border-slate-600 dark:bg-slate-800"
                    >
                      {Object.entries(SORT_LABELS).map(([value, label]) => (
                        <option key={value} value={value}>
                          {value === "relevance" && browsing ? "Liên quan nhất (mới nhất)" : label}
                        </option>
                      ))}
                    </select>
                  </label>
                  <CopyLink path={`/${qs}`} />
                </div>
              </div>

              <ActiveFilters chips={chips} clearHref={hrefWith(noFilters)} onClear={clearFilters} />

              {result.suggestion && result.total > 0 && (
                <p className="mb-4 text-[15px]">
                  Có phải bạn muốn tìm:{" "}
                  <a
                    href={hrefWith({ q: result.suggestion })}
                    onClick={clickHandler(() => result.suggestion && push({ q: result.suggestion }))}
                    className="font-semibold text-blue-800 underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-red-700 dark:text-blue-300"
                  >
                    {result.suggestion}
                  </a>
                  ?
                </p>
              )}

              {result.total === 0 ? (
                <NoResults
                  query={state.q.trim()}
                  suggestion={result.suggestion ?? null}
                  suggestionHref={result.suggestion ? hrefWith({ q: result.suggestion }) : null}
                  onSuggestion={() => result.suggestion && push({ q: result.suggestion })}
                  hasFilters={hasFilters}
                  clearHref={hrefWith(noFilters)}
                  onClear={clearFilters}
                />
              ) : (
                <div className={loading ? "opacity-60 transition-opacity" : "transition-opacity"}>
                  {result.hits.length === 0 && (
                    <p className="rounded-xl border border-dashed border-slate-300 px-5 py-6 dark:border-slate-600">
                      Trang {result.page} không có kết quả: chỉ có {pages} trang.{" "}
                      <a
                        href={hrefWith({ page: 1 })}
                        onClick={clickHandler(() => push({ page: 1 }, { toResults: true }))}
                        className="text-blue-800 underline underline-offset-2 dark:text-blue-300"
                      >
                        Về trang đầu
                      </a>
                    </p>
                  )}
                  <ResultList hits={result.hits} linkQuery={shown.qs} />
                  <Pagination
                    page={result.page}
                    pages={pages}
                    hrefFor={(p) => `/${searchQueryString({ ...state, page: p })}`}
                    onPage={(p) => push({ page: p }, { toResults: true })}
                  />
                </div>
              )}
            </section>
          </div>
        </form>
      </search>
    </main>
  );
}
