import { memo } from "react";
import type { SearchHit } from "@/lib/search";
import { formatDate } from "../format";
import { Highlighted } from "../Highlighted";
import { IntentLink } from "../IntentLink";

/**
 * The hits of one results page. `linkQuery` carries the search to the article
 * page. Memoized: typing re-renders the page around it, and its hits change
 * only when the next results arrive.
 */
export const ResultList = memo(function ResultList({ hits, linkQuery }: { hits: SearchHit[]; linkQuery: string }) {
  return (
    <ol className="space-y-6" aria-label="Kết quả tìm kiếm">
      {hits.map((hit) => (
        <li key={hit.id} className="result-item">
          <article>
            <h2 className="text-lg font-semibold leading-snug">
              <IntentLink
                href={`${hit.url}${linkQuery}`}
                className="text-blue-800 underline-offset-2 hover:underline focus-visible:outline-2 dark:text-blue-300"
              >
                <Highlighted text={hit.title} ranges={hit.titleHighlights} />
              </IntentLink>
            </h2>
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
              {hit.year !== null && (hit.inferred.includes("year") || hit.inferred.includes("date")) && (
                // An inferred date: a quiet mark, explained on the article page.
                <span title="Ngày suy luận, không ghi rõ trong bài" data-testid="inferred-date">
                  <span aria-hidden="true">≈ </span>
                  <span className="sr-only">Suy luận: </span>
                </span>
              )}
              <time dateTime={hit.date ?? (hit.year ? String(hit.year) : undefined)}>
                {formatDate(hit.date, hit.year)}
              </time>
              {hit.organizers.length > 0 && <> · {hit.organizers.join("; ")}</>}
            </p>
            {hit.metadataOnly && (
              <p className="mt-1 text-sm italic text-slate-600 dark:text-slate-400" data-testid="metadata-only">
                Khớp theo đơn vị tổ chức hoặc tỉnh/thành của bài, không có trong nội dung.
              </p>
            )}
            <p className="mt-1 text-[15px] leading-relaxed text-slate-800 dark:text-slate-200">
              <Highlighted text={hit.snippet} ranges={hit.snippetHighlights} />
            </p>
          </article>
        </li>
      ))}
    </ol>
  );
});
