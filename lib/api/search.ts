import type { Engine, SearchResponse } from "../search";
import { toSearchRequest, validateSearchParams } from "../url";

/** `truncated`: the query was cut to its maximum length, or the search ran out of its time budget. */
export type ApiSearchBody = SearchResponse;
export type ApiErrorBody = { error: "invalid_parameters"; message: string; details: string[] };

/**
 * The machine interface's one code path: GET /api/search and the search CLI
 * both answer through here, so they validate and serialize alike.
 */
export function searchFromParams(
  engine: Engine,
  params: URLSearchParams,
): { status: 200; body: ApiSearchBody } | { status: 400; body: ApiErrorBody } {
  const v = validateSearchParams(params);
  if (!v.ok) {
    return {
      status: 400,
      body: { error: "invalid_parameters", message: `Invalid parameters: ${v.errors.join("; ")}`, details: v.errors },
    };
  }
  const result = engine.search({ ...toSearchRequest(v.state), facetQuery: v.facetQuery });
  return { status: 200, body: { ...result, truncated: v.state.truncated || result.truncated } };
}
