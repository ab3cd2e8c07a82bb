/**
 * Compact text encoding of a sorted list of article indexes, for the
 * artifact: gaps between indexes as base-32 varints, one JSON-safe character
 * per 5 bits. Dense lists (common words) cost about one character per article.
 */

// 32 digits that end a number, 32 that continue it.
const LAST = "0123456789abcdefghijklmnopqrstuv";
const MORE = "ABCDEFGHIJKLMNOPQRSTUVWXYZ_-wxyz";
const VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < 32; i++) {
  VALUE[LAST.charCodeAt(i)] = i;
  VALUE[MORE.charCodeAt(i)] = 32 + i;
}

export function encodeDocList(docs: ArrayLike<number>): string {
  let out = "";
  let prev = -1;
  for (let k = 0; k < docs.length; k++) {
    let gap = docs[k]! - prev - 1;
    if (gap < 0) throw new Error("doc list must be strictly increasing");
    prev = docs[k]!;
    const digits: string[] = [];
    digits.push(LAST[gap & 31]!);
    gap >>>= 5;
    while (gap > 0) {
      digits.push(MORE[gap & 31]!);
      gap >>>= 5;
    }
    out += digits.reverse().join("");
  }
  return out;
}

export function decodeDocList(s: string): Uint32Array {
  // Two passes straight into the typed array (no number[]): lexicon load decodes thousands of lists.
  let count = 0;
  for (let i = 0; i < s.length; i++) {
    const v = VALUE[s.charCodeAt(i)] ?? -1;
    if (v < 0) throw new Error("corrupt doc list");
    if (v < 32) count++;
  }
  const out = new Uint32Array(count);
  let prev = -1;
  let acc = 0;
  let k = 0;
  for (let i = 0; i < s.length; i++) {
    const v = VALUE[s.charCodeAt(i)]!;
    if (v >= 32) acc = acc * 32 + (v - 32);
    else {
      prev = prev + 1 + acc * 32 + v;
      out[k++] = prev;
      acc = 0;
    }
  }
  if (acc !== 0) throw new Error("corrupt doc list");
  return out;
}
