"use client";

import { clickHandler } from "./ActiveFilters";

interface Props {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
  onPage: (page: number) => void;
}

/** Pages as real links (they work without JavaScript), with a window around the current one. */
export function Pagination({ page, pages, hrefFor, onPage }: Props) {
  if (pages <= 1) return null;
  const wanted = new Set([1, pages, page - 2, page - 1, page, page + 1, page + 2]);
  const shown = [...wanted].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
  const cls = "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border px-3 text-sm";
  const link = (p: number, label: string, aria?: string) => (
    <a
      href={hrefFor(p)}
      onClick={clickHandler(() => onPage(p))}
      aria-label={aria}
      className={`${cls} border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800`}
    >
      {label}
    </a>
  );
  return (
    <nav aria-label="Phân trang" className="mt-8">
      <ul className="flex flex-wrap items-center gap-1">
        {page > 1 && <li>{link(page - 1, "‹ Trước", "Trang trước")}</li>}
        {shown.map((p, i) => (
          <li key={p} className="flex items-center gap-1">
            {i > 0 && p - shown[i - 1]! > 1 && <span aria-hidden="true">…</span>}
            {p === page ? (
              <span aria-current="page" className={`${cls} border-red-700 bg-red-700 text-white`}>
                {p}
              </span>
            ) : (
              link(p, String(p), `Trang ${p}`)
            )}
          </li>
        ))}
        {page < pages && <li>{link(page + 1, "Sau ›", "Trang sau")}</li>}
      </ul>
    </nav>
  );
}
