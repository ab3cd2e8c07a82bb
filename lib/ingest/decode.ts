import iconv from "iconv-lite";
import { MAX_FILE_BYTES } from "../limits";

export { MAX_FILE_BYTES };

/** Turns a file's bytes into text, or says why it can't be read as an article. */
export type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false; reason: string };
export type Encoding =
  | "utf-8"
  | "utf-8-bom"
  | "utf-16le"
  | "utf-16be"
  | "utf-16le-no-bom"
  | "utf-16be-no-bom"
  | "windows-1258";

// C0 control characters other than tab, line feed, form feed and carriage return.
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;
// Every letter the Vietnamese alphabet (with its tone marks) can produce after NFC.
const VIETNAMESE_LETTER =
  /[a-zA-ZàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ]/u;

export function decodeArticle(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: "empty file" };
  if (bytes.length > MAX_FILE_BYTES)
    return { ok: false, reason: `file too large (${bytes.length} bytes > ${MAX_FILE_BYTES})` };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return finish(new TextDecoder("utf-16le").decode(bytes.subarray(2)), "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return finish(new TextDecoder("utf-16be").decode(bytes.subarray(2)), "utf-16be");
  const unmarked = utf16WithoutBom(bytes);
  if (unmarked) return unmarked;
  if (bytes.includes(0)) return { ok: false, reason: "binary file (contains NUL bytes)" };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    // TextDecoder strips a UTF-8 BOM by default.
    return finish(new TextDecoder("utf-8", { fatal: true }).decode(bytes), bom ? "utf-8-bom" : "utf-8");
  } catch {
    // Legacy Vietnamese archives are mostly Windows-1258: base letters plus
    // separate combining tone marks. Accept it only when it reads as Vietnamese.
    const text = iconv.decode(Buffer.from(bytes), "windows-1258").normalize("NFC");
    if (looksVietnamese(text)) return finish(text, "windows-1258");
    return { ok: false, reason: "not valid UTF-8, and not plausible Windows-1258 Vietnamese" };
  }
}

/**
 * UTF-16 saved without a byte order mark (some Windows tools do): text whose
 * every other byte is mostly NUL. Latin and Vietnamese letters sit in
 * U+0000–U+01FF and U+1E00–U+1EFF, so the high byte of most characters is
 * 0x00 (or 0x01/0x1E). Accepted only when it decodes strictly and reads as
 * text; otherwise the NUL bytes make it binary, as before.
 */
function utf16WithoutBom(bytes: Uint8Array): Decoded | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  const pairs = bytes.length / 2;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const le = zeroOdd >= pairs * 0.3 && zeroEven <= pairs * 0.02;
  const be = zeroEven >= pairs * 0.3 && zeroOdd <= pairs * 0.02;
  if (!le && !be) return null;
  let text: string;
  try {
    text = new TextDecoder(le ? "utf-16le" : "utf-16be", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  // Real text: letters, digits, spaces and punctuation, hardly any control characters.
  const controls = text.match(CONTROL)?.length ?? 0;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (controls > text.length * 0.01 || letters < text.length * 0.3) return null;
  return finish(text, le ? "utf-16le-no-bom" : "utf-16be-no-bom");
}

/**
 * True when decoded text is plausibly Vietnamese: its non-ASCII characters are
 * Vietnamese letters or typographic punctuation, and its tone marks all found
 * a letter to sit on (stray combining marks mean the guess was wrong).
 */
export function looksVietnamese(text: string): boolean {
  let foreign = 0;
  let vietnamese = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    if (VIETNAMESE_LETTER.test(ch)) vietnamese++;
    else if (!/[\p{P}\p{Zs}\u00B0\u00B2\u00B3\u20AB\u00A9]/u.test(ch)) foreign++;
  }
  return vietnamese >= 3 && foreign <= vietnamese * 0.02;
}

function finish(raw: string, encoding: Encoding): Decoded {
  const text = raw.replace(/\r\n?/g, "\n").normalize("NFC");
  if (text.trim().length === 0) return { ok: false, reason: "no text (only whitespace)" };
  // Text with many control characters is a binary file that happens to decode.
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > 0 && controls > text.length * 0.01) return { ok: false, reason: "binary file (control characters)" };
  return { ok: true, text: text.replace(CONTROL, ""), encoding };
}
