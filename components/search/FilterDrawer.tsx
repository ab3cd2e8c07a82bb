"use client";

import { type RefObject, useEffect, useRef } from "react";
import type { SearchResponse } from "@/lib/search";
import type { SearchState, Unknown } from "@/lib/url";
import { countLabel } from "../format";
import { whenIdle } from "../lazy";
import { Facet } from "./Facets";
import { DATE_LABELS, FACETS, type FacetKey } from "./filters";

// The dialog's code (modal.ts) is needed only once a phone opens the panel:
// fetched when the browser is idle, not in the first load.
const loadModal = () => import("./modal");
whenIdle(() => void loadModal());

export type FacetToggles = {
  organizer: (value: string, on: boolean) => void;
  year: (value: number | Unknown, on: boolean) => void;
  province: (value: string, on: boolean) => void;
};

/** On phones, the button that opens the filter panel, with how many filters are on. */
export function FilterButton({
  open,
  active,
  onOpen,
  ref,
}: {
  open: boolean;
  active: number;
  onOpen: () => void;
  ref: RefObject<HTMLButtonElement | null>;
}) {
  return (
    <div className="mt-4 flex items-center justify-between gap-2 md:hidden">
      <button
        ref={ref}
        type="button"
        onClick={onOpen}
        aria-expanded={open}
        aria-controls="bo-loc"
        aria-haspopup="dialog"
        className="inline-flex min-h-11 items-center gap-2 rounded-md border border-slate-300 px-4 py-2 text-sm font-semibold dark:border-slate-600"
      >
        Bộ lọc
        {active > 0 && <span className="rounded-full bg-red-700 px-1.5 text-xs text-white">{active}</span>}
      </button>
    </div>
  );
}

/**
 * The filter panel: the facets and the date range, inside the search form (so
 * they submit without JavaScript, with an apply button only then). Beside the
 * results on wide screens; on phones, once opened, a modal dialog with a close
 * button and a "Xem N bài viết" button (modal.ts).
 */
export function FilterDrawer({
  open,
  onClose,
  opener,
  result,
  state,
  toggles,
  onDate,
}: {
  open: boolean;
  onClose: () => void;
  opener: RefObject<HTMLElement | null>;
  result: SearchResponse;
  state: SearchState;
  toggles: FacetToggles;
  onDate: (key: "from" | "to", value: string | null) => void;
}) {
  const panel = useRef<HTMLElement>(null);
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const dialog = panel.current;
    if (!open || !dialog) return;
    // Focus is already on the close button (autoFocus) here.
    let release: (() => void) | null = null;
    let closed = false;
    void loadModal().then(({ holdModal }) => {
      if (!closed) release = holdModal(dialog, { opener: opener.current, onClose: () => close.current() });
    });
    return () => {
      closed = true;
      if (release) release();
      else opener.current?.focus();
    };
  }, [open, opener]);

  const facet = (key: FacetKey) => {
    const { legend, unit, what, ...layout } = FACETS[key];
    return (
      <Facet
        name={key}
        legend={legend}
        values={result.facets[key]}
        selected={state[key]}
        onToggle={toggles[key] as (value: string | number, on: boolean) => void}
        unknownHint={`không rõ ${what}`}
        unit={unit}
        {...layout}
        more={{ count: result.facetsMore[key], noun: unit }}
      />
    );
  };

  return (
    // biome-ignore lint/a11y/useAriaPropsSupportedByRole: on phones the panel becomes a modal dialog (role set with it)
    <aside
      ref={panel}
      id="bo-loc"
      aria-label={open ? undefined : "Bộ lọc"}
      aria-labelledby={open ? "bo-loc-title" : undefined}
      className={`facet-panel min-w-0 ${open ? "max-md:fixed max-md:inset-0 max-md:z-40 max-md:overflow-y-auto max-md:overscroll-contain max-md:bg-white max-md:px-4 max-md:dark:bg-slate-900" : "max-md:hidden"}`}
      role={open ? "dialog" : undefined}
      aria-modal={open ? true : undefined}
    >
      {open && (
        <div className="sticky top-0 z-10 -mx-4 mb-4 flex items-center justify-between gap-2 border-b border-slate-200 bg-white px-4 py-2 md:hidden dark:border-slate-700 dark:bg-slate-900">
          <h2 id="bo-loc-title" className="text-lg font-semibold">
            Bộ lọc
          </h2>
          <button
            type="button"
            // biome-ignore lint/a11y/noAutofocus: opening a dialog moves focus into it
            autoFocus
            onClick={onClose}
            aria-label="Đóng bộ lọc"
            className="inline-flex size-11 items-center justify-center rounded-md border border-slate-300 text-2xl leading-none dark:border-slate-600"
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      )}
      {facet("organizer")}
      {facet("year")}
      <fieldset className="mb-6 min-w-0">
        <legend className="mb-2 text-sm font-semibold text-slate-700 dark:text-slate-300">Khoảng thời gian</legend>
        <div className="grid grid-cols-2 gap-2 md:grid-cols-1">
          {(["from", "to"] as const).map((key) => (
            <label key={key} className="min-w-0 text-sm">
              <span className="mb-1 block text-slate-700 dark:text-slate-300">{DATE_LABELS[key]}</span>
              <input
                type="date"
                name={key}
                min="1900-01-01"
                max="2100-12-31"
                value={state[key] ?? ""}
                onChange={(e) => {
                  const v = e.currentTarget.value;
                  if (v === "" || /^\d{4}-\d{2}-\d{2}$/.test(v)) onDate(key, v || null);
                }}
                className="min-h-11 w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 text-sm dark:border-slate-600 dark:bg-slate-800"
              />
            </label>
          ))}
        </div>
      </fieldset>
      {facet("province")}
      <button
        type="submit"
        className="no-js-only min-h-11 rounded-md bg-red-700 px-4 py-2 text-sm font-semibold text-white"
      >
        Áp dụng bộ lọc
      </button>
      {open && (
        <div className="sticky bottom-0 -mx-4 border-t border-slate-200 bg-white px-4 py-3 md:hidden dark:border-slate-700 dark:bg-slate-900">
          <button
            type="button"
            onClick={onClose}
            className="min-h-11 w-full rounded-md bg-red-700 px-4 text-sm font-semibold text-white"
          >
            Xem {countLabel(result.total)}
          </button>
        </div>
      )}
    </aside>
  );
}
