import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { cache } from "react";
import { countLabel } from "@/components/format";
import { SearchApp } from "@/components/search/SearchApp";
import { getEngine } from "@/lib/artifact";
import {
  canonicalRedirect,
  type PageParams,
  readSearchState,
  searchQueryString,
  toSearchRequest,
  UNKNOWN,
} from "@/lib/url";

type Props = { searchParams: Promise<PageParams> };

// Metadata and page share one search per request (cache() compares arguments
// by identity, so the key is the parameters' text).
const searchByKey = cache((key: string) => {
  const state = readSearchState(JSON.parse(key) as PageParams);
  return { state, result: getEngine().search(toSearchRequest(state)), qs: searchQueryString(state) };
});
const searchFor = (params: PageParams) => searchByKey(JSON.stringify(params));

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { state, result, qs } = searchFor(await searchParams);
  const named = (v: string | number, unknown: string) => (v === UNKNOWN ? unknown : String(v));
  const what =
    state.q.trim() ||
    [
      ...state.organizer.map((o) => named(o, "không rõ đơn vị")),
      ...state.year.map((y) => named(y, "không rõ năm")),
      ...state.province.map((p) => named(p, "không rõ tỉnh/thành")),
    ].join(", ");
  const title = what ? `${what} — ${countLabel(result.total)}` : `Tra cứu — ${countLabel(result.total)}`;
  const description = what
    ? `Kết quả tìm kiếm “${what}” trong kho bài viết công tác dân vận.`
    : "Tìm kiếm bài viết về công tác dân vận, có dấu hoặc không dấu.";
  return {
    title: { absolute: title },
    description,
    alternates: { canonical: `/${qs}` },
    openGraph: { type: "website", title, description, locale: "vi_VN", siteName: "Tra cứu", url: `/${qs}` },
    twitter: { card: "summary", title, description },
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  // One search, one address (lib/url/canonical).
  const canonical = canonicalRedirect(params);
  if (canonical !== null) redirect(canonical);
  return <SearchApp initial={searchFor(params).result} />;
}
