"use client";

import { clickHandler } from "./ActiveFilters";

/** "Có phải bạn muốn tìm: …?" — the query in the corpus's own words, over results that are there. */
export function SuggestionLine({
  suggestion,
  href,
  onPick,
}: {
  suggestion: string;
  /** The search for the suggestion (the link without JavaScript). */
  href: string;
  onPick: (q: string) => void;
}) {
  return (
    <p className="mb-4 text-[15px]">
      Có phải bạn muốn tìm:{" "}
      <a
        href={href}
        onClick={clickHandler(() => onPick(suggestion))}
        className="font-semibold text-blue-800 underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-red-700 dark:text-blue-300"
      >
        {suggestion}
      </a>
      ?
    </p>
  );
}
