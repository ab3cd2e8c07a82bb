import type { NextRequest } from "next/server";
import { searchFromParams } from "@/lib/api";
import { getEngine } from "@/lib/artifact";

/**
 * GET /api/search?q=…&organizer=…&year=…&sort=…&page=… — the same engine as
 * the page and the CLI. Invalid parameters get a 400 with a message naming them.
 */
export function GET(request: NextRequest) {
  const { status, body } = searchFromParams(getEngine(), request.nextUrl.searchParams);
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}
