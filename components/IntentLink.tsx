"use client";

import { useRouter } from "next/navigation";
import type { AnchorHTMLAttributes, MouseEvent } from "react";

type Props = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/** A plain left click, one the app may take over (not a new tab, window or download). */
function isPlainClick(e: MouseEvent<HTMLAnchorElement>): boolean {
  return (
    !e.defaultPrevented &&
    e.button === 0 &&
    !(e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) &&
    !e.currentTarget.target &&
    !e.currentTarget.hasAttribute("download")
  );
}

/**
 * A link within the app that prefetches its page when the reader reaches for
 * it (pointer over it, finger down, keyboard focus) instead of when it scrolls
 * into view, and navigates client-side on a plain click. Result lists change
 * on every keystroke: viewport prefetching asked the server to render each
 * visible article page for every letter typed (six to ten page renders per
 * keystroke, competing with the search itself, and data a phone pays for).
 *
 * An `<a>` with the router rather than Next.js's `<Link>`: the search page
 * needs nothing else of `<Link>`, and leaving it out keeps its code (and what
 * it pulls in) out of the page's first-load JavaScript (issue 14's budget).
 */
export function IntentLink({ href, onClick, onPointerEnter, onTouchStart, onFocus, ...props }: Props) {
  const router = useRouter();
  const inApp = href.startsWith("/") && !href.startsWith("//");
  const prefetch = () => {
    if (inApp) router.prefetch(href);
  };
  return (
    <a
      {...props}
      href={href}
      onClick={(e) => {
        onClick?.(e);
        if (!inApp || !isPlainClick(e)) return;
        e.preventDefault();
        router.push(href);
      }}
      onPointerEnter={(e) => {
        prefetch();
        onPointerEnter?.(e);
      }}
      onTouchStart={(e) => {
        prefetch();
        onTouchStart?.(e);
      }}
      onFocus={(e) => {
        prefetch();
        onFocus?.(e);
      }}
    />
  );
}
