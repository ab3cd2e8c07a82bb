import { describe, expect, it } from "vitest";
import type { RealLabel } from "./evaluate-real";
import { gatherPlan } from "./gather-plan";

const label = (id: string, query: string, split: "dev" | "test"): RealLabel => ({
  id,
  url: `https://example.vn/${id}`,
  query,
  site: "example.vn",
  title: null,
  event: true,
  organizersAsWritten: [],
  organizers: [],
  province: null,
  level: null,
  date: null,
  year: null,
  yearEvidence: "",
  split,
});

describe("gatherPlan", () => {
  it("asks each query once, the held-aside half's first, then the ones bringing most pages", () => {
    const plan = gatherPlan([
      label("a", "q1", "dev"),
      label("b", "q2", "dev"),
      label("c", "q2", "dev"),
      label("d", "q3", "test"),
      label("e", "q1", "dev"),
      label("f", "q2", "dev"),
    ]);
    expect(plan.map((s) => s.query)).toEqual(["q3", "q2", "q1"]);
    expect(plan.map((s) => s.pages.map((p) => p.id))).toEqual([["d"], ["b", "c", "f"], ["a", "e"]]);
    expect(plan[0]!.test).toBe(true);
    expect(gatherPlan([])).toEqual([]);
  });
});
