import MiniSearch, { type Options } from "minisearch";
import type { Article } from "../ingest";
import type { Range } from "../search/types";
import { exactForm, fold, tokenize } from "../text";

/**
 * Type-ahead suggestions: a small MiniSearch index over the corpus's phrases
 * (organizer names, provinces, frequent multi-syllable phrases of titles and
 * leads, titles), built by `npm run index` into the artifact (suggest.json)
 * and searched on the server by GET /api/suggest. Every phrase is indexed by
 * its folded syllables (lib/text), so "dan van" and "dân vận" find the same
 * entries; the written forms then rank what was typed with diacritics first
 * ("dân" before "dần"). MiniSearch does prefix and typo matching here, the
 * job it is made for; the article search has its own engine (lib/search).
 */

export type PhraseKind = "organizer" | "province" | "phrase" | "title";

export interface Phrase {
  /** As written in the corpus, with its diacritics. */
  text: string;
  /** Articles holding it (an organizer's or province's articles; a phrase's articles by title and lead). */
  count: number;
  kind: PhraseKind;
}

export interface Suggestion extends Phrase {
  /** [start, end) of the typed part in `text`, UTF-16 offsets. */
  highlights: Range[];
}

export interface SuggestFile {
  version: 1;
  phrases: Phrase[];
  /** The MiniSearch index over `phrases` (MiniSearch's own JSON). */
  index: unknown;
}

/** Bounds (whatever the corpus): phrases indexed, syllables read per article, the answer's size. */
export const SUGGEST_LIMITS = {
  maxPhrases: 6_000,
  maxTitles: 20_000,
  maxTitleChars: 140,
  maxSyllablesPerArticle: 400,
  maxQueryChars: 100,
  maxQueryTerms: 8,
  maxResults: 10,
  defaultResults: 8,
} as const;

/**
 * Stop syllables (folded): a suggested phrase neither starts nor ends with
 * one: function words ("và", "của", "trong" …), so that no fragment like
 * "dân vận và" or "của ban" is offered.
 */
export const STOP_SYLLABLES: ReadonlySet<string> = new Set(
  (
    "va cua cac nhung la trong voi cho duoc da co nay do de tu mot tai ve theo khi den ngay " +
    "thi ma nhu tren duoi sau truoc se dang cung con rat nhieu hon ban nam thang ong ba " +
    "hay hoac nen neu vi bi boi tung moi tat"
  ).split(" "),
);

/**
 * Syllables that open a longer word or name and so never end a phrase ("tổ"
 * of "tổ chức" and "Tổ quốc", "chí" of "Hồ Chí Minh", "thực" of "thực hiện");
 * a phrase may start with them.
 */
export const OPENING_SYLLABLES: ReadonlySet<string> = new Set(
  "to chi thuc trien tuyen phat huong mat tham quy nhan".split(" "),
);

/**
 * Whether a run of syllables (folded) may be offered as a phrase: it neither
 * starts nor ends with a stop syllable, nor ends with one that opens a longer
 * word (OPENING_SYLLABLES) or that the corpus nearly always continues the
 * same way (`boundAfter`, from boundSyllables: "chí" → "minh").
 * Only "dân vận", never "dân vận và" or "hồ chí minh tổ".
 */
export function isOfferablePhrase(folded: readonly string[], boundAfter: ReadonlySet<string> = new Set()): boolean {
  const first = folded[0];
  const last = folded.at(-1);
  if (first === undefined || last === undefined) return false;
  const stop = (w: string) => STOP_SYLLABLES.has(w) || /\d/.test(w);
  return !stop(first) && !stop(last) && !OPENING_SYLLABLES.has(last) && !boundAfter.has(last);
}

/** Words that join two phrases: a run holding one is two phrases, not one. */
const JOINERS = new Set(["va", "cua", "cac", "voi", "cho", "la", "tai"]);

const OPTIONS: Options<{ id: number; folded: string }> = {
  fields: ["folded"],
  idField: "id",
  // The text is already folded syllables joined by spaces (lib/text tokenize).
  tokenize: (text) => text.split(" "),
  processTerm: (term) => term || null,
  searchOptions: {
    tokenize: (text) => text.split(" "),
    processTerm: (term) => term || null,
  },
};

const foldedKey = (text: string) =>
  tokenize(text)
    .map((t) => t.folded)
    .join(" ");

/** The phrases of a corpus, most useful first, bounded by SUGGEST_LIMITS. */
export function collectPhrases(articles: readonly Article[]): Phrase[] {
  const out = new Map<string, Phrase>(); // by folded key
  const add = (text: string, count: number, kind: PhraseKind) => {
    const key = foldedKey(text);
    if (!key || out.has(key)) return;
    out.set(key, { text, count, kind });
  };

  const tally = (values: (string | null)[]) => {
    const m = new Map<string, number>();
    for (const v of values) if (v) m.set(v, (m.get(v) ?? 0) + 1);
    return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "vi"));
  };
  for (const [name, n] of tally(articles.flatMap((a) => [...new Set(a.organizers)]))) add(name, n, "organizer");
  for (const [name, n] of tally(articles.map((a) => a.province))) add(name, n, "province");

  // Runs of 2 to 4 syllables inside a clause of a title or lead (only spaces
  // between them), counted once per article; kept when two articles hold one.
  const grams = new Map<string, { n: number; forms: Map<string, number>; last: number }>();
  // Articles in which each syllable is followed by another inside a clause.
  const followed = new Map<string, { n: number; last: number }>();
  articles.forEach((a, d) => {
    for (const text of [a.title, a.lead]) {
      const toks = tokenize(text.slice(0, 4_000)).slice(0, SUGGEST_LIMITS.maxSyllablesPerArticle);
      for (let i = 0; i < toks.length; i++) {
        for (let len = 2; len <= 4 && i + len <= toks.length; len++) {
          const last = toks[i + len - 1]!;
          const prev = toks[i + len - 2]!;
          if (!/^\s+$/.test(text.slice(prev.end, last.start))) break;
          const first = toks[i]!;
          if (STOP_SYLLABLES.has(first.folded) || STOP_SYLLABLES.has(last.folded)) continue;
          if (len > 2 && JOINERS.has(toks[i + 1]!.folded)) continue;
          if (len > 3 && JOINERS.has(toks[i + 2]!.folded)) continue;
          if (/\d/.test(first.folded) || /\d/.test(last.folded)) continue;
          if (len === 2) {
            let f = followed.get(first.folded);
            if (!f) followed.set(first.folded, (f = { n: 0, last: -1 }));
            if (f.last !== d) {
              f.n++;
              f.last = d;
            }
          }
          const key = toks
            .slice(i, i + len)
            .map((t) => t.folded)
            .join(" ");
          let g = grams.get(key);
          if (!g) grams.set(key, (g = { n: 0, forms: new Map(), last: -1 }));
          if (g.last !== d) {
            g.n++;
            g.last = d;
          }
          const form = exactForm(text.slice(first.start, last.end));
          g.forms.set(form, (g.forms.get(form) ?? 0) + 1);
        }
      }
      // bound the map on huge corpora: drop singletons once it grows large
      if (grams.size > 400_000) for (const [k, g] of grams) if (g.n < 2) grams.delete(k);
    }
  });
  // A run always followed (or preceded) by the same syllable in every article
  // that holds it is a fragment of the longer one ("dân vận thành" of "dân vận
  // thành ủy"): only the longer is kept.
  const subsumed = new Set<string>();
  for (const [key, g] of grams) {
    const parts = key.split(" ");
    if (g.n < 2 || parts.length < 3) continue;
    for (const sub of [parts.slice(1).join(" "), parts.slice(0, -1).join(" ")])
      if (grams.get(sub)?.n === g.n) subsumed.add(sub);
  }
  const bound = boundSyllables(grams, followed);
  const phrases = [...grams]
    .filter(([key, g]) => g.n >= 2 && !subsumed.has(key) && isOfferablePhrase(key.split(" "), bound))
    .map(([key, g]) => ({ key, n: g.n, syl: key.split(" ").length, g }))
    .sort((a, b) => b.n * b.syl - a.n * a.syl || a.key.localeCompare(b.key));
  const room = Math.max(0, SUGGEST_LIMITS.maxPhrases - out.size);
  for (const p of phrases.slice(0, room)) {
    const form = [...p.g.forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
    add(form, p.n, "phrase");
  }

  // Titles, newest first.
  const dated = [...articles].sort((a, b) =>
    (b.date ?? String(b.year ?? "")).localeCompare(a.date ?? String(a.year ?? "")),
  );
  for (const a of dated.slice(0, SUGGEST_LIMITS.maxTitles)) {
    const t = a.title.trim();
    if (t && t.length <= SUGGEST_LIMITS.maxTitleChars) add(t, 1, "title");
  }
  return [...out.values()];
}

/**
 * Syllables the corpus nearly always continues with the same one (in 80% of
 * the articles where anything follows them, and at least 5 such articles):
 * "chí" → "minh", so "hồ chí" is a fragment, not a phrase.
 */
export function boundSyllables(
  grams: ReadonlyMap<string, { n: number }>,
  followed: ReadonlyMap<string, { n: number }>,
): Set<string> {
  const top = new Map<string, number>();
  for (const [key, g] of grams) {
    const sp = key.indexOf(" ");
    if (sp < 0 || key.indexOf(" ", sp + 1) >= 0) continue; // pairs only
    const first = key.slice(0, sp);
    if (g.n > (top.get(first) ?? 0)) top.set(first, g.n);
  }
  const out = new Set<string>();
  for (const [w, f] of followed) if (f.n >= 5 && (top.get(w) ?? 0) >= 0.8 * f.n) out.add(w);
  return out;
}

/** The artifact's suggest.json: the phrases and their MiniSearch index. */
export function buildSuggestFile(articles: readonly Article[]): SuggestFile {
  const phrases = collectPhrases(articles);
  const ms = new MiniSearch(OPTIONS);
  ms.addAll(phrases.map((p, id) => ({ id, folded: foldedKey(p.text) })));
  return { version: 1, phrases, index: ms.toJSON() };
}

const KIND_WEIGHT: Record<PhraseKind, number> = { organizer: 1.3, province: 1.3, phrase: 1.1, title: 0.8 };

export interface Suggester {
  suggest(q: string, limit?: number): Suggestion[];
  size: number;
}

/** Characters of `written` (one syllable) whose folded form is `foldedLength` long. */
function prefixChars(written: string, foldedLength: number): number {
  let n = 0;
  let k = 0;
  for (const ch of written) {
    if (n >= foldedLength) break;
    n += fold(ch).length;
    k += ch.length;
  }
  return k;
}

export function loadSuggester(file: SuggestFile): Suggester {
  if (file?.version !== 1 || !Array.isArray(file.phrases)) throw new Error("suggest.json is from another version");
  const { phrases } = file;
  const ms = MiniSearch.loadJS<{ id: number; folded: string }>(
    file.index as Parameters<typeof MiniSearch.loadJS>[0],
    OPTIONS,
  );
  const tokensOf = phrases.map((p) => tokenize(p.text));
  return {
    size: phrases.length,
    suggest(q, limit: number = SUGGEST_LIMITS.defaultResults) {
      const typed = tokenize(q.slice(0, SUGGEST_LIMITS.maxQueryChars)).slice(0, SUGGEST_LIMITS.maxQueryTerms);
      if (typed.length === 0) return [];
      const n = Math.min(Math.max(1, limit), SUGGEST_LIMITS.maxResults);
      const lastOpen = !/\s$/.test(q); // the last word may still be being typed
      const hits = ms.search(typed.map((t) => t.folded).join(" "), {
        combineWith: "AND",
        prefix: (_t, i, terms) => lastOpen && i === terms.length - 1,
        fuzzy: (t, i, terms) => (t.length >= 4 && !(lastOpen && i === terms.length - 1) ? 1 : false),
        maxFuzzy: 1,
      });
      const scored = hits.slice(0, 200).map((h) => {
        const id = h.id as number;
        const p = phrases[id]!;
        const toks = tokensOf[id]!;
        let s = h.score * KIND_WEIGHT[p.kind] * (1 + Math.log1p(p.count));
        const highlights: Range[] = [];
        typed.forEach((t, i) => {
          const prefix = lastOpen && i === typed.length - 1;
          const at = toks.findIndex((w) => (prefix ? w.folded.startsWith(t.folded) : w.folded === t.folded));
          if (at < 0) return;
          const w = toks[at]!;
          if (at === i) s *= 1.2; // in the order typed, from the phrase's start
          if (t.exact !== t.folded) {
            // diacritics typed: the same written form first
            s *= (prefix ? w.exact.startsWith(t.exact) : w.exact === t.exact) ? 1.6 : 0.6;
          }
          const len = prefix ? prefixChars(p.text.slice(w.start, w.end), t.folded.length) : w.end - w.start;
          highlights.push([w.start, w.start + len]);
        });
        highlights.sort((a, b) => a[0] - b[0]);
        return { ...p, highlights, s };
      });
      scored.sort((a, b) => b.s - a.s || b.count - a.count || a.text.localeCompare(b.text, "vi"));
      return scored.slice(0, n).map(({ s: _, ...rest }) => rest);
    },
  };
}
