import { type Article, inferredFields } from "../../ingest";
import type { ArticleMeta, ArticleStore, StorySlice } from "../../search";
import { storyText } from "../../search";
import { syllableSpans } from "../../text";

/**
 * The article records in two parts, so that loading parses only what search
 * needs up front, and a hit's snippet decodes only the few hundred bytes
 * around its matches:
 *   articles.json  per article its metadata (ArticleMeta), a small JSON array
 *   articles.bin   per article its story (lead and paragraphs joined by
 *                  "\n", the text snippets are cut from) as plain UTF-8, the
 *                  other text fields as JSON, and checkpoints: the byte
 *                  offset of every STEP-th syllable of the story.
 *
 * articles.bin, little-endian Uint32s, then bytes:
 *   n, STEP
 *   at[2n + 1]     story d is bytes [at[2d], at[2d + 1]), its other fields
 *                  ([paragraph lengths, captions, warnings] as JSON) are
 *                  [at[2d + 1], at[2d + 2]); offsets into the bytes section
 *   count[n]       syllables of story d as syllableSpans finds them, or
 *                  NO_SPANS when the story needs the grapheme-aware tokenizer
 *   cpAt[n + 1]    story d's checkpoints are cps[cpAt[d], cpAt[d + 1])
 *   cps[…]         byte offset in its story of syllable k·STEP, k = 1, 2, …
 *                  (syllable 0's checkpoint is the story's first byte)
 *   bytes
 */
export const STEP = 32;
const NO_SPANS = 0xffffffff;

/** Lengths (UTF-16) of the lead and each paragraph, then captions, warnings and evidence. */
type Rest = [parts: number[], captions: string[], warnings: string[], evidence: Article["evidence"]];

export function metaOf(a: Article): ArticleMeta {
  return {
    id: a.id,
    file: a.file,
    title: a.title,
    date: a.date,
    year: a.year,
    organizers: a.organizers,
    province: a.province,
    inferred: inferredFields(a),
    author: a.author,
    source: a.source,
    url: a.url ?? null,
  };
}

/**
 * UTF-8 byte offset of each UTF-16 offset in `at` (ascending), in one pass
 * over the text. Only stories syllableSpans can scan get checkpoints, and
 * those hold no surrogates (its fast path is Latin, Vietnamese and
 * punctuation), so every code unit is one character of 1 to 3 bytes.
 */
function byteOffsets(text: string, at: number[]): number[] {
  const out: number[] = [];
  let bytes = 0;
  let k = 0;
  for (const target of at) {
    for (; k < target; k++) {
      const c = text.charCodeAt(k);
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    out.push(bytes);
  }
  return out;
}

export function recordsToFiles(articles: readonly Article[]): { meta: ArticleMeta[]; bin: Uint8Array } {
  const enc = new TextEncoder();
  const n = articles.length;
  const at = new Uint32Array(2 * n + 1);
  const count = new Uint32Array(n);
  const cpAt = new Uint32Array(n + 1);
  const cps: number[] = [];
  const chunks: Uint8Array[] = [];
  let size = 0;
  articles.forEach((a, d) => {
    const story = storyText(a);
    const storyBytes = enc.encode(story);
    const rest = enc.encode(
      JSON.stringify([
        [a.lead.length, ...a.body.map((p) => p.length)],
        a.captions,
        a.warnings,
        a.evidence,
      ] satisfies Rest),
    );
    const spans = syllableSpans(story);
    cpAt[d] = cps.length;
    if (spans) {
      count[d] = spans.length / 2;
      const starts: number[] = [];
      for (let k = STEP; k < count[d]!; k += STEP) starts.push(spans[2 * k]!);
      for (const b of byteOffsets(story, starts)) cps.push(b);
    } else count[d] = NO_SPANS;
    at[2 * d] = size;
    at[2 * d + 1] = size + storyBytes.length;
    chunks.push(storyBytes, rest);
    size += storyBytes.length + rest.length;
  });
  at[2 * n] = size;
  cpAt[n] = cps.length;
  const head = new Uint32Array(2 + at.length + count.length + cpAt.length + cps.length);
  head[0] = n;
  head[1] = STEP;
  let h = 2;
  for (const table of [at, count, cpAt, cps]) {
    head.set(table, h);
    h += table.length;
  }
  const bin = new Uint8Array(head.byteLength + size);
  bin.set(new Uint8Array(head.buffer), 0);
  let p = head.byteLength;
  for (const c of chunks) {
    bin.set(c, p);
    p += c.length;
  }
  return { meta: articles.map(metaOf), bin };
}

/** Bytes of articles.bin as they are needed: the texts stay on disk until an article is shown. */
export interface ByteSource {
  size: number;
  /** Bytes [from, to). */
  read(from: number, to: number): Uint8Array;
}

export const bytesOf = (bin: Uint8Array): ByteSource => ({
  size: bin.length,
  read: (from, to) => bin.subarray(from, to),
});

/** Reads and checks the layout now (counts, offsets, size); texts are read and decoded when asked for. */
export function storeFromFiles(meta: unknown, bin: Uint8Array | ByteSource): ArticleStore {
  const src = bin instanceof Uint8Array ? bytesOf(bin) : bin;
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error("article files are little-endian");
  if (!Array.isArray(meta)) throw new Error("articles.json is not a list");
  const n = meta.length;
  // A copy of each table: the file's buffer need not be 4-byte aligned.
  const u32 = (from: number, length: number) => {
    if (src.size < from + 4 * length) throw new Error("articles.bin is truncated");
    const out = new Uint32Array(length);
    new Uint8Array(out.buffer).set(src.read(from, from + 4 * length));
    return out;
  };
  const [count0, step] = u32(0, 2) as unknown as [number, number];
  if (count0 !== n) throw new Error("articles.json and articles.bin disagree on the number of articles");
  if (!(step > 0)) throw new Error("articles.bin is corrupt");
  let p = 8;
  const at = u32(p, 2 * n + 1);
  p += 4 * (2 * n + 1);
  const count = u32(p, n);
  p += 4 * n;
  const cpAt = u32(p, n + 1);
  p += 4 * (n + 1);
  const cps = u32(p, cpAt[n]!);
  p += 4 * cpAt[n]!;
  const base = p;
  if (at[0] !== 0 || base + at[2 * n]! !== src.size) throw new Error("articles.bin has the wrong size");
  for (let k = 0; k < 2 * n; k++) if (at[k + 1]! < at[k]!) throw new Error("articles.bin is corrupt");
  for (let d = 0; d < n; d++) {
    if (cpAt[d + 1]! < cpAt[d]!) throw new Error("articles.bin is corrupt");
    const c = count[d]!;
    const expected = c === NO_SPANS ? 0 : Math.max(0, Math.ceil(c / step) - 1);
    if (cpAt[d + 1]! - cpAt[d]! !== expected) throw new Error("articles.bin is corrupt");
    const len = at[2 * d + 1]! - at[2 * d]!;
    for (let k = cpAt[d]!; k < cpAt[d + 1]!; k++)
      if (cps[k]! > len || (k > cpAt[d]! && cps[k]! <= cps[k - 1]!)) throw new Error("articles.bin is corrupt");
  }
  const dec = new TextDecoder();
  const records = meta as ArticleMeta[];
  const text = (from: number, to: number) => dec.decode(src.read(base + from, base + to));
  return {
    meta: records,
    article(d) {
      const m = records[d]!;
      const story = text(at[2 * d]!, at[2 * d + 1]!);
      const [parts, captions, warnings, evidence] = JSON.parse(text(at[2 * d + 1]!, at[2 * d + 2]!)) as Rest;
      // The story is the lead and the paragraphs joined by "\n": cut it back by their lengths.
      const fields: string[] = [];
      let k = 0;
      for (const len of parts) {
        fields.push(story.slice(k, k + len));
        k += len + 1;
      }
      const { inferred: _, ...meta } = m;
      return { ...meta, lead: fields[0] ?? "", body: fields.slice(1), captions, warnings, evidence: evidence ?? {} };
    },
    storySlice(d, from, to): StorySlice | null {
      const c = count[d]!;
      if (c === NO_SPANS) return null;
      const start = at[2 * d]!;
      const end = at[2 * d + 1]!;
      // Checkpoint j (0-based) is syllable j·step; checkpoint 0 is the story's first byte.
      const cp = (j: number) => (j === 0 ? 0 : cps[cpAt[d]! + j - 1]!);
      const last = Math.ceil(c / step) - 1; // the last checkpoint
      const a = Math.max(0, Math.min(last, Math.floor(from / step)));
      const b = Math.ceil(to / step);
      const toEnd = b > last;
      return {
        text: text(start + cp(a), toEnd ? end : start + cp(b)),
        first: a * step,
        end: toEnd ? c : b * step,
        count: c,
      };
    },
  };
}
