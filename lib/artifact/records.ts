import type { Article } from "../ingest";
import type { ArticleMeta, ArticleStore } from "../search/store";

/**
 * The article records in two parts, so that loading parses only what search
 * needs up front:
 *   articles.json  per article its metadata (ArticleMeta), a small JSON array
 *   articles.bin   per article its text fields as UTF-8 JSON
 *                  ([lead, body, captions, warnings]), decoded when the
 *                  article is shown or a hit needs its snippet.
 * articles.bin: Uint32 count n, Uint32 offsets[n + 1] (relative to the text
 * that follows, offsets[n] = its length), then the texts; little-endian.
 */
type Text = [lead: string, body: string[], captions: string[], warnings: string[]];

export function metaOf(a: Article): ArticleMeta {
  return {
    id: a.id,
    file: a.file,
    title: a.title,
    date: a.date,
    year: a.year,
    organizers: a.organizers,
    author: a.author,
    source: a.source,
  };
}

export function recordsToFiles(articles: readonly Article[]): { meta: ArticleMeta[]; bin: Uint8Array } {
  const enc = new TextEncoder();
  const n = articles.length;
  const head = new Uint32Array(n + 2);
  head[0] = n;
  const texts = articles.map((a) =>
    enc.encode(JSON.stringify([a.lead, a.body, a.captions, a.warnings] satisfies Text)),
  );
  let at = 0;
  texts.forEach((t, d) => {
    head[1 + d] = at;
    at += t.length;
  });
  head[1 + n] = at;
  const bin = new Uint8Array(head.byteLength + at);
  bin.set(new Uint8Array(head.buffer), 0);
  let p = head.byteLength;
  for (const t of texts) {
    bin.set(t, p);
    p += t.length;
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

/** Checks the layout now (count, offsets, size); an article's text is read and decoded when asked for. */
export function storeFromFiles(meta: unknown, bin: Uint8Array | ByteSource): ArticleStore {
  const src = bin instanceof Uint8Array ? bytesOf(bin) : bin;
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error("article files are little-endian");
  if (!Array.isArray(meta)) throw new Error("articles.json is not a list");
  const n = meta.length;
  const headBytes = 4 * (n + 2);
  if (src.size < headBytes) throw new Error("articles.bin is truncated");
  // A copy: the file's buffer need not be 4-byte aligned.
  const head = new Uint32Array(n + 2);
  new Uint8Array(head.buffer).set(src.read(0, headBytes));
  if (head[0] !== n) throw new Error("articles.json and articles.bin disagree on the number of articles");
  for (let d = 0; d < n; d++) if (head[2 + d]! < head[1 + d]!) throw new Error("articles.bin is corrupt");
  if (head[1] !== 0 || headBytes + head[1 + n]! !== src.size) throw new Error("articles.bin has the wrong size");
  const dec = new TextDecoder();
  const records = meta as ArticleMeta[];
  return {
    meta: records,
    article(d) {
      const m = records[d]!;
      const [lead, body, captions, warnings] = JSON.parse(
        dec.decode(src.read(headBytes + head[1 + d]!, headBytes + head[2 + d]!)),
      ) as Text;
      return { ...m, lead, body, captions, warnings };
    },
  };
}
