"use client";

import type { SearchResponse } from "@/lib/search";
import type { SearchState } from "@/lib/url";
import { CopyLink } from "./CopyLink";
import { countLine, statusLine } from "./status";

const SORT_LABELS = { relevance: "Liên quan nhất", newest: "Mới nhất", oldest: "Cũ nhất" } as const;

/**
 * Above the results: the count (a live region), the status line under it, the
 * sort box and the copy-link button.
 */
export function ResultsHeader({
  result,
  awaiting,
  browsing,
  sort,
  onSort,
  path,
}: {
  result: SearchResponse;
  /** The box holds a lone letter: `result` is the previous search's. */
  awaiting: boolean;
  /** No query: every article, newest first. */
  browsing: boolean;
  sort: SearchState["sort"];
  onSort: (sort: SearchState["sort"]) => void;
  /** The search's canonical address, for the copy-link button. */
  path: string;
}) {
  return (
    <div className="mb-3 flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
      <div className="min-w-0">
        <p role="status" data-testid="result-count" className="font-semibold">
          {countLine(result)}
        </p>
        {/* Two lines reserved, whatever it says: the results below never move while typing. */}
        <p className="min-h-10 text-sm text-slate-600 dark:text-slate-400">
          {statusLine(result, { awaiting, browsing })}
        </p>
      </div>
      <div className="flex min-w-0 flex-wrap items-center gap-2 sm:gap-3">
        <label className="flex items-center gap-2 text-sm">
          <span className="max-sm:sr-only">Sắp xếp</span>
          <select
            name="sort"
            value={browsing && sort === "relevance" ? "newest" : sort}
            onChange={(e) => onSort(e.currentTarget.value as SearchState["sort"])}
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
        <CopyLink path={path} />
      </div>
    </div>
  );
}
