import { fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Article, IngestEntry } from "../ingest";
import { buildIndexFiles, createEngine, type Engine, lexiconFromJSON, lexiconToJSON, loadIndex } from "../search";
import type { ArticleStore } from "../search/store";
import { type ByteSource, recordsToFiles, storeFromFiles } from "./records";

/**
 * The build artifact: everything the server needs, written once by
 * `npm run index` and read once per server process.
 *   articles.json  per article its metadata (id, title, date, organizers…)
 *   articles.bin   per article its text (the story as UTF-8 with syllable
 *                  checkpoints, captions, warnings), read when a hit or the
 *                  article page needs it: a hit reads only its snippet's
 *                  window (records.ts)
 *   index.json     the written forms (exact syllables) of the forward index
 *   index.bin      the forward index: every article as form ids;
 *                  the inverted postings are derived from it at load
 *   lexicon.json   vocabulary and exact-form data for diacritic-aware ranking
 *   report.json    the ingestion report (every input file, with its status)
 */
export const ARTIFACT_VERSION = 7;

export interface ArtifactMeta {
  version: number;
  builtAt: string;
  corpusDir: string;
  articles: number;
}

export function artifactDir(): string {
  // Resolved at run time (the server reads what `npm run index` wrote); not traced into bundles.
  return path.resolve(
    /*turbopackIgnore: true*/ process.env.ARTIFACT_DIR ??
      path.join(/*turbopackIgnore: true*/ process.cwd(), "artifact"),
  );
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
  const records = recordsToFiles(input.articles);
  await writeAtomic(path.join(dir, "articles.json"), JSON.stringify(records.meta));
  await writeAtomic(path.join(dir, "articles.bin"), records.bin);
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
  let records: unknown;
  try {
    meta = JSON.parse(read("meta.json"));
    // Checked before the rest is read: an artifact of another version may lack these files.
    if (meta.version !== ARTIFACT_VERSION) throw new ArtifactError(otherVersion(dir));
    records = JSON.parse(read("articles.json"));
  } catch (e) {
    if (e instanceof ArtifactError) throw e;
    throw new ArtifactError(
      `Search artifact in ${dir} is corrupt (${(e as Error).message}). Rebuild it with \`npm run index\`.`,
    );
  }
  if (!Array.isArray(records) || records.length !== meta.articles) throw new ArtifactError(otherVersion(dir));
  let store: ArticleStore;
  try {
    store = storeFromFiles(records, openBytes(path.join(dir, "articles.bin")));
  } catch (e) {
    if (e instanceof ArtifactError) throw e;
    throw new ArtifactError(
      `Search artifact in ${dir} is corrupt (${(e as Error).message}). Rebuild it with \`npm run index\`.`,
    );
  }
  try {
    const lexicon = lexiconFromJSON(JSON.parse(read("lexicon.json")));
    return createEngine(store, loadIndex(JSON.parse(read("index.json")), read("index.bin", true), lexicon));
  } catch (e) {
    if (e instanceof ArtifactError) throw e;
    throw new ArtifactError(
      `Search index in ${dir} is corrupt (${(e as Error).message}). Rebuild it with \`npm run index\`.`,
    );
  }
}

/**
 * articles.bin read in place: the descriptor stays open for the life of the
 * engine, so an artifact rebuilt meanwhile (written to a new file, then
 * renamed) never mixes with the one loaded.
 */
function openBytes(file: string): ByteSource {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch {
    throw new ArtifactError(`Search artifact missing: ${file}. Run \`npm run index\` (or \`npm run build\`) first.`);
  }
  return {
    size: fstatSync(fd).size,
    read(from, to) {
      const out = new Uint8Array(to - from);
      if (readSync(fd, out, 0, out.length, from) !== out.length) throw new Error(`${file} is truncated`);
      return out;
    },
  };
}

const otherVersion = (dir: string) =>
  `Search artifact in ${dir} is from another version or incomplete. Rebuild it with \`npm run index\`.`;

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
