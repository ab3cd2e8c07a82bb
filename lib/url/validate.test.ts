import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_QUERY_LENGTH, validateSearchParams } from ".";

const check = (qs: string) => validateSearchParams(new URLSearchParams(qs));

describe("validateSearchParams", () => {
  it("accepts a valid request and ignores unknown parameters", () => {
    const r = check("q=dan+van&year=2022&year=2021&organizer=A&sort=newest&page=2&utm_source=x");
    expect(r).toMatchObject({
      ok: true,
      state: { q: "dan van", year: [2022, 2021], organizer: ["A"], sort: "newest", page: 2 },
    });
  });

  it.each([
    ["year=abc", /"year" must be a four-digit year/],
    ["year=1800", /"year"/],
    ["page=0", /"page" must be a whole number/],
    ["page=-3", /"page"/],
    ["page=9999999", /"page"/],
    ["page=1.5", /"page"/],
    ["sort=random", /"sort" must be one of relevance, newest, oldest/],
    ["q=a&q=b", /"q" may be given only once/],
    ["organizer=", /"organizer"/],
    ["organizer=--", /"organizer" must be a name .* or "-" for no organizer/],
    ["province=", /"province" must be a name/],
    ["province=%20", /"province"/],
    ["province=..", /"province"/],
    ["year=none", /"year" .* or "-" for no year/],
    [Array.from({ length: 21 }, (_, i) => `province=P${i}`).join("&"), /at most 20 values per filter/],
    [`organizerQuery=${"x".repeat(201)}`, /"organizerQuery" must be a text of at most 200 characters/],
    ["provinceQuery=a%00b", /"provinceQuery" .* without control characters/],
    ["organizerQuery=a&organizerQuery=b", /"organizerQuery" may be given only once/],
  ])("rejects %s with a message naming the parameter", (qs, message) => {
    const r = check(qs);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join("\n")).toMatch(message);
  });

  it("accepts provinces and the Không rõ buckets", () => {
    const r = check("province=Ngh%E1%BB%87+An&province=-&year=-&organizer=-");
    expect(r).toMatchObject({ ok: true, state: { province: ["Nghệ An", "-"], year: ["-"], organizer: ["-"] } });
  });

  it("reads the facet searches, trimmed, blank ones ignored", () => {
    const r = check("q=x&organizerQuery=+h%E1%BB%99i+n%C3%B4ng+&provinceQuery=%20");
    expect(r).toMatchObject({ ok: true, facetQuery: { organizer: "hội nông" } });
    if (r.ok) expect(r.facetQuery.province).toBeUndefined();
  });

  it("cuts an over-long query and flags it", () => {
    const r = check(`q=${"a".repeat(MAX_QUERY_LENGTH * 3)}`);
    expect(r).toMatchObject({ ok: true, state: { truncated: true } });
    if (r.ok) expect(r.state.q.length).toBe(MAX_QUERY_LENGTH);
  });

  it("never throws, whatever the query string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (s) => {
        const r = validateSearchParams(new URLSearchParams(s));
        return r.ok ? typeof r.state.q === "string" : r.errors.length > 0;
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
});

describe("date range", () => {
  it("accepts dates, names a wrong or backwards one", () => {
    expect(validateSearchParams(new URLSearchParams("from=2022-01-01&to=2022-12-31")).ok).toBe(true);
    const bad = validateSearchParams(new URLSearchParams("from=2022-13-01"));
    expect(bad.ok ? [] : bad.errors.join()).toMatch(/"from" must be a date/);
    const back = validateSearchParams(new URLSearchParams("from=2023-01-01&to=2022-01-01"));
    expect(back.ok ? [] : back.errors.join()).toMatch(/"from" must not be after "to"/);
  });
});
