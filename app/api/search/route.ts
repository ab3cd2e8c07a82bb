import type { NextRequest } from "next/server";
import { searchFromParams } from "@/lib/api";
import { getEngine } from "@/lib/artifact";

/**
 * GET /api/search?q=…&organizer=…&year=…&sort=…&page=… — the same engine as
 * the page and the CLI. Invalid parameters get a 400 with a message naming them.
 * Server-Timing tells the engine's share of a response's time (browser
 * devtools and the browser benchmark read it).
 */
export function GET(request: NextRequest) {
  const t0 = performance.now();
  const { status, body } = searchFromParams(getEngine(), request.nextUrl.searchParams);
  const t1 = performance.now();
  const json = JSON.stringify(body);
  const t2 = performance.now();
  return new Response(json, {
    status,
    headers: {
      "Content-Type": "application/json",
      "Cache-Control": "no-store",
      "Server-Timing": `search;dur=${(t1 - t0).toFixed(1)}, json;dur=${(t2 - t1).toFixed(1)}`,
    },
  });
}
