/** Turns a file's bytes into text, or says why it can't be read as an article. */
export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export function decodeArticle(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: "empty file" };
  if (bytes.length > MAX_FILE_BYTES)
    return { ok: false, reason: `file too large (${bytes.length} bytes > ${MAX_FILE_BYTES})` };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return finish(new TextDecoder("utf-16le").decode(bytes.subarray(2)), "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return finish(new TextDecoder("utf-16be").decode(bytes.subarray(2)), "utf-16be");
  if (bytes.includes(0)) return { ok: false, reason: "binary file (contains NUL bytes)" };
  try {
    // TextDecoder strips a UTF-8 BOM by default.
    return finish(new TextDecoder("utf-8", { fatal: true }).decode(bytes), "utf-8");
  } catch {
    return { ok: false, reason: "not valid UTF-8 text" };
  }
}

function finish(raw: string, encoding: string): Decoded {
  const text = raw.replace(/\r\n?/g, "\n").normalize("NFC");
  if (text.trim().length === 0) return { ok: false, reason: "no text (only whitespace)" };
  return { ok: true, text, encoding };
}
