import { describe, expect, it } from "vitest";
import { canonicalRedirect } from "./canonical";
import { MAX_QUERY_LENGTH } from "./search-params";

describe("canonicalRedirect", () => {
  it("leaves canonical addresses alone", () => {
    expect(canonicalRedirect({})).toBeNull();
    expect(canonicalRedirect({ q: "dân vận" })).toBeNull();
    expect(canonicalRedirect({ q: "dan", organizer: ["Ban A", "Ban B"], year: ["2022", "-"], page: "2" })).toBeNull();
    expect(canonicalRedirect({ from: "2022-01-01", to: "2022-12-31", sort: "newest" })).toBeNull();
  });

  it("puts parameters in their fixed order", () => {
    expect(canonicalRedirect({ year: "2022", q: "dan" })).toBe("/?q=dan&year=2022");
    expect(canonicalRedirect({ q: "dan", year: ["2021", "2022"] })).toBe("/?q=dan&year=2022&year=2021");
    expect(canonicalRedirect({ q: "dan", organizer: ["Ban B", "Ban A"] })).toBe(
      "/?q=dan&organizer=Ban+A&organizer=Ban+B",
    );
  });

  it("drops defaults, repeats, unknown and invalid values", () => {
    expect(canonicalRedirect({ q: "" })).toBe("/");
    expect(canonicalRedirect({ q: "dan", page: "1", sort: "relevance" })).toBe("/?q=dan");
    expect(canonicalRedirect({ q: "dan", year: ["2022", "2022"] })).toBe("/?q=dan&year=2022");
    expect(canonicalRedirect({ q: "dan", year: "22", utm_source: "x" })).toBe("/?q=dan");
    expect(canonicalRedirect({ q: "  dan   van " })).toBe("/?q=dan+van");
  });

  it("swaps a backwards date range", () => {
    expect(canonicalRedirect({ from: "2022-12-31", to: "2022-01-01" })).toBe("/?from=2022-01-01&to=2022-12-31");
  });

  it("keeps a query cut to its first characters as sent, so the page can say so", () => {
    expect(canonicalRedirect({ q: "a".repeat(MAX_QUERY_LENGTH + 5), year: "22" })).toBeNull();
  });
});
