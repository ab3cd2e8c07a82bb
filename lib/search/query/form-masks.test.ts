import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenize } from "../../text";
import { buildForward, formTokens } from "../index/forward";
import { buildLexicon } from "../index/lexicon";
import { expandTerm } from "./expand";
import { answerFilter, buildFormIndex, FormMasks, MAX_MASK_TERMS, markFields } from "./form-masks";
import { type IdToken, Matcher } from "./matcher";
import { parseQuery } from "./parse";

const words = ["dân", "dẫn", "vận", "văn", "van", "hòa", "hoà", "khéo", "cơ", "sở", "so", "Đảng", "dang"];
const text = fc.array(fc.constantFrom(...words), { maxLength: 14 }).map((w) => w.join(" "));
const query = fc
  .tuple(fc.array(fc.constantFrom(...words, "da", "v", "kheo", "sơ"), { minLength: 1, maxLength: 4 }), fc.boolean())
  .map(([w, open]) => w.join(" ") + (open ? "" : " "));

describe("FormMasks.adjacency", () => {
  it("agrees with Matcher.adjacency on the article's tokens", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ title: text, lead: text, body: text }), { minLength: 1, maxLength: 4 }),
        query,
        (docs, q) => {
          const { fwd, vocab, matcher, index } = setup(docs, q);
          const masks = new FormMasks(matcher, vocab, index);
          docs.forEach((doc, d) => {
            const s = fwd.start[d]!;
            const t = s + fwd.titleLen[d]!;
            expect(masks.adjacency(fwd.ids, s, t)).toBe(matcher.adjacency(tokenize(doc.title)));
            expect(masks.adjacency(fwd.ids, t + 1, fwd.start[d + 1]!)).toBe(
              matcher.adjacency(tokenize(`${doc.lead}\n${doc.body}`)),
            );
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("FormMasks seeded", () => {
  it("decides every form as masks made from nothing", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ title: text, lead: text, body: text }), { minLength: 1, maxLength: 4 }),
        query,
        query,
        fc.boolean(),
        (docs, q, more, used) => {
          const { fwd, vocab, parsed, matcher, index, lex } = setup(docs, q);
          const seed = new FormMasks(matcher, vocab, index);
          // A seed already used has decided some prefix completions on first use.
          if (used) for (let id = 0; id < vocab.length; id += 2) seed.mask(id);
          const extra = parseQuery(more).terms;
          const wide = { ...parsed, terms: [...parsed.terms, ...extra] };
          const wideMatcher = new Matcher(wide, [
            ...parsed.terms.map((t) => expandTerm(lex, t)),
            ...extra.map((t) => expandTerm(lex, t, { typos: false })),
          ]);
          if (wide.terms.length > MAX_MASK_TERMS) return;
          const fresh = new FormMasks(wideMatcher, vocab, index);
          const seeded = new FormMasks(wideMatcher, vocab, index, seed);
          for (let id = 0; id < fwd.forms.length; id++) {
            expect(seeded.mask(id)).toBe(fresh.mask(id));
            expect(seeded.strictMask(id)).toBe(fresh.strictMask(id));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** The engine's inputs for a small corpus and a query. */
function setup(docs: { title: string; lead: string; body: string }[], q: string) {
  const lex = buildLexicon(docs);
  const fwd = buildForward(docs, lex);
  const vocab = formTokens(fwd, lex);
  const parsed = parseQuery(q);
  const exps = parsed.terms.map((t) => expandTerm(lex, t));
  const matcher = new Matcher(parsed, exps, {
    forms: vocab.length,
    mayAnswer: answerFilter(parsed, exps, lex.terms, fwd.folded),
  });
  // The same rules with no filter and no flat memo: the reference.
  const plain = new Matcher(parsed, exps);
  return {
    lex,
    fwd,
    vocab,
    parsed,
    matcher,
    plain,
    index: buildFormIndex(fwd, lex),
  };
}

/** The masks decided form by form, straight from the Matcher: what FormMasks must equal. */
function referenceMasks(matcher: Matcher, vocab: readonly IdToken[], id: number): { mask: number; strict: number } {
  let mask = 0;
  let strict = 0;
  const t = vocab[id]!;
  if (t.exact !== "")
    for (let i = 0; i < matcher.terms.length; i++) {
      if (matcher.kind(i, t) !== null) mask |= 1 << i;
      if (matcher.strict(i, t)) strict |= 1 << i;
    }
  return { mask, strict };
}

const corpus = fc.array(fc.record({ title: text, lead: text, body: text }), { minLength: 1, maxLength: 4 });
const phraseQuery = fc
  .tuple(query, fc.array(fc.constantFrom(...words), { minLength: 2, maxLength: 3 }), fc.boolean())
  .map(([q, p, closed]) => `${q} "${p.join(" ")}${closed ? '"' : ""}`);

describe("FormMasks", () => {
  it("computed up front from the forms that can answer, equal the Matcher's decisions form by form", () => {
    fc.assert(
      fc.property(corpus, fc.oneof(query, phraseQuery), (docs, q) => {
        const { vocab, matcher, index } = setup(docs, q);
        const masks = new FormMasks(matcher, vocab, index);
        for (let id = 0; id < vocab.length; id++) {
          const reference = referenceMasks(matcher, vocab, id);
          expect(masks.mask(id)).toBe(reference.mask);
          expect(masks.strictMask(id)).toBe(reference.strict);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("the answer filter rejects only forms the rules reject", () => {
    fc.assert(
      fc.property(corpus, fc.oneof(query, phraseQuery), (docs, q) => {
        const { vocab, matcher, plain } = setup(docs, q);
        for (const t of vocab)
          for (let i = 0; i < matcher.terms.length; i++) {
            expect(matcher.kind(i, t)).toBe(plain.kind(i, t));
            expect(matcher.strict(i, t)).toBe(plain.strict(i, t));
          }
      }),
      { numRuns: 300 },
    );
  });

  it(`holds ${MAX_MASK_TERMS} terms: bit 30 is the last term's`, () => {
    const words = Array.from({ length: MAX_MASK_TERMS }, (_, k) => `w${k}x`);
    const { fwd, vocab, matcher, index } = setup(
      [{ title: words.join(" "), lead: "", body: "" }],
      `${words.join(" ")} `,
    );
    const masks = new FormMasks(matcher, vocab, index);
    const last = vocab.find((t) => t.exact === words.at(-1))!;
    expect(masks.mask(last.id)).toBe(1 << (MAX_MASK_TERMS - 1));
    expect(masks.strictMask(last.id)).toBe(1 << (MAX_MASK_TERMS - 1));
    // Every consecutive pair side by side in the typed form.
    expect(masks.adjacency(fwd.ids, fwd.start[0]!, fwd.start[0]! + fwd.titleLen[0]!)).toBe(2 * (MAX_MASK_TERMS - 1));
  });
});

describe("markFields", () => {
  it("marks and attributes the syllables Matcher.marks and Matcher.termOf do, for the article as a whole", () => {
    fc.assert(
      fc.property(corpus, fc.oneof(query, phraseQuery), fc.boolean(), (docs, q, phrases) => {
        const { fwd, vocab, matcher, index } = setup(docs, q);
        const masks = new FormMasks(matcher, vocab, index);
        docs.forEach((doc, d) => {
          const s = fwd.start[d]!;
          const t = s + fwd.titleLen[d]!;
          const e = fwd.start[d + 1]!;
          const [titleTerms, storyTerms] = markFields(
            masks,
            fwd.ids,
            [
              [s, t],
              [t + 1, e],
            ],
            { phrases },
          );
          const title = tokenize(doc.title);
          const story = tokenize(`${doc.lead}\n${doc.body}`);
          const exactIn = matcher.terms.map(
            (term, i) =>
              term.accented && (title.some((x) => matcher.strict(i, x)) || story.some((x) => matcher.strict(i, x))),
          );
          const completionsAfterPrevious =
            matcher.completesAfterPrevious(title) || matcher.completesAfterPrevious(story);
          for (const [tokens, got] of [
            [title, titleTerms!],
            [story, storyTerms!],
          ] as const) {
            const marked = matcher.marks(tokens, { phrases, exactIn, completionsAfterPrevious });
            expect(Array.from(got)).toEqual(Array.from(matcher.termOf(tokens, marked)));
          }
        });
      }),
      { numRuns: 300 },
    );
  });
});

it("a prefix answers every completion, beyond the expansions the index lookup takes", () => {
  // 60 completions of "th": more than RANKING.prefixLimit, so some are not among the term's expansions.
  const rare = Array.from({ length: 60 }, (_, k) => `th${String.fromCharCode(97 + (k % 26))}${k}`);
  const docs = rare.map((w, k) => ({ title: w, lead: "dân vận ".repeat(k + 1), body: "" }));
  const { vocab, matcher, index } = setup(docs, "dân th");
  const masks = new FormMasks(matcher, vocab, index);
  for (const t of vocab.filter((v) => v.folded.startsWith("th"))) {
    expect(masks.mask(t.id) & 2).toBe(2);
    expect(masks.mask(t.id)).toBe(referenceMasks(matcher, vocab, t.id).mask);
  }
});
