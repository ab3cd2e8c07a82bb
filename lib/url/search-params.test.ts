import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseQuery } from "../search";
import { isLoneLetter, MAX_PAGE, MAX_QUERY_LENGTH, readSearchState, searchQueryString, toSearchRequest } from ".";

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
      sort: "relevance",
      page: 1,
      perPage: 20,
    });
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
