import { MAX_FACET_VALUES } from "../../limits";
import { fold } from "../../text";
import type { ArticleMeta } from "../results/store";
import type { FacetValue, SearchRequest, SearchResponse } from "../types";

/**
 * The three facets (organizer, year, province) as small integers per
 * article, built at load, so that counting a match set's facets is array
 * increments. Slot 0 of year and province is the "Không rõ" bucket (no
 * value); an article without organizers has an empty organizer list.
 */
export class FacetTables {
  // Organizers: several per article, as a list per article (CSR).
  readonly organizerNames: string[] = [];
  readonly organizerIndex = new Map<string, number>();
  /** Organizers of article d: organizerOf[organizerStart[d], organizerStart[d + 1]). */
  readonly organizerStart: Uint32Array;
  readonly organizerOf: Uint32Array;
  // Years, newest first: slot k + 1 is yearValues[k].
  readonly yearValues: number[];
  readonly yearIndex: Map<number, number>;
  readonly yearSlot: Uint16Array;
  // Provinces: one per article, slot k + 1 is provinceNames[k].
  readonly provinceNames: string[];
  /** count's kept indexes, before they are copied out (search is synchronous). */
  private keptBuffer = new Uint32Array(0);
  readonly provinceIndex: Map<string, number>;
  readonly provinceSlot: Uint16Array;
  // Folded names, for searching within a facet's values (facetQuery).
  private readonly organizerFolded: string[];
  private readonly provinceFolded: Map<string, string>;

  constructor(articles: readonly ArticleMeta[]) {
    const n = articles.length;
    this.organizerStart = new Uint32Array(n + 1);
    const list: number[] = [];
    articles.forEach((a, d) => {
      this.organizerStart[d] = list.length;
      for (const name of new Set(a.organizers)) {
        let o = this.organizerIndex.get(name);
        if (o === undefined) this.organizerIndex.set(name, (o = this.organizerNames.push(name) - 1));
        list.push(o);
      }
    });
    this.organizerStart[n] = list.length;
    this.organizerOf = Uint32Array.from(list);
    const yearOf = Int32Array.from(articles, (a) => a.year ?? 0);
    this.yearValues = [...new Set(yearOf)].filter((y) => y !== 0).sort((a, b) => b - a);
    this.yearIndex = new Map(this.yearValues.map((y, k) => [y, k + 1]));
    this.yearSlot = Uint16Array.from(yearOf, (y) => this.yearIndex.get(y) ?? 0);
    this.provinceNames = [...new Set(articles.map((a) => a.province).filter((p): p is string => !!p))];
    this.provinceIndex = new Map(this.provinceNames.map((p, k) => [p, k + 1]));
    this.provinceSlot = Uint16Array.from(articles, (a) => (a.province ? this.provinceIndex.get(a.province)! : 0));
    this.organizerFolded = this.organizerNames.map((name) => fold(name));
    this.provinceFolded = new Map(this.provinceNames.map((name) => [name, fold(name)]));
  }

  /** The request's filters as flags per slot. */
  select(req: Pick<SearchRequest, "organizers" | "years" | "provinces">): FacetSelection {
    const organizers = new Uint8Array(this.organizerNames.length);
    let organizerNone = false;
    for (const name of req.organizers) {
      if (name === null) organizerNone = true;
      else {
        const o = this.organizerIndex.get(name);
        if (o !== undefined) organizers[o] = 1;
      }
    }
    const years = new Uint8Array(this.yearValues.length + 1);
    for (const year of req.years) {
      const k = year === null ? 0 : this.yearIndex.get(year);
      if (k !== undefined) years[k] = 1;
    }
    const provinceList = req.provinces ?? [];
    const provinces = new Uint8Array(this.provinceNames.length + 1);
    for (const name of provinceList) {
      const k = name === null ? 0 : this.provinceIndex.get(name);
      if (k !== undefined) provinces[k] = 1;
    }
    return {
      organizers,
      organizerNone,
      organizerFilter: req.organizers.length > 0,
      years,
      yearFilter: req.years.length > 0,
      provinces,
      provinceFilter: provinceList.length > 0,
    };
  }

  /**
   * Disjunctive counts over a whole match set: each facet counts with every
   * filter but its own (values within a facet combine with OR, facets with
   * AND). `kept`: the matches (indexes into docs) that pass every filter.
   * `inRange` (the date range) is no facet: it narrows every count.
   */
  count(
    docs: Uint32Array,
    articles: readonly ArticleMeta[],
    selection: FacetSelection,
    inRange: ((a: ArticleMeta) => boolean) | null,
  ): { kept: number[]; counts: FacetCounts } {
    const counts: FacetCounts = {
      organizers: new Uint32Array(this.organizerNames.length),
      organizerNone: 0,
      years: new Uint32Array(this.yearValues.length + 1),
      provinces: new Uint32Array(this.provinceNames.length + 1),
    };
    // The kept indexes go to a buffer kept between queries, then into an
    // array of their number: no array grown one push at a time.
    if (this.keptBuffer.length < docs.length) this.keptBuffer = new Uint32Array(articles.length);
    const size = countDisjunctive(docs, articles, inRange, this, selection, counts, this.keptBuffer);
    // (Array.from would go through the iterator, one result object per index.)
    const kept = new Array<number>(size);
    for (let j = 0; j < size; j++) kept[j] = this.keptBuffer[j]!;
    return { kept, counts };
  }

  /**
   * The filters' test of one article, as `count` keeps it (for asking
   * whether any article passes without counting the whole match set).
   */
  keeps(
    articles: readonly ArticleMeta[],
    selection: FacetSelection,
    inRange: ((a: ArticleMeta) => boolean) | null,
  ): (d: number) => boolean {
    const { organizerStart, organizerOf, yearSlot, provinceSlot } = this;
    const { organizers, organizerNone, organizerFilter, years, yearFilter, provinces, provinceFilter } = selection;
    return (d) => {
      if (inRange && !inRange(articles[d]!)) return false;
      if (yearFilter && years[yearSlot[d]!] !== 1) return false;
      if (provinceFilter && provinces[provinceSlot[d]!] !== 1) return false;
      if (!organizerFilter) return true;
      const from = organizerStart[d]!;
      const to = organizerStart[d + 1]!;
      if (organizerNone && from === to) return true;
      for (let k = from; k < to; k++) if (organizers[organizerOf[k]!]) return true;
      return false;
    };
  }

  /**
   * Each facet's listed values: its MAX_FACET_VALUES most frequent (of those
   * the facet search matches), then the selected ones, then "Không rõ"; and
   * per facet how many values with articles are not listed.
   */
  list(
    counts: FacetCounts,
    selection: FacetSelection,
    req: Pick<SearchRequest, "organizers" | "years" | "provinces" | "facetQuery">,
  ): Pick<SearchResponse, "facets" | "facetsMore"> {
    const organizerNeedle = fold(req.facetQuery?.organizer?.trim() ?? "");
    const organizerCounts = new Map<string, number>();
    counts.organizers.forEach((c, o) => {
      if (c > 0 && (!organizerNeedle || this.organizerFolded[o]!.includes(organizerNeedle)))
        organizerCounts.set(this.organizerNames[o]!, c);
    });
    const organizerTop = topFacet(organizerCounts, req.organizers, (name) => {
      const o = this.organizerIndex.get(name);
      return o === undefined ? 0 : counts.organizers[o]!;
    });
    const organizer: FacetValue<string | null>[] = organizerTop.values;
    if (counts.organizerNone > 0 || selection.organizerNone)
      organizer.push({ value: null, count: counts.organizerNone });

    const year: FacetValue<number | null>[] = [];
    this.yearValues.forEach((value, k) => {
      if (counts.years[k + 1]! > 0 || selection.years[k + 1]) year.push({ value, count: counts.years[k + 1]! });
    });
    for (const y of new Set(req.years)) if (y !== null && !this.yearIndex.has(y)) year.push({ value: y, count: 0 });
    year.sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
    // Years list newest first: past the bound, the newest years and the selected ones.
    let yearMore = 0;
    if (year.length > MAX_FACET_VALUES) {
      const selected = new Set(req.years);
      const keep = year.filter((v, i) => i < MAX_FACET_VALUES || selected.has(v.value));
      yearMore = year.length - keep.length;
      year.splice(0, year.length, ...keep);
    }
    if (counts.years[0]! > 0 || selection.years[0]) year.push({ value: null, count: counts.years[0]! });

    const provinceNeedle = fold(req.facetQuery?.province?.trim() ?? "");
    const provinceCounts = new Map<string, number>();
    this.provinceNames.forEach((name, k) => {
      if (counts.provinces[k + 1]! > 0 && (!provinceNeedle || this.provinceFolded.get(name)!.includes(provinceNeedle)))
        provinceCounts.set(name, counts.provinces[k + 1]!);
    });
    const provinceTop = topFacet(provinceCounts, req.provinces ?? [], (name) => {
      const k = this.provinceIndex.get(name);
      return k === undefined ? 0 : counts.provinces[k]!;
    });
    const province: FacetValue<string | null>[] = provinceTop.values;
    if (counts.provinces[0]! > 0 || selection.provinces[0]) province.push({ value: null, count: counts.provinces[0]! });

    return {
      facets: { organizer, year, province },
      facetsMore: { organizer: organizerTop.more, year: yearMore, province: provinceTop.more },
    };
  }
}

/** A request's filters as flags: slot 0 of years and provinces (and organizerNone) is "Không rõ". */
export interface FacetSelection {
  organizers: Uint8Array;
  organizerNone: boolean;
  organizerFilter: boolean;
  years: Uint8Array;
  yearFilter: boolean;
  provinces: Uint8Array;
  provinceFilter: boolean;
}

/** Articles per facet slot (organizers by index; years and provinces with slot 0 for "Không rõ"). */
export interface FacetCounts {
  organizers: Uint32Array;
  organizerNone: number;
  years: Uint32Array;
  provinces: Uint32Array;
}

// The hot loop of the facets, apart: one small function the compiler
// optimizes once, over typed arrays. O(matches). Fills the counts (the
// articles without organizers too) and kept's first ones, and returns how
// many those are.
function countDisjunctive(
  docs: Uint32Array,
  articles: readonly ArticleMeta[],
  inRange: ((a: ArticleMeta) => boolean) | null,
  tables: FacetTables,
  selection: FacetSelection,
  counts: FacetCounts,
  kept: Uint32Array,
): number {
  const { organizerStart, organizerOf, yearSlot, provinceSlot } = tables;
  const { organizers: organizerSelected, organizerNone, organizerFilter, yearFilter, provinceFilter } = selection;
  const yearSelected = selection.years;
  const provinceSelected = selection.provinces;
  const organizerCounts = counts.organizers;
  const yearCounts = counts.years;
  const provinceCounts = counts.provinces;
  let organizerNoneCount = 0;
  let size = 0;
  for (let j = 0; j < docs.length; j++) {
    const d = docs[j]!;
    if (inRange && !inRange(articles[d]!)) continue;
    const from = organizerStart[d]!;
    const to = organizerStart[d + 1]!;
    let byOrganizer = !organizerFilter || (organizerNone && from === to);
    if (!byOrganizer)
      for (let k = from; k < to && !byOrganizer; k++) if (organizerSelected[organizerOf[k]!]) byOrganizer = true;
    const year = yearSlot[d]!;
    const byYear = !yearFilter || yearSelected[year] === 1;
    const province = provinceSlot[d]!;
    const byProvince = !provinceFilter || provinceSelected[province] === 1;
    if (byYear && byProvince) {
      if (from === to) organizerNoneCount++;
      else for (let k = from; k < to; k++) organizerCounts[organizerOf[k]!]!++;
    }
    if (byOrganizer && byProvince) yearCounts[year]!++;
    if (byOrganizer && byYear) provinceCounts[province]!++;
    if (byOrganizer && byYear && byProvince) kept[size++] = j;
  }
  counts.organizerNone = organizerNoneCount;
  return size;
}

/** One collator for every comparison (localeCompare with a locale looks one up per call). */
const VIETNAMESE = new Intl.Collator("vi");

/**
 * A facet's listed values: the MAX_FACET_VALUES most frequent of `counts`
 * (ties in Vietnamese alphabetical order), then the selected values not among
 * them (`countOf`: 0 when nothing matches them now), and how many of
 * `counts` are left out. Sorts only the values that can be listed.
 */
function topFacet(
  counts: Map<string, number>,
  selected: readonly (string | null)[],
  countOf: (name: string) => number,
): { values: FacetValue<string>[]; more: number } {
  const byCount = (a: FacetValue<string>, b: FacetValue<string>) =>
    b.count - a.count || VIETNAMESE.compare(a.value, b.value);
  let all = [...counts.entries()].map(([value, count]) => ({ value, count }));
  if (all.length > MAX_FACET_VALUES) {
    // The count of the MAX_FACET_VALUES-th value: only those at or above it can be listed.
    const least = Float64Array.from(all, (v) => v.count).sort()[all.length - MAX_FACET_VALUES]!;
    all = all.filter((v) => v.count >= least);
  }
  const values = all.sort(byCount).slice(0, MAX_FACET_VALUES);
  const listed = new Set(values.map((v) => v.value));
  for (const name of selected)
    if (name !== null && !listed.has(name)) {
      listed.add(name);
      values.push({ value: name, count: countOf(name) });
    }
  let more = 0;
  for (const name of counts.keys()) if (!listed.has(name)) more++;
  return { values, more };
}
