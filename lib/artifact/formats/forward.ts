import { assembleForward, type ForwardIndex, type Lexicon, SEPARATOR } from "../../search";

/**
 * index.json + index.bin: the forward index (lib/search/index/forward.ts).
 *
 * index.json  {v: FORWARD_VERSION, articles: n, width: 2 | 4, forms: [""…]}:
 *             the written forms by id, id 0 the title/lead separator ("")
 * index.bin   little-endian: per article its title, lead and body lengths
 *             (Uint32 × 3n), then every article's ids with separators
 *             (Uint16 while there are fewer than 65,536 forms, else Uint32).
 *             Fixed width costs some bytes over varints, but loading is a
 *             copy, not a decode.
 * The inverted postings are not stored: they are derived at load.
 */
export const FORWARD_VERSION = 2;

/** Header of the serialized index (index.json); the ids live in index.bin. */
export interface ForwardJSON {
  v: typeof FORWARD_VERSION;
  articles: number;
  /** Bytes per id in index.bin. */
  width: 2 | 4;
  forms: string[];
}

/** The writer. */
export function forwardToFiles(fwd: ForwardIndex): { json: ForwardJSON; bin: Uint8Array } {
  checkEndianness();
  const n = fwd.start.length - 1;
  const lens = new Uint32Array(3 * n);
  for (let d = 0; d < n; d++) {
    const len = fwd.start[d + 1]! - fwd.start[d]!;
    lens[3 * d] = fwd.titleLen[d]!;
    lens[3 * d + 1] = fwd.leadLen[d]!;
    lens[3 * d + 2] = len - 1 - fwd.titleLen[d]! - fwd.leadLen[d]!;
  }
  const width = fwd.forms.length <= 0xffff ? 2 : 4;
  const ids =
    width === 2 ? (fwd.ids instanceof Uint16Array ? fwd.ids : Uint16Array.from(fwd.ids)) : Uint32Array.from(fwd.ids);
  const bin = new Uint8Array(lens.byteLength + ids.byteLength);
  bin.set(new Uint8Array(lens.buffer), 0);
  bin.set(new Uint8Array(ids.buffer), lens.byteLength);
  return { json: { v: FORWARD_VERSION, articles: n, width, forms: fwd.forms }, bin };
}

/** The reader: checks the layout, every id and every separator. */
export function forwardFromFiles(json: ForwardJSON, bin: Uint8Array, lex: Lexicon): ForwardIndex {
  checkEndianness();
  if (json.v !== FORWARD_VERSION || json.forms[0] !== "" || (json.width !== 2 && json.width !== 4))
    throw new Error("unknown index format");
  const n = json.articles;
  if (bin.length < 12 * n) throw new Error("index.bin is truncated");
  const lens = new Uint32Array(3 * n);
  new Uint8Array(lens.buffer).set(bin.subarray(0, 12 * n));
  const titleLen = new Uint32Array(n);
  const leadLen = new Uint32Array(n);
  const start = new Uint32Array(n + 1);
  let q = 0;
  for (let d = 0; d < n; d++) {
    start[d] = q;
    titleLen[d] = lens[3 * d]!;
    leadLen[d] = lens[3 * d + 1]!;
    q += lens[3 * d]! + 1 + lens[3 * d + 1]! + lens[3 * d + 2]!;
  }
  start[n] = q;
  if (bin.length !== 12 * n + q * json.width) throw new Error("index.bin has the wrong size");
  const ids = json.width === 2 ? new Uint16Array(q) : new Uint32Array(q);
  new Uint8Array(ids.buffer).set(bin.subarray(12 * n));
  const forms = json.forms.length;
  for (let d = 0; d < n; d++) {
    const sep = start[d]! + titleLen[d]!;
    if (ids[sep] !== SEPARATOR) throw new Error("index.bin is corrupt");
  }
  for (let k = 0; k < q; k++) if (ids[k]! >= forms) throw new Error("index.bin holds an unknown form");
  return assembleForward(json.forms, ids, start, titleLen, leadLen, lex);
}

function checkEndianness() {
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error("index files are little-endian");
}
