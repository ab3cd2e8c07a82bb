"use client";

import { useCallback, useEffect, useLayoutEffect, useRef } from "react";

/** Where the reader was in the results when they opened an article. */
const RETURN_KEY = "tra-cuu:return";
const scrollKey = (qs: string) => `scroll:${qs}`;

/**
 * The scroll positions a reader expects back: a search left by a step they may
 * go Back from (Back/Forward restores it once its results are shown), and the
 * results they opened an article from ("Quay lại kết quả", or Back, lands
 * where they were). `shown` is the results on screen (a new object each time
 * they are shown) and the address they answer.
 */
export function useScrollMemory(shown: { qs: string }) {
  const popped = useRef(false);
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
    const y = sessionStorage.getItem(scrollKey(shown.qs));
    if (y !== null) window.scrollTo(0, Number(y));
  }, [shown]);

  // Back from an article: the position saved when the reader opened it.
  const firstQs = useRef(shown.qs);
  useLayoutEffect(() => {
    try {
      const saved = JSON.parse(sessionStorage.getItem(RETURN_KEY) ?? "null") as { qs: string; y: number } | null;
      sessionStorage.removeItem(RETURN_KEY);
      if (saved && saved.qs === firstQs.current) window.scrollTo(0, saved.y);
    } catch {
      // storage disabled
    }
  }, []);

  return {
    /** Before a step the reader may go Back from. */
    rememberStep: useCallback((qs: string) => sessionStorage.setItem(scrollKey(qs), String(window.scrollY)), []),
    /** Before opening an article from these results. */
    rememberReturn: useCallback(
      (qs: string) => sessionStorage.setItem(RETURN_KEY, JSON.stringify({ qs, y: window.scrollY })),
      [],
    ),
  };
}
