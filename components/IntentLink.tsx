"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

/**
 * A link that prefetches its page when the reader reaches for it (pointer
 * over it, finger down, keyboard focus) instead of when it scrolls into view.
 * Result lists change on every keystroke: viewport prefetching asked the
 * server to render each visible article page for every letter typed (six to
 * ten page renders per keystroke, competing with the search itself, and data
 * a phone pays for).
 */
export function IntentLink({ href, onPointerEnter, onTouchStart, onFocus, ...props }: ComponentProps<typeof Link>) {
  const router = useRouter();
  const url = typeof href === "string" && href.startsWith("/") ? href : null;
  const prefetch = () => {
    if (url) router.prefetch(url);
  };
  return (
    <Link
      {...props}
      href={href}
      prefetch={false}
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
