import { mixSeed, Rng, Zipf } from "./random";
import { allSyllables } from "./syllables";
import * as V from "./vocabulary";

/**
 * The synthetic language the articles are written in: the curated word lists
 * as the head of each frequency distribution, a long tail of rarer compound
 * words made of Vietnamese-shaped syllables, and the people and places of
 * ~60 organizers. Built from a fixed seed: every corpus, whatever its own
 * seed, is written in the same language, so query mixes carry over.
 */

const LANGUAGE_SEED = 20_251_102;
/** Rare compound nouns after the curated ones. */
const TAIL_WORDS = 9_000;
/** Distinct tail syllables they are made of (real archives: several thousand). */
const TAIL_SYLLABLES = 3_500;
export const ORGANIZER_COUNT = 60;

export interface Province {
  name: string;
  city: boolean;
  site: string;
  /** District-level places ("huyện Tân Phú"). */
  districts: string[];
}

export interface Organizer {
  /** Ways the organizer is written in a lead (the first is the most formal). */
  written: string[];
  province: Province;
  /** People who speak for it, "Role + Name". */
  officials: { role: string; name: string }[];
}

export interface Language {
  nouns: Zipf<string>;
  verbs: Zipf<string>;
  adjectives: Zipf<string>;
  /** Rare words only (ranked): the tail the "rare word" queries draw from. */
  tail: string[];
  organizers: Organizer[];
  /** Organizers by how often they publish: a few big ones, many small. */
  publishers: Zipf<Organizer>;
  provinces: Province[];
  personName(rng: Rng): string;
}

export const cap = (s: string) => s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);

function fill(template: string, p: Province): string {
  return template
    .replaceAll("{L}", p.city ? "Thành ủy" : "Tỉnh ủy")
    .replaceAll("{l}", p.city ? "thành phố" : "tỉnh")
    .replaceAll("{TD}", p.city ? "Thành Đoàn" : "Tỉnh Đoàn")
    .replaceAll("{P}", p.name);
}

let cached: Language | undefined;

export function language(): Language {
  cached ??= buildLanguage();
  return cached;
}

function buildLanguage(): Language {
  const rng = new Rng(LANGUAGE_SEED);

  // Long tail: compounds of two (sometimes three) tail syllables, made once.
  const syllables = rng.sample(allSyllables(), TAIL_SYLLABLES);
  const sylZipf = new Zipf(syllables, 0.9, 10);
  const curated = new Set(V.NOUNS);
  const tail: string[] = [];
  const seen = new Set<string>();
  while (tail.length < TAIL_WORDS) {
    const parts = [sylZipf.draw(rng), sylZipf.draw(rng)];
    if (rng.chance(0.12)) parts.push(sylZipf.draw(rng));
    const w = parts.join(" ");
    if (seen.has(w) || curated.has(w)) continue;
    seen.add(w);
    tail.push(w);
  }

  const provinces: Province[] = V.PROVINCES.map((p, i) => {
    const r = new Rng(mixSeed(LANGUAGE_SEED, 1, i));
    const districts = new Set<string>();
    while (districts.size < 8) {
      const level = r.pick(p.city ? ["quận", "huyện", "phường"] : ["huyện", "thị xã", "xã", "thành phố"]);
      districts.add(`${level} ${r.pick(V.PLACE_SYLLABLES)} ${r.pick(V.PLACE_SYLLABLES)}`);
    }
    return { ...p, districts: [...districts] };
  });

  const personName = (r: Rng) => `${r.pick(V.SURNAMES)} ${r.pick(V.MIDDLE_NAMES)} ${r.pick(V.GIVEN_NAMES)}`;

  // ~60 organizers: each kind in a spread of provinces, no pair twice.
  const organizers: Organizer[] = [];
  const taken = new Set<string>();
  while (organizers.length < ORGANIZER_COUNT) {
    const k = rng.int(0, V.ORGANIZER_KINDS.length - 1);
    const p = rng.int(0, provinces.length - 1);
    if (taken.has(`${k}/${p}`)) continue;
    taken.add(`${k}/${p}`);
    const province = provinces[p]!;
    const officials = Array.from({ length: 3 }, () => ({ role: rng.pick(V.ROLES), name: personName(rng) }));
    organizers.push({ written: V.ORGANIZER_KINDS[k]!.map((t) => fill(t, province)), province, officials });
  }

  return {
    nouns: new Zipf([...V.NOUNS, ...tail], 1.15, 2.7),
    verbs: new Zipf(V.VERBS, 1, 2.7),
    adjectives: new Zipf(V.ADJECTIVES, 1, 2.7),
    tail,
    organizers,
    publishers: new Zipf(organizers, 0.8, 3),
    provinces,
    personName,
  };
}
