import { createHash } from "node:crypto";
import { open, readdir, readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { fold } from "../text";
import type { Curated } from "./curated";
import { decodeArticle, MAX_FILE_BYTES } from "./decode";
import { extractArticle } from "./extract";
import { articleId } from "./id";
import { applySidecar, parseSidecar, type Sidecar, SidecarError, sidecarPath } from "./sidecar";
import { type Article, type IngestEntry, type IngestResult, inferredFields } from "./types";

export interface ScanResult {
  /** Article files (*.txt), sorted paths relative to the corpus folder. */
  files: string[];
  /** Things found that can't be read as articles, with the reason. */
  problems: { file: string; reason: string }[];
  /** Sidecar files found (<file>.meta.json), relative to the corpus folder. */
  sidecars: Set<string>;
}

const isArticleName = (name: string) => name.toLowerCase().endsWith(".txt");

/**
 * Walks the corpus folder. Follows symbolic links but visits each real folder
 * once (a link loop ends there); unreadable folders and broken links are
 * reported, never thrown.
 */
export async function scanArticleFiles(dir: string): Promise<ScanResult> {
  const files: string[] = [];
  const problems: ScanResult["problems"] = [];
  const visited = new Set<string>();
  const sidecars = new Set<string>();
  async function walk(rel: string) {
    const abs = path.join(dir, rel);
    let real: string;
    let entries: import("node:fs").Dirent[];
    try {
      real = await realpath(abs);
      if (visited.has(real)) {
        if (rel) problems.push({ file: rel, reason: "folder already read (symbolic link loop or alias)" });
        return;
      }
      visited.add(real);
      entries = await readdir(abs, { withFileTypes: true });
    } catch (e) {
      if (!rel) throw e; // The corpus folder itself must exist.
      problems.push({ file: rel, reason: `unreadable folder: ${errorCode(e)}` });
      return;
    }
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      let isDir = e.isDirectory();
      if (e.isSymbolicLink()) {
        try {
          isDir = (await stat(path.join(dir, r))).isDirectory();
        } catch (err) {
          if (isArticleName(e.name)) problems.push({ file: r, reason: `unreadable: ${errorCode(err)}` });
          continue;
        }
      }
      if (isDir)
        await walk(r); // A folder named "x.txt" is still a folder.
      else if (isArticleName(e.name)) files.push(r);
      else if (e.name.endsWith(".meta.json")) sidecars.add(r);
    }
  }
  await walk("");
  files.sort();
  problems.sort((a, b) => a.file.localeCompare(b.file));
  return { files, problems, sidecars };
}

/** Every *.txt file under dir, as sorted paths relative to dir. */
export async function listArticleFiles(dir: string): Promise<string[]> {
  return (await scanArticleFiles(dir)).files;
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
  let article = extractArticle(decoded.text, { id: articleId(file), file, url: parsed?.url ?? null }, curated);
  if (decoded.encoding === "windows-1258") article.warnings.push("encoding: read as Windows-1258");
  if (parsed) article = applySidecar(article, parsed, curated);
  if (!article.lead && article.body.length === 0) return { reason: "no article text after cleaning" };
  return article;
}

type Loaded = { file: string; result: Article | { reason: string } };

async function loadOne(dir: string, file: string, curated: Curated, hasSidecar: boolean): Promise<Loaded> {
  let bytes: Buffer;
  try {
    const handle = await open(path.join(dir, file), "r");
    try {
      const info = await handle.stat();
      if (!info.isFile()) return { file, result: { reason: "not a regular file" } };
      // Checked before reading, so a huge file never lands in memory.
      if (info.size > MAX_FILE_BYTES)
        return { file, result: { reason: `file too large (${info.size} bytes > ${MAX_FILE_BYTES})` } };
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (e) {
    return { file, result: { reason: `unreadable: ${errorCode(e)}` } };
  }
  let sidecar: { name: string; text: string } | undefined;
  if (hasSidecar) {
    const name = sidecarPath(file);
    try {
      sidecar = { name, text: await readFile(path.join(dir, name), "utf8") };
    } catch (e) {
      return { file, result: { reason: `unreadable sidecar ${name}: ${errorCode(e)}` } };
    }
  }
  return { file, result: ingestFile(file, bytes, curated, sidecar) };
}

const hash = (s: string) => createHash("sha1").update(s).digest("hex");

/** Files read at once: enough to hide disk latency, few enough for file handles. */
const CONCURRENCY = 64;

/**
 * Reads a corpus folder. Every file found appears in the report exactly once:
 * indexed, skipped (with the reason) or merged into its duplicate (naming it).
 * Exact duplicates share their cleaned text; near-duplicates share title and
 * date. Both are found by hash lookups, so the work grows linearly.
 */
export async function ingestCorpus(
  dir: string,
  curated: Curated,
  onProgress?: (done: number, total: number) => void,
): Promise<IngestResult> {
  const { files, problems, sidecars } = await scanArticleFiles(dir);
  const byFile = new Map<string, IngestEntry>(problems.map((p) => [p.file, skipped(p.file, p.reason)]));
  const articles: Article[] = [];
  const seenText = new Map<string, Article>();
  const seenTitleDate = new Map<string, Article>();
  const seenIds = new Set<string>();

  const accept = ({ file, result }: Loaded) => {
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
      files.slice(i, i + CONCURRENCY).map((f) => loadOne(dir, f, curated, sidecars.has(sidecarPath(f)))),
    );
    batch.forEach(accept);
  }
  onProgress?.(files.length, files.length);
  const report = [...byFile.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { articles, report };
}
