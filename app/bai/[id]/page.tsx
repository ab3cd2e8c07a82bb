import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ArticleView } from "@/components/article/ArticleView";
import { getEngine } from "@/lib/artifact";
import { articleForPage } from "@/lib/ingest";
import { type PageParams, readSearchState, searchQueryString } from "@/lib/url";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<PageParams>;
};

const findArticle = cache(async (params: Props["params"]) => {
  const { id } = await params;
  let decoded = id;
  try {
    decoded = decodeURIComponent(id);
  } catch {
    // malformed percent-encoding: look it up as given (and 404)
  }
  return getEngine().article(decoded);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await findArticle(params);
  if (!article) return { title: "Không tìm thấy bài viết" };
  const description = article.lead.slice(0, 200);
  return {
    title: article.title,
    description,
    openGraph: { type: "article", title: article.title, description, locale: "vi_VN", siteName: "Tra cứu" },
    twitter: { card: "summary", title: article.title, description },
  };
}

/** One article, with the search it came from (components/article/ArticleView). */
export default async function ArticlePage({ params, searchParams }: Props) {
  const found = await findArticle(params);
  if (!found) notFound();
  // Never more than the archive's bounds (lib/limits.ts), and a note when the text was cut.
  const { article, truncated } = articleForPage(found);
  const search = readSearchState(await searchParams);
  return (
    <ArticleView
      article={article}
      truncated={truncated}
      query={search.q.trim()}
      back={`/${searchQueryString(search)}`}
    />
  );
}
