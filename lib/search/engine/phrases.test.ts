import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildIndex } from "../index/build";
import { formTokens } from "../index/forward";
import { expandTerm } from "../query/expand";
import { buildFormIndex } from "../query/form-masks";
import { Matcher } from "../query/matcher";
import { parseQuery } from "../query/parse";
import { searchRequest, testArticle } from "../test-support";
import { createEngine } from ".";
import { FacetTables } from "./facets";
import { holdsAt, holdsPhrase, PhraseChecker } from "./phrases";

// Articles as lists of form ids (1 to `forms`), and a phrase as the forms each word accepts.
const idArticles = (forms: number) =>
  fc.array(fc.array(fc.integer({ min: 1, max: forms }), { maxLength: 12 }), { minLength: 1, maxLength: 5 });
const idPhrase = (forms: number) =>
  fc.array(fc.uniqueArray(fc.integer({ min: 1, max: forms }), { minLength: 1, maxLength: 2 }), {
    minLength: 1,
    maxLength: 3,
  });

/** The forward index's layout of those articles, and the phrase's accepted forms as flags. */
function layout(articles: number[][], words: number[][], forms: number) {
  const start = new Uint32Array(articles.length + 1);
  articles.forEach((a, d) => {
    start[d + 1] = start[d]! + a.length;
  });
  const ids = Uint32Array.from(articles.flat());
  const accepts = words.map((ws) => {
    const ok = new Uint8Array(forms + 1);
    for (const f of ws) ok[f] = 1;
    return ok;
  });
  return { start, ids, accepts };
}

describe("holdsPhrase", () => {
  it("finds the phrase exactly where a naive scan of the article does", () => {
    fc.assert(
      fc.property(idArticles(4), idPhrase(4), fc.nat(), (articles, words, pick) => {
        const { start, ids, accepts } = layout(articles, words, 4);
        const d = pick % articles.length;
        const a = articles[d]!;
        let expected = false;
        for (let k = 0; k + words.length <= a.length && !expected; k++)
          expected = words.every((forms, j) => forms.includes(a[k + j]!));
        expect(holdsPhrase(ids, start, d, accepts, 0)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it("looks from `from` on, never into the next article", () => {
    const start = Uint32Array.from([0, 3, 5]);
    const ids = Uint32Array.from([1, 2, 1, 2, 3]);
    const one = Uint8Array.from([0, 1, 0, 0]);
    const two = Uint8Array.from([0, 0, 1, 0]);
    expect(holdsPhrase(ids, start, 0, [one, two], 0)).toBe(true);
    expect(holdsPhrase(ids, start, 0, [one, two], 1)).toBe(false); // the last 1 has its 2 in the next article
  });
});

describe("holdsAt", () => {
  it("is true exactly when the phrase starts at that syllable of the article, never past its ends", () => {
    fc.assert(
      fc.property(
        idArticles(3),
        idPhrase(3),
        fc.nat(),
        fc.integer({ min: -2, max: 10 }),
        (articles, words, pick, at) => {
          const { start, ids, accepts } = layout(articles, words, 3);
          const d = pick % articles.length;
          const a = articles[d]!;
          const expected =
            at >= 0 && at + words.length <= a.length && words.every((forms, j) => forms.includes(a[at + j]!));
          expect(holdsAt(ids, start, d, accepts, at)).toBe(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("PhraseChecker.anyHolder", () => {
  // A small vocabulary, so that random phrases are often held and often not.
  const WORDS = ["dân", "dẫn", "vận", "văn", "khéo", "kheo", "hội", "hỏi", "nông", "dan"];
  const ORGS = ["Ban Dân vận", "Hội Nông dân"];
  const articleArb = fc.record({
    title: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 }),
    lead: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }),
    organizers: fc.array(fc.constantFrom(...ORGS), { maxLength: 1 }),
    year: fc.option(fc.constantFrom(2020, 2021), { nil: null }),
  });

  it("answers as the quoted query's search does: some article within the filters holds it as typed", () => {
    fc.assert(
      fc.property(
        fc.array(articleArb, { minLength: 1, maxLength: 12 }),
        fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 3 }),
        fc.record({
          organizers: fc.uniqueArray(fc.constantFrom(...ORGS), { maxLength: 1 }),
          years: fc.uniqueArray(fc.option(fc.constantFrom(2020, 2021), { nil: null }), { maxLength: 1 }),
        }),
        (records, words, filters) => {
          const articles = records.map((r, i) =>
            testArticle({
              id: `p${i}`,
              title: r.title.join(" "),
              lead: r.lead.join(" "),
              organizers: r.organizers,
              year: r.year,
              date: r.year ? `${r.year}-01-01` : null,
            }),
          );
          const index = buildIndex(articles);
          const engine = createEngine(articles, index);
          const forms = formTokens(index.forward, index.lexicon);
          const checker = new PhraseChecker(index, forms, buildFormIndex(index.forward, index.lexicon));
          const quoted = `"${words.join(" ")}"`;
          const parsed = parseQuery(quoted);
          const matcher = new Matcher(
            parsed,
            parsed.terms.map((q) => expandTerm(index.lexicon, q, { typos: false })),
          );
          const tables = new FacetTables(articles);
          const keeps = tables.keeps(articles, tables.select({ ...filters, provinces: [] }), null);
          const r = engine.search(searchRequest(quoted, filters));
          const answers = r.total > 0 && !r.relaxed && !r.approximate;
          expect(checker.anyHolder(matcher, parsed.phrases[0]!, keeps)).toBe(answers);
          // The same once the pass after load has found which forms stand side by side.
          const next = checker.preparing([]);
          while (!next(5));
          expect(checker.anyHolder(matcher, parsed.phrases[0]!, keeps)).toBe(answers);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("PhraseChecker.preparing", () => {
  // Readings of the shapes the curated data has: several syllables, accented
  // or not, some sharing a first syllable; and a vocabulary that writes them
  // with and without their accents, and across the title/lead separator.
  const WORDS = ["ủy", "uỷ", "uy", "ban", "nhân", "nhan", "dân", "mặt", "trận", "hội", "nông", "tỉnh"];
  const READINGS = ["ủy ban nhân dân", "ủy ban", "mặt trận", "hội nông dân", "nhân dân", "tỉnh ủy", "uy ban nhan dan"];
  const articleArb = fc.record({
    title: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }),
    lead: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 16 }),
  });
  const readingOf = (text: string) => parseQuery(text).terms;

  it("finds each reading's articles and points exactly as a reading's first use does, whatever the steps", () => {
    fc.assert(
      fc.property(
        fc.array(articleArb, { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 1, max: 4 }),
        (records, step) => {
          const articles = records.map((r, i) =>
            testArticle({ id: `p${i}`, title: r.title.join(" "), lead: r.lead.join(" ") }),
          );
          const index = buildIndex(articles);
          const forms = formTokens(index.forward, index.lexicon);
          const formIndex = buildFormIndex(index.forward, index.lexicon);
          const readings = READINGS.map(readingOf);
          const prepared = new PhraseChecker(index, forms, formIndex);
          const next = prepared.preparing(readings);
          let steps = 1;
          while (!next(step)) steps++;
          // Whole articles a step, each step stopping once it has read `step` syllables.
          expect(steps).toBeLessThanOrEqual(articles.length);
          if (step === 1) expect(steps).toBe(articles.length);
          const lazy = new PhraseChecker(index, forms, formIndex);
          for (const terms of readings) {
            const alt = { from: 0, to: terms.length, terms };
            const a = prepared.holders(alt);
            const b = lazy.holders(alt);
            expect(Array.from(a.docs)).toEqual(Array.from(b.docs));
            expect(Array.from(a.points)).toEqual(Array.from(b.points));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("leaves the engine's answers as they were, before and after its idle-time work", () => {
    const articles = [
      testArticle({ id: "a", title: "UBND tỉnh họp", lead: "Ủy ban nhân dân tỉnh tổ chức hội nghị" }),
      testArticle({ id: "b", title: "Mặt trận", lead: "MTTQ tỉnh và Hội Nông dân" }),
      testArticle({ id: "c", title: "Tin khác", lead: "nhân dân ủy ban" }),
    ];
    const before = createEngine(articles);
    const after = createEngine(articles);
    expect(after.prepare(1)).toBe(false);
    expect(after.prepare()).toBe(true);
    expect(after.prepare()).toBe(true);
    for (const q of [
      "UBND",
      "ủy ban nhân dân",
      "MTTQ tỉnh",
      "mặt trận tổ quốc",
      "hoi nong dan",
      "nhân dân",
      '"nhân dân tỉnh"',
      '"dân tỉnh"',
      '"ủy ban nhân"',
      "nhan dann",
    ]) {
      const [x, y] = [before.search(searchRequest(q)), after.search(searchRequest(q))];
      expect(y.hits.map((h) => h.id)).toEqual(x.hits.map((h) => h.id));
      expect(y.total).toBe(x.total);
      expect(y.suggestion).toBe(x.suggestion);
    }
  });
});
