import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Article, IngestEntry } from "../ingest";
import { buildIndexFiles, createEngine, type Engine, lexiconFromJSON, lexiconToJSON, loadIndex } from "../search";

/**
 * The build artifact: everything the server needs, written once by
 * `npm run index` and read once per server process.
 *   articles.json  the cleaned article records
 *   index.json     the written forms (exact syllables) of the forward index
 *   index.bin      the forward index: every article as form ids;
 *                  the inverted postings are derived from it at load
 *   lexicon.json   vocabulary and exact-form data for diacritic-aware ranking
 *   report.json    the ingestion report (every input file, with its status)
 */
export const ARTIFACT_VERSION = 4;

export interface ArtifactMeta {
  version: number;
  builtAt: string;
  corpusDir: string;
  articles: number;
}

export function artifactDir(): string {
  // Resolved at run time (the server reads what `npm run index` wrote); not traced into bundles.
  return path.resolve(/*turbopackIgnore: true*/ process.env.ARTIFACT_DIR ?? path.join(/*turbopackIgnore: true*/ process.cwd(), "artifact"));
}

async function writeAtomic(file: string, data: string | Uint8Array) {
  await writeFile(`${file}.tmp`, data);
  await rename(`${file}.tmp`, file);
}

export async function writeArtifact(
  dir: string,
  input: { articles: Article[]; report: IngestEntry[]; corpusDir: string },
): Promise<ArtifactMeta> {
  await mkdir(dir, { recursive: true });
  const files = buildIndexFiles(input.articles);
  const meta: ArtifactMeta = {
    version: ARTIFACT_VERSION,
    builtAt: new Date().toISOString(),
    corpusDir: input.corpusDir,
    articles: input.articles.length,
  };
  await writeAtomic(path.join(dir, "articles.json"), JSON.stringify(input.articles));
  await writeAtomic(path.join(dir, "index.json"), JSON.stringify(files.json));
  await writeAtomic(path.join(dir, "index.bin"), files.bin);
  await writeAtomic(path.join(dir, "lexicon.json"), JSON.stringify(lexiconToJSON(files.lexicon)));
  await writeAtomic(path.join(dir, "report.json"), JSON.stringify(input.report, null, 1));
  await writeAtomic(path.join(dir, "meta.json"), JSON.stringify(meta, null, 1));
  return meta;
}

export class ArtifactError extends Error {}

/** Loads the artifact into a ready engine, or explains what is wrong with it. */
export function readArtifact(dir: string): Engine {
  function read(name: string): string;
  function read(name: string, binary: true): Buffer;
  function read(name: string, binary = false): string | Buffer {
    const file = path.join(dir, name);
    try {
      // TextDecoder decodes the (mostly non-ASCII) records faster than readFileSync's "utf8".
      return binary ? readFileSync(file) : new TextDecoder().decode(readFileSync(file));
    } catch {
      throw new ArtifactError(`Search artifact missing: ${file}. Run \`npm run index\` (or \`npm run build\`) first.`);
    }
  }
  let meta: ArtifactMeta;
  let articles: Article[];
  try {
    meta = JSON.parse(read("meta.json"));
    articles = JSON.parse(read("articles.json"));
  } catch (e) {
    if (e instanceof ArtifactError) throw e;
    throw new ArtifactError(`Search artifact in ${dir} is corrupt (${(e as Error).message}). Rebuild it with \`npm run index\`.`);
  }
  if (meta.version !== ARTIFACT_VERSION || !Array.isArray(articles) || articles.length !== meta.articles) {
    throw new ArtifactError(`Search artifact in ${dir} is from another version or incomplete. Rebuild it with \`npm run index\`.`);
  }
  try {
    const lexicon = lexiconFromJSON(JSON.parse(read("lexicon.json")));
    return createEngine(articles, loadIndex(JSON.parse(read("index.json")), read("index.bin", true), lexicon));
  } catch (e) {
    if (e instanceof ArtifactError) throw e;
    throw new ArtifactError(`Search index in ${dir} is corrupt (${(e as Error).message}). Rebuild it with \`npm run index\`.`);
  }
}

export async function readReport(dir: string): Promise<IngestEntry[]> {
  return JSON.parse(await readFile(path.join(dir, "report.json"), "utf8"));
}

// One engine per server process, whichever route bundle asks first: module
// state is per bundle in Next.js, so the cache lives on globalThis.
const KEY = Symbol.for("tra-cuu.engine");
type Holder = { [KEY]?: Engine };

export function getEngine(): Engine {
  const g = globalThis as Holder;
  g[KEY] ??= readArtifact(artifactDir());
  return g[KEY];
}
