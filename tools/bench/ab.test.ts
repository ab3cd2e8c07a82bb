import { describe, expect, it } from "vitest";
import type { Engine, SearchRequest, SearchResponse } from "../../lib/search";
import { compareEngines } from "./ab";
import type { BenchQuery } from "./queries";

const fake = (asked: string[], name: string): Engine => ({
  articles: [],
  article: () => undefined,
  prepare: () => true,
  search: (req: SearchRequest) => {
    asked.push(`${name}:${req.q}`);
    return {} as SearchResponse;
  },
});

describe("compareEngines", () => {
  it("asks both engines every query each round, which goes first alternating", () => {
    const asked: string[] = [];
    const q = (text: string): BenchQuery => ({ q: text, class: "accented", organizers: [], years: [] });
    const [a, b] = compareEngines([fake(asked, "a"), fake(asked, "b")], [q("x"), q("y")], [q("w")], 2);
    expect(a.queries).toBe(4);
    expect(b.queries).toBe(4);
    expect(asked).toEqual(["a:w", "b:w", "a:x", "b:x", "b:y", "a:y", "b:x", "a:x", "a:y", "b:y"]);
  });
});
