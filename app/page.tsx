import type { Metadata } from "next";
import { cache } from "react";
import { SearchApp } from "@/components/search/SearchApp";
import { getEngine } from "@/lib/artifact";
import { readSearchState, searchQueryString, toSearchRequest } from "@/lib/url";

// Metadata and page share one search per request.
const searchFor = cache((params: Record<string, string | string[] | undefined>) => {
  const state = readSearchState(params);
  return { state, result: getEngine().search(toSearchRequest(state)), qs: searchQueryString(state) };
});

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { state, result } = searchFor(await searchParams);
  if (!state.q && state.organizer.length === 0 && state.year.length === 0) return {};
  const { total } = result;
  const what = state.q || [...state.organizer, ...state.year.map(String)].join(", ");
  return { title: `${what} — ${total} bài viết` };
}

export default async function SearchPage({ searchParams }: Props) {
  const { result } = searchFor(await searchParams);
  return <SearchApp initial={result} />;
}
