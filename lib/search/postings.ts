import type { ForwardIndex } from "./forward";

/**
 * Inverted postings over folded syllables, derived from the forward index
 * when the index is loaded (two linear passes; nothing stored in the
 * artifact). Each posting carries the article's BM25F weight for the term,
 * computed once: fields weighted title 3 > lead 2 > body 1, each
 * length-normalized against its average, then saturated. A query's score is
 * then a sum of idf × weight × posting weight, with no per-query objects.
 */
export interface Postings {
  /** Postings of folded id f: docs[offsets[f], offsets[f + 1]), ascending. */
  offsets: Uint32Array;
  docs: Uint32Array;
  /** BM25F term weight of each posting: tf'·(k1 + 1) / (k1 + tf'). */
  weight: Float32Array;
  /** idf per folded id. */
  idf: Float64Array;
  /** Number of articles. */
  n: number;
}

export const FIELD_BOOST = { title: 3, lead: 2, body: 1 } as const;
const K1 = 1.2;
const B = 0.7;

/** `df`: articles per folded id (the lexicon's), which sizes the lists without a counting pass. */
export function buildPostings(fwd: ForwardIndex, df: Uint32Array): Postings {
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
  const fill = offsets.slice(0, terms);

  // Per article, the field-weighted, length-normalized tf of each term.
  const acc = new Float64Array(terms);
  const touched = new Uint32Array(terms);
  for (let d = 0; d < n; d++) {
    const s = start[d]!;
    const e = start[d + 1]!;
    const t = titleLen[d]!;
    const l = leadLen[d]!;
    const bodyLen = e - s - 1 - t - l;
    const wTitle = FIELD_BOOST.title / (1 - B + (B * t) / avgTitle);
    const wLead = FIELD_BOOST.lead / (1 - B + (B * l) / avgLead);
    const wBody = FIELD_BOOST.body / (1 - B + (B * bodyLen) / avgBody);
    let m = 0;
    const add = (from: number, to: number, w: number) => {
      for (let k = from; k < to; k++) {
        const f = folded[ids[k]!]!;
        if (acc[f] === 0) touched[m++] = f;
        acc[f] = acc[f]! + w;
      }
    };
    add(s, s + t, wTitle); // then the separator
    add(s + t + 1, s + t + 1 + l, wLead);
    add(s + t + 1 + l, e, wBody);
    for (let j = 0; j < m; j++) {
      const f = touched[j]!;
      const tf = acc[f]!;
      acc[f] = 0;
      const p = fill[f]!++;
      if (p >= offsets[f + 1]!) throw new Error("index and lexicon disagree on document frequencies");
      docs[p] = d;
      weight[p] = (tf * (K1 + 1)) / (K1 + tf);
    }
  }
  const idf = new Float64Array(terms);
  for (let f = 0; f < terms; f++) idf[f] = Math.log(1 + (n - df[f]! + 0.5) / (df[f]! + 0.5));
  return { offsets, docs, weight, idf, n };
}
