import { describe, expect, it } from "vitest";
import { readSearchState, type SearchState, searchQueryString } from "@/lib/url";
import { activeFilters, NO_FILTERS, toggled } from "./filters";
import { countLine, pageCount, statusLine } from "./status";

const stateOf = (qs: string): SearchState => readSearchState(new URLSearchParams(qs));

describe("active filters", () => {
  it("lists each filter in the panel's order, with its label and the search without it", () => {
    const state = stateOf(
      "q=dan&organizer=Ban+D%C3%A2n+v%E1%BA%ADn&organizer=-&year=2022&province=Hu%E1%BA%BF&from=2022-01-02",
    );
    const chips = activeFilters(state);
    expect(chips.map((c) => [c.key, c.label])).toEqual([
      ["organizer:Ban Dân vận", "Ban Dân vận"],
      ["organizer:-", "Không rõ đơn vị tổ chức"],
      ["year:2022", "Năm 2022"],
      ["province:Huế", "Huế"],
      ["from", "Từ ngày 02/01/2022"],
    ]);
    expect(searchQueryString({ ...state, ...chips[1]?.without })).toBe(
      "?q=dan&organizer=Ban+D%C3%A2n+v%E1%BA%ADn&year=2022&province=Hu%E1%BA%BF&from=2022-01-02",
    );
    expect(chips[4]?.without).toEqual({ from: null });
    expect(searchQueryString({ ...state, ...NO_FILTERS })).toBe("?q=dan");
  });

  it("the 'Không rõ' bucket of each facet says what is unknown", () => {
    expect(activeFilters(stateOf("year=-&province=-")).map((c) => c.label)).toEqual([
      "Không rõ năm",
      "Không rõ tỉnh/thành",
    ]);
    expect(activeFilters(stateOf("q=x"))).toEqual([]);
  });

  it("toggles a value on (at the end) and off", () => {
    expect(toggled([2022], 2021, true)).toEqual([2022, 2021]);
    expect(toggled([2022, "-"], "-", false)).toEqual([2022]);
  });
});

describe("results header text", () => {
  const base = { total: 3, weak: false, match: "exact", relaxed: false, page: 1, perPage: 20 } as const;
  const quiet = { awaiting: false, browsing: false };

  it("counts exact, near and no results", () => {
    expect(countLine(base)).toBe("3 bài viết");
    expect(countLine({ ...base, total: 1234, match: "typo" })).toBe(
      `${(1234).toLocaleString("vi-VN")} bài viết gần đúng`,
    );
    expect(countLine({ ...base, total: 0 })).toBe("Không có kết quả");
    expect(countLine({ ...base, weak: true })).toBe("Không có kết quả");
  });

  it("says the first thing that applies under the count", () => {
    expect(statusLine(base, { awaiting: true, browsing: false })).toBe(
      "Gõ thêm để tìm: một chữ cái chưa đủ để tìm kiếm.",
    );
    expect(statusLine({ ...base, total: 0 }, { awaiting: true, browsing: false })).toBe("");
    expect(statusLine({ ...base, relaxed: true }, { awaiting: false, browsing: true })).toMatch(/^Không bài nào có đủ/);
    expect(statusLine(base, { awaiting: false, browsing: true })).toBe("Tất cả bài viết, mới nhất trước");
    expect(statusLine({ ...base, total: 41, page: 2 }, quiet)).toBe("Trang 2/3");
    expect(statusLine({ ...base, total: 41, page: 99 }, quiet)).toBe(""); // past the last page: said below
    expect(statusLine(base, quiet)).toBe("");
  });

  it("counts pages, at least one", () => {
    expect(pageCount({ total: 0, perPage: 20 })).toBe(1);
    expect(pageCount({ total: 40, perPage: 20 })).toBe(2);
    expect(pageCount({ total: 41, perPage: 20 })).toBe(3);
  });
});
