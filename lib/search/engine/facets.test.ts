import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { testArticle } from "../test-support";
import { FacetTables } from "./facets";

const ORGS = ["Ban Dân vận", "Hội Nông dân", "Đoàn Thanh niên", "Mặt trận"];
const YEARS = [2019, 2020, 2021];
const PROVINCES = ["Hà Nội", "Nghệ An", "Huế"];

const articleArb = fc.record({
  organizers: fc.array(fc.constantFrom(...ORGS), { maxLength: 3 }),
  year: fc.option(fc.constantFrom(...YEARS), { nil: null }),
  province: fc.option(fc.constantFrom(...PROVINCES), { nil: null }),
});
const selectionArb = fc.record({
  organizers: fc.uniqueArray(fc.option(fc.constantFrom(...ORGS, "Không có"), { nil: null }), { maxLength: 2 }),
  years: fc.uniqueArray(fc.option(fc.constantFrom(...YEARS, 1999), { nil: null }), { maxLength: 2 }),
  provinces: fc.uniqueArray(fc.option(fc.constantFrom(...PROVINCES), { nil: null }), { maxLength: 2 }),
});

describe("FacetTables", () => {
  it("counts each facet with every filter but its own, as a naive count over the articles does", () => {
    fc.assert(
      fc.property(
        fc.array(articleArb, { minLength: 1, maxLength: 60 }),
        selectionArb,
        fc.infiniteStream(fc.boolean()),
        (records, req, picks) => {
          const articles = records.map((r, i) => testArticle({ id: `a${i}`, ...r }));
          const tables = new FacetTables(articles);
          const it = picks[Symbol.iterator]();
          const docs = Uint32Array.from(articles.map((_, i) => i).filter(() => it.next().value));
          const { kept, counts } = tables.count(docs, articles, tables.select(req), null);

          const byOrganizer = (d: number) =>
            req.organizers.length === 0 ||
            req.organizers.some((o) =>
              o === null ? articles[d]!.organizers.length === 0 : articles[d]!.organizers.includes(o),
            );
          const byYear = (d: number) => req.years.length === 0 || req.years.includes(articles[d]!.year);
          const byProvince = (d: number) => req.provinces.length === 0 || req.provinces.includes(articles[d]!.province);
          const matching = Array.from(docs);
          expect(kept.map((j) => docs[j])).toEqual(
            matching.filter((d) => byOrganizer(d) && byYear(d) && byProvince(d)),
          );
          const keeps = tables.keeps(articles, tables.select(req), null);
          expect(matching.filter(keeps)).toEqual(kept.map((j) => docs[j]));

          for (const [o, name] of tables.organizerNames.entries())
            expect(counts.organizers[o]).toBe(
              matching.filter((d) => byYear(d) && byProvince(d) && articles[d]!.organizers.includes(name)).length,
            );
          expect(counts.organizerNone).toBe(
            matching.filter((d) => byYear(d) && byProvince(d) && articles[d]!.organizers.length === 0).length,
          );
          for (const year of [null, ...tables.yearValues])
            expect(counts.years[year === null ? 0 : tables.yearIndex.get(year)!]).toBe(
              matching.filter((d) => byOrganizer(d) && byProvince(d) && articles[d]!.year === year).length,
            );
          for (const province of [null, ...tables.provinceNames])
            expect(counts.provinces[province === null ? 0 : tables.provinceIndex.get(province)!]).toBe(
              matching.filter((d) => byOrganizer(d) && byYear(d) && articles[d]!.province === province).length,
            );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("a date range narrows every count and the kept matches", () => {
    const articles = [
      testArticle({ id: "a", year: 2020, organizers: ["X"] }),
      testArticle({ id: "b", year: 2021, organizers: ["X"] }),
    ];
    const tables = new FacetTables(articles);
    const docs = Uint32Array.from([0, 1]);
    const sel = tables.select({ organizers: [], years: [], provinces: [] });
    const { kept, counts } = tables.count(docs, articles, sel, (a) => a.year === 2021);
    expect(kept).toEqual([1]);
    expect(Array.from(counts.organizers)).toEqual([1]);
  });

  it("lists the selected values, years newest first, and Không rõ last", () => {
    const articles = [
      testArticle({ id: "a", year: 2020, organizers: ["X"], province: "Huế" }),
      testArticle({ id: "b", year: 2021 }),
      testArticle({ id: "c" }),
    ];
    const tables = new FacetTables(articles);
    const req = { organizers: ["Y"], years: [], provinces: [] };
    const sel = tables.select(req);
    const { counts } = tables.count(Uint32Array.from([0, 1, 2]), articles, sel, null);
    const { facets, facetsMore } = tables.list(counts, sel, req);
    expect(facets.organizer).toEqual([
      { value: "X", count: 1 },
      { value: "Y", count: 0 },
      { value: null, count: 2 },
    ]);
    // The organizer filter (Y) holds no article: the other facets count none.
    expect(facets.year).toEqual([]);
    expect(facetsMore).toEqual({ organizer: 0, year: 0, province: 0 });
  });
});
