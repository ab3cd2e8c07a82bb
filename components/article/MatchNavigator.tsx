"use client";

import { useCallback, useEffect, useRef, useState } from "react";

const button =
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-slate-300 bg-white px-3 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-red-700 disabled:opacity-50 sm:min-h-9 sm:min-w-9 dark:border-slate-600 dark:bg-slate-900 dark:hover:bg-slate-800 dark:focus-visible:outline-red-400";

/**
 * The search's terms in the article, one after another: "1/12" with previous
 * and next buttons that scroll to the highlighted term and focus it (so a
 * screen reader reads it, and Tab continues from there), the position
 * announced. Arriving from a search, the first term is brought into view.
 */
export function MatchNavigator() {
  const marks = useRef<HTMLElement[]>([]);
  const [count, setCount] = useState(0);
  const [at, setAt] = useState(-1);

  useEffect(() => {
    const found = [...document.querySelectorAll<HTMLElement>("article mark")];
    marks.current = found;
    setCount(found.length);
    for (const m of found) m.tabIndex = -1;
    const first = found[0];
    if (first && first.getBoundingClientRect().top > window.innerHeight * 0.6)
      first.scrollIntoView({ block: "center" });
  }, []);

  const current = useRef(-1);
  const go = useCallback((step: number) => {
    const list = marks.current;
    if (list.length === 0) return;
    const a = current.current;
    const next = a < 0 ? (step > 0 ? 0 : list.length - 1) : (a + step + list.length) % list.length;
    list[a]?.removeAttribute("data-current");
    const m = list[next];
    if (m) {
      m.setAttribute("data-current", "");
      m.scrollIntoView({ block: "center" });
      m.focus({ preventScroll: true });
    }
    current.current = next;
    setAt(next);
  }, []);

  if (count === 0) return null;
  return (
    <nav
      aria-label="Từ khớp trong bài"
      className="no-print sticky top-0 z-10 -mx-4 mt-2 flex items-center gap-2 bg-white/95 px-4 py-1 text-sm dark:bg-slate-900/95"
    >
      <span className="text-slate-700 dark:text-slate-300">Từ khớp</span>
      <span role="status" data-testid="match-position" className="min-w-14 text-center tabular-nums">
        {at < 0 ? count : `${at + 1}/${count}`}
        <span className="sr-only">{at < 0 ? " chỗ khớp" : ` (chỗ khớp ${at + 1} trên ${count})`}</span>
      </span>
      <button type="button" onClick={() => go(-1)} className={button} aria-label="Chỗ khớp trước">
        <span aria-hidden="true">↑</span>
      </button>
      <button type="button" onClick={() => go(1)} className={button} aria-label="Chỗ khớp sau">
        <span aria-hidden="true">↓</span>
      </button>
    </nav>
  );
}
