"use client";

import type { MouseEvent } from "react";

export interface Chip {
  key: string;
  label: string;
  /** Where the chip leads without JavaScript: the search without this filter. */
  href: string;
  onRemove: () => void;
}

const clickHandler = (action: () => void) => (e: MouseEvent) => {
  if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return; // let "open in new tab" work
  e.preventDefault();
  action();
};

/** Active filters as removable chips, and one link that clears them all. */
export function ActiveFilters({
  chips,
  clearHref,
  onClear,
  showClear = true,
}: {
  chips: Chip[];
  clearHref: string;
  onClear: () => void;
  /** False when the page already offers it (the no-results message does). */
  showClear?: boolean;
}) {
  if (chips.length === 0) return null;
  return (
    <ul className="mb-4 flex flex-wrap items-center gap-2" aria-label="Bộ lọc đang dùng">
      {chips.map((c) => (
        <li key={c.key} className="max-w-full">
          <a
            href={c.href}
            onClick={clickHandler(c.onRemove)}
            aria-label={`Bỏ lọc ${c.label}`}
            className="inline-flex min-h-11 max-w-full items-center gap-1 rounded-3xl border border-red-200 bg-red-50 px-3 py-1 text-sm text-red-900 hover:bg-red-100 md:min-h-8 dark:border-red-900 dark:bg-red-950 dark:text-red-100 dark:hover:bg-red-900"
          >
            <span className="min-w-0 break-words">{c.label}</span>
            <span aria-hidden="true" className="shrink-0 text-base">
              ×
            </span>
          </a>
        </li>
      ))}
      <li hidden={!showClear}>
        <a
          href={clearHref}
          onClick={clickHandler(onClear)}
          className="inline-flex min-h-11 items-center rounded px-2 text-sm text-blue-800 underline-offset-2 hover:underline md:min-h-8 dark:text-blue-300"
        >
          Bỏ tất cả bộ lọc
        </a>
      </li>
    </ul>
  );
}

export { clickHandler };
