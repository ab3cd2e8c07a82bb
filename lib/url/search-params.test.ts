import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseQuery } from "../search";
import {
  isLoneLetter,
  MAX_PAGE,
  MAX_QUERY_LENGTH,
  readSearchState,
  type SearchState,
  searchQueryString,
  toSearchRequest,
  UNKNOWN,
} from ".";

describe("readSearchState", () => {
  it("reads repeated organizer and year parameters", () => {
    const s = readSearchState(new URLSearchParams("q=dan+van&organizer=B&organizer=A&year=2021&year=2023"));
    expect(s).toMatchObject({ q: "dan van", organizer: ["A", "B"], year: [2023, 2021], sort: "relevance", page: 1 });
  });

  it("reads Next.js searchParams records", () => {
    expect(readSearchState({ q: "x", year: ["2022", "2022"], page: "3" })).toMatchObject({
      q: "x",
      year: [2022],
      page: 3,
    });
  });

  it("drops invalid values instead of failing", () => {
    const s = readSearchState(
      new URLSearchParams("year=abc&year=12345&year=1800&year=2022&page=-1&sort=zzz&organizer="),
    );
    expect(s).toMatchObject({ year: [2022], page: 1, sort: "relevance", organizer: [] });
    expect(readSearchState({ page: "999999999" }).page).toBe(MAX_PAGE);
    expect(readSearchState({ page: "0" }).page).toBe(1);
  });

  it("cuts queries longer than the limit and says so", () => {
    const s = readSearchState({ q: "a".repeat(MAX_QUERY_LENGTH + 50) });
    expect(s.q.length).toBe(MAX_QUERY_LENGTH);
    expect(s.truncated).toBe(true);
    expect(readSearchState({ q: "dân vận" }).truncated).toBe(false);
  });
});

describe("searchQueryString", () => {
  it("is canonical: fixed key order, sorted filters, defaults left out", () => {
    const a = searchQueryString({ year: [2021, 2023], q: "dân vận", organizer: ["B", "A"], page: 1 });
    const b = searchQueryString({ organizer: ["A", "B", "A"], q: "dân vận", year: [2023, 2021] });
    expect(a).toBe(b);
    expect(a.indexOf("q=")).toBeLessThan(a.indexOf("organizer="));
    expect(a.indexOf("organizer=")).toBeLessThan(a.indexOf("year="));
    expect(searchQueryString({})).toBe("");
  });

  it("round-trips through readSearchState", () => {
    const state = {
      q: "quy chế dân chủ",
      organizer: ["Ban Dân vận Thành ủy TP Hồ Chí Minh"],
      year: [2022],
      sort: "newest" as const,
      page: 2,
    };
    const qs = searchQueryString(state);
    expect(readSearchState(new URLSearchParams(qs.slice(1)))).toMatchObject(state);
  });
});

describe("toSearchRequest", () => {
  it("maps URL state to an engine request", () => {
    expect(toSearchRequest(readSearchState({ q: "x", organizer: "A", year: "2022" }))).toEqual({
      q: "x",
      organizers: ["A"],
      years: [2022],
      provinces: [],
      dateFrom: null,
      dateTo: null,
      sort: "relevance",
      page: 1,
      perPage: 20,
    });
  });
});

describe("date range", () => {
  it("reads real calendar dates, drops the rest, swaps a backwards range", () => {
    expect(readSearchState({ from: "2022-02-28", to: "2022-02-30" })).toMatchObject({ from: "2022-02-28", to: null });
    expect(readSearchState({ from: "2023-01-01", to: "2022-01-01" })).toMatchObject({
      from: "2022-01-01",
      to: "2023-01-01",
    });
    expect(readSearchState({ from: "", to: "1800-01-01" })).toMatchObject({ from: null, to: null });
  });
  it("serializes after the facets, before sort and page", () => {
    expect(searchQueryString({ q: "a", year: [2022], from: "2022-01-01", to: "2022-06-30", sort: "newest" })).toBe(
      "?q=a&year=2022&from=2022-01-01&to=2022-06-30&sort=newest",
    );
  });
});

describe("isLoneLetter", () => {
  it("is a query of one letter, as typed or decomposed, with spaces around", () => {
    for (const q of ["t", "đ", " D ", "ở", "o\u031b\u0309", "Á"]) expect(isLoneLetter(q)).toBe(true);
    for (const q of ["", " ", "th", "1", "-t", '"t', "t h"]) expect(isLoneLetter(q)).toBe(false);
  });

  it("holds exactly when the engine has a single word too short to complete", () => {
    fc.assert(
      fc.property(fc.constantFrom("t", "đ", "ở", "th", "dân", "7", "a b", "-x", " x"), (q) => {
        const { terms } = parseQuery(q);
        const short = terms.length === 1 && !terms[0]!.prefix && terms[0]!.folded.length === 1 && /\p{L}/u.test(q);
        expect(isLoneLetter(q)).toBe(short);
      }),
    );
  });
});

describe("province and the Không rõ buckets", () => {
  it("reads repeated province parameters and the reserved value of each facet", () => {
    const s = readSearchState(
      new URLSearchParams("province=Nghệ+An&province=-&province=Hà+Nội&year=-&year=2022&organizer=-&organizer=B"),
    );
    expect(s).toMatchObject({
      province: ["Hà Nội", "Nghệ An", UNKNOWN],
      year: [2022, UNKNOWN],
      organizer: ["B", UNKNOWN],
    });
  });

  it("drops values that are no name, and keeps the bucket apart from real names", () => {
    const s = readSearchState(new URLSearchParams("province=&province=--&province=%20-%20&organizer=..."));
    expect(s.province).toEqual([UNKNOWN]);
    expect(s.organizer).toEqual([]);
  });

  it("serializes in a canonical order: q, organizer, year, province; bucket last", () => {
    const qs = searchQueryString({ province: ["-", "Nghệ An"], year: ["-", 2021], organizer: ["-"], q: "x" });
    expect(qs).toBe(`?q=x&organizer=-&year=2021&year=-&province=Ngh%E1%BB%87+An&province=-`);
  });

  it("maps the bucket to null in the engine request", () => {
    expect(
      toSearchRequest(readSearchState({ organizer: "-", year: ["-", "2020"], province: ["-", "Huế"] })),
    ).toMatchObject({
      organizers: [null],
      years: [2020, null],
      provinces: ["Huế", null],
    });
  });

  it("round-trips any state through the query string", () => {
    const name = fc.oneof(
      fc.constant(UNKNOWN),
      fc.constantFrom("Hà Nội", "Thành phố Hồ Chí Minh", "Đắk Lắk", "Bà Rịa – Vũng Tàu", "A&B=C", "50% Hội"),
    );
    const year = fc.oneof(fc.constant(UNKNOWN), fc.integer({ min: 1900, max: 2100 }));
    fc.assert(
      fc.property(
        fc.record({
          organizer: fc.array(name, { maxLength: 4 }),
          year: fc.array(year, { maxLength: 4 }),
          province: fc.array(name, { maxLength: 4 }),
        }),
        (partial) => {
          const state: Partial<SearchState> = partial;
          const qs = searchQueryString(state);
          const back = readSearchState(new URLSearchParams(qs.slice(1)));
          expect(searchQueryString(back)).toBe(qs);
          expect(new Set(back.province)).toEqual(new Set(partial.province));
          expect(new Set(back.year)).toEqual(new Set(partial.year));
        },
      ),
      { seed: 11 },
    );
  });
});
