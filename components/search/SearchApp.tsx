"use client";

import { useQueryStates } from "nuqs";
import { useEffect, useRef, useState } from "react";
import type { SearchResponse } from "@/lib/search";
import { searchParamParsers, searchQueryString } from "@/lib/url";
import { countLabel } from "../format";
import { Facet } from "./Facets";
import { ResultList } from "./ResultList";

/**
 * The search page's interactive shell. The server renders it with the results
 * for the URL it was asked for; after that, typing and filtering update the URL
 * (nuqs, shallow) and fetch fresh results from /api/search, the same engine.
 */
export function SearchApp({ initial }: { initial: SearchResponse }) {
  const [state, setState] = useQueryStates(searchParamParsers, { shallow: true });
  const [result, setResult] = useState(initial);
  const [loading, setLoading] = useState(false);
  const qs = searchQueryString(state);
  const shownQs = useRef(qs);

  useEffect(() => {
    if (qs === shownQs.current) return;
    const ctrl = new AbortController();
    setLoading(true);
    fetch(`/api/search${qs || "?"}`, { signal: ctrl.signal })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((data: SearchResponse) => {
        shownQs.current = qs;
        setResult(data);
        setLoading(false);
      })
      .catch((e: unknown) => {
        if ((e as Error).name !== "AbortError") setLoading(false);
      });
    return () => ctrl.abort();
  }, [qs]);

  // Facet changes are steps the user may want to go Back from: push, not replace.
  const toggleOrganizer = (value: string, on: boolean) =>
    void setState(
      { organizer: on ? [...state.organizer, value] : state.organizer.filter((v) => v !== value), page: null },
      { history: "push" },
    );
  const toggleYear = (value: number, on: boolean) =>
    void setState(
      { year: on ? [...state.year, value] : state.year.filter((v) => v !== value), page: null },
      { history: "push" },
    );

  return (
    <main className="mx-auto max-w-5xl px-4 py-6">
      <form
        role="search"
        action="/"
        method="get"
        onSubmit={(e) => {
          e.preventDefault();
          void setState({ q: state.q, page: null }, { history: "push" });
        }}
      >
        <label htmlFor="q" className="sr-only">
          Tìm kiếm bài viết
        </label>
        <input
          id="q"
          name="q"
          type="search"
          value={state.q}
          onChange={(e) => void setState({ q: e.currentTarget.value, page: null }, { history: "replace" })}
          placeholder="Tìm bài viết, có dấu hoặc không dấu…"
          autoComplete="off"
          spellCheck={false}
          className="w-full rounded-lg border border-slate-300 bg-white px-4 py-3 text-base shadow-sm focus:border-red-600 focus:outline-none focus:ring-2 focus:ring-red-600/30 dark:border-slate-600 dark:bg-slate-800"
        />
        <div className="mt-6 grid gap-8 md:grid-cols-[16rem_1fr]">
          <aside aria-label="Bộ lọc">
            <Facet
              name="organizer"
              legend="Đơn vị tổ chức"
              values={result.facets.organizer}
              selected={state.organizer}
              onToggle={toggleOrganizer}
            />
            <Facet
              name="year"
              legend="Năm"
              values={result.facets.year}
              selected={state.year}
              onToggle={toggleYear}
            />
            <noscript>
              <button type="submit" className="rounded bg-red-700 px-3 py-1.5 text-sm text-white">
                Áp dụng bộ lọc
              </button>
            </noscript>
          </aside>
          <section aria-label="Kết quả" aria-busy={loading}>
            <p role="status" className="mb-4 text-sm text-slate-600 dark:text-slate-400">
              {result.total === 0 ? "Không tìm thấy bài viết nào" : countLabel(result.total)}
              {result.relaxed && " (khớp một phần từ khóa)"}
            </p>
            <ResultList hits={result.hits} linkQuery={qs} />
          </section>
        </div>
      </form>
    </main>
  );
}
