import type { SearchResponse } from "@/lib/search";

/**
 * The search page's requests, framework-free: what `useSearch` wraps, so that
 * the rules below are unit-tested with a fake `fetch` and fake timers
 * (search-controller.test.ts) rather than only through a browser.
 *
 * - One request in flight at a time: asking for another address aborts it;
 *   asking again for the same address joins it (typing starts a keystroke's
 *   request in the input handler, before React renders it; `show` then finds
 *   it under way).
 * - Answers are kept per address (Back, Forward, a filter ticked again), up to
 *   `maxCached`; past that the cache starts afresh.
 * - The spinner appears only when an answer takes longer than
 *   `spinnerDelayMs`: no flash for fast answers.
 * - A lone letter that finds nothing is no search yet: the page keeps what it
 *   shows and `awaiting` says so (no flash of "nothing found" as a search begins).
 */

/** The results on screen and the address they answer. */
export type Shown = { qs: string; result: SearchResponse };

export type SearchView = {
  /** Replaced (a new object) every time results are shown, even the same ones again. */
  shown: Shown;
  /** An answer is taking longer than the spinner delay. */
  loading: boolean;
  /** The current query is a lone letter that finds nothing; `shown` is the previous search. */
  awaiting: boolean;
};

type Timers = {
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (id: unknown) => void;
};

export type SearchControllerOptions = {
  /** The server-rendered results and their address: cached and shown from the start. */
  initial: Shown;
  fetch?: (url: string, init: { signal: AbortSignal }) => Promise<Response>;
  timers?: Timers;
  /** Where the search API answers (`endpoint + qs`). */
  endpoint?: string;
  spinnerDelayMs?: number;
  maxCached?: number;
  /** Failures other than aborts (an aborted, superseded request is no error). */
  onError?: (error: unknown) => void;
};

export type SearchController = {
  /** The current view; the same object until something changes (for useSyncExternalStore). */
  view(): SearchView;
  subscribe(listener: () => void): () => void;
  /** Starts the request for an address unless its answer is cached (typing, before render). */
  prefetch(qs: string): void;
  /** Shows the results for an address (the URL state changed): from the cache, or once they arrive. */
  show(qs: string, opts?: { lone?: boolean }): void;
  /** Drops interest in the pending answer and aborts the request in flight. */
  stop(): void;
};

export const SPINNER_DELAY_MS = 150;
export const MAX_CACHED = 200;

const browserTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (id) => globalThis.clearTimeout(id as ReturnType<typeof setTimeout>),
};

const isAbort = (e: unknown) => (e as Error | null)?.name === "AbortError";

export function createSearchController(opts: SearchControllerOptions): SearchController {
  const fetchFn = opts.fetch ?? ((url, init) => globalThis.fetch(url, init));
  const timers = opts.timers ?? browserTimers;
  const endpoint = opts.endpoint ?? "/api/search";
  const spinnerDelayMs = opts.spinnerDelayMs ?? SPINNER_DELAY_MS;
  const maxCached = opts.maxCached ?? MAX_CACHED;
  const onError = opts.onError ?? ((e: unknown) => console.error("search failed", e));

  const cache = new Map<string, SearchResponse>([[opts.initial.qs, opts.initial.result]]);
  let inflight: { qs: string; ctrl: AbortController; answer: Promise<SearchResponse> } | null = null;
  let view: SearchView = { shown: opts.initial, loading: false, awaiting: false };
  const listeners = new Set<() => void>();
  // Each show() is a new generation; answers for an older one change nothing.
  let generation = 0;
  let spinner: unknown = null;

  const update = (patch: Partial<SearchView>) => {
    view = { ...view, ...patch };
    for (const l of listeners) l();
  };
  const clearSpinner = () => {
    if (spinner !== null) timers.clearTimeout(spinner);
    spinner = null;
  };
  const present = (qs: string, result: SearchResponse, lone: boolean) => {
    const awaiting = lone && result.total === 0;
    update(awaiting ? { awaiting } : { awaiting, shown: { qs, result } });
  };

  const request = (qs: string): Promise<SearchResponse> => {
    if (inflight?.qs === qs) return inflight.answer;
    inflight?.ctrl.abort();
    const ctrl = new AbortController();
    const answer = fetchFn(`${endpoint}${qs || "?"}`, { signal: ctrl.signal }).then((r) =>
      r.ok ? (r.json() as Promise<SearchResponse>) : Promise.reject(new Error(`HTTP ${r.status}`)),
    );
    // Whoever awaits it reports failures (an aborted prefetch is no error); a
    // failed address is asked again next time rather than failing from memory.
    answer.catch(() => {
      if (inflight?.answer === answer) inflight = null;
    });
    inflight = { qs, ctrl, answer };
    return answer;
  };

  return {
    view: () => view,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    prefetch(qs) {
      if (!cache.has(qs)) void request(qs);
    },
    show(qs, { lone = false } = {}) {
      const mine = ++generation;
      clearSpinner();
      const hit = cache.get(qs);
      if (hit) {
        present(qs, hit, lone);
        if (view.loading) update({ loading: false });
        return;
      }
      spinner = timers.setTimeout(() => {
        spinner = null;
        if (mine === generation) update({ loading: true });
      }, spinnerDelayMs);
      request(qs)
        .then((data) => {
          if (cache.size > maxCached) cache.clear();
          cache.set(qs, data);
          if (mine === generation) present(qs, data, lone);
        })
        .catch((e: unknown) => {
          if (!isAbort(e)) onError(e);
        })
        .finally(() => {
          if (mine !== generation) return;
          clearSpinner();
          if (view.loading) update({ loading: false });
        });
    },
    stop() {
      generation++;
      clearSpinner();
      inflight?.ctrl.abort();
      inflight = null;
    },
  };
}
