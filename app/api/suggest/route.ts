import type { NextRequest } from "next/server";
import { suggestFromParams } from "@/lib/api";
import { getSuggester } from "@/lib/artifact";

/** GET /api/suggest?q=… — type-ahead phrases from the artifact's MiniSearch index (lib/suggest). */
export function GET(request: NextRequest) {
  const t0 = performance.now();
  const { status, body } = suggestFromParams(getSuggester(), request.nextUrl.searchParams);
  const t1 = performance.now();
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      "Content-Type": "application/json",
      "Cache-Control": "no-store",
      "Server-Timing": `suggest;dur=${(t1 - t0).toFixed(1)}`,
    },
  });
}
