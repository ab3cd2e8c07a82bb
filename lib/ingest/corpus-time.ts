/**
 * Undated pages named as of their corpus's time. A page that dates nothing and names "Huế" may
 * be of any year: "Huế" is a province's name from 2025, the city of Thừa Thiên Huế before. Alone,
 * such a page gets today's name (extract.ts marks it `dateless`); in a corpus whose dated articles
 * are mostly older than the name (their median year before it), it is taken to be as old, so one
 * province is one facet value. The value is then inferred, and its evidence says why.
 *
 * Likewise a year: in a corpus scraped in one season (its dated articles within a year of one
 * another), an undated page whose year before the corpus's rests only on a mention beside the
 * story ("Năm 2016, …" opening its lead, "tháng 5-2013" in a later sentence) recounts background;
 * the year is then null, with the reason.
 */
import { type Curated, formerProvince } from "./curated";
import type { Article } from "./types";

/** The median event year of the corpus's dated articles, or null when none is dated. */
export function corpusYear(articles: readonly Pick<Article, "year">[]): number | null {
  const years = datedYears(articles);
  return years.length ? years[Math.floor((years.length - 1) / 2)]! : null;
}

const datedYears = (articles: readonly Pick<Article, "year">[]) =>
  articles.flatMap((a) => (a.year === null ? [] : [a.year])).sort((a, b) => a - b);

/** The articles with each dateless province named as it was in the corpus's year (only those change). */
export function datelessAsOfCorpus(articles: readonly Article[], c: Curated): { articles: Article[]; changed: number } {
  const year = corpusYear(articles);
  let changed = 0;
  const out = articles.map((a) => {
    const e = a.evidence.province;
    if (year === null || a.year !== null || !e?.dateless || !a.province || year >= Number(e.dateless.slice(0, 4)))
      return a;
    const before = formerProvince(a.province, c);
    if (!before) return a;
    changed++;
    return {
      ...a,
      province: before.name,
      evidence: {
        ...a.evidence,
        province: {
          how: `${e.how}; the page dates nothing and the corpus's articles are of ${year} (median), before "${a.province}" was a province's name: "${before.name}"`,
          inferred: true,
        },
      },
    };
  });
  return { articles: out, changed };
}

/** The share of dated articles either side of the corpus's years that one season may leave out. */
const SEASON_TAIL = 0.1;
/** Fewer dated articles than this say nothing of a corpus's season. */
const SEASON_MIN = 20;

/** The corpus's year when its dated articles (all but a tenth either side) lie within one year, else null. */
export function corpusSeason(articles: readonly Pick<Article, "year">[]): number | null {
  const years = datedYears(articles);
  if (years.length < SEASON_MIN) return null;
  const at = (q: number) => years[Math.min(years.length - 1, Math.floor(q * years.length))]!;
  return at(1 - SEASON_TAIL) - at(SEASON_TAIL) <= 1 ? corpusYear(articles) : null;
}

/** The articles with each weakly found past year nulled, in a corpus of one season (only those change). */
export function weakPastYears(articles: readonly Article[]): { articles: Article[]; changed: number } {
  const season = corpusSeason(articles);
  let changed = 0;
  const out = articles.map((a) => {
    const e = a.evidence.year;
    if (season === null || a.year === null || a.year >= season || !e?.weak) return a;
    changed++;
    const how = `${e.how}: the page dates nothing itself and the corpus's articles are of ${season}; a year before it, mentioned beside the story, is background`;
    return {
      ...a,
      year: null,
      date: null,
      evidence: { ...a.evidence, year: { how, inferred: false }, date: { how: "no event day", inferred: false } },
      warnings: [...a.warnings, `year: ${how}`],
    };
  });
  return { articles: out, changed };
}
