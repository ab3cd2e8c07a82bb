import MiniSearch, { type AsPlainObject, type Options } from "minisearch";
import SearchableMap from "minisearch/SearchableMap";
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
 * job it is made for (its radix tree, SearchableMap, over the index's
 * syllables; see loadSuggester for why not MiniSearch.search); the article
 * search has its own engine (lib/search).
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
  version: 2;
  /** Highest phraseRank first: a phrase's id is its place here. */
  phrases: Phrase[];
  /** The MiniSearch index over `phrases`' folded syllables (MiniSearch's own JSON). */
  index: AsPlainObject;
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
 * Stop syllables, as written (lower case, marks kept): a suggested phrase
 * neither starts nor ends with one: function words ("và", "của", "trong" …),
 * so that no fragment like "dân vận và" or "của ban" is offered. Written,
 * not folded: "năm" (year) is a stop word, "Nam" (Việt Nam) is not; "đang"
 * is, "Đảng" is not; "bạn" is, "Ban" (Ban Dân vận) is not.
 */
const STOP_SYLLABLES: ReadonlySet<string> = new Set(
  (
    "và của các những là trong với cho được đã có này đó để từ một tại về theo khi đến ngày " +
    "thì mà như trên dưới sau trước sẽ đang cũng còn rất nhiều hơn bạn năm tháng ông bà " +
    "hay hoặc nên nếu vì bị bởi từng mọi tất"
  )
    .split(" ")
    .map(exactForm),
);

/**
 * Syllables that open a longer word or name and so never end a phrase ("tổ"
 * of "tổ chức" and "Tổ quốc", "chí" of "Hồ Chí Minh", "thực" of "thực hiện");
 * a phrase may start with them.
 */
const OPENING_SYLLABLES: ReadonlySet<string> = new Set(
  "to chi thuc trien tuyen phat huong mat tham quy nhan".split(" "),
);

/**
 * Whether a run of syllables (folded) may be offered as a phrase: it neither
 * starts nor ends with a stop syllable, nor ends with one that opens a longer
 * word (OPENING_SYLLABLES) or that the corpus nearly always continues the
 * same way (`boundAfter`, from boundSyllables: "chí" → "minh").
 * Only "dân vận", never "dân vận và" or "hồ chí minh tổ".
 */
export function isOfferablePhrase(
  written: readonly string[],
  boundAfter: ReadonlySet<string> = new Set(),
  boundBefore: ReadonlySet<string> = new Set(),
): boolean {
  const first = written[0];
  const last = written.at(-1);
  if (first === undefined || last === undefined) return false;
  const stop = (w: string) => STOP_SYLLABLES.has(exactForm(w)) || /\d/.test(w);
  return (
    !stop(first) &&
    !stop(last) &&
    !OPENING_SYLLABLES.has(fold(last)) &&
    !boundAfter.has(fold(last)) &&
    // "chức hội nghị sơ" opens inside "tổ chức": a syllable nearly always preceded by the same one.
    !boundBefore.has(fold(first))
  );
}

/** Words that join two phrases (as written): a run holding one is two phrases, not one. */
const JOINERS = new Set(["và", "của", "các", "với", "cho", "là", "tại"].map(exactForm));

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

/** The way a phrase is most often written. */
const commonForm = (forms: ReadonlyMap<string, number>): string =>
  [...forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];

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
  // Articles in which each syllable is followed (preceded) by another inside a clause.
  const followed = new Map<string, { n: number; last: number }>();
  const preceded = new Map<string, { n: number; last: number }>();
  articles.forEach((a, d) => {
    for (const text of [a.title, a.lead]) {
      const toks = tokenize(text.slice(0, 4_000)).slice(0, SUGGEST_LIMITS.maxSyllablesPerArticle);
      for (let i = 0; i < toks.length; i++) {
        for (let len = 2; len <= 4 && i + len <= toks.length; len++) {
          const last = toks[i + len - 1]!;
          const prev = toks[i + len - 2]!;
          if (!/^\s+$/.test(text.slice(prev.end, last.start))) break;
          const first = toks[i]!;
          if (STOP_SYLLABLES.has(first.exact) || STOP_SYLLABLES.has(last.exact)) continue;
          if (len > 2 && JOINERS.has(toks[i + 1]!.exact)) continue;
          if (len > 3 && JOINERS.has(toks[i + 2]!.exact)) continue;
          if (/\d/.test(first.folded) || /\d/.test(last.folded)) continue;
          if (len === 2) {
            for (const [map, w] of [
              [followed, first.folded],
              [preceded, last.folded],
            ] as const) {
              let f = map.get(w);
              if (!f) map.set(w, (f = { n: 0, last: -1 }));
              if (f.last !== d) {
                f.n++;
                f.last = d;
              }
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
  // A run followed (or preceded) by the same syllable in 80% of the articles
  // that hold it is a fragment of the longer one ("dân vận thành" of "dân vận
  // thành ủy", "vận tỉnh" of "dân vận tỉnh"): only the longer is kept.
  const subsumed = new Set<string>();
  for (const [key, g] of grams) {
    const parts = key.split(" ");
    if (g.n < 2 || parts.length < 3) continue;
    for (const sub of [parts.slice(1).join(" "), parts.slice(0, -1).join(" ")])
      if ((grams.get(sub)?.n ?? Number.POSITIVE_INFINITY) * 0.8 <= g.n) subsumed.add(sub);
  }
  const bound = boundSyllables(grams, followed, "after");
  const boundBefore = boundSyllables(grams, preceded, "before");
  const phrases = [...grams]
    .filter(
      ([key, g]) =>
        g.n >= 2 &&
        !subsumed.has(key) &&
        isOfferablePhrase(
          tokenize(commonForm(g.forms)).map((t) => t.exact),
          bound,
          boundBefore,
        ),
    )
    .map(([key, g]) => ({ key, n: g.n, syl: key.split(" ").length, g }))
    .sort((a, b) => b.n * b.syl - a.n * a.syl || a.key.localeCompare(b.key));
  const room = Math.max(0, SUGGEST_LIMITS.maxPhrases - out.size);
  for (const p of phrases.slice(0, room)) add(commonForm(p.g.forms), p.n, "phrase");

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
 * "chí" → "minh", so "hồ chí" is a fragment, not a phrase. With "before", the
 * same the other way: "chức" ← "tổ", so "chức hội nghị" is a fragment.
 */
function boundSyllables(
  grams: ReadonlyMap<string, { n: number }>,
  neighbours: ReadonlyMap<string, { n: number }>,
  side: "after" | "before" = "after",
): Set<string> {
  const top = new Map<string, number>();
  for (const [key, g] of grams) {
    const sp = key.indexOf(" ");
    if (sp < 0 || key.indexOf(" ", sp + 1) >= 0) continue; // pairs only
    const w = side === "after" ? key.slice(0, sp) : key.slice(sp + 1);
    if (g.n > (top.get(w) ?? 0)) top.set(w, g.n);
  }
  const out = new Set<string>();
  for (const [w, f] of neighbours) if (f.n >= 5 && (top.get(w) ?? 0) >= 0.8 * f.n) out.add(w);
  return out;
}

const KIND_WEIGHT: Record<PhraseKind, number> = { organizer: 1.3, province: 1.3, phrase: 1.1, title: 0.8 };

/** What a phrase is worth before anything typed is looked at: its kind, and how many articles hold it. */
export const phraseRank = (p: Phrase): number => KIND_WEIGHT[p.kind] * (1 + Math.log1p(p.count));

/**
 * The artifact's suggest.json: the phrases, highest phraseRank first (a
 * phrase's id is its rank, so every posting list of the index is in rank
 * order), and their MiniSearch index.
 */
export function buildSuggestFile(articles: readonly Article[]): SuggestFile {
  const phrases = collectPhrases(articles)
    .map((p, i) => ({ p, i, r: phraseRank(p) }))
    .sort((a, b) => b.r - a.r || a.i - b.i)
    .map((x) => x.p);
  const ms = new MiniSearch(OPTIONS);
  ms.addAll(phrases.map((p, id) => ({ id, folded: foldedKey(p.text) })));
  return { version: 2, phrases, index: ms.toJSON() };
}

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

/** Phrase ids, ascending: in rank order. */
type Postings = Uint32Array;

/**
 * Candidates one pass gathers, in rank order, before they are scored: the
 * answer keeps at most SUGGEST_LIMITS.maxResults, and a phrase further down
 * the ranks rarely overtakes 64 better-ranked ones that match as well.
 */
const POOL = 64;
/**
 * Ids a lookup walks, and phrases it scores, at most (all passes together),
 * whatever the corpus (a phrase holding every word can still fail: "dần dần"
 * needs two syllables).
 */
const SCAN_LIMIT = 20_000;
const SCORE_LIMIT = 2_000;
/** MiniSearch's default weights of a prefix and of a typo match against a whole word (SearchOptions.weights). */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
/** BM25's term-frequency saturation and length normalization, as MiniSearch scores a field (one occurrence). */
const K1 = 1.2;
const B = 0.7;

type Mode = "typed" | "folded" | "typo";

interface Typed {
  folded: string;
  exact: string;
  /** The last word, still being typed: a prefix. */
  open: boolean;
  /** Typed with diacritics: the same written form ranks first. */
  accented: boolean;
}

/** A whole syllable for a prefix: MiniSearch's prefix weight, falling with the letters still to come. */
const prefixWeight = (termLength: number, typedLength: number) =>
  termLength === typedLength ? 1 : (PREFIX_WEIGHT * termLength) / (termLength + 0.3 * (termLength - typedLength));

/**
 * Syllables (folded, or as written) with an id each, in MiniSearch's radix
 * tree (prefix and fuzzy lookups), and the phrases holding each.
 */
class Syllables {
  readonly tree = new SearchableMap<number>();
  /** The same ids by syllable, for whole-syllable lookups (a Map is faster than the tree at those). */
  readonly ids = new Map<string, number>();
  readonly postings: Postings[] = [];
  readonly names: string[] = [];
  add(syllable: string, ids: Postings) {
    this.tree.set(syllable, this.postings.length);
    this.ids.set(syllable, this.postings.length);
    this.postings.push(ids);
    this.names.push(syllable);
  }
}

/**
 * Visits the union of ascending lists in ascending order, each id once,
 * until `visit` returns false (a k-way merge over a binary heap).
 */
function forEachInUnion(lists: readonly Postings[], visit: (id: number) => boolean): void {
  if (lists.length === 1) {
    for (const id of lists[0]!) if (!visit(id)) return;
    return;
  }
  // heap of list indexes, ordered by each list's current head
  const pos = new Uint32Array(lists.length);
  const heap: number[] = [];
  const head = (l: number) => lists[l]![pos[l]!]!;
  const down = (i: number) => {
    for (;;) {
      const a = 2 * i + 1;
      if (a >= heap.length) return;
      const b = a + 1;
      const c = b < heap.length && head(heap[b]!) < head(heap[a]!) ? b : a;
      if (head(heap[c]!) >= head(heap[i]!)) return;
      [heap[c], heap[i]] = [heap[i]!, heap[c]!];
      i = c;
    }
  };
  for (let l = 0; l < lists.length; l++) if (lists[l]!.length > 0) heap.push(l);
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) down(i);
  let last = -1;
  while (heap.length > 0) {
    const l = heap[0]!;
    const id = head(l);
    if (id !== last) {
      last = id;
      if (!visit(id)) return;
    }
    if (++pos[l]! >= lists[l]!.length) {
      heap[0] = heap.at(-1)!;
      heap.pop();
    }
    if (heap.length > 0) down(0);
  }
}

/**
 * The suggester of one artifact, built once when the artifact is loaded.
 *
 * Not MiniSearch.search: it scores every phrase holding any completion of
 * the last, unfinished word and sorts them all (15.8 ms p95 at 10,000
 * articles, growing with the corpus), to keep 8.
 *
 * A lookup is bounded whatever the corpus. The typed words' syllables come
 * from MiniSearch's radix tree (SearchableMap: exact, prefix and fuzzy
 * lookups, over the folded syllables of the artifact's MiniSearch index and
 * over the written ones); the posting lists of the word with the fewest
 * phrases are walked in rank order, the other words ANDed in through their
 * own lists, and the walk stops once POOL phrases hold every word: only
 * those are scored. Three passes, each only if needed: (1) every word as
 * typed (its written form when typed with diacritics; for the last word,
 * typed without, the whole syllable); (2) folded, the last word a prefix;
 * (3) one typo in a finished word of four letters or more, only when the
 * first two found fewer than asked for, and listed after them.
 */
export function loadSuggester(file: SuggestFile): Suggester {
  if (file?.version !== 2 || !Array.isArray(file.phrases) || typeof file.index !== "object" || !file.index)
    throw new Error("suggest.json is from another version");
  const { phrases } = file;
  const js = file.index;
  const field = js.fieldIds?.folded;
  if (js.serializationVersion !== 2 || js.documentCount !== phrases.length || field === undefined)
    throw new Error("suggest.json: its MiniSearch index does not match its phrases");

  // MiniSearch's serialized index: [term, {fieldId: {shortId: frequency}}], documentIds: shortId → id.
  const folded = new Syllables();
  for (const [term, data] of js.index) {
    const docs = data[field];
    if (docs) folded.add(term, Uint32Array.from(Object.keys(docs), (k) => js.documentIds[k] as number).sort());
  }
  // Each phrase's syllables as ids, folded and written; the written ones' posting lists.
  const foldedOf: Uint32Array[] = [];
  const writtenOf: Uint32Array[] = [];
  const spansOf: Uint32Array[] = []; // [start, end) of each syllable in the text, for highlights
  const writtenIds = new Map<string, number>();
  const writtenLists: number[][] = [];
  phrases.forEach((p, id) => {
    const ts = tokenize(p.text);
    const f = new Uint32Array(ts.length);
    const w = new Uint32Array(ts.length);
    const spans = new Uint32Array(2 * ts.length);
    ts.forEach((t, j) => {
      spans[2 * j] = t.start;
      spans[2 * j + 1] = t.end;
      const fid = folded.ids.get(t.folded);
      if (fid === undefined) throw new Error("suggest.json: its MiniSearch index does not match its phrases");
      f[j] = fid;
      let wid = writtenIds.get(t.exact);
      if (wid === undefined) {
        writtenIds.set(t.exact, (wid = writtenLists.length));
        writtenLists.push([]);
      }
      w[j] = wid;
      const list = writtenLists[wid]!;
      if (list.at(-1) !== id) list.push(id);
    });
    foldedOf.push(f);
    writtenOf.push(w);
    spansOf.push(spans);
  });
  const written = new Syllables();
  for (const [w, wid] of writtenIds) written.add(w, Uint32Array.from(writtenLists[wid]!));
  const rank = Float64Array.from(phrases, phraseRank);
  const avgLength = foldedOf.reduce((s, f) => s + f.length, 0) / Math.max(1, foldedOf.length);
  const lengthFactor = Float64Array.from(foldedOf, (f) => (K1 + 1) / (1 + K1 * (1 - B + (B * f.length) / avgLength)));

  // Scratch tables, one per typed word, of fixed size (the vocabularies'), cleared after every lookup:
  // how well each syllable answers the word (folded or written), and whether it is written as typed.
  const T = SUGGEST_LIMITS.maxQueryTerms;
  const foldedWeight = Array.from({ length: T }, () => new Float32Array(folded.postings.length));
  const writtenWeight = Array.from({ length: T }, () => new Float32Array(written.postings.length));
  const asTyped = Array.from({ length: T }, () => new Uint8Array(written.postings.length));
  const holds = new Uint8Array(phrases.length); // how many of the other words a phrase holds, in one pass
  type Dirty = { table: Float32Array | Uint8Array; ids: number[] }[];
  const passDirty: Dirty = [];
  const lookupDirty: Dirty = [];
  const fill = (table: Float32Array | Uint8Array, entries: Iterable<[number, number]>, dirty = passDirty) => {
    const ids: number[] = [];
    for (const [id, w] of entries) {
      table[id] = w;
      ids.push(id);
    }
    dirty.push({ table, ids });
    return ids;
  };
  const clean = (dirty: Dirty) => {
    for (const { table, ids } of dirty) for (const id of ids) table[id] = 0;
    dirty.length = 0;
  };

  interface TermPass {
    /** The syllables that answer the word are written ones (else folded). */
    byWritten: boolean;
    ids: number[];
    size: number;
  }

  /** Word i in one pass: fills its weight table and names the syllables that answer it. */
  function termPass(t: Typed, i: number, mode: Mode): TermPass {
    const f = t.folded;
    const e = t.exact;
    const syllables = (vocabulary: Syllables, byWritten: boolean, entries: Iterable<[number, number]>) => {
      const ids = fill(byWritten ? writtenWeight[i]! : foldedWeight[i]!, entries);
      let size = 0;
      for (const id of ids) size += vocabulary.postings[id]!.length;
      return { byWritten, ids, size };
    };
    function* prefixed(vocabulary: Syllables, p: string): Iterable<[number, number]> {
      const folds = vocabulary === written;
      for (const [s, id] of vocabulary.tree.atPrefix(p))
        yield [id, prefixWeight((folds ? fold(s) : s).length, f.length)];
    }
    const exactly = (id: number | undefined): [number, number][] => (id === undefined ? [] : [[id, 1]]);
    if (mode === "typed" && t.accented)
      return t.open
        ? syllables(written, true, prefixed(written, e))
        : syllables(written, true, exactly(written.ids.get(e)));
    if (t.open && mode !== "typed") return syllables(folded, false, prefixed(folded, f));
    if (mode === "typo" && !t.open && f.length >= 4) {
      const near: [number, number][] = [];
      for (const [s, [id, d]] of folded.tree.fuzzyGet(f, 1))
        near.push([id, d === 0 ? 1 : (FUZZY_WEIGHT * s.length) / (s.length + d)]);
      return syllables(folded, false, near);
    }
    return syllables(folded, false, exactly(folded.ids.get(f)));
  }

  /** A phrase's score for the typed words and the syllables that answer them, or null if one is not answered. */
  function score(id: number, typed: readonly Typed[], terms: readonly TermPass[]) {
    const fs = foldedOf[id]!;
    const ws = writtenOf[id]!;
    let used = 0; // syllables taken by an earlier word (bits; phrases past 31 syllables reuse)
    let sum = 0;
    let factor = 1;
    const picked: number[] = [];
    for (let i = 0; i < typed.length; i++) {
      const accented = typed[i]!.accented;
      const syl = terms[i]!.byWritten ? ws : fs;
      const weight = terms[i]!.byWritten ? writtenWeight[i]! : foldedWeight[i]!;
      const same = asTyped[i]!;
      let best = -1;
      let bestValue = 0;
      let bestWeight = 0;
      for (let j = 0; j < syl.length; j++) {
        if (j < 31 && used & (1 << j)) continue;
        const w = weight[syl[j]!]!;
        if (w === 0) continue;
        let v = j === i ? w * 1.2 : w; // in the order typed, from the phrase's start
        if (accented) v *= same[ws[j]!] ? 1.6 : 0.6;
        if (v > bestValue) {
          best = j;
          bestValue = v;
          bestWeight = w;
        }
      }
      if (best < 0) return null;
      if (best < 31) used |= 1 << best;
      picked.push(best);
      sum += bestWeight;
      factor *= bestValue / bestWeight;
    }
    return { s: sum * lengthFactor[id]! * factor * rank[id]!, picked };
  }

  function lookup(q: string, n: number): Suggestion[] {
    const typed: Typed[] = tokenize(q)
      .slice(0, SUGGEST_LIMITS.maxQueryTerms)
      .map((t) => ({ folded: t.folded, exact: t.exact, open: false, accented: t.exact !== t.folded }));
    if (typed.length === 0) return [];
    typed.at(-1)!.open = !/\s$/.test(q); // the last word may still be being typed
    typed.forEach((t, i) => {
      if (!t.accented) return;
      const ids = t.open ? [...written.tree.atPrefix(t.exact).values()] : [written.ids.get(t.exact)];
      fill(
        asTyped[i]!,
        ids.filter((id) => id !== undefined).map((id) => [id, 1]),
        lookupDirty,
      );
    });

    const found = new Map<number, { s: number; picked: number[]; typo: boolean }>();
    let scanned = 0;
    let scored = 0;
    const pass = (mode: Mode) => {
      const terms = typed.map((t, i) => termPass(t, i, mode));
      let driver = 0;
      for (let i = 1; i < terms.length; i++) if (terms[i]!.size < terms[driver]!.size) driver = i;
      if (terms[driver]!.size === 0 || scored >= SCORE_LIMIT || scanned >= SCAN_LIMIT) return;
      const postingsOf = (t: TermPass) => t.ids.map((id) => (t.byWritten ? written : folded).postings[id]!);
      // The other words as a progressive AND over their own lists (one byte a phrase), so that
      // a phrase the walk meets is scored only when it holds every word; unless their lists are
      // much longer than the walk, where scoring what the walk meets is cheaper.
      const others = terms.filter((_, i) => i !== driver).sort((a, b) => a.size - b.size);
      let mark: Uint8Array | null = null;
      if (others.length > 0 && others.reduce((s, t) => s + t.size, 0) <= 64 * terms[driver]!.size) {
        mark = holds.fill(0);
        others.forEach((t, k) => {
          for (const list of postingsOf(t)) for (const id of list) if (mark![id] === k) mark![id] = k + 1;
        });
      }
      const all = others.length;
      let taken = 0;
      forEachInUnion(postingsOf(terms[driver]!), (id) => {
        if (!found.has(id) && (mark === null || mark[id] === all)) {
          const r = score(id, typed, terms);
          scored++;
          if (r) {
            found.set(id, { ...r, typo: mode === "typo" });
            taken++;
          }
        }
        return taken < POOL && scored < SCORE_LIMIT && ++scanned < SCAN_LIMIT;
      });
      clean(passDirty); // this pass's weights are not the next one's
    };
    // (1) as typed; (2) folded, the last word a prefix, when (1) was not already that.
    pass("typed");
    if (typed.some((t) => t.accented || t.open)) pass("folded");
    // (3) typos, only when too few, and listed after what was found as typed.
    if (found.size < n && typed.some((t) => !t.open && t.folded.length >= 4)) pass("typo");

    return [...found]
      .sort((a, b) => Number(a[1].typo) - Number(b[1].typo) || b[1].s - a[1].s || a[0] - b[0])
      .slice(0, n)
      .map(([id, r]) => {
        const p = phrases[id]!;
        const spans = spansOf[id]!;
        const highlights: Range[] = r.picked.map((j, i) => {
          const start = spans[2 * j]!;
          const end = spans[2 * j + 1]!;
          const t = typed[i]!;
          const len =
            t.open && folded.names[foldedOf[id]![j]!]!.startsWith(t.folded)
              ? prefixChars(p.text.slice(start, end), t.folded.length)
              : end - start;
          return [start, start + len];
        });
        highlights.sort((a, b) => a[0] - b[0]);
        return { text: p.text, count: p.count, kind: p.kind, highlights };
      });
  }

  return {
    size: phrases.length,
    suggest(q, limit: number = SUGGEST_LIMITS.defaultResults) {
      const n = Math.min(Math.max(1, limit), SUGGEST_LIMITS.maxResults);
      try {
        return lookup(q.slice(0, SUGGEST_LIMITS.maxQueryChars), n);
      } finally {
        clean(passDirty);
        clean(lookupDirty);
      }
    },
  };
}
