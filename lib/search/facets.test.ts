import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Article } from "../ingest";
import { buildIndex, createEngine, type FacetValue, type SearchRequest } from ".";

const ORGS = ["Ban Dân vận Tỉnh ủy Nghệ An", "Hội LHPN", "Đoàn Thanh niên", "Ủy ban MTTQ"];
const PROVINCES = ["Nghệ An", "Hà Nội", "Đắk Lắk"];
const YEARS = [2019, 2021, 2022];

type Doc = { organizers: string[]; year: number | null; province: string | null; word: boolean };

function articleOf(doc: Doc, i: number): Article {
  return {
    id: `a${i}`,
    file: `a${i}.txt`,
    title: `Bài ${i} ${doc.word ? "dân vận" : "thi đua"}`,
    date: doc.year ? `${doc.year}-05-0${(i % 9) + 1}` : null,
    year: doc.year,
    organizers: doc.organizers,
    province: doc.province,
    author: null,
    source: null,
    lead: "Tin trong tuần.",
    body: [],
    captions: [],
    warnings: [],
    evidence: doc.year ? { year: { how: "test", inferred: i % 2 === 0 } } : {},
  };
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
