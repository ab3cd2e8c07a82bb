import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { type Aliases, AliasFileSchema, compileAliases } from "./aliases";
import { decodeArticle } from "./decode";
import { extractArticle } from "./extract";
import { articleId } from "./id";
import type { Article, IngestEntry, IngestResult } from "./types";

/** Reads and validates the curated alias table. */
export async function loadAliases(file: string): Promise<Aliases> {
  const raw = JSON.parse(await readFile(file, "utf8"));
  const parsed = AliasFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: invalid field "${issue?.path.join(".")}": ${issue?.message}`);
  }
  return compileAliases(parsed.data);
}

/** Every regular *.txt file under dir, as sorted paths relative to dir. */
export async function listArticleFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(rel: string) {
    const entries = await readdir(path.join(dir, rel), { withFileTypes: true });
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(r);
      else if (e.name.toLowerCase().endsWith(".txt")) out.push(r);
    }
  }
  await walk("");
  return out.sort();
}

function entryFor(a: Article): IngestEntry {
  return {
    file: a.file,
    status: "indexed",
    reason: null,
    id: a.id,
    title: a.title,
    date: a.date,
    year: a.year,
    organizers: a.organizers,
    author: a.author,
    source: a.source,
    warnings: a.warnings,
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
    author: null,
    source: null,
    warnings: [],
  };
}

/** Turns one file's bytes into an article or the reason it was skipped. */
export function ingestFile(file: string, bytes: Uint8Array, aliases: Aliases): Article | { reason: string } {
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) return { reason: decoded.reason };
  const article = extractArticle(decoded.text, { id: articleId(file), file }, aliases);
  if (!article.lead && article.body.length === 0) return { reason: "no article text after cleaning" };
  return article;
}

/**
 * Reads a corpus folder. Every file found appears in the report exactly once:
 * indexed, skipped (with the reason) or merged into a duplicate.
 */
export async function ingestCorpus(
  dir: string,
  aliases: Aliases,
  onProgress?: (done: number, total: number) => void,
): Promise<IngestResult> {
  const files = await listArticleFiles(dir);
  const articles: Article[] = [];
  const report: IngestEntry[] = [];
  const seenText = new Map<string, Article>();
  const seenIds = new Set<string>();

  for (const [i, file] of files.entries()) {
    onProgress?.(i, files.length);
    let result: Article | { reason: string };
    try {
      const info = await stat(path.join(dir, file));
      result = info.isFile() ? ingestFile(file, await readFile(path.join(dir, file)), aliases) : { reason: "not a regular file" };
    } catch (e) {
      result = { reason: `unreadable: ${(e as NodeJS.ErrnoException).code ?? String(e)}` };
    }
    if ("reason" in result) {
      report.push(skipped(file, result.reason));
      continue;
    }
    const key = [result.title, result.lead, ...result.body].join("\n");
    const twin = seenText.get(key);
    if (twin) {
      report.push({ ...entryFor(result), status: "merged", reason: `duplicate of ${twin.file}`, id: twin.id });
      continue;
    }
    // Distinct paths can slug to the same id ("a b.txt", "a-b.txt"): keep ids unique.
    let id = result.id;
    for (let n = 2; seenIds.has(id); n++) id = `${result.id}-${n}`;
    const article = { ...result, id };
    seenIds.add(id);
    seenText.set(key, article);
    articles.push(article);
    report.push(entryFor(article));
  }
  onProgress?.(files.length, files.length);
  return { articles, report };
}
