"use client";

import { useEffect } from "react";

/** Arriving from a search, bring the first highlighted term into view. */
export function ScrollToFirstMark() {
  useEffect(() => {
    const first = document.querySelector("article mark");
    if (first && first.getBoundingClientRect().top > window.innerHeight * 0.6) {
      first.scrollIntoView({ block: "center" });
    }
  }, []);
  return null;
}
