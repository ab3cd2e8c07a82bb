import { tokenize } from "../text";
import { compareCodeUnits, type DocFields, type Lexicon, lowerBound } from "./lexicon";

/**
 * The forward index: every article as the sequence of its syllables, each an
 * id of its exact (tone-normalized, lower-case) written form. It is the one
 * positional structure of the engine: phrases and proximity are read from it
 * without tokenizing text, and the inverted postings are derived from it when
 * the index is loaded, so the artifact stores no postings at all.
 *
 * Per article: title ids, SEPARATOR, lead ids, body ids. The separator never
 * matches a query term, so no phrase runs from the title into the lead; lead
 * and body are one text, as the story is shown and snippets are cut.
 */
export const SEPARATOR = 0;

export interface ForwardIndex {
  /** Exact forms by id; id 0 is the separator (""). The most frequent forms have the smallest ids. */
  forms: string[];
  /** Exact-form id → folded id (position in the lexicon's terms). */
  folded: Uint32Array;
  /** All articles' ids, concatenated. */
  ids: Uint32Array;
  /** Article d occupies ids[start[d], start[d + 1]). */
  start: Uint32Array;
  /** Syllables in the title and the lead of each article (the body is the rest). */
  titleLen: Uint32Array;
  leadLen: Uint32Array;
}

/** Header of the serialized index (index.json); the varints live in index.bin. */
export interface ForwardJSON {
  v: 1;
  articles: number;
  forms: string[];
}

export function buildForward(docs: readonly DocFields[], lex: Lexicon): ForwardIndex {
  const idOf = new Map<string, number>();
  const count: number[] = [0];
  const raw: number[][] = [];
  const lens: [number, number][] = [];
  for (const doc of docs) {
    const seq: number[] = [];
    const field = (text: string) => {
      let k = 0;
      for (const t of tokenize(text)) {
        let id = idOf.get(t.exact);
        if (id === undefined) {
          id = count.length;
          idOf.set(t.exact, id);
          count.push(0);
        }
        count[id]!++;
        seq.push(id);
        k++;
      }
      return k;
    };
    const title = field(doc.title);
    seq.push(SEPARATOR);
    const lead = field(doc.lead);
    field(doc.body);
    raw.push(seq);
    lens.push([title, lead]);
  }
  // Renumber by frequency, so that the common forms are one-byte varints.
  const byFreq = [...idOf.keys()].sort((a, b) => count[idOf.get(b)!]! - count[idOf.get(a)!]! || compareCodeUnits(a, b));
  const renum = new Uint32Array(count.length);
  byFreq.forEach((form, k) => {
    renum[idOf.get(form)!] = k + 1;
  });
  const total = raw.reduce((s, r) => s + r.length, 0);
  const ids = new Uint32Array(total);
  const start = new Uint32Array(docs.length + 1);
  let p = 0;
  raw.forEach((seq, d) => {
    start[d] = p;
    for (const id of seq) ids[p++] = renum[id]!;
  });
  start[docs.length] = p;
  return assemble(["", ...byFreq], ids, start, Uint32Array.from(lens, (l) => l[0]), Uint32Array.from(lens, (l) => l[1]), lex);
}

function assemble(
  forms: string[],
  ids: Uint32Array,
  start: Uint32Array,
  titleLen: Uint32Array,
  leadLen: Uint32Array,
  lex: Lexicon,
): ForwardIndex {
  const folded = new Uint32Array(forms.length);
  for (let id = 1; id < forms.length; id++) {
    const f = foldForm(forms[id]!);
    const k = lowerBound(lex.terms, f);
    if (lex.terms[k] !== f) throw new Error(`index and lexicon disagree on "${forms[id]}"`);
    folded[id] = k;
  }
  folded[SEPARATOR] = 0xffffffff;
  return { forms, folded, ids, start, titleLen, leadLen };
}

// The exact form is already normalized and lower-cased: its tokenization is itself.
function foldForm(exact: string): string {
  return tokenize(exact)[0]!.folded;
}

/** index.json (forms) and index.bin (per article: title, lead and body lengths, then its ids; LEB128 varints). */
export function forwardToFiles(fwd: ForwardIndex): { json: ForwardJSON; bin: Uint8Array } {
  const n = fwd.start.length - 1;
  const out = new Uint8Array(fwd.ids.length * 3 + n * 12 + 16);
  let p = 0;
  const put = (v: number) => {
    while (v >= 0x80) {
      out[p++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    out[p++] = v;
  };
  for (let d = 0; d < n; d++) {
    const s = fwd.start[d]!;
    const len = fwd.start[d + 1]! - s;
    const title = fwd.titleLen[d]!;
    const lead = fwd.leadLen[d]!;
    put(title);
    put(lead);
    put(len - title - 1 - lead);
    for (let k = s; k < s + len; k++) if (k !== s + title) put(fwd.ids[k]!);
  }
  return { json: { v: 1, articles: n, forms: fwd.forms }, bin: out.subarray(0, p) };
}

export function forwardFromFiles(json: ForwardJSON, bin: Uint8Array, lex: Lexicon): ForwardIndex {
  if (json.v !== 1 || json.forms[0] !== "") throw new Error("unknown index format");
  const n = json.articles;
  let p = 0;
  const get = () => {
    let v = 0;
    let shift = 0;
    for (;;) {
      if (p >= bin.length) throw new Error("index.bin is truncated");
      const b = bin[p++]!;
      v += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return v;
      shift += 7;
    }
  };
  const titleLen = new Uint32Array(n);
  const leadLen = new Uint32Array(n);
  const start = new Uint32Array(n + 1);
  // At most one id per byte, plus a separator per article.
  let ids = new Uint32Array(bin.length + n);
  let q = 0;
  for (let d = 0; d < n; d++) {
    start[d] = q;
    const title = get();
    const lead = get();
    const body = get();
    titleLen[d] = title;
    leadLen[d] = lead;
    for (let k = 0; k < title; k++) ids[q++] = get();
    ids[q++] = SEPARATOR;
    for (let k = 0; k < lead + body; k++) {
      const id = get();
      if (id <= 0 || id >= json.forms.length) throw new Error("index.bin holds an unknown form");
      ids[q++] = id;
    }
  }
  start[n] = q;
  if (p !== bin.length) throw new Error("index.bin has trailing bytes");
  ids = ids.slice(0, q);
  return assemble(json.forms, ids, start, titleLen, leadLen, lex);
}
