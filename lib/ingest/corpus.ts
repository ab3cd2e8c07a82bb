import { createHash } from "node:crypto";
import { constants as fsConstants, type Stats } from "node:fs";
import { type FileHandle, lstat, open, readdir, readlink, realpath, stat } from "node:fs/promises";
import path from "node:path";
import {
  MAX_ARTICLE_CHARS,
  MAX_CAPTIONS,
  MAX_FIELD_CHARS,
  MAX_FILE_BYTES,
  MAX_ORGANIZERS,
  MAX_PARAGRAPH_CHARS,
  MAX_PARAGRAPHS,
  MAX_SIDECAR_BYTES,
  MAX_TITLE_CHARS,
  MIN_ARTICLE_LETTERS,
  TRUNCATION_WARNING,
} from "../limits";
import { fold } from "../text";
import { datelessAsOfCorpus, weakPastYears } from "./corpus-time";
import type { Curated } from "./curated";
import { decodeArticle } from "./decode";
import { extractArticle } from "./extract";
import { articleId } from "./id";
import { applySidecar, parseSidecar, type Sidecar, SidecarError, sidecarPath } from "./sidecar";
import { unifySpellings } from "./spellings";
import { type Article, type IngestEntry, type IngestResult, inferredFields } from "./types";

export interface ScanResult {
  /** Article files (*.txt), sorted paths relative to the corpus folder. */
  files: string[];
  /** Things found that can't be read as articles, with the reason. */
  problems: { file: string; reason: string }[];
  /** Sidecar files found (<file>.meta.json), relative to the corpus folder. */
  sidecars: Set<string>;
  /** Sub-folders walked, relative to the corpus folder. */
  folders: string[];
  /**
   * Article files reached through a symbolic link that stays inside the
   * corpus folder: the real path to open (never the link itself).
   */
  targets: Map<string, string>;
}

const isArticleName = (name: string) => name.toLowerCase().endsWith(".txt");
const isSidecarName = (name: string) => name.toLowerCase().endsWith(".meta.json");
const utf8 = new TextDecoder("utf-8", { fatal: true });
const lossy = new TextDecoder("utf-8");

/** What lstat says an entry is, in words, for anything that is neither a file nor a folder. */
function kindOf(info: Stats): string {
  if (info.isFIFO()) return "named pipe";
  if (info.isSocket()) return "socket";
  if (info.isCharacterDevice()) return "character device";
  if (info.isBlockDevice()) return "block device";
  return "special file";
}

/** ".md", "no extension": what a non-article file is called in the report. */
function extensionOf(name: string): string {
  const ext = path.extname(name);
  return ext ? ext.toLowerCase() : "no extension";
}

const inside = (root: string, p: string) => p === root || p.startsWith(root + path.sep);

/**
 * Walks the corpus folder without trusting it. Every entry is looked at with
 * lstat before anything is opened: only regular files are ever read (a named
 * pipe called "x.txt" is reported, never opened); symbolic links are followed
 * only to a regular file inside the corpus folder, never out of it and never
 * to a folder (so no loop is possible); names that are not UTF-8 are reported
 * as such. Every path found appears once in the result: an article file, a
 * sidecar, a sub-folder, or a problem with its reason.
 */
export async function scanArticleFiles(dir: string): Promise<ScanResult> {
  const files: string[] = [];
  const problems: ScanResult["problems"] = [];
  const sidecars = new Set<string>();
  const folders: string[] = [];
  const targets = new Map<string, string>();
  const root = await realpath(dir); // The corpus folder itself must exist (throws otherwise).
  async function walk(rel: string) {
    const abs = rel ? path.join(root, rel) : root;
    let entries: Buffer[];
    try {
      entries = await readdir(abs, { encoding: "buffer" });
    } catch (e) {
      if (!rel) throw e;
      problems.push({ file: rel, reason: `unreadable folder: ${errorCode(e)}` });
      return;
    }
    for (const raw of entries) {
      let name: string;
      try {
        name = utf8.decode(raw);
      } catch {
        const shown = rel ? `${rel}/${lossy.decode(raw)}` : lossy.decode(raw);
        problems.push({ file: shown, reason: "file name is not valid UTF-8 (rename it to read it)" });
        continue;
      }
      const r = rel ? `${rel}/${name}` : name;
      const full = path.join(root, r);
      let info: Stats;
      try {
        info = await lstat(full);
      } catch (e) {
        problems.push({ file: r, reason: `unreadable: ${errorCode(e)}` });
        continue;
      }
      if (info.isDirectory()) {
        folders.push(r);
        await walk(r); // A folder named "x.txt" is still a folder.
      } else if (info.isSymbolicLink()) {
        const target = await readlink(full).catch(() => "?");
        let real: string;
        try {
          real = await realpath(full);
        } catch {
          problems.push({ file: r, reason: `broken symbolic link (to ${target})` });
          continue;
        }
        const to = await stat(real).catch(() => null);
        if (!inside(root, real))
          problems.push({ file: r, reason: `symbolic link out of the corpus folder (to ${target}), not followed` });
        else if (to?.isDirectory())
          problems.push({ file: r, reason: `symbolic link to a folder (to ${target}), not followed` });
        else if (!to?.isFile())
          problems.push({ file: r, reason: `symbolic link to a non-regular file (to ${target})` });
        else if (isArticleName(name)) {
          files.push(r);
          targets.set(r, real);
        } else problems.push({ file: r, reason: `not an article file (${extensionOf(name)})` });
      } else if (!info.isFile()) {
        problems.push({ file: r, reason: `not a regular file (${kindOf(info)}), not opened` });
      } else if (isArticleName(name)) files.push(r);
      else if (isSidecarName(name)) sidecars.add(r);
      else problems.push({ file: r, reason: `not an article file (${extensionOf(name)})` });
    }
  }
  await walk("");
  files.sort();
  folders.sort();
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files, problems, sidecars, folders, targets };
}

/**
 * A regular file's bytes, or why not: opened non-blocking and without
 * following a link (so a file swapped for a pipe or a link after the walk
 * still cannot hang or escape), checked with fstat, size-capped before reading.
 */
export async function readRegularFile(file: string, maxBytes: number): Promise<Buffer | { reason: string }> {
  let handle: FileHandle;
  try {
    handle = await open(file, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK | fsConstants.O_NOFOLLOW);
  } catch (e) {
    const code = errorCode(e);
    return { reason: code === "ELOOP" ? "symbolic link, not followed" : `unreadable: ${code}` };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { reason: `not a regular file (${kindOf(info)}), not read` };
    // Checked before reading, so a huge file never lands in memory.
    if (info.size > maxBytes) return { reason: `file too large (${info.size} bytes > ${maxBytes})` };
    return await handle.readFile();
  } catch (e) {
    return { reason: `unreadable: ${errorCode(e)}` };
  } finally {
    await handle.close();
  }
}

const errorCode = (e: unknown) => (e as NodeJS.ErrnoException)?.code ?? String(e);

export function entryFor(a: Article): IngestEntry {
  return {
    file: a.file,
    status: "indexed",
    reason: null,
    id: a.id,
    title: a.title,
    date: a.date,
    year: a.year,
    organizers: a.organizers,
    province: a.province,
    author: a.author,
    source: a.source,
    warnings: a.warnings,
    inferred: inferredFields(a),
  };
}

function skipped(file: string, reason: string): IngestEntry {
  return {
    file,
    status: "skipped",
    reason,
    id: null,
    title: null,
    date: null,
    year: null,
    organizers: [],
    province: null,
    author: null,
    source: null,
    warnings: [],
    inferred: [],
  };
}

/** Turns one file's bytes into an article or the reason it was skipped. */
export function ingestFile(
  file: string,
  bytes: Uint8Array,
  curated: Curated,
  sidecar?: { name: string; text: string },
): Article | { reason: string } {
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) return { reason: decoded.reason };
  const letters = countLetters(decoded.text, MIN_ARTICLE_LETTERS);
  if (letters < MIN_ARTICLE_LETTERS)
    return {
      reason: `too short to be an article (${letters} letter${letters === 1 ? "" : "s"}, fewer than ${MIN_ARTICLE_LETTERS})`,
    };
  // Extraction works per line: a file of millions of short lines is cut to a
  // bounded number of lines first (the cut is noted by boundArticle below).
  const text = capLines(decoded.text);
  let parsed: Sidecar | undefined;
  if (sidecar) {
    try {
      parsed = parseSidecar(sidecar.name, sidecar.text);
    } catch (e) {
      if (e instanceof SidecarError) return { reason: `invalid sidecar ${e.message}` };
      throw e;
    }
  }
  // The page's address (a sidecar's url) tells extraction which site it came from.
  let article = extractArticle(text.text, { id: articleId(file), file, url: parsed?.url ?? null }, curated);
  if (decoded.encoding === "windows-1258") article.warnings.push("encoding: read as Windows-1258");
  if (decoded.encoding.endsWith("-no-bom"))
    article.warnings.push(`encoding: read as ${decoded.encoding.replace("-no-bom", "")} (no byte order mark)`);
  if (parsed) article = applySidecar(article, parsed, curated);
  if (!article.lead && article.body.length === 0) return { reason: "no article text after cleaning" };
  return boundArticle(article, text.cut);
}

function countLetters(text: string, enough: number): number {
  let n = 0;
  for (const _ of text.matchAll(/\p{L}/gu)) if (++n >= enough) break;
  return n;
}

/** Lines handed to extraction: paragraphs are separated by blank lines, so twice the paragraph bound, plus headers. */
const MAX_LINES = 2 * MAX_PARAGRAPHS + 50;

function capLines(text: string): { text: string; cut: boolean } {
  let at = -1;
  for (let n = 0; n < MAX_LINES; n++) {
    at = text.indexOf("\n", at + 1);
    if (at < 0) return capChars(text);
  }
  return { text: text.slice(0, at), cut: true };
}

function capChars(text: string): { text: string; cut: boolean } {
  // Each paragraph at most MAX_PARAGRAPH_CHARS; the whole a little over MAX_ARTICLE_CHARS.
  const limit = MAX_ARTICLE_CHARS + MAX_TITLE_CHARS + 1000;
  return text.length > limit ? { text: text.slice(0, limit), cut: true } : { text, cut: false };
}

/** s cut to n characters (whole code points) with "…", or s. */
export function clip(s: string, n: number): string {
  if (s.length <= n) return s;
  let end = n - 1;
  const c = s.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--; // never split a surrogate pair
  return `${s.slice(0, end)}…`;
}

/**
 * The article within the bounds of lib/limits.ts: title and short fields cut,
 * at most MAX_PARAGRAPHS paragraphs of at most MAX_PARAGRAPH_CHARS, at most
 * MAX_ARTICLE_CHARS in all. Anything cut leaves a warning, which the report
 * lists and the article page shows as a note.
 */
export function boundArticle(article: Article, alreadyCut = false): Article {
  let cut = alreadyCut;
  const field = (s: string | null, n: number) => {
    if (s === null || s.length <= n) return s;
    cut = true;
    return clip(s, n);
  };
  let budget = MAX_ARTICLE_CHARS;
  const para = (p: string) => {
    const kept = field(p, Math.min(MAX_PARAGRAPH_CHARS, Math.max(1, budget))) as string;
    budget -= kept.length;
    return kept;
  };
  const title = field(article.title, MAX_TITLE_CHARS) as string;
  const lead = para(article.lead);
  const body: string[] = [];
  for (const p of article.body) {
    if (body.length + 1 >= MAX_PARAGRAPHS || budget <= 0) {
      cut = true;
      break;
    }
    body.push(para(p));
  }
  const captions: string[] = [];
  for (const c of article.captions) {
    if (captions.length >= MAX_CAPTIONS || budget <= 0) {
      cut = true;
      break;
    }
    captions.push(para(c));
  }
  const organizers = article.organizers.slice(0, MAX_ORGANIZERS).map((o) => field(o, MAX_FIELD_CHARS) as string);
  if (organizers.length < article.organizers.length) cut = true;
  const bounded: Article = {
    ...article,
    title,
    lead,
    body,
    captions,
    organizers,
    author: field(article.author, MAX_FIELD_CHARS),
    source: field(article.source, MAX_FIELD_CHARS),
  };
  if (!cut) return article;
  bounded.warnings = [
    ...article.warnings,
    `${TRUNCATION_WARNING} to the archive's bounds (${MAX_PARAGRAPHS} paragraphs, ${MAX_ARTICLE_CHARS.toLocaleString("en")} characters; lib/limits.ts)`,
  ];
  return bounded;
}

/**
 * What the article page renders: the article within the bounds (a no-op for
 * an artifact's records, which were bounded when built; a guard should one
 * come from elsewhere), and whether its text was cut, for the page's note.
 */
export function articleForPage(article: Article): { article: Article; truncated: boolean } {
  const bounded = boundArticle(article);
  return { article: bounded, truncated: bounded.warnings.some((w) => w.startsWith(TRUNCATION_WARNING)) };
}

type Loaded = { file: string; result: Article | { reason: string }; sidecar?: string };

async function loadOne(
  dir: string,
  file: string,
  curated: Curated,
  hasSidecar: boolean,
  target?: string,
): Promise<Loaded> {
  const bytes = await readRegularFile(target ?? path.join(dir, file), MAX_FILE_BYTES);
  if (!Buffer.isBuffer(bytes)) return { file, result: bytes };
  let sidecar: { name: string; text: string } | undefined;
  if (hasSidecar) {
    const name = sidecarPath(file);
    const text = await readRegularFile(path.join(dir, name), MAX_SIDECAR_BYTES);
    if (!Buffer.isBuffer(text)) return { file, result: { reason: `sidecar ${name}: ${text.reason}` }, sidecar: name };
    sidecar = { name, text: text.toString("utf8") };
  }
  return { file, result: ingestFile(file, bytes, curated, sidecar), sidecar: sidecar?.name };
}

const hash = (s: string) => createHash("sha1").update(s).digest("hex");

/** Files read at once: enough to hide disk latency, few enough for file handles. */
const CONCURRENCY = 64;

/**
 * Reads a corpus folder. Every path found appears in the report exactly once:
 * indexed, skipped (with the reason), merged into its duplicate (naming it),
 * a folder, or a sidecar (naming its article; an orphan one is skipped).
 * Exact duplicates share their cleaned text; near-duplicates share title and
 * date. Both are found by hash lookups, so the work grows linearly.
 */
export async function ingestCorpus(
  dir: string,
  curated: Curated,
  onProgress?: (done: number, total: number) => void,
): Promise<IngestResult> {
  const { files, problems, sidecars, folders, targets } = await scanArticleFiles(dir);
  const byFile = new Map<string, IngestEntry>(problems.map((p) => [p.file, skipped(p.file, p.reason)]));
  for (const f of folders)
    byFile.set(f, { ...skipped(f, "folder (its files are listed separately)"), status: "folder" });
  const articleFiles = new Set(files);
  for (const sc of sidecars) {
    const of = sc.slice(0, -".meta.json".length);
    if (!articleFiles.has(of)) byFile.set(sc, skipped(sc, `orphan sidecar: no article file ${of} beside it`));
  }
  const articles: Article[] = [];
  const seenText = new Map<string, Article>();
  const seenTitleDate = new Map<string, Article>();
  const seenIds = new Set<string>();

  const accept = ({ file, result, sidecar }: Loaded) => {
    if (sidecar)
      byFile.set(sidecar, {
        ...skipped(sidecar, `sidecar of ${file}${"reason" in result ? ", which was skipped" : ""}`),
        status: "sidecar",
      });
    if ("reason" in result) {
      byFile.set(file, skipped(file, result.reason));
      return;
    }
    // Decoding already unified encoding, line ends and NFC: equal text is equal here.
    const textKey = hash([result.title, result.lead, ...result.body].join("\n"));
    const titleDateKey = result.date
      ? `${fold(result.title)
          .replace(/[^\p{L}\p{N}]+/gu, " ")
          .trim()}|${result.date}`
      : null;
    const twin = seenText.get(textKey);
    const near = titleDateKey ? seenTitleDate.get(titleDateKey) : undefined;
    if (twin || near) {
      const other = (twin ?? near) as Article;
      const reason = twin
        ? `exact duplicate of ${other.file}`
        : `near-duplicate of ${other.file} (same title and date)`;
      byFile.set(file, { ...entryFor(result), status: "merged", reason, id: other.id });
      return;
    }
    // Distinct paths can slug to the same id ("a b.txt", "a-b.txt"): keep ids unique.
    let id = result.id;
    for (let n = 2; seenIds.has(id); n++) id = `${result.id}-${n}`;
    const article = { ...result, id };
    seenIds.add(id);
    seenText.set(textKey, article);
    if (titleDateKey) seenTitleDate.set(titleDateKey, article);
    articles.push(article);
    byFile.set(file, entryFor(article));
  };

  // Read in parallel windows, but accept in sorted order so that which copy of
  // a duplicate wins does not depend on timing.
  for (let i = 0; i < files.length; i += CONCURRENCY) {
    onProgress?.(i, files.length);
    const batch = await Promise.all(
      files
        .slice(i, i + CONCURRENCY)
        .map((f) => loadOne(dir, f, curated, sidecars.has(sidecarPath(f)), targets.get(f))),
    );
    batch.forEach(accept);
  }
  onProgress?.(files.length, files.length);
  // A unit spelled two ways would be two facet values: the corpus's own spelling wins, in the
  // articles and in the report lines of their duplicates alike.
  const unified = unifySpellings(articles);
  // A page that dates nothing is named as of the corpus's time ("Huế" before 2025 is Thừa Thiên Huế's city).
  // A corpus of one season: a past year only mentioned beside an undated page's story is background.
  const seasoned = weakPastYears(unified.articles);
  const timed = datelessAsOfCorpus(seasoned.articles, curated);
  if (unified.spellings.size || seasoned.changed || timed.changed) {
    for (const a of timed.articles) byFile.set(a.file, entryFor(a));
    for (const [file, e] of byFile)
      if (e.status === "merged" && e.organizers.some((o) => unified.spellings.has(o)))
        byFile.set(file, {
          ...e,
          organizers: [...new Set(e.organizers.map((o) => unified.spellings.get(o) ?? o))],
        });
  }
  const report = [...byFile.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { articles: timed.articles, report };
}
