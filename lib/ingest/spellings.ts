/**
 * One spelling per organizer across a corpus. Sites write a unit's name with their own capitals,
 * dashes and commas ("Bộ Công thương" and "Bộ Công Thương", "Thi đua-Khen thưởng" and "Thi đua -
 * Khen thưởng", "Văn hóa Thể thao" and "Văn hóa, Thể thao"), and each spelling would be a facet
 * value of its own, splitting the unit's count. Names equal but for these are given the spelling
 * most articles use; on a tie, the first in code-point order (capitals before lower case), so the
 * answer does not depend on the order files are read in. Letters and tone marks are compared as
 * written: "Hội Nông dân" and "Hội nông dân" are one unit, "Bộ Y tế" and "Bộ Y Tế" too, but a
 * missing or different word ("Văn hóa, Thể thao Du lịch") is another name, left to data/units.json.
 */
import { normalizeText } from "../text";
import type { Article } from "./types";

/** What two spellings of one name share: letters as written, in lower case, punctuation as spaces. */
export function spellingKey(name: string): string {
  return normalizeText(name)
    .toLocaleLowerCase("vi")
    .replace(/[\s,.;:\-–—]+/gu, " ")
    .trim();
}

/** For each spelling found, the one the corpus uses for its name (only those that change). */
export function corpusSpellings(names: Iterable<string>): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const name of names) {
    const key = spellingKey(name);
    const forms = counts.get(key) ?? new Map<string, number>();
    forms.set(name, (forms.get(name) ?? 0) + 1);
    counts.set(key, forms);
  }
  const out = new Map<string, string>();
  for (const forms of counts.values()) {
    if (forms.size < 2) continue;
    const [chosen] = [...forms.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0]!;
    for (const form of forms.keys()) if (form !== chosen) out.set(form, chosen);
  }
  return out;
}

/** The articles with their organizers spelled as the corpus spells them, and the spellings used. */
export function unifySpellings(articles: readonly Article[]): { articles: Article[]; spellings: Map<string, string> } {
  const spellings = corpusSpellings(articles.flatMap((a) => a.organizers));
  if (!spellings.size) return { articles: [...articles], spellings };
  return {
    spellings,
    articles: articles.map((a) => {
      const changed = a.organizers.filter((o) => spellings.has(o));
      if (!changed.length) return a;
      const organizers = [...new Set(a.organizers.map((o) => spellings.get(o) ?? o))];
      const evidence = a.evidence.organizers;
      const note = changed.map((o) => `"${o}" spelled "${spellings.get(o)}" as most articles spell it`).join("; ");
      return {
        ...a,
        organizers,
        evidence: {
          ...a.evidence,
          organizers: { how: evidence ? `${evidence.how}; ${note}` : note, inferred: evidence?.inferred ?? false },
        },
      };
    }),
  };
}
