"use client";

import { useEffect, useState } from "react";
import type { SearchResponse } from "@/lib/search";
import { createSearchController, type SearchView } from "./search-controller";

/**
 * The results for the URL's search (`qs`, the canonical query string): the
 * server-rendered `initial` first, then /api/search's answers, through one
 * search controller per page (search-controller.ts: one request in flight,
 * answers cached per address, the spinner delay, the lone-letter wait).
 * `prefetch` starts a request before the state it belongs to is rendered.
 */
export function useSearch(
  qs: string,
  initial: SearchResponse,
  { lone = false }: { lone?: boolean } = {},
): SearchView & { prefetch: (qs: string) => void } {
  const [controller] = useState(() => createSearchController({ initial: { qs, result: initial } }));
  // Plain state rather than useSyncExternalStore, whose updates render at
  // once: results shown that early after a Back or Forward lost the scroll
  // position restored for them in Chromium (e2e/archive/facets.spec.ts).
  const [view, setView] = useState(controller.view);
  useEffect(() => controller.subscribe(() => setView(controller.view())), [controller]);
  useEffect(() => controller.show(qs, { lone }), [controller, qs, lone]);
  useEffect(() => () => controller.stop(), [controller]);
  return { ...view, prefetch: controller.prefetch };
}
