import { RANKING } from "../ranking";
import type { ForwardIndex } from "./forward";

/**
 * Inverted postings over folded syllables, derived from the forward index
 * when the index is loaded (one linear pass; nothing stored in the artifact).
 * Each posting carries the article's weight for the term, computed once:
 * BM25+ per field (length-normalized against the field's average,
 * saturated), summed with the field boosts (RANKING, lib/search/ranking.ts). A query's
 * score is then a sum of idf × weight × posting weight, with no per-query
 * objects.
 */
export interface Postings {
  /** Postings of folded id f: docs[offsets[f], offsets[f + 1]), ascending. */
  offsets: Uint32Array;
  docs: Uint32Array;
  /** Term weight of each posting: per field, boost × (δ + tf·(k1 + 1) / (tf + k1·norm)), summed. */
  weight: Float32Array;
  /**
   * Where the term first occurs in the article, counted in syllables from
   * its start (the title's first; capped at 65,535): no quoted phrase that
   * starts with the term starts earlier, so a phrase check can skip there.
   */
  first: Uint16Array;
  /** idf per folded id. */
  idf: Float64Array;
  /** Number of articles. */
  n: number;
}

/** `df`: articles per folded id (the lexicon's), which sizes the lists without a counting pass. */
export function buildPostings(fwd: ForwardIndex, df: Uint32Array): Postings {
  const { k1: K1, b: B, delta: DELTA } = RANKING.bm25;
  const FIELD_BOOST = RANKING.fieldBoost;
  const terms = df.length;
  const n = fwd.start.length - 1;
  const { ids, folded, start, titleLen, leadLen } = fwd;
  let sumTitle = 0;
  let sumLead = 0;
  let sumBody = 0;
  for (let d = 0; d < n; d++) {
    const len = start[d + 1]! - start[d]! - 1;
    sumTitle += titleLen[d]!;
    sumLead += leadLen[d]!;
    sumBody += len - titleLen[d]! - leadLen[d]!;
  }
  const avg = (s: number) => Math.max(1, s / Math.max(1, n));
  const [avgTitle, avgLead, avgBody] = [avg(sumTitle), avg(sumLead), avg(sumBody)];

  const offsets = new Uint32Array(terms + 1);
  for (let f = 0; f < terms; f++) offsets[f + 1] = offsets[f]! + df[f]!;
  const docs = new Uint32Array(offsets[terms]!);
  const weight = new Float32Array(offsets[terms]!);
  const first = new Uint16Array(offsets[terms]!);
  const firstAt = new Uint32Array(terms);
  const fill = offsets.slice(0, terms);

  // Per article: each field's tf of each term, saturated per field and
  // summed with the field boosts (BM25+ per field, as MiniSearch scores).
  // Title, lead and body counts of a term packed in one integer (10 bits
  // each, saturating: BM25 barely moves past a few dozen occurrences).
  const tf = new Uint32Array(terms);
  const touched = new Uint32Array(terms);
  const TITLE = 1 << 20;
  const LEAD = 1 << 10;
  for (let d = 0; d < n; d++) {
    const s = start[d]!;
    const e = start[d + 1]!;
    const t = titleLen[d]!;
    const l = leadLen[d]!;
    const normTitle = K1 * (1 - B + (B * t) / avgTitle);
    const normLead = K1 * (1 - B + (B * l) / avgLead);
    const normBody = K1 * (1 - B + (B * (e - s - 1 - t - l)) / avgBody);
    let m = 0;
    const leadFrom = s + t + 1; // past the separator
    const bodyFrom = leadFrom + l;
    for (let k = s; k < e; k++) {
      if (k === s + t) continue;
      const f = folded[ids[k]!]!;
      const c = tf[f]!;
      if (c === 0) {
        touched[m++] = f;
        firstAt[f] = k - s;
      }
      const unit = k < leadFrom ? TITLE : k < bodyFrom ? LEAD : 1;
      // Each 10-bit count stops at 1023.
      if (((c / unit) & 1023) < 1023) tf[f] = c + unit;
    }
    for (let j = 0; j < m; j++) {
      const f = touched[j]!;
      const c = tf[f]!;
      tf[f] = 0;
      const ct = c >>> 20;
      const cl = (c >>> 10) & 1023;
      const cb = c & 1023;
      let w = 0;
      if (ct > 0) w += FIELD_BOOST.title * (DELTA + (ct * (K1 + 1)) / (ct + normTitle));
      if (cl > 0) w += FIELD_BOOST.lead * (DELTA + (cl * (K1 + 1)) / (cl + normLead));
      if (cb > 0) w += FIELD_BOOST.body * (DELTA + (cb * (K1 + 1)) / (cb + normBody));
      const p = fill[f]!++;
      if (p >= offsets[f + 1]!) throw new Error("index and lexicon disagree on document frequencies");
      docs[p] = d;
      weight[p] = w;
      first[p] = Math.min(0xffff, firstAt[f]!);
    }
  }
  const idf = new Float64Array(terms);
  for (let f = 0; f < terms; f++) idf[f] = Math.log(1 + (n - df[f]! + 0.5) / (df[f]! + 0.5));
  return { offsets, docs, weight, first, idf, n };
}
