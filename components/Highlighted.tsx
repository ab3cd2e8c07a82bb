import type { ReactNode } from "react";
import type { Range } from "@/lib/search";

/**
 * Text with some ranges wrapped in <mark>. Article text and queries are
 * untrusted: they only ever become React text nodes, never HTML.
 */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly Range[] }) {
  if (ranges.length === 0) return <>{text}</>;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at || end <= start || end > text.length) continue; // defensive: skip bad ranges
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
