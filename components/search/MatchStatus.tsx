import type { SearchResponse } from "@/lib/search";

/**
 * Says what the results are before listing them: the Telex/VNI reading the
 * results are for, and, when no article holds the words as typed, that
 * there is no exact answer and that what follows are near matches.
 */
export function MatchStatus({ result, query }: { result: SearchResponse; query: string }) {
  const near = result.total > 0 && !result.weak && result.match !== "exact";
  if (!result.readAs && !near) return null;
  return (
    <div className="mb-4 text-[15px]" data-testid="match-status">
      {result.readAs && (
        <p data-testid="reading">
          Kết quả cho: <strong>{result.readAs}</strong>{" "}
          <span className="text-sm text-slate-600 dark:text-slate-400">
            (đọc “{query}” như gõ {result.reading === "vni" ? "VNI" : "Telex"} khi tắt bộ gõ)
          </span>
        </p>
      )}
      {near && (
        <>
          <p className="font-semibold" data-testid="no-exact">
            Không tìm thấy bài viết chứa “{result.readAs ?? query}”.
          </p>
          <h2 className="mt-2 text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
            {result.match === "partial"
              ? "Bài viết chứa một số từ trong câu tìm"
              : result.match === "folded"
                ? "Kết quả gần đúng (khác dấu)"
                : "Kết quả gần đúng (sửa lỗi chính tả)"}
          </h2>
        </>
      )}
    </div>
  );
}
