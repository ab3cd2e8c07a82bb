import { readFileSync } from "node:fs";
import path from "node:path";
import { servedDir } from "../../lib/artifact";
import { loadSuggester, type Phrase, type SuggestFile } from "../../lib/suggest";
import { fold, tokenize } from "../../lib/text";
import { mulberry32 } from "./random";
import { type Summary, summarize } from "./stats";

/**
 * What GET /api/suggest does per keystroke, timed without HTTP: the
 * suggester of an artifact (suggest.json, built by the same writeArtifact as
 * `npm run index`) over prefixes a person types. The prefixes come from the
 * corpus's own phrases: the first 1 to 3 syllables, the last one cut short
 * (still being typed), half of them typed without diacritics.
 */

export interface SuggestPrefix {
  q: string;
  syllables: number;
  diacritics: boolean;
}

export function suggestPrefixes(phrases: readonly Phrase[], count: number, seed: number): SuggestPrefix[] {
  const rand = mulberry32(seed);
  const out: SuggestPrefix[] = [];
  if (phrases.length === 0) return out;
  for (let i = 0; out.length < count && i < count * 20; i++) {
    const p = phrases[Math.floor(rand() * phrases.length)]!;
    const toks = tokenize(p.text);
    if (toks.length === 0) continue;
    const syllables = Math.min(toks.length, 1 + Math.floor(rand() * 3));
    const last = toks[syllables - 1]!;
    const lastWord = p.text.slice(last.start, last.end);
    // The last syllable: whole, or cut after at least one letter.
    const cut = rand() < 0.5 ? lastWord.length : Math.max(1, Math.ceil(rand() * lastWord.length));
    let q = p.text.slice(toks[0]!.start, last.start) + lastWord.slice(0, cut);
    const diacritics = rand() < 0.5;
    if (!diacritics) q = fold(q);
    if (q.trim().length < 2) continue; // the box asks for two letters first
    out.push({ q: q.toLowerCase(), syllables, diacritics });
  }
  return out;
}

export interface SuggestRun {
  loadMs: number;
  phrases: number;
  /** suggest.json on disk (raw bytes). */
  bytes: number;
  all: Summary;
  /** The same lookups in CPU time (user + system): robust to other work on a shared machine. */
  cpu: Summary;
  bySyllables: Record<string, Summary>;
  withDiacritics: Summary;
  withoutDiacritics: Summary;
  /** Prefixes with no suggestion. */
  empty: number;
}

/** Loads an artifact's suggester and times `count` lookups (after a warm-up on others). */
export function measureSuggest(artifactDir: string, count: number, seed: number): SuggestRun {
  const file = path.join(servedDir(artifactDir), "suggest.json");
  const text = readFileSync(file, "utf8");
  const t0 = performance.now();
  const parsed: SuggestFile = JSON.parse(text);
  const suggester = loadSuggester(parsed);
  const loadMs = performance.now() - t0;
  const prefixes = suggestPrefixes(parsed.phrases, count, seed);
  for (const p of suggestPrefixes(parsed.phrases, 200, seed + 1)) suggester.suggest(p.q);
  const ms: number[] = [];
  const cpuMs: number[] = [];
  let empty = 0;
  for (const p of prefixes) {
    const c = process.cpuUsage();
    const t = performance.now();
    const s = suggester.suggest(p.q);
    ms.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpuMs.push((used.user + used.system) / 1000);
    if (s.length === 0) empty++;
  }
  const pick = (f: (p: SuggestPrefix) => boolean) => summarize(ms.filter((_, i) => f(prefixes[i]!)));
  return {
    loadMs,
    phrases: parsed.phrases.length,
    bytes: Buffer.byteLength(text),
    all: summarize(ms),
    cpu: summarize(cpuMs),
    bySyllables: Object.fromEntries([1, 2, 3].map((k) => [String(k), pick((p) => p.syllables === k)])),
    withDiacritics: pick((p) => p.diacritics),
    withoutDiacritics: pick((p) => !p.diacritics),
    empty,
  };
}
