import abbreviationsFile from "../../../data/abbreviations.json";
import placesFile from "../../../data/places.json";
import { normalizeText, tokenize } from "../../text";
import { makeTerm, type ParsedQuery, type QueryTerm } from "./parse";

/**
 * Query-time readings of the genre's abbreviations, both ways, from the
 * curated data (data/abbreviations.json, and the spellings of a province in
 * data/places.json: "TPHCM", "TP.HCM", "Thành phố Hồ Chí Minh"). The index
 * holds only what articles wrote; a query word "QCDC" is answered by articles
 * that hold "QCDC" or the phrase "quy chế dân chủ", and the words "quy chế
 * dân chủ" by either as well.
 */

/** One syllable of a written form, as the index keys it. */
interface Syllable {
  exact: string;
  folded: string;
}

interface AliasEntry {
  /** Written forms that stand for one another. */
  forms: Syllable[][];
  /** The form typed in the query must be written this way (case and all) to be read as the others: "TW" but not "tw". */
  caseSensitive: Set<number>;
  /** Form index → the raw spelling, for case-sensitive forms. */
  raw: string[];
  /** A form never offered for the others' words ("TƯ" would find the word "tư"); typed itself, it still reads as them. */
  noReverse: Set<number>;
  /** The abbreviation means this only right after one of these words (folded). */
  within?: string[];
  /** Position in the data: alternatives come out in this order. */
  order: number;
}

/** An alternative way to answer query terms [from, to): articles holding `terms` side by side. */
export interface Alternative {
  from: number;
  to: number;
  terms: QueryTerm[];
}

const syllables = (text: string): Syllable[] => tokenize(text).map((t) => ({ exact: t.exact, folded: t.folded }));

function compile(): AliasEntry[] {
  const out: AliasEntry[] = [];
  // Abbreviations with the same full form are one entry ("TW", "T.Ư", "TƯ": "Trung ương").
  const byFull = new Map<string, AliasEntry>();
  for (const e of abbreviationsFile.entries as {
    abbr: string;
    full: string;
    case: "exact" | "any";
    within?: string[];
    reverse?: boolean;
  }[]) {
    const full = syllables(e.full);
    const abbr = syllables(e.abbr);
    if (full.length === 0 || abbr.length === 0) continue;
    const key = `${full.map((s) => s.exact).join(" ")}|${e.within?.join(",") ?? ""}`;
    let entry = byFull.get(key);
    if (!entry) {
      entry = { forms: [full], caseSensitive: new Set(), raw: [e.full], noReverse: new Set(), order: out.length };
      if (e.within) entry.within = e.within.flatMap((w) => syllables(w).map((s) => s.folded));
      byFull.set(key, entry);
      out.push(entry);
    }
    const k = entry.forms.push(abbr) - 1;
    entry.raw.push(normalizeText(e.abbr));
    if (e.case === "exact") entry.caseSensitive.add(k);
    if (e.reverse === false) entry.noReverse.add(k);
  }
  // A province's spellings that are abbreviations or its full title ("TPHCM", "Thành phố Hồ Chí Minh").
  for (const p of placesFile.provinces as { name: string; aliases: string[] }[]) {
    const spellings = [p.name, ...p.aliases];
    const seen = new Set<string>();
    const entry: AliasEntry = { forms: [], caseSensitive: new Set(), raw: [], noReverse: new Set(), order: out.length };
    for (const s of spellings) {
      const form = syllables(s);
      const key = form.map((x) => x.exact).join(" ");
      if (form.length === 0 || seen.has(key)) continue;
      seen.add(key);
      entry.forms.push(form);
      entry.raw.push(normalizeText(s));
    }
    if (entry.forms.length > 1) out.push(entry);
  }
  return out;
}

let entries: AliasEntry[] | undefined;
const compiledEntries = (): AliasEntry[] => {
  entries ??= compile();
  return entries;
};

let compiled: Map<string, AliasEntry[]> | undefined;
/** The entries by the folded first syllable of each of their forms: a query looks up only its own words. */
const entriesByFirst = (): Map<string, AliasEntry[]> => {
  if (compiled) return compiled;
  compiled = new Map();
  for (const entry of compiledEntries())
    for (const first of new Set(entry.forms.map((f) => f[0]!.folded))) {
      const list = compiled.get(first);
      if (list) list.push(entry);
      else compiled.set(first, [entry]);
    }
  return compiled;
};

function termOf(s: Syllable): QueryTerm {
  return makeTerm(s.exact, s.folded, false, -1);
}

/** True when the query's terms [at, at + form.length) spell the form (accented words in their exact form). */
function spells(terms: readonly QueryTerm[], at: number, form: Syllable[]): boolean {
  if (at + form.length > terms.length) return false;
  for (let j = 0; j < form.length; j++) {
    const q = terms[at + j]!;
    if (q.phrase >= 0 || q.folded !== form[j]!.folded) return false;
    if (q.accented && q.exact !== form[j]!.exact) return false;
  }
  return true;
}

/** Written as the data spells it, case included, as a whole word of the query. */
function writtenAs(query: string, raw: string): boolean {
  const text = normalizeText(query);
  let i = text.indexOf(raw);
  while (i >= 0) {
    const before = i === 0 ? "" : text[i - 1]!;
    const after = text[i + raw.length] ?? "";
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    i = text.indexOf(raw, i + 1);
  }
  return false;
}

/**
 * The other readings of the query's words: for every span of (unquoted)
 * query terms that spells an abbreviation or its full form, the other forms
 * of that entry. Bounded by the curated data: a query of T words has at most
 * T spans per entry.
 */
export function alternativesOf(parsed: ParsedQuery, query: string): Alternative[] {
  const { terms } = parsed;
  const out: Alternative[] = [];
  const seen = new Set<string>();
  if (terms.length === 0) return out;
  // Entries in data order, each tried at every position where one of its forms may start.
  const byFirst = entriesByFirst();
  const candidates = new Set<AliasEntry>();
  for (const q of terms) for (const entry of byFirst.get(q.folded) ?? []) candidates.add(entry);
  const order = [...candidates].sort((a, b) => a.order - b.order);
  for (const entry of order) {
    for (let at = 0; at < terms.length; at++) {
      for (const [k, form] of entry.forms.entries()) {
        if (!spells(terms, at, form)) continue;
        if (entry.caseSensitive.has(k) && !writtenAs(query, entry.raw[k]!)) continue;
        if (entry.within && (at === 0 || !entry.within.includes(terms[at - 1]!.folded))) continue;
        const to = at + form.length;
        for (const [o, other] of entry.forms.entries()) {
          if (o === k || entry.noReverse.has(o)) continue;
          // Spans already covered word for word need no alternative ("tp hcm" for "TP HCM").
          if (other.length === form.length && other.every((s, j) => s.folded === form[j]!.folded)) continue;
          const key = `${at}-${to}:${other.map((s) => s.exact).join(" ")}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push({ from: at, to, terms: other.map(termOf) });
        }
        break;
      }
    }
  }
  return out;
}

/**
 * Every reading an alternative can have: each form of the curated entries
 * that is offered for the others' words, as `alternativesOf` writes its
 * terms (the engine finds their articles after load, in idle time).
 */
export function curatedReadings(): QueryTerm[][] {
  const out: QueryTerm[][] = [];
  for (const entry of compiledEntries())
    for (const [o, form] of entry.forms.entries()) if (!entry.noReverse.has(o)) out.push(form.map(termOf));
  return out;
}
