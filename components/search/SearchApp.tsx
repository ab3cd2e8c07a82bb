"use client";

import { debounce, useQueryStates } from "nuqs";
import { Suspense, useCallback, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { SearchResponse } from "@/lib/search";
import {
  canonicalState,
  isLoneLetter,
  MAX_QUERY_LENGTH,
  type SearchState,
  searchParamParsers,
  searchQueryString,
} from "@/lib/url";
import { lazyWhenIdle } from "../lazy";
import { ActiveFilters, type Chip } from "./ActiveFilters";
import { type FacetToggles, FilterButton, FilterDrawer } from "./FilterDrawer";
import { activeFilters, type FacetKey, NO_FILTERS, toggled } from "./filters";
import { ResultsBody } from "./ResultsBody";
import { ResultsHeader } from "./ResultsHeader";
import { rememberSearch } from "./recent";
import { SearchBox } from "./SearchBox";
import { SuggestionLine } from "./SuggestionLine";
import { isEmpty } from "./status";
import { useScrollMemory } from "./useScrollMemory";
import { useSearch } from "./useSearch";

// Shown only for near matches, keystroke readings or no results: not part of
// the first load, fetched once the browser is idle.
const MatchStatus = lazyWhenIdle(() => import("./MatchStatus").then((m) => m.MatchStatus));
const NoResults = lazyWhenIdle(() => import("./NoResults").then((m) => m.NoResults));

/** While typing, the address is rewritten this long after the last keystroke. */
const URL_SETTLE_MS = 300;

/**
 * The search page's interactive shell. The server renders it with the results
 * for the URL it was asked for, inside a plain GET form (so a shared link and
 * the filters work without JavaScript). Once hydrated, typing and filtering
 * update the URL (nuqs, shallow: replace while typing, push for filters, sort,
 * pages and Enter) and useSearch fetches the same engine's results from
 * /api/search.
 */
export function SearchApp({ initial }: { initial: SearchResponse }) {
  const [state, setState] = useQueryStates(searchParamParsers, { shallow: true });
  const qs = searchQueryString(state);
  const { shown, loading, awaiting, prefetch } = useSearch(qs, initial, { lone: isLoneLetter(state.q) });
  const { rememberStep, rememberReturn } = useScrollMemory(shown);
  const [drawer, setDrawer] = useState(false);
  const resultsTop = useRef<HTMLElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const result = shown.result;
  const { truncated } = canonicalState(state);

  // Callbacks read the state through this ref, so they keep their identity
  // across renders and the memoized lists below skip the render of each keystroke.
  const latest = useRef({ state, qs });
  useLayoutEffect(() => {
    latest.current = { state, qs };
  });
  /** A step the user may want to go Back from: remember where they were, then push. */
  const push = useCallback(
    (patch: Partial<SearchState>, opts: { toResults?: boolean } = {}) => {
      rememberStep(latest.current.qs);
      void setState({ page: null, ...patch }, { history: "push" });
      if (opts.toResults && resultsTop.current && resultsTop.current.getBoundingClientRect().top < 0)
        resultsTop.current.scrollIntoView({ block: "start" });
    },
    [setState, rememberStep],
  );
  const toggles = useMemo(() => {
    const toggle =
      <K extends FacetKey>(key: K) =>
      (value: SearchState[K][number], on: boolean) =>
        push({ [key]: toggled(latest.current.state[key] as SearchState[K][number][], value, on) });
    return { organizer: toggle("organizer"), year: toggle("year"), province: toggle("province") } as FacetToggles;
  }, [push]);

  const hrefWith = (patch: Partial<SearchState>) => `/${searchQueryString({ ...state, page: 1, ...patch })}`;
  const chips: Chip[] = activeFilters(state).map(({ key, label, without }) => ({
    key,
    label,
    href: hrefWith(without),
    onRemove: () => push(without),
  }));
  const clearHref = hrefWith(NO_FILTERS);
  const clearFilters = () => push(NO_FILTERS);
  const pickQuery = (q: string) => push({ q });
  const suggestion = result.suggestion ?? null;

  return (
    <main className="mx-auto max-w-6xl px-4 pb-16 pt-4 [overflow-wrap:anywhere] sm:pt-6">
      <h1 className="sr-only">Tìm kiếm bài viết công tác dân vận</h1>
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
            // Focus moves to the results (which also closes the phone keyboard).
            resultsTop.current?.focus({ preventScroll: true });
            rememberSearch(state.q);
            push({ q: state.q.trim() });
          }}
        >
          <div>
            <SearchBox
              value={state.q}
              onPick={(q) => {
                rememberSearch(q);
                resultsTop.current?.focus({ preventScroll: true });
                push({ q });
              }}
              onChange={(typed) => {
                const q = typed.length > MAX_QUERY_LENGTH ? typed.slice(0, MAX_QUERY_LENGTH) : typed;
                prefetch(searchQueryString({ ...latest.current.state, q, page: 1 }));
                // The state changes at once; the address follows once typing
                // pauses, so that rewriting the URL and the router's work on it
                // stay out of each keystroke's way.
                void setState({ q, page: null }, { history: "replace", limitUrlUpdates: debounce(URL_SETTLE_MS) });
              }}
              truncatedAt={truncated ? MAX_QUERY_LENGTH : null}
            />
          </div>

          <FilterButton ref={openerRef} open={drawer} active={chips.length} onOpen={() => setDrawer(true)} />

          <div className="mt-4 grid grid-cols-[minmax(0,1fr)] gap-8 md:mt-6 md:grid-cols-[17rem_minmax(0,1fr)]">
            <FilterDrawer
              open={drawer}
              onClose={() => setDrawer(false)}
              opener={openerRef}
              result={result}
              state={state}
              toggles={toggles}
              onDate={(key, value) => push({ [key]: value })}
            />

            <section
              ref={resultsTop}
              id="noi-dung"
              tabIndex={-1}
              aria-label="Kết quả"
              aria-busy={loading}
              className="min-h-[50vh] min-w-0 scroll-mt-4 focus:outline-none"
            >
              <ResultsHeader
                result={result}
                awaiting={awaiting}
                browsing={!state.q.trim()}
                sort={state.sort}
                onSort={(sort) => push({ sort })}
                path={`/${qs}`}
              />

              <ActiveFilters chips={chips} clearHref={clearHref} onClear={clearFilters} showClear={result.total > 0} />

              {suggestion && !isEmpty(result) && (
                <SuggestionLine suggestion={suggestion} href={hrefWith({ q: suggestion })} onPick={pickQuery} />
              )}

              {!isEmpty(result) && (result.readAs || result.match !== "exact") && (
                <Suspense fallback={null}>
                  <MatchStatus result={result} query={state.q.trim()} />
                </Suspense>
              )}

              {isEmpty(result) ? (
                <Suspense fallback={null}>
                  <NoResults
                    query={state.q.trim()}
                    exactOnly={result.total > 0}
                    suggestion={suggestion}
                    suggestionHref={suggestion ? hrefWith({ q: suggestion }) : null}
                    onSuggestion={() => suggestion && pickQuery(suggestion)}
                    hasFilters={chips.length > 0}
                    clearHref={clearHref}
                    onClear={clearFilters}
                  />
                </Suspense>
              ) : (
                <ResultsBody
                  result={result}
                  linkQuery={shown.qs}
                  loading={loading}
                  hrefFor={(p) => `/${searchQueryString({ ...state, page: p })}`}
                  onPage={(p) => push({ page: p }, { toResults: true })}
                  onOpen={() => rememberReturn(shown.qs)}
                />
              )}
            </section>
          </div>
        </form>
      </search>
    </main>
  );
}
