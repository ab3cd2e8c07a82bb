import type { SearchResponse } from "@/lib/search";
import { countLabel } from "../format";

type Counted = Pick<SearchResponse, "total" | "weak" | "match" | "relaxed" | "page" | "perPage">;

/** How many pages the results fill (at least one). */
export function pageCount(result: Pick<SearchResponse, "total" | "perPage">): number {
  return Math.max(1, Math.ceil(result.total / result.perPage));
}

/** Nothing to list: no results, or only noise the page does not show (`weak`). */
export function isEmpty(result: Pick<SearchResponse, "total" | "weak">): boolean {
  return result.total === 0 || result.weak;
}

/** The results header's first line, announced to screen readers: how many, and whether they are near matches. */
export function countLine(result: Counted): string {
  if (isEmpty(result)) return "Không có kết quả";
  return result.match !== "exact" ? `${countLabel(result.total)} gần đúng` : countLabel(result.total);
}

/**
 * The line under the count, the first that applies: a lone letter is no
 * search yet; no article held every word; browsing without a query; the page
 * of several; else nothing (the line keeps its room either way).
 */
export function statusLine(result: Counted, { awaiting, browsing }: { awaiting: boolean; browsing: boolean }): string {
  const pages = pageCount(result);
  if (awaiting && result.total > 0) return "Gõ thêm để tìm: một chữ cái chưa đủ để tìm kiếm.";
  if (result.relaxed) return "Không bài nào có đủ mọi từ: đang hiện các bài có một phần từ khóa.";
  if (browsing) return "Tất cả bài viết, mới nhất trước";
  if (pages > 1 && result.page <= pages) return `Trang ${result.page}/${pages}`;
  return "";
}
