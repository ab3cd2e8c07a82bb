import type { Suggester, Suggestion } from "../suggest";
import { SUGGEST_LIMITS } from "../suggest";
import type { ApiErrorBody } from "./search";

export interface ApiSuggestBody {
  query: string;
  suggestions: Suggestion[];
}

/**
 * GET /api/suggest?q=…&limit=N: type-ahead phrases for what is typed so far.
 * `q` once (cut to SUGGEST_LIMITS.maxQueryChars), `limit` 1 to maxResults.
 */
export function suggestFromParams(
  suggester: Suggester,
  params: URLSearchParams,
): { status: 200; body: ApiSuggestBody } | { status: 400; body: ApiErrorBody } {
  const errors: string[] = [];
  if (params.getAll("q").length > 1) errors.push(`"q" may be given only once`);
  if (params.getAll("limit").length > 1) errors.push(`"limit" may be given only once`);
  const rawLimit = params.get("limit");
  let limit: number = SUGGEST_LIMITS.defaultResults;
  if (rawLimit !== null) {
    if (!/^\d{1,2}$/.test(rawLimit) || Number(rawLimit) < 1 || Number(rawLimit) > SUGGEST_LIMITS.maxResults)
      errors.push(`"limit" must be a whole number from 1 to ${SUGGEST_LIMITS.maxResults}`);
    else limit = Number(rawLimit);
  }
  if (errors.length > 0)
    return {
      status: 400,
      body: { error: "invalid_parameters", message: `Invalid parameters: ${errors.join("; ")}`, details: errors },
    };
  const query = (params.get("q") ?? "").slice(0, SUGGEST_LIMITS.maxQueryChars);
  return { status: 200, body: { query, suggestions: suggester.suggest(query, limit) } };
}
