"use client";

import type { KeyboardEvent } from "react";
import type { SearchResponse } from "@/lib/search";
import { clickHandler } from "./ActiveFilters";
import { Pagination } from "./Pagination";
import { ResultList } from "./ResultList";
import { pageCount } from "./status";

/** ↑/↓ on a result's link moves to the previous or next result's. */
function moveThroughResults(e: KeyboardEvent<HTMLDivElement>) {
  if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
  const links = [...e.currentTarget.querySelectorAll<HTMLAnchorElement>("h2 a")];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (at < 0) return;
  e.preventDefault();
  links[Math.max(0, Math.min(links.length - 1, at + (e.key === "ArrowDown" ? 1 : -1)))]?.focus();
}

/**
 * One page of results: the hits (arrow keys move between their links), the
 * pages, and a way back to the first page when asked for one past the last.
 * Dimmed while newer results load.
 */
export function ResultsBody({
  result,
  linkQuery,
  loading,
  hrefFor,
  onPage,
  onOpen,
}: {
  result: SearchResponse;
  /** The search the results answer, carried to the article pages. */
  linkQuery: string;
  loading: boolean;
  hrefFor: (page: number) => string;
  onPage: (page: number) => void;
  /** A result's link is followed (before the navigation). */
  onOpen: () => void;
}) {
  const pages = pageCount(result);
  return (
    <div className={loading ? "opacity-60 transition-opacity" : "transition-opacity"}>
      {result.hits.length === 0 && (
        <p className="rounded-xl border border-dashed border-slate-300 px-5 py-6 dark:border-slate-600">
          Trang {result.page} không có kết quả: chỉ có {pages} trang.{" "}
          <a
            href={hrefFor(1)}
            onClick={clickHandler(() => onPage(1))}
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
          if ((e.target as HTMLElement).closest("a")) onOpen();
        }}
      >
        <ResultList hits={result.hits} linkQuery={linkQuery} />
      </div>
      <Pagination page={result.page} pages={pages} hrefFor={hrefFor} onPage={onPage} />
    </div>
  );
}
