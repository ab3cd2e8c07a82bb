"use client";

import { memo, useId, useState } from "react";
import type { FacetValue } from "@/lib/search";
import { fold } from "@/lib/text/fold-chars";
import { type Unknown, urlValue } from "@/lib/url";
import { UNKNOWN_LABEL } from "./filters";

interface FacetProps<T extends string | number> {
  name: "organizer" | "year" | "province";
  legend: string;
  /** Options; value null is the "Không rõ" bucket. */
  values: FacetValue<T | null>[];
  /** Selected values as in the URL ("-" for the bucket). */
  selected: readonly (T | Unknown)[];
  onToggle: (value: T | Unknown, checked: boolean) => void;
  /** What the bucket holds, for screen readers and the tooltip ("không có năm"). */
  unknownHint: string;
  /** Show a box that narrows the options (diacritic-insensitive). */
  filterable?: boolean;
  /** Options shown before "Xem thêm". */
  collapseAfter?: number;
  /** What the options are, for "Xem thêm 30 đơn vị". */
  unit: string;
  /** Values the server did not list (SearchResponse.facetsMore), with their noun: "và K đơn vị khác". */
  more?: { count: number; noun: string };
}

/**
 * One facet: checkboxes inside the search form. Without JavaScript the form
 * submits them; with it, onToggle updates the search at once. Selected values
 * always stay visible; values that would give nothing are not listed.
 */
function FacetList<T extends string | number>({
  name,
  legend,
  values,
  selected,
  onToggle,
  unknownHint,
  filterable = false,
  collapseAfter = 8,
  unit,
  more,
}: FacetProps<T>) {
  const [needle, setNeedle] = useState("");
  const [expanded, setExpanded] = useState(false);
  const filterId = useId();
  const listId = useId();
  if (values.length === 0) return null;

  const label = (v: T | null) => (v === null ? UNKNOWN_LABEL : String(v));
  const folded = fold(needle.trim());
  // Ticked values first (in the engine's order), so one ticked with no article now stays in view.
  const isSelected = (v: FacetValue<T | null>) => selected.includes(urlValue(v.value));
  const ordered = [...values.filter(isSelected), ...values.filter((v) => !isSelected(v))];
  const matching = folded ? ordered.filter((v) => fold(label(v.value)).includes(folded)) : ordered;
  const collapsed = !expanded && !folded && matching.length > collapseAfter;
  // Selected values and the "Không rõ" bucket stay visible when the list is collapsed.
  const shown = collapsed
    ? matching.filter((v, i) => i < collapseAfter || v.value === null || selected.includes(urlValue(v.value)))
    : matching;

  return (
    <fieldset className="mb-6 min-w-0">
      <legend className="mb-2 text-sm font-semibold text-slate-700 dark:text-slate-300">{legend}</legend>
      {filterable && values.length > collapseAfter && (
        <div className="mb-2">
          <label htmlFor={filterId} className="sr-only">
            Lọc danh sách {legend.toLowerCase()}
          </label>
          <input
            id={filterId}
            type="text"
            value={needle}
            onChange={(e) => setNeedle(e.currentTarget.value)}
            placeholder="Lọc danh sách…"
            autoComplete="off"
            className="min-h-11 w-full rounded-md border border-slate-300 bg-white px-2 text-sm dark:border-slate-600 dark:bg-slate-800"
          />
        </div>
      )}
      <ul id={listId} className="space-y-0.5">
        {shown.map(({ value, count }) => {
          const v = urlValue(value);
          const checked = selected.includes(v);
          return (
            <li key={String(v)} data-facet-value={String(v)}>
              <label className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md px-1.5 py-1.5 text-sm hover:bg-slate-100 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-red-700 md:min-h-8 dark:hover:bg-slate-800 dark:has-[:focus-visible]:outline-red-400">
                <input
                  type="checkbox"
                  name={name}
                  value={String(v)}
                  checked={checked}
                  onChange={(e) => onToggle(v, e.currentTarget.checked)}
                  className="size-4 shrink-0 accent-red-700 focus:outline-none"
                />
                {value === null ? (
                  <span
                    className="min-w-0 flex-1 break-words italic text-slate-700 dark:text-slate-300"
                    title={`Bài ${unknownHint}`}
                  >
                    {UNKNOWN_LABEL}
                    <span className="sr-only"> ({unknownHint})</span>
                  </span>
                ) : (
                  <span className="min-w-0 flex-1 break-words">{value}</span>
                )}
                <span className="tabular-nums text-slate-600 dark:text-slate-400">
                  {count.toLocaleString("vi-VN")}
                  <span className="sr-only"> bài</span>
                </span>
              </label>
            </li>
          );
        })}
        {folded && matching.length === 0 && (
          <li className="px-1.5 py-1 text-sm text-slate-600 dark:text-slate-400">Không có giá trị phù hợp</li>
        )}
      </ul>
      {more && more.count > 0 && (
        <p className="px-1.5 pt-1 text-sm text-slate-600 dark:text-slate-400" data-testid={`${name}-more`}>
          và {more.count.toLocaleString("vi-VN")} {more.noun} khác
        </p>
      )}
      {(collapsed || expanded) && !folded && matching.length > collapseAfter && (
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded(!expanded)}
          className="mt-1 min-h-11 rounded px-1.5 text-sm text-blue-800 hover:underline md:min-h-8 dark:text-blue-300"
        >
          {expanded ? "Thu gọn" : `Xem thêm ${matching.length - collapseAfter} ${unit}`}
        </button>
      )}
    </fieldset>
  );
}

const sameValues = <T,>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * Re-rendered only when its values, selection or handler change, not on each
 * keystroke in the search box (the URL state's arrays are new objects then).
 */
export const Facet = memo(
  FacetList,
  (a, b) =>
    a.values === b.values &&
    sameValues(a.selected, b.selected) &&
    a.onToggle === b.onToggle &&
    a.name === b.name &&
    a.legend === b.legend &&
    a.unknownHint === b.unknownHint &&
    a.more?.count === b.more?.count &&
    a.filterable === b.filterable &&
    a.collapseAfter === b.collapseAfter &&
    a.unit === b.unit,
) as typeof FacetList;
