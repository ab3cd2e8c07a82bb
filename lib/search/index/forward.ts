import { tokenize } from "../../text";
import type { IdToken } from "../query/matcher";
import { compareCodeUnits, type DocFields, type Lexicon, termId } from "./lexicon";

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
  ids: Uint16Array | Uint32Array;
  /** Article d occupies ids[start[d], start[d + 1]). */
  start: Uint32Array;
  /** Syllables in the title and the lead of each article (the body is the rest). */
  titleLen: Uint32Array;
  leadLen: Uint32Array;
}

export function buildForward(docs: Iterable<DocFields>, lex: Lexicon): ForwardIndex {
  const raw = collectForms(docs);
  return assembleForward(raw.forms, raw.ids, raw.start, raw.titleLen, raw.leadLen, lex);
}

/**
 * The forward index and the lexicon from one tokenization of the corpus: the
 * lexicon is read off the written forms and their ids (what buildLexicon
 * finds by tokenizing again; property-tested to agree).
 */
export function buildForwardAndLexicon(docs: Iterable<DocFields>): { forward: ForwardIndex; lexicon: Lexicon } {
  const raw = collectForms(docs);
  const lexicon = lexiconOfForms(raw);
  return { forward: assembleForward(raw.forms, raw.ids, raw.start, raw.titleLen, raw.leadLen, lexicon), lexicon };
}

interface RawForward {
  forms: string[];
  ids: Uint16Array | Uint32Array;
  start: Uint32Array;
  titleLen: Uint32Array;
  leadLen: Uint32Array;
}

function lexiconOfForms(raw: RawForward): Lexicon {
  const { forms, ids, start } = raw;
  const n = start.length - 1;
  const foldedForm = forms.map((f, id) => (id === SEPARATOR ? "" : foldForm(f)));
  const terms = [...new Set(foldedForm.slice(1))].sort(compareCodeUnits);
  const fid = new Uint32Array(forms.length);
  const termIndex = new Map(terms.map((t, k) => [t, k]));
  for (let id = 1; id < forms.length; id++) fid[id] = termIndex.get(foldedForm[id]!)!;
  // Written forms of each folded syllable; kept when one of them is accented.
  const formsOf = new Map<number, number[]>();
  for (let id = 1; id < forms.length; id++) {
    let list = formsOf.get(fid[id]!);
    if (!list) formsOf.set(fid[id]!, (list = []));
    list.push(id);
  }
  const lexForms = new Map<string, string[]>();
  // Accented forms that share their folded syllable: these get article lists.
  const listed = new Int32Array(forms.length).fill(-1);
  const lists: number[][] = [];
  for (const [f, list] of formsOf) {
    const written = list.map((id) => forms[id]!).sort(compareCodeUnits);
    if (!list.some((id) => forms[id] !== foldedForm[id])) continue;
    lexForms.set(terms[f]!, written);
    if (list.length < 2) continue;
    for (const id of list) if (forms[id] !== foldedForm[id]) listed[id] = lists.push([]) - 1;
  }
  const df = new Uint32Array(terms.length);
  const lastTerm = new Int32Array(terms.length).fill(-1);
  const lastForm = new Int32Array(forms.length).fill(-1);
  for (let d = 0; d < n; d++) {
    for (let k = start[d]!; k < start[d + 1]!; k++) {
      const id = ids[k]!;
      if (id === SEPARATOR) continue;
      const f = fid[id]!;
      if (lastTerm[f] !== d) {
        lastTerm[f] = d;
        df[f]!++;
      }
      if (listed[id]! >= 0 && lastForm[id] !== d) {
        lastForm[id] = d;
        lists[listed[id]!]!.push(d);
      }
    }
  }
  const postings = new Map<string, Uint32Array>();
  for (let id = 1; id < forms.length; id++)
    if (listed[id]! >= 0) postings.set(forms[id]!, Uint32Array.from(lists[listed[id]!]!));
  return { terms, df, forms: lexForms, postings };
}

function collectForms(docs: Iterable<DocFields>): RawForward {
  const idOf = new Map<string, number>();
  let count = new Float64Array(1024);
  let forms = 1;
  // One growing buffer for every article's ids: no per-article arrays (100,000 articles hold ~65M syllables).
  let seq = new Uint32Array(1 << 20);
  let p = 0;
  const starts: number[] = [];
  const titles: number[] = [];
  const leads: number[] = [];
  const push = (id: number) => {
    if (p === seq.length) {
      const grown = new Uint32Array(seq.length * 2);
      grown.set(seq);
      seq = grown;
    }
    seq[p++] = id;
  };
  const field = (text: string) => {
    let k = 0;
    for (const t of tokenize(text)) {
      let id = idOf.get(t.exact);
      if (id === undefined) {
        id = forms++;
        idOf.set(t.exact, id);
        if (id === count.length) {
          const grown = new Float64Array(count.length * 2);
          grown.set(count);
          count = grown;
        }
      }
      count[id]!++;
      push(id);
      k++;
    }
    return k;
  };
  for (const doc of docs) {
    starts.push(p);
    titles.push(field(doc.title));
    push(SEPARATOR);
    leads.push(field(doc.lead));
    field(doc.body);
  }
  // Renumber by frequency, so that the common forms have the smallest ids.
  const byFreq = [...idOf.keys()].sort((a, b) => count[idOf.get(b)!]! - count[idOf.get(a)!]! || compareCodeUnits(a, b));
  const renum = new Uint32Array(forms);
  byFreq.forEach((form, k) => {
    renum[idOf.get(form)!] = k + 1;
  });
  const ids = forms <= 0xffff ? new Uint16Array(p) : new Uint32Array(p);
  for (let k = 0; k < p; k++) ids[k] = renum[seq[k]!]!;
  const start = Uint32Array.from([...starts, p]);
  return { forms: ["", ...byFreq], ids, start, titleLen: Uint32Array.from(titles), leadLen: Uint32Array.from(leads) };
}

/**
 * The forward index of forms and per-article ids (as read back from the
 * artifact: lib/artifact/formats/forward.ts), each form's folded id looked
 * up in the lexicon.
 */
export function assembleForward(
  forms: string[],
  ids: Uint16Array | Uint32Array,
  start: Uint32Array,
  titleLen: Uint32Array,
  leadLen: Uint32Array,
  lex: Lexicon,
): ForwardIndex {
  const folded = new Uint32Array(forms.length);
  for (let id = 1; id < forms.length; id++) {
    const f = foldForm(forms[id]!);
    const k = termId(lex.terms, f);
    if (k < 0) throw new Error(`index and lexicon disagree on "${forms[id]}"`);
    folded[id] = k;
  }
  folded[SEPARATOR] = 0xffffffff;
  return { forms, folded, ids, start, titleLen, leadLen };
}

// The exact form is already normalized and lower-cased: its tokenization is itself.
function foldForm(exact: string): string {
  return tokenize(exact)[0]!.folded;
}

/**
 * Each written form as a token, so the Matcher's rules apply to index ids:
 * the vocabulary the engine and its property tests match against.
 */
export function formTokens(fwd: ForwardIndex, lex: Lexicon): IdToken[] {
  return fwd.forms.map((exact, id) => ({
    id,
    start: 0,
    end: 0,
    exact,
    folded: id === SEPARATOR ? "" : lex.terms[fwd.folded[id]!]!,
  }));
}

/** Syllables of article d as tokens of the index's forms: the title, and the lead + body. */
export function storyTokens(
  fwd: ForwardIndex,
  forms: readonly IdToken[],
  d: number,
): { title: IdToken[]; text: IdToken[] } {
  const titleFrom = fwd.start[d]!;
  const storyFrom = titleFrom + fwd.titleLen[d]!;
  const end = fwd.start[d + 1]!;
  const title: IdToken[] = new Array(storyFrom - titleFrom);
  for (let k = titleFrom; k < storyFrom; k++) title[k - titleFrom] = forms[fwd.ids[k]!]!;
  const text: IdToken[] = new Array(end - storyFrom - 1);
  for (let k = storyFrom + 1; k < end; k++) text[k - storyFrom - 1] = forms[fwd.ids[k]!]!;
  return { title, text };
}
