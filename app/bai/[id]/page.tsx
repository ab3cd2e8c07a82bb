import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDate } from "@/components/format";
import { Highlighted } from "@/components/Highlighted";
import { getEngine } from "@/lib/artifact";
import { highlightRanges, parseQuery } from "@/lib/search";
import { readSearchState, searchQueryString } from "@/lib/url";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getEngine().article(decodeURIComponent((await params).id));
  return article ? { title: article.title, description: article.lead.slice(0, 200) } : { title: "Không tìm thấy bài viết" };
}

/** One article, cleaned, with the search it came from highlighted. */
export default async function ArticlePage({ params, searchParams }: Props) {
  const article = getEngine().article(decodeURIComponent((await params).id));
  if (!article) notFound();
  const search = readSearchState(await searchParams);
  const terms = parseQuery(search.q.trim()).terms;
  const back = `/${searchQueryString(search)}`;
  const mark = (text: string) => <Highlighted text={text} ranges={highlightRanges(text, terms)} />;

  return (
    <main className="mx-auto max-w-3xl px-4 py-6">
      <Link href={back} className="text-sm text-blue-800 underline-offset-2 hover:underline dark:text-blue-300">
        ← Quay lại kết quả
      </Link>
      <article className="mt-4">
        <h1 className="text-2xl font-semibold leading-tight">{mark(article.title)}</h1>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
          <dt>Ngày</dt>
          <dd>
            <time dateTime={article.date ?? undefined}>{formatDate(article.date, article.year)}</time>
          </dd>
          {article.organizers.length > 0 && (
            <>
              <dt>Đơn vị tổ chức</dt>
              <dd>{article.organizers.join("; ")}</dd>
            </>
          )}
          {article.author && (
            <>
              <dt>Tác giả</dt>
              <dd>{article.author}</dd>
            </>
          )}
          {article.source && (
            <>
              <dt>Nguồn</dt>
              <dd>{article.source}</dd>
            </>
          )}
        </dl>
        <div className="mt-6 space-y-4 text-[17px] leading-relaxed">
          <p className="font-semibold">{mark(article.lead)}</p>
          {article.body.map((p, i) => (
            // Paragraph order is the identity here: the text never reorders.
            // biome-ignore lint/suspicious/noArrayIndexKey: static list
            <p key={i}>{mark(p)}</p>
          ))}
        </div>
      </article>
    </main>
  );
}
