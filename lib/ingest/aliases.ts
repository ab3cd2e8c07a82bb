import { z } from "zod";
import { fold, normalizeText } from "../text";

/** Shape of data/organizers.json. */
export const AliasFileSchema = z.object({
  $comment: z.string().optional(),
  places: z.record(z.string().min(1), z.array(z.string().min(1))),
  sources: z.record(z.string().min(1), z.string().min(1)),
  organizers: z.record(z.string().min(1), z.array(z.string().min(1))),
});
export type AliasFile = z.infer<typeof AliasFileSchema>;

/** Every variant of a table as one regex, and what each variant stands for. */
interface Table {
  pattern: RegExp;
  canonical: Map<string, string>;
}
/** Compiled alias table: canonicalizes organizer names and resolves places. */
export interface Aliases {
  canonicalOrganizer(name: string, place: string | null): string;
  placeOfSource(source: string | null): string | null;
  /** Canonical places named in a text, most mentioned first. */
  placesIn(text: string): string[];
  /** True when a name ends in a level that names no place ("Ban Dân vận Thành ủy"). */
  isBareLevel(name: string): boolean;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function compile(map: Record<string, string[]>): Table {
  const canonical = new Map<string, string>();
  for (const [name, variants] of Object.entries(map))
    for (const v of [name, ...variants]) canonical.set(normalizeText(v), name);
  // One alternation, longest variant first, so "TP. Hồ Chí Minh" wins over
  // "Hồ Chí Minh"; one pass per text keeps canonicalization cheap at scale.
  const alternatives = [...canonical.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // Match on whole words; variants differ in case only where the data says so.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "gu");
  return { pattern, canonical };
}

function replaceAll(text: string, table: Table): string {
  // A single pass, so a canonical form put in is never matched again.
  return text.replace(table.pattern, (m) => table.canonical.get(m) ?? m);
}

// Committee levels that name no place on their own ("Ban Dân vận Thành ủy").
const BARE_LEVEL = /(?:^|\s)(thành ủy|tỉnh ủy|thành phố|tỉnh|ubnd thành phố)$/iu;

export function compileAliases(file: AliasFile): Aliases {
  const places = compile(file.places);
  const organizers = compile(file.organizers);
  const sources = new Map(Object.entries(file.sources).map(([k, v]) => [fold(k), v]));

  return {
    canonicalOrganizer(name, place) {
      // Variants are looked up in normalized form (every dash a hyphen)…
      let s = normalizeText(name)
        .replace(/\s+/g, " ")
        .replace(/^[\s,.:;–-]+|[\s,.:;–-]+$/g, "");
      s = replaceAll(s, organizers);
      s = replaceAll(s, places);
      if (place && BARE_LEVEL.test(s)) s = `${s} ${place}`;
      // …and a spaced dash is written as an en dash: "Dân - Chính" → "Dân – Chính".
      s = s.replace(/\s*-\s*(?=\S)/g, (m) => (/\s/.test(m) ? " – " : "-"));
      // A completed "thành phố" + "TP Hồ Chí Minh" is one place, not two.
      s = s.replace(/\b(?:thành phố|TP\.?)\s+(?=TP )/giu, "");
      return s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
    },
    isBareLevel(name) {
      return BARE_LEVEL.test(replaceAll(normalizeText(name).replace(/\s+/g, " ").trim(), organizers));
    },
    placeOfSource(source) {
      if (!source) return null;
      const host = fold(source)
        .replace(/^https?:\/\//, "")
        .replace(/^www\./, "");
      const label = host.split(/[./]/)[0] ?? "";
      return sources.get(label) ?? null;
    },
    placesIn(text) {
      const counts = new Map<string, number>();
      for (const m of normalizeText(text).matchAll(places.pattern)) {
        const place = places.canonical.get(m[0]);
        if (place) counts.set(place, (counts.get(place) ?? 0) + 1);
      }
      return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([p]) => p);
    },
  };
}
