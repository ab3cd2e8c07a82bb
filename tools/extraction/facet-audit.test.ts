import { describe, expect, it } from "vitest";
import { auditFacets, formatFacetAudit } from "./facet-audit";

const a = (organizers: string[], year: number | null, province: string | null) => ({ organizers, year, province });

describe("auditFacets", () => {
  const audit = auditFacets([
    a(["Bộ Công Thương"], 2017, null),
    a(["Bộ Công thương"], 2017, "Hà Nội"),
    a(["Bộ Kế hoạch và Đầu tư đánh giá"], 2016, "Hà Nội"),
    a([], null, null),
  ]);
  it("counts fields, values and years", () => {
    expect(audit).toMatchObject({
      articles: 4,
      withOrganizer: 3,
      withYear: 3,
      withProvince: 2,
      organizers: 3,
      provinces: 1,
    });
    expect(audit.years).toEqual([
      [2017, 2],
      [2016, 1],
    ]);
  });
  it("lists values ending in lower case and units split by spelling", () => {
    expect(audit.lowerEndings.map(([o]) => o)).toEqual(["Bộ Công thương", "Bộ Kế hoạch và Đầu tư đánh giá"]);
    expect(audit.spellingSplits).toEqual([["Bộ Công Thương", "Bộ Công thương"]]);
    expect(formatFacetAudit(audit)).toContain("units split by spelling: 1");
  });
});
