import type { SearchRequest } from "../../lib/search";
import { fold } from "../../lib/text";
import { FIRST_YEAR, LAST_YEAR } from "./generate";
import { language, type Organizer } from "./language";
import { mixSeed, Rng } from "./random";
import * as V from "./vocabulary";

/**
 * The fixed query mix of the benchmark, drawn from the generator's language
 * (so every query has answers in every corpus size), the same for the engine
 * and the baseline, and the same for every corpus of that language.
 */

export type QueryClass =
  | "accented"
  | "unaccented"
  | "prefix1"
  | "prefix2"
  | "multi"
  | "phrase"
  | "typo"
  | "name"
  | "rare"
  | "browse";

export interface BenchQuery {
  q: string;
  class: QueryClass;
  /** Canonical organizer names to filter by (as ingestion writes them). */
  organizers: string[];
  years: number[];
}

/** The engine's request for a query of the mix, as the benchmark asks it: relevance, the first page of 20. */
export function benchRequest(q: BenchQuery): SearchRequest {
  return { q: q.q, organizers: q.organizers, years: q.years, provinces: [], sort: "relevance", page: 1, perPage: 20 };
}

/** How many of each class; 240 in all. */
export const MIX: Record<QueryClass, number> = {
  accented: 30,
  unaccented: 30,
  prefix1: 25,
  prefix2: 25,
  multi: 30,
  phrase: 25,
  typo: 30,
  name: 15,
  rare: 20,
  browse: 10,
};

/** Organizer as ingestion will name it; the bench passes lib/ingest's canonicalizer. */
export type CanonicalName = (o: Organizer) => string;

const syllables = (w: string) => w.split(" ");

/** A word of the genre, accented as written. */
function commonWord(r: Rng): string {
  const lang = language();
  const which = r.next();
  if (which < 0.55) return lang.nouns.draw(r);
  if (which < 0.85) return lang.verbs.draw(r);
  return lang.adjectives.draw(r);
}

/** A head noun from the curated lists (never the tail), for multi-word and phrase queries. */
function curatedNoun(r: Rng): string {
  for (;;) {
    const w = language().nouns.draw(r);
    if (V.NOUNS.includes(w)) return w;
  }
}

const KEYBOARD_NEIGHBOURS: Record<string, string> = {
  a: "sq",
  b: "vn",
  c: "xv",
  d: "sf",
  e: "wr",
  g: "fh",
  h: "gj",
  i: "uo",
  k: "jl",
  l: "k",
  m: "n",
  n: "bm",
  o: "ip",
  p: "o",
  q: "wa",
  r: "et",
  s: "ad",
  t: "ry",
  u: "yi",
  v: "cb",
  x: "zc",
  y: "tu",
};

/** One edit (drop, double, neighbour key, swap) inside a word of three letters or more. */
export function typo(word: string, r: Rng): string {
  const chars = [...word];
  const letters = chars.map((c, i) => (/\p{L}/u.test(c) ? i : -1)).filter((i) => i > 0);
  if (letters.length < 2) return word;
  const at = r.pick(letters);
  const c = chars[at]!;
  switch (r.int(0, 3)) {
    case 0:
      chars.splice(at, 1);
      break;
    case 1:
      chars.splice(at, 0, c);
      break;
    case 2: {
      const near = KEYBOARD_NEIGHBOURS[fold(c)] ?? "e";
      chars[at] = r.pick([...near]);
      break;
    }
    default:
      if (at + 1 < chars.length && /\p{L}/u.test(chars[at + 1]!)) [chars[at], chars[at + 1]] = [chars[at + 1]!, c];
      else chars.splice(at, 1);
  }
  const out = chars.join("");
  return out === word ? `${word}${c}` : out;
}

function prefix(word: string, letters: number): string {
  return [...word].slice(0, letters).join("");
}

function makeQuery(cls: QueryClass, r: Rng): string {
  const lang = language();
  const accent = (s: string) => (r.chance(0.5) ? s : fold(s));
  switch (cls) {
    case "accented":
      return r.chance(0.6) ? commonWord(r) : `${commonWord(r)} ${commonWord(r)}`;
    case "unaccented":
      return fold(r.chance(0.6) ? commonWord(r) : `${commonWord(r)} ${commonWord(r)}`);
    case "prefix1":
    case "prefix2": {
      // The user is typing the last syllable: one or two letters of it so far.
      const n = cls === "prefix1" ? 1 : 2;
      const phrase = syllables(r.chance(0.5) ? curatedNoun(r) : `${commonWord(r)} ${curatedNoun(r)}`);
      if (n === 2 && r.chance(0.25)) return accent(prefix(phrase[0]!, 2)); // a lone two-letter start
      const cut = Math.max(1, Math.min(phrase.length - 1, r.int(1, 3)));
      const typed = [...phrase.slice(0, cut), prefix(phrase[cut] ?? commonWord(r), n)].join(" ");
      return accent(typed);
    }
    case "multi": {
      const parts = [curatedNoun(r), lang.verbs.draw(r), curatedNoun(r)];
      const q = r.chance(0.4)
        ? parts.join(" ")
        : r.pick([...V.TOPICS, ...V.NOUNS.filter((w) => syllables(w).length >= 3)]);
      return accent(q.replace(/[“”]/g, ""));
    }
    case "phrase": {
      let words = syllables(curatedNoun(r));
      if (words.length < 2) words = syllables(`${lang.verbs.draw(r)} ${curatedNoun(r)}`);
      const start = r.int(0, Math.max(0, words.length - 2));
      const quoted = `"${words.slice(start, start + r.int(2, 4)).join(" ")}"`;
      return accent(r.chance(0.3) ? `${quoted} ${commonWord(r)}` : quoted);
    }
    case "typo": {
      const words = syllables(r.chance(0.5) ? commonWord(r) : `${commonWord(r)} ${commonWord(r)}`);
      const candidates = words.map((w, i) => (w.length >= 3 ? i : -1)).filter((i) => i >= 0);
      if (candidates.length === 0) return accent(`${words.join(" ")} ${typo("tuyên", r)}`);
      const at = r.pick(candidates);
      words[at] = typo(words[at]!, r);
      return accent(words.join(" "));
    }
    case "name": {
      const p = r.pick(lang.provinces);
      const o = r.pick(lang.organizers);
      return accent(
        r.pick([
          () => r.pick(o.officials).name,
          () => p.districts[r.int(0, p.districts.length - 1)]!,
          () => p.name,
          () => o.written[0]!,
        ])(),
      );
    }
    case "rare":
      // The tail beyond the curated words: a few dozen to a few hundred articles at 10,000.
      return accent(lang.tail[r.int(50, 1500)]!);
    case "browse":
      return "";
  }
}

function filtersFor(cls: QueryClass, r: Rng, canonical: CanonicalName): { organizers: string[]; years: number[] } {
  const lang = language();
  // Filters name organizers that publish a lot: facets list them first.
  const org = () => canonical(lang.organizers[r.int(0, 14)]!);
  const year = () => r.int(FIRST_YEAR + 4, LAST_YEAR);
  if (cls === "browse") {
    const kind = r.int(0, 2);
    return { organizers: kind !== 1 ? [org()] : [], years: kind !== 0 ? [year()] : [] };
  }
  const organizers = r.chance(0.25) ? [org()] : [];
  const years = r.chance(0.2) ? (r.chance(0.2) ? [year(), year()] : [year()]) : [];
  return { organizers, years: [...new Set(years)] };
}

/** The measured mix: distinct queries (no cache could help), in a fixed shuffled order. */
export function queryMix(seed: number, canonical: CanonicalName, mix: Record<QueryClass, number> = MIX): BenchQuery[] {
  const r = new Rng(mixSeed(seed, 0x51));
  const out: BenchQuery[] = [];
  const seen = new Set<string>();
  for (const cls of Object.keys(mix) as QueryClass[]) {
    let made = 0;
    for (let tries = 0; made < mix[cls] && tries < mix[cls] * 50; tries++) {
      const q = makeQuery(cls, r);
      const f = filtersFor(cls, r, canonical);
      const key = `${q}|${f.organizers.join(",")}|${f.years.join(",")}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ q, class: cls, ...f });
      made++;
    }
  }
  return r.sample(out, out.length);
}

/** How many of the first queries after a load (warm-up ones) are reported apart: the cold start. */
export const FIRST_AFTER_LOAD = 20;

/**
 * Queries to warm up with: other queries of the same kinds and as many of
 * each as the measured mix holds, so the measured ones are cold (no cache
 * holds their answers) but the code that answers them is compiled. Twenty
 * (two per class) was too few: the first 60 or so queries after a load still
 * run partly in unoptimized code, and those tier-up costs, not the queries'
 * work, made the measured p95 (docs/BENCHMARKS.md, "The warm-up").
 */
export function warmupMix(
  seed: number,
  canonical: CanonicalName,
  measured: BenchQuery[],
  mix: Record<QueryClass, number> = MIX,
): BenchQuery[] {
  const taken = new Set(measured.map((q) => `${q.q}|${q.organizers}|${q.years}`));
  return queryMix(mixSeed(seed, 0xa11), canonical, mix).filter((q) => !taken.has(`${q.q}|${q.organizers}|${q.years}`));
}
