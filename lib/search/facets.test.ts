import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Article } from "../ingest";
import { MAX_FACET_VALUES } from "../limits";
import { buildIndex, createEngine, type FacetValue, type SearchRequest } from ".";
import { searchRequest, testArticle } from "./test-support";

const ORGS = ["Ban Dân vận Tỉnh ủy Nghệ An", "Hội LHPN", "Đoàn Thanh niên", "Ủy ban MTTQ"];
const PROVINCES = ["Nghệ An", "Hà Nội", "Đắk Lắk"];
const YEARS = [2019, 2021, 2022];

type Doc = { organizers: string[]; year: number | null; province: string | null; word: boolean };

function articleOf(doc: Doc, i: number): Article {
  return testArticle({
    id: `a${i}`,
    title: `Bài ${i} ${doc.word ? "dân vận" : "thi đua"}`,
    date: doc.year ? `${doc.year}-05-0${(i % 9) + 1}` : null,
    year: doc.year,
    organizers: doc.organizers,
    province: doc.province,
    lead: "Tin trong tuần.",
    evidence: doc.year ? { year: { how: "test", inferred: i % 2 === 0 } } : {},
  });
}

const docArb = fc.record({
  organizers: fc.uniqueArray(fc.constantFrom(...ORGS), { maxLength: 2 }),
  year: fc.option(fc.constantFrom(...YEARS), { nil: null }),
  province: fc.option(fc.constantFrom(...PROVINCES), { nil: null }),
  word: fc.boolean(),
});
const pick = <T>(values: T[]) => fc.uniqueArray(fc.constantFrom<T | null>(...values, null), { maxLength: 3 });

/** A facet as a map value → count, null standing for the "Không rõ" bucket. */
const asMap = <T>(f: FacetValue<T>[]) => new Map(f.map((v) => [v.value, v.count]));

describe("facets", () => {
  it("count like a naive disjunctive count, Không rõ buckets included", () => {
    fc.assert(
      fc.property(
        fc.array(docArb, { minLength: 1, maxLength: 40 }),
        // A word of titles only: organizer names are searchable too.
        fc.constantFrom("", "thi đua"),
        pick(ORGS),
        pick(YEARS),
        pick(PROVINCES),
        (docs, q, organizers, years, provinces) => {
          const articles = docs.map(articleOf);
          const engine = createEngine(articles, buildIndex(articles));
          const req: SearchRequest = { q, organizers, years, provinces, sort: "newest", page: 1, perPage: 100 };
          const r = engine.search(req);

          const matches = docs.filter((d) => q === "" || !d.word);
          const orgOk = (d: Doc) =>
            organizers.length === 0 ||
            organizers.some((o) => (o === null ? d.organizers.length === 0 : d.organizers.includes(o)));
          const yearOk = (d: Doc) => years.length === 0 || years.includes(d.year);
          const provOk = (d: Doc) => provinces.length === 0 || provinces.includes(d.province);
          const count = <T>(keep: (d: Doc) => boolean, values: (d: Doc) => (T | null)[], selected: (T | null)[]) => {
            const m = new Map<T | null, number>();
            for (const d of matches.filter(keep)) for (const v of values(d)) m.set(v, (m.get(v) ?? 0) + 1);
            for (const s of selected) if (!m.has(s)) m.set(s, 0);
            return m;
          };

          expect(r.total).toBe(matches.filter((d) => orgOk(d) && yearOk(d) && provOk(d)).length);
          expect(asMap(r.facets.organizer)).toEqual(
            count(
              (d) => yearOk(d) && provOk(d),
              (d) => (d.organizers.length ? d.organizers : [null]),
              organizers,
            ),
          );
          expect(asMap(r.facets.year)).toEqual(
            count(
              (d) => orgOk(d) && provOk(d),
              (d) => [d.year],
              years,
            ),
          );
          expect(asMap(r.facets.province)).toEqual(
            count(
              (d) => orgOk(d) && yearOk(d),
              (d) => [d.province],
              provinces,
            ),
          );
          // The bucket is listed last; hits carry province and inferred fields.
          for (const f of [r.facets.organizer, r.facets.year, r.facets.province])
            expect(f.findIndex((v) => v.value === null)).toBeOneOf([-1, f.length - 1]);
          for (const h of r.hits) {
            const a = articles[Number(h.id.slice(1))]!;
            expect(h.province).toBe(a.province);
            expect(h.inferred).toEqual(a.evidence.year?.inferred ? ["year"] : []);
          }
        },
      ),
      { numRuns: 300, seed: 11 },
    );
  });

  it("filters by the Không rõ bucket of each facet", () => {
    const docs: Doc[] = [
      { organizers: [], year: null, province: null, word: true },
      { organizers: ["Hội LHPN"], year: 2022, province: "Hà Nội", word: true },
      { organizers: ["Hội LHPN"], year: null, province: "Hà Nội", word: false },
    ];
    const articles = docs.map(articleOf);
    const engine = createEngine(articles, buildIndex(articles));
    const base: SearchRequest = {
      q: "",
      organizers: [],
      years: [],
      provinces: [],
      sort: "newest",
      page: 1,
      perPage: 20,
    };
    const ids = (extra: Partial<SearchRequest>) =>
      engine
        .search({ ...base, ...extra })
        .hits.map((h) => h.id)
        .sort();
    expect(ids({ years: [null] })).toEqual(["a0", "a2"]);
    expect(ids({ years: [null, 2022] })).toEqual(["a0", "a1", "a2"]);
    expect(ids({ organizers: [null] })).toEqual(["a0"]);
    expect(ids({ provinces: [null] })).toEqual(["a0"]);
    expect(ids({ provinces: ["Hà Nội"], years: [null] })).toEqual(["a2"]);
    // A year the corpus lacks selects nothing, not the articles without a year.
    expect(ids({ years: [1999] })).toEqual([]);
    const r = engine.search(base);
    expect(r.facets.year.at(-1)).toEqual({ value: null, count: 2 });
    expect(r.facets.province).toEqual([
      { value: "Hà Nội", count: 2 },
      { value: null, count: 1 },
    ]);
    expect(r.facets.organizer).toEqual([
      { value: "Hội LHPN", count: 2 },
      { value: null, count: 1 },
    ]);
  });
});

describe(`facet values per response (MAX_FACET_VALUES = ${MAX_FACET_VALUES})`, () => {
  // 5,000 distinct organizers, one article each, plus a common one in 60 articles.
  const docs: Doc[] = Array.from({ length: 5_000 }, (_, i) => ({
    organizers: [i < 60 ? "Ban Dân vận Tỉnh ủy Nghệ An" : `Hội Nông dân xã Số ${i}`],
    year: 2000 + (i % 10),
    // 250 provinces (not a real count: a hostile corpus), a third of the articles with none.
    province: i % 3 === 0 ? null : `Tỉnh ${i % 250}`,
    word: true,
  }));
  docs.push({ organizers: [], year: null, province: null, word: true });
  const articles = docs.map(articleOf);
  const engine = createEngine(articles, buildIndex(articles));
  const req = (extra: Partial<SearchRequest> = {}): SearchRequest => searchRequest("dân vận", extra);

  it("lists the most frequent values, counts the rest, and stays small", () => {
    const r = engine.search(req());
    const orgs = r.facets.organizer;
    expect(orgs.filter((v) => v.value !== null)).toHaveLength(MAX_FACET_VALUES);
    expect(orgs[0]).toEqual({ value: "Ban Dân vận Tỉnh ủy Nghệ An", count: 60 });
    expect(orgs.at(-1)).toEqual({ value: null, count: 1 });
    // 4,941 organizers in all; 100 listed.
    expect(r.facetsMore.organizer).toBe(4_941 - MAX_FACET_VALUES);
    expect(r.facets.province.filter((v) => v.value !== null)).toHaveLength(MAX_FACET_VALUES);
    expect(r.facetsMore.province).toBe(250 - MAX_FACET_VALUES);
    expect(r.facets.province.at(-1)).toEqual({ value: null, count: 1_667 + 1 });
    expect(r.facetsMore.year).toBe(0);
    // Was ~500 KB with every organizer listed.
    expect(JSON.stringify(r).length).toBeLessThan(30_000);
  });

  it("always lists the selected values, whatever their rank", () => {
    const rare = "Hội Nông dân xã Số 4321";
    const r = engine.search(req({ organizers: [rare, "Không có đơn vị này"] }));
    expect(r.facets.organizer).toContainEqual({ value: rare, count: 1 });
    expect(r.facets.organizer).toContainEqual({ value: "Không có đơn vị này", count: 0 });
    expect(r.facets.organizer.filter((v) => v.value !== null)).toHaveLength(MAX_FACET_VALUES + 2);
    expect(r.total).toBe(1);
  });

  it("searches within the values, diacritics and case aside, counting what it matches", () => {
    const r = engine.search(req({ facetQuery: { organizer: "so 43" } }));
    const names = r.facets.organizer.filter((v) => v.value !== null).map((v) => v.value);
    // "Số 430"-"Số 439", "Số 4300"-"Số 4399": 110 names ("Số 43" is the common organizer's article).
    expect(names).toHaveLength(MAX_FACET_VALUES);
    expect(names.every((n) => /Số 43/.test(n!))).toBe(true);
    expect(r.facetsMore.organizer).toBe(110 - MAX_FACET_VALUES);
    // It narrows the list, not the results.
    expect(r.total).toBe(engine.search(req()).total);
    const one = engine.search(req({ facetQuery: { organizer: "SỐ 4321", province: "tinh 14" } }));
    expect(one.facets.organizer.map((v) => v.value)).toEqual(["Hội Nông dân xã Số 4321", null]);
    expect(one.facetsMore.organizer).toBe(0);
    expect(one.facets.province.every((v) => v.value === null || v.value.startsWith("Tỉnh 14"))).toBe(true);
  });
});
