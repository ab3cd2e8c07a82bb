"use client";

import { debounce, useQueryStates } from "nuqs";
import {
  type KeyboardEvent as ReactKeyboardEvent,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from "react";
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
import { countLabel, formatDate } from "../format";
import { ActiveFilters, type Chip, clickHandler } from "./ActiveFilters";
import { CopyLink } from "./CopyLink";
import { Facet, UNKNOWN_LABEL } from "./Facets";
import { MatchStatus } from "./MatchStatus";
import { NoResults } from "./NoResults";
import { Pagination } from "./Pagination";
import { ResultList } from "./ResultList";
import { rememberSearch } from "./recent";
import { SearchBox } from "./SearchBox";

/** ↑/↓ on a result's link moves to the previous or next result's. */
function moveThroughResults(e: ReactKeyboardEvent<HTMLDivElement>) {
  if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
  const links = [...e.currentTarget.querySelectorAll<HTMLAnchorElement>("h2 a")];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (at < 0) return;
  e.preventDefault();
  links[Math.max(0, Math.min(links.length - 1, at + (e.key === "ArrowDown" ? 1 : -1)))]?.focus();
}

/** Where the reader was in the results when they opened an article. */
const RETURN_KEY = "tra-cuu:return";

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
  const boxRef = useRef<HTMLDivElement>(null);
  const barRef = useRef<HTMLDivElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const drawerRef = useRef<HTMLElement>(null);
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

  // On phones the filter panel opens as a modal dialog: the rest of the page
  // inert and still, Tab kept inside, Esc closes, focus back where it was.
  useEffect(() => {
    if (!drawer) return;
    const opener = openerRef.current; // focus is already on the close button (autoFocus) here
    const behind = [document.querySelector("body > header"), document.getElementById("skip-link"), boxRef.current]
      .concat([barRef.current, resultsTop.current])
      .filter((el): el is HTMLElement => el instanceof HTMLElement);
    for (const el of behind) el.inert = true;
    const { overflow } = document.body.style;
    document.body.style.overflow = "hidden";
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        e.preventDefault();
        setDrawer(false);
      } else if (e.key === "Tab" && drawerRef.current) {
        const focusable = [
          ...drawerRef.current.querySelectorAll<HTMLElement>("button, input, select, a[href], [tabindex]"),
        ].filter((el) => !el.hasAttribute("disabled") && el.tabIndex >= 0 && el.offsetParent !== null);
        const first = focusable[0];
        const last = focusable.at(-1);
        if (!first || !last) return;
        if (e.shiftKey && (document.activeElement === first || !drawerRef.current.contains(document.activeElement))) {
          e.preventDefault();
          last.focus();
        } else if (!e.shiftKey && document.activeElement === last) {
          e.preventDefault();
          first.focus();
        }
      }
    };
    document.addEventListener("keydown", onKey);
    return () => {
      for (const el of behind) el.inert = false;
      document.body.style.overflow = overflow;
      document.removeEventListener("keydown", onKey);
      opener?.focus();
    };
  }, [drawer]);

  // Back from an article ("Quay lại kết quả", or Back): the scroll position
  // the reader left these results at, saved when they opened the article.
  useLayoutEffect(() => {
    try {
      const saved = JSON.parse(sessionStorage.getItem(RETURN_KEY) ?? "null") as { qs: string; y: number } | null;
      sessionStorage.removeItem(RETURN_KEY);
      if (saved && saved.qs === latest.current.qs) window.scrollTo(0, saved.y);
    } catch {
      // storage disabled
    }
  }, []);

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
    ...(["from", "to"] as const).flatMap((key) => {
      const v = state[key];
      if (!v) return [];
      const label = `${key === "from" ? "Từ ngày" : "Đến ngày"} ${formatDate(v, null)}`;
      return [{ key, label, href: hrefWith({ [key]: null }), onRemove: () => push({ [key]: null }) }];
    }),
  ];
  const hasFilters = chips.length > 0;
  const noFilters = { organizer: [], year: [], province: [], from: null, to: null } satisfies Partial<SearchState>;
  const clearFilters = () => push(noFilters);
  const pages = Math.max(1, Math.ceil(result.total / result.perPage));
  const browsing = !state.q.trim();

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
          <div ref={boxRef}>
            <SearchBox
              value={state.q}
              onPick={(q) => {
                rememberSearch(q);
                resultsTop.current?.focus({ preventScroll: true });
                push({ q });
              }}
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
          </div>

          <div ref={barRef} className="mt-4 flex items-center justify-between gap-2 md:hidden">
            <button
              ref={openerRef}
              type="button"
              onClick={() => setDrawer(true)}
              aria-expanded={drawer}
              aria-controls="bo-loc"
              aria-haspopup="dialog"
              className="inline-flex min-h-11 items-center gap-2 rounded-md border border-slate-300 px-4 py-2 text-sm font-semibold dark:border-slate-600"
            >
              Bộ lọc
              {hasFilters && <span className="rounded-full bg-red-700 px-1.5 text-xs text-white">{chips.length}</span>}
            </button>
          </div>

          <div className="mt-4 grid grid-cols-[minmax(0,1fr)] gap-8 md:mt-6 md:grid-cols-[17rem_minmax(0,1fr)]">
            {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: on phones the panel becomes a modal dialog (role set with it) */}
            <aside
              ref={drawerRef}
              id="bo-loc"
              aria-label={drawer ? undefined : "Bộ lọc"}
              aria-labelledby={drawer ? "bo-loc-title" : undefined}
              className={`facet-panel min-w-0 ${drawer ? "max-md:fixed max-md:inset-0 max-md:z-40 max-md:overflow-y-auto max-md:overscroll-contain max-md:bg-white max-md:px-4 max-md:dark:bg-slate-900" : "max-md:hidden"}`}
              role={drawer ? "dialog" : undefined}
              aria-modal={drawer ? true : undefined}
            >
              {drawer && (
                <div className="sticky top-0 z-10 -mx-4 mb-4 flex items-center justify-between gap-2 border-b border-slate-200 bg-white px-4 py-2 md:hidden dark:border-slate-700 dark:bg-slate-900">
                  <h2 id="bo-loc-title" className="text-lg font-semibold">
                    Bộ lọc
                  </h2>
                  <button
                    type="button"
                    // biome-ignore lint/a11y/noAutofocus: opening a dialog moves focus into it
                    autoFocus
                    onClick={() => setDrawer(false)}
                    aria-label="Đóng bộ lọc"
                    className="inline-flex size-11 items-center justify-center rounded-md border border-slate-300 text-2xl leading-none dark:border-slate-600"
                  >
                    <span aria-hidden="true">×</span>
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
                unit="đơn vị"
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
                unit="năm"
                collapseAfter={12}
                more={{ count: result.facetsMore.year, noun: "năm" }}
              />
              <fieldset className="mb-6 min-w-0">
                <legend className="mb-2 text-sm font-semibold text-slate-700 dark:text-slate-300">
                  Khoảng thời gian
                </legend>
                <div className="grid grid-cols-2 gap-2 md:grid-cols-1">
                  {(["from", "to"] as const).map((key) => (
                    <label key={key} className="min-w-0 text-sm">
                      <span className="mb-1 block text-slate-700 dark:text-slate-300">
                        {key === "from" ? "Từ ngày" : "Đến ngày"}
                      </span>
                      <input
                        type="date"
                        name={key}
                        min="1900-01-01"
                        max="2100-12-31"
                        value={state[key] ?? ""}
                        onChange={(e) => {
                          const v = e.currentTarget.value;
                          if (v === "" || /^\d{4}-\d{2}-\d{2}$/.test(v)) push({ [key]: v || null });
                        }}
                        className="min-h-11 w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 text-sm dark:border-slate-600 dark:bg-slate-800"
                      />
                    </label>
                  ))}
                </div>
              </fieldset>
              <Facet
                name="province"
                legend="Tỉnh/thành"
                values={result.facets.province}
                selected={state.province}
                onToggle={toggleProvince}
                unknownHint="không rõ tỉnh/thành"
                unit="tỉnh/thành"
                filterable
                more={{ count: result.facetsMore.province, noun: "tỉnh/thành" }}
              />
              <button
                type="submit"
                className="no-js-only min-h-11 rounded-md bg-red-700 px-4 py-2 text-sm font-semibold text-white"
              >
                Áp dụng bộ lọc
              </button>
              {drawer && (
                <div className="sticky bottom-0 -mx-4 border-t border-slate-200 bg-white px-4 py-3 md:hidden dark:border-slate-700 dark:bg-slate-900">
                  <button
                    type="button"
                    onClick={() => setDrawer(false)}
                    className="min-h-11 w-full rounded-md bg-red-700 px-4 text-sm font-semibold text-white"
                  >
                    Xem {countLabel(result.total)}
                  </button>
                </div>
              )}
            </aside>

            <section
              ref={resultsTop}
              id="noi-dung"
              tabIndex={-1}
              aria-label="Kết quả"
              aria-busy={loading}
              className="min-h-[50vh] min-w-0 scroll-mt-4 focus:outline-none"
            >
              <div className="mb-3 flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
                <div className="min-w-0">
                  <p role="status" data-testid="result-count" className="font-semibold">
                    {result.total === 0 || result.weak
                      ? "Không có kết quả"
                      : result.match !== "exact"
                        ? `${countLabel(result.total)} gần đúng`
                        : countLabel(result.total)}
                  </p>
                  {/* Two lines reserved, whatever it says: the results below never move while typing. */}
                  <p className="min-h-10 text-sm text-slate-600 dark:text-slate-400">
                    {awaiting && result.total > 0
                      ? "Gõ thêm để tìm: một chữ cái chưa đủ để tìm kiếm."
                      : result.relaxed
                        ? "Không bài nào có đủ mọi từ: đang hiện các bài có một phần từ khóa."
                        : browsing
                          ? "Tất cả bài viết, mới nhất trước"
                          : pages > 1 && result.page <= pages
                            ? `Trang ${result.page}/${pages}`
                            : ""}
                  </p>
                </div>
                <div className="flex min-w-0 flex-wrap items-center gap-2 sm:gap-3">
                  <label className="flex items-center gap-2 text-sm">
                    <span className="max-sm:sr-only">Sắp xếp</span>
                    <select
                      name="sort"
                      value={browsing && state.sort === "relevance" ? "newest" : state.sort}
                      onChange={(e) => push({ sort: e.currentTarget.value as SearchState["sort"] })}
                      className="min-h-11 rounded-md border border-slate-300 bg-white px-2 text-sm dark:border-slate-600 dark:bg-slate-800"
                    >
                      {/* With no words to rank by, "most relevant" means nothing: newest first is the default. */}
                      {Object.entries(SORT_LABELS)
                        .filter(([value]) => !(browsing && value === "relevance"))
                        .map(([value, label]) => (
                          <option key={value} value={value}>
                            {label}
                          </option>
                        ))}
                    </select>
                  </label>
                  <CopyLink path={`/${qs}`} />
                </div>
              </div>

              <ActiveFilters
                chips={chips}
                clearHref={hrefWith(noFilters)}
                onClear={clearFilters}
                showClear={result.total > 0}
              />

              {result.suggestion && result.total > 0 && !result.weak && (
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

              {result.total > 0 && !result.weak && <MatchStatus result={result} query={state.q.trim()} />}

              {result.total === 0 || result.weak ? (
                <NoResults
                  query={state.q.trim()}
                  exactOnly={result.total > 0}
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
                  {/* biome-ignore lint/a11y/noStaticElementInteractions: arrow keys move between the result links inside */}
                  <div
                    onKeyDown={moveThroughResults}
                    onClickCapture={(e) => {
                      if ((e.target as HTMLElement).closest("a"))
                        sessionStorage.setItem(RETURN_KEY, JSON.stringify({ qs: shown.qs, y: window.scrollY }));
                    }}
                  >
                    <ResultList hits={result.hits} linkQuery={shown.qs} />
                  </div>
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
