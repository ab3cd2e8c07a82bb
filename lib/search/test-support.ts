import type { Article } from "../ingest";
import type { SearchRequest } from "./types";

/**
 * What the tests of lib/search (and lib/artifact) build requests and articles
 * from: every required field defaulted once, so a new field is added here and
 * not in every test. Imported by tests only.
 */
export function searchRequest(q: string, extra: Partial<SearchRequest> = {}): SearchRequest {
  return { q, organizers: [], years: [], provinces: [], sort: "relevance", page: 1, perPage: 20, ...extra };
}

export function testArticle(fields: Partial<Article> & Pick<Article, "id">): Article {
  return {
    file: `${fields.id}.txt`,
    title: "",
    date: null,
    year: null,
    organizers: [],
    province: null,
    author: null,
    source: null,
    lead: "",
    body: [],
    captions: [],
    warnings: [],
    evidence: {},
    ...fields,
  };
}
