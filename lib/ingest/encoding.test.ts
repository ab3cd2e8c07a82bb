import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { ingestFile } from "./corpus";
import { loadCurated } from "./curated";
import { decodeArticle, looksVietnamese, MAX_FILE_BYTES } from "./decode";
import type { Article } from "./types";

const root = path.resolve(__dirname, "../..");
const aliases = await loadCurated(path.join(root, "data"));
const evalDir = path.join(root, "data/eval/articles");
const samples = readdirSync(evalDir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => ({ file: f, text: readFileSync(path.join(evalDir, f), "utf8") }));

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * Windows-1258 as legacy Vietnamese software wrote it: the base letter
 * (â, ơ, đ, … are single bytes) followed by a separate combining tone mark.
 */
function encodeWindows1258(text: string): Buffer {
  const spelled = [...text.normalize("NFC")]
    .map((ch) => {
      const d = ch.normalize("NFD");
      const tones = d.match(TONES)?.join("") ?? "";
      return d.replace(TONES, "").normalize("NFC") + tones;
    })
    .join("");
  return iconv.encode(spelled, "windows-1258");
}

const utf16 = (text: string, be: boolean) => {
  const le = Buffer.from(`\uFEFF${text}`, "utf16le");
  if (be) for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1] as number, le[i] as number];
  return le;
};

const VARIANTS: [string, (t: string) => Uint8Array][] = [
  ["UTF-8 with BOM", (t) => Buffer.from(`\uFEFF${t}`, "utf8")],
  ["UTF-16LE with BOM", (t) => utf16(t, false)],
  ["UTF-16BE with BOM", (t) => utf16(t, true)],
  ["Windows-1258", (t) => encodeWindows1258(t)],
  ["CRLF line ends", (t) => Buffer.from(t.replace(/\n/g, "\r\n"), "utf8")],
  ["NFD text", (t) => Buffer.from(t.normalize("NFD"), "utf8")],
  ["Windows-1258 + CRLF", (t) => encodeWindows1258(t.replace(/\n/g, "\r\n"))],
];

// Everything but the note that says which encoding was detected.
const record = (a: Article | { reason: string }) => {
  if ("reason" in a) return a;
  return { ...a, warnings: a.warnings.filter((w) => !w.startsWith("encoding:")) };
};

describe("encodings yield the same record as clean UTF-8 NFC", () => {
  for (const [name, encode] of VARIANTS) {
    it(name, () => {
      for (const { file, text } of samples) {
        const clean = ingestFile(file, Buffer.from(text, "utf8"), aliases);
        expect(record(ingestFile(file, encode(text), aliases)), file).toEqual(record(clean));
      }
    });
  }

  it("says when it read Windows-1258", () => {
    const s = samples[0];
    if (!s) throw new Error("no samples");
    const a = ingestFile(s.file, encodeWindows1258(s.text), aliases);
    expect("warnings" in a && a.warnings).toContain("encoding: read as Windows-1258");
  });

  it("decodes any Vietnamese text written as Windows-1258 back to NFC", () => {
    const letters = [..."aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ ,.\n"];
    const tones = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"];
    const syllable = fc
      .tuple(fc.constantFrom(...letters), fc.constantFrom(...tones))
      .map(([l, t]) =>
        (/[a-zăâêôơưA-ZĂÂÊÔƠƯ]/.test(l) && !/[bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX]/.test(l) ? l + t : l).normalize(
          "NFC",
        ),
      );
    fc.assert(
      fc.property(fc.array(syllable, { minLength: 20, maxLength: 200 }), (parts) => {
        const text = `Ngày hội đại đoàn kết ${parts.join("")}`;
        const d = decodeArticle(encodeWindows1258(text));
        return d.ok && d.text === text.normalize("NFC");
      }),
    );
  });
});

describe("files that are not articles", () => {
  it.each([
    ["empty", new Uint8Array(0), /empty/],
    ["whitespace only", Buffer.from(" \n\r\n\t "), /no text/],
    ["binary with NUL bytes", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /binary/],
    ["oversized", new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61), /too large/],
    [
      "random high bytes (not Vietnamese)",
      Uint8Array.from({ length: 400 }, (_, i) => 0x80 + ((i * 37) % 128)),
      /not valid UTF-8/,
    ],
  ])("%s is skipped with its reason", (_n, bytes, reason) => {
    const d = decodeArticle(bytes);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.reason).toMatch(reason);
  });

  it("does not take Latin-1 French for Vietnamese", () => {
    const latin1 = iconv.encode("Le château où nous sommes allés était très beau, naïve façade.", "latin1");
    expect(looksVietnamese(iconv.decode(latin1, "windows-1258").normalize("NFC"))).toBe(false);
  });
});

describe("UTF-16 without a byte order mark", () => {
  const text = samples[0]!.text;
  it.each([false, true])("is detected and decoded (big-endian: %s)", (be) => {
    const bytes = utf16(text, be).subarray(2); // the BOM dropped
    const d = decodeArticle(bytes);
    expect(d.ok && d.encoding).toBe(be ? "utf-16be-no-bom" : "utf-16le-no-bom");
    expect(d.ok && d.text).toBe(text.replace(/\r\n?/g, "\n").normalize("NFC"));
  });
  it("leaves binary with NUL bytes binary", () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 0, 0]);
    expect(decodeArticle(png)).toMatchObject({ ok: false, reason: expect.stringMatching(/binary/) });
  });
});
