import { describe, expect, it } from "vitest";
import { dateRangeTest } from "./date-range";

describe("date range", () => {
  it("keeps articles dated inside it, or whose whole year is", () => {
    const test = dateRangeTest("2022-01-01", "2022-06-30")!;
    expect(test({ date: "2022-06-30", year: 2022 })).toBe(true);
    expect(test({ date: "2022-07-01", year: 2022 })).toBe(false);
    expect(test({ date: null, year: 2022 })).toBe(false);
    expect(dateRangeTest("2022-01-01", null)!({ date: null, year: 2023 })).toBe(true);
    expect(test({ date: null, year: null })).toBe(false);
    expect(dateRangeTest(null, undefined)).toBeNull();
  });
});
