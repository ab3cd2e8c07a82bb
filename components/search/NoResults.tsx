"use client";

import { isLoneLetter } from "@/lib/url";
import { clickHandler } from "./ActiveFilters";

interface Props {
  query: string;
  /** Some articles matched, but only as noise (accents dropped, several words corrected): none are shown. */
  exactOnly?: boolean;
  suggestion: string | null;
  suggestionHref: string | null;
  onSuggestion: () => void;
  hasFilters: boolean;
  clearHref: string;
  onClear: () => void;
}

/** What to say when nothing matches, and the ways out of it. */
export function NoResults({
  query,
  exactOnly = false,
  suggestion,
  suggestionHref,
  onSuggestion,
  hasFilters,
  clearHref,
  onClear,
}: Props) {
  const link =
    "text-blue-800 underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-red-700 dark:text-blue-300";
  if (isLoneLetter(query))
    return (
      <div className="rounded-xl border border-dashed border-slate-300 px-5 py-8 dark:border-slate-600">
        <p className="text-lg font-semibold">Gõ thêm để tìm.</p>
        <p className="mt-3 text-slate-700 dark:text-slate-300">
          Một chữ cái chưa đủ để tìm kiếm: từ hai chữ cái trở lên, ví dụ “da” tìm cả “dân”, “dẫn”, “đã”.
        </p>
      </div>
    );
  return (
    <div className="rounded-xl border border-dashed border-slate-300 px-5 py-8 dark:border-slate-600">
      <p className="text-lg font-semibold">
        {query ? <>Không tìm thấy bài viết chứa “{query}”.</> : "Không có bài viết nào khớp bộ lọc."}
      </p>
      {exactOnly && (
        <p className="mt-2 text-slate-700 dark:text-slate-300" data-testid="near-hidden">
          Chỉ có bài viết giống một phần (khác dấu hoặc sai chính tả nhiều từ), không hiện vì không phải kết quả.
        </p>
      )}
      {suggestion && suggestionHref && (
        <p className="mt-3">
          Có phải bạn muốn tìm:{" "}
          <a href={suggestionHref} onClick={clickHandler(onSuggestion)} className={`${link} font-semibold`}>
            {suggestion}
          </a>
          ?
        </p>
      )}
      <ul className="mt-3 list-disc space-y-1 pl-5 text-slate-700 dark:text-slate-300">
        {hasFilters && (
          <li>
            <a href={clearHref} onClick={clickHandler(onClear)} className={link}>
              Bỏ tất cả bộ lọc
            </a>{" "}
            để tìm trong toàn bộ kho.
          </li>
        )}
        <li>Kiểm tra chính tả, hoặc gõ không dấu để tìm rộng hơn.</li>
        <li>Dùng ít từ hơn, hoặc bỏ dấu ngoặc kép quanh cụm từ.</li>
      </ul>
    </div>
  );
}
