import type { NextRequest } from "next/server";
import { getEngine } from "@/lib/artifact";
import { readSearchState, toSearchRequest } from "@/lib/url";

/** GET /api/search?q=…&organizer=…&year=…&sort=…&page=… — the same engine as the page and the CLI. */
export function GET(request: NextRequest) {
  const state = readSearchState(request.nextUrl.searchParams);
  const result = getEngine().search(toSearchRequest(state));
  return Response.json(result, { headers: { "Cache-Control": "no-store" } });
}
