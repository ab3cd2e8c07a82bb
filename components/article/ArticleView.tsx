import Link from "next/link";
import type { Article } from "@/lib/ingest";
import { MAX_ARTICLE_CHARS, MAX_PARAGRAPHS } from "@/lib/limits";
import { highlightQuery, highlightRanges } from "@/lib/search";
import { searchQueryString } from "@/lib/url";
import { formatDate } from "../format";
import { Highlighted } from "../Highlighted";
import { ArticleActions } from "./ArticleActions";
import { InferredBadge } from "./Inferred";
import { MatchNavigator } from "./MatchNavigator";

/** A source written as a host name ("haiphong.gov.vn") becomes a link to that site. */
function sourceHref(source: string): string | null {
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(source) ? `https://${source}` : null;
}

/**
 * One article, cleaned (a server component: the highlighting runs on the
 * server, never in the browser): its metadata with links to filtered searches,
 * inferred values marked, the words of the search it came from (`query`)
 * highlighted and navigable, a way back to that search (`back`), share and
 * print, and a note when the text was cut to the archive's bounds (`truncated`).
 */
export function ArticleView({
  article,
  truncated,
  query,
  back,
}: {
  article: Article;
  truncated: boolean;
  query: string;
  back: string;
}) {
  const terms = highlightQuery(query, [article.title, article.lead, ...article.body]).terms;
  const mark = (text: string) => <Highlighted text={text} ranges={highlightRanges(text, terms)} />;
  const link =
    "text-blue-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-red-700 dark:text-blue-300";
  const href = article.source ? sourceHref(article.source) : null;
  // The original page, when its address is known (a sidecar's "url", or the page's own URL line).
  const original = article.url && /^https?:\/\/[^\s]+$/i.test(article.url) ? article.url : null;

  return (
    <main className="mx-auto max-w-3xl px-4 pb-16 pt-4 [overflow-wrap:anywhere] sm:pt-6">
      <div className="no-print flex flex-wrap items-center justify-between gap-2">
        <Link href={back} className={`inline-flex min-h-11 items-center text-sm ${link}`}>
          ← Quay lại kết quả
        </Link>
        <ArticleActions title={article.title} />
      </div>
      {terms.length > 0 && <MatchNavigator />}
      <article id="noi-dung" tabIndex={-1} className="mt-4 focus:outline-none">
        <h1 className="text-2xl font-semibold leading-tight sm:text-3xl">{mark(article.title)}</h1>
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
          <dt className="text-slate-600 dark:text-slate-400">Ngày</dt>
          <dd>
            <time
              dateTime={article.date ?? (article.year ? String(article.year) : undefined)}
              title={article.year === null ? article.evidence.year?.how : undefined}
            >
              {formatDate(article.date, article.year)}
            </time>
            {/* A date and its year are found together: one mark for both. */}
            {article.date !== null ? (
              <InferredBadge article={article} field="date" />
            ) : (
              article.year !== null && <InferredBadge article={article} field="year" />
            )}
            {article.year !== null && (
              <>
                {" · "}
                <Link
                  href={`/${searchQueryString({ year: [article.year] })}`}
                  className={`inline-flex min-h-11 items-center sm:min-h-6 ${link}`}
                >
                  Bài năm {article.year}
                </Link>
              </>
            )}
          </dd>
          {article.organizers.length > 0 && (
            <>
              <dt className="text-slate-600 dark:text-slate-400">Đơn vị tổ chức</dt>
              <dd>
                <ul>
                  {article.organizers.map((o, i) => (
                    <li key={o}>
                      <Link
                        href={`/${searchQueryString({ organizer: [o] })}`}
                        className={`inline-flex min-h-11 items-center sm:min-h-6 ${link}`}
                      >
                        {o}
                      </Link>
                      {i === 0 && <InferredBadge article={article} field="organizers" />}
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {article.province !== null && (
            <>
              <dt className="text-slate-600 dark:text-slate-400">Tỉnh/thành</dt>
              <dd data-testid="province">
                <Link
                  href={`/${searchQueryString({ province: [article.province] })}`}
                  className={`inline-flex min-h-11 items-center sm:min-h-6 ${link}`}
                >
                  {article.province}
                </Link>
                <InferredBadge article={article} field="province" />
              </dd>
            </>
          )}
          {article.author && (
            <>
              <dt className="text-slate-600 dark:text-slate-400">Tác giả</dt>
              <dd>{article.author}</dd>
            </>
          )}
          {article.source && (
            <>
              <dt className="text-slate-600 dark:text-slate-400">Nguồn</dt>
              <dd>
                {href ? (
                  <a
                    href={href}
                    rel="noopener noreferrer nofollow"
                    target="_blank"
                    className={`inline-flex min-h-11 items-center sm:min-h-6 ${link}`}
                  >
                    {article.source}
                  </a>
                ) : (
                  article.source
                )}
              </dd>
            </>
          )}
          {original && (
            <>
              <dt className="text-slate-600 dark:text-slate-400">Bài gốc</dt>
              <dd>
                <a
                  href={original}
                  rel="noopener noreferrer nofollow"
                  target="_blank"
                  className={`inline-flex min-h-11 items-center sm:min-h-6 ${link}`}
                  data-testid="original-link"
                >
                  Xem bài gốc<span className="sr-only"> (mở thẻ mới)</span>
                </a>
              </dd>
            </>
          )}
        </dl>
        <div className="mt-6 space-y-4 text-[17px] leading-relaxed">
          <p className="font-semibold">{mark(article.lead)}</p>
          {article.body.map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs never reorder
            <p key={i}>{mark(p)}</p>
          ))}
        </div>
        {truncated && (
          <p
            role="note"
            data-testid="truncated-note"
            className="mt-6 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200"
          >
            Bài quá dài nên đã được cắt bớt: chỉ hiển thị tối đa {MAX_PARAGRAPHS} đoạn và{" "}
            {MAX_ARTICLE_CHARS.toLocaleString("vi-VN")} ký tự đầu.
          </p>
        )}
        {article.captions.length > 0 && (
          <aside className="mt-8 border-t border-slate-200 pt-4 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
            <h2 className="mb-2 font-semibold">Chú thích ảnh</h2>
            <ul className="list-disc space-y-1 pl-5">
              {article.captions.map((c, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: captions never reorder
                <li key={i}>{mark(c)}</li>
              ))}
            </ul>
          </aside>
        )}
      </article>
    </main>
  );
}
