import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdir, open, readdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import type { Article, IngestEntry } from "../ingest";
import { type ArticleStore, buildIndexParts, createEngine, type Engine, loadIndex } from "../search";
import { buildSuggestFile, loadSuggester, type Suggester } from "../suggest";
import { ARTIFACT_FILES, ARTIFACT_VERSION, type ArtifactMeta } from "./formats";
import { acquireLock } from "./lock";

export { ARTIFACT_FILES, ARTIFACT_VERSION, type ArtifactMeta } from "./formats";

import { forwardFromFiles, forwardToFiles } from "./formats/forward";
import { lexiconFromJSON, lexiconToJSON } from "./formats/lexicon";
import { recordsToFiles, storeFromFiles } from "./formats/records";

/**
 * The build artifact (file layouts: formats/): `npm run index` writes a new
 * build folder beside the served one, fsyncs it, then switches CURRENT with
 * one rename (atomic): a build that fails or is killed at any point leaves
 * the previous build served, whole. The build before the current one is kept
 * (to go back to by hand: write its name into CURRENT); older ones and
 * half-written ones are removed by the next build. A server loads the build
 * once, every file checked against meta.json.
 */

export function artifactDir(): string {
  // Resolved at run time (the server reads what `npm run index` wrote); not traced into bundles.
  return path.resolve(
    /*turbopackIgnore: true*/ process.env.ARTIFACT_DIR ??
      path.join(/*turbopackIgnore: true*/ process.cwd(), "artifact"),
  );
}

const POINTER = "CURRENT";
const BUILD_PREFIX = "build-";
const PARTIAL_PREFIX = ".partial-";

/** The build folder CURRENT names, or null when there is none. */
export function currentBuild(dir: string): string | null {
  let name: string;
  try {
    name = readFileSync(path.join(dir, POINTER), "utf8").trim();
  } catch {
    return null;
  }
  // Only a plain build name: a pointer cannot lead out of the artifact folder.
  if (!name.startsWith(BUILD_PREFIX) || name.includes("/") || name.includes("\\") || name.includes(".."))
    throw new ArtifactError(
      `Search artifact pointer ${path.join(dir, POINTER)} is corrupt. Rebuild it with \`npm run index\`.`,
    );
  return path.join(dir, name);
}

/** The folder holding the served build's files: the one CURRENT names. */
export function servedDir(dir: string): string {
  const build = currentBuild(dir);
  if (build === null)
    throw new ArtifactError(
      `Search artifact missing: ${path.join(dir, POINTER)}. Run \`npm run index\` (or \`npm run build\`) first.`,
    );
  return build;
}

const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");

async function writeSynced(file: string, data: string | Uint8Array) {
  const handle = await open(file, "wx");
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function syncDir(dir: string) {
  const handle = await open(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export class EmptyBuildError extends Error {}

/**
 * Writes a complete new build beside the served one and switches to it
 * atomically, under the folder's lock. Refuses a build without articles
 * before touching anything, so the last good artifact stays served.
 */
export async function writeArtifact(
  dir: string,
  input: { articles: Article[]; report: IngestEntry[]; corpusDir: string },
  hooks: { beforeSwitch?: (buildDir: string) => Promise<void> | void } = {},
): Promise<ArtifactMeta> {
  if (input.articles.length === 0)
    throw new EmptyBuildError(`no article could be read from ${input.corpusDir}; the artifact in ${dir} is unchanged`);
  await mkdir(dir, { recursive: true });
  const release = acquireLock(dir);
  try {
    const served = currentBuild(dir);
    // Half-written builds of killed runs, and every build but the served one
    // (which stays until this one is switched in, then is the one before it).
    for (const n of await readdir(dir))
      if (n.startsWith(PARTIAL_PREFIX) || (n.startsWith(BUILD_PREFIX) && n !== path.basename(served ?? "")))
        await rm(path.join(dir, n), { recursive: true, force: true });
    const stamp = new Date().toISOString().replace(/[-:.]/g, "");
    const name = `${BUILD_PREFIX}${stamp}-${process.pid}-${randomBytes(3).toString("hex")}`;
    const partial = path.join(dir, `${PARTIAL_PREFIX}${name}`);
    await mkdir(partial);
    const index = buildIndexParts(input.articles);
    const forward = forwardToFiles(index.forward);
    const records = recordsToFiles(input.articles);
    const contents: Record<(typeof ARTIFACT_FILES)[number], string | Uint8Array> = {
      "articles.json": JSON.stringify(records.meta),
      "articles.bin": records.bin,
      "index.json": JSON.stringify(forward.json),
      "index.bin": forward.bin,
      "lexicon.json": JSON.stringify(lexiconToJSON(index.lexicon)),
      "report.json": JSON.stringify(input.report, null, 1),
      "suggest.json": JSON.stringify(buildSuggestFile(input.articles)),
    };
    const files: ArtifactMeta["files"] = {};
    for (const f of ARTIFACT_FILES) {
      const data = contents[f];
      await writeSynced(path.join(partial, f), data);
      files[f] = { bytes: typeof data === "string" ? Buffer.byteLength(data) : data.length, sha256: sha256(data) };
    }
    const meta: ArtifactMeta = {
      version: ARTIFACT_VERSION,
      builtAt: new Date().toISOString(),
      corpusDir: input.corpusDir,
      articles: input.articles.length,
      files,
    };
    await writeSynced(path.join(partial, "meta.json"), JSON.stringify(meta, null, 1));
    await syncDir(partial);
    await rename(partial, path.join(dir, name));
    await hooks.beforeSwitch?.(path.join(dir, name));
    // The switch: a new pointer written whole, then renamed over the old one.
    const tmp = path.join(dir, `${POINTER}.${process.pid}.tmp`);
    await rm(tmp, { force: true });
    await writeSynced(tmp, `${name}\n`);
    await rename(tmp, path.join(dir, POINTER));
    await syncDir(dir);
    return meta;
  } finally {
    release();
  }
}

export class ArtifactError extends Error {}

const rebuild = "Rebuild it with `npm run index` (or `npm run build`).";

/**
 * Loads the served build into a ready engine, or explains what is wrong with
 * it. Every file is checked against the size and SHA-256 in meta.json before
 * it is used: a single flipped byte is refused, naming the file and the fix.
 */
export function readArtifact(dir: string): Engine {
  return loadBuild(servedDir(dir)).engine;
}

/** The engine and the type-ahead suggester of one build, every file checked. */
function loadBuild(build: string): { engine: Engine; suggester: Suggester } {
  let meta: ArtifactMeta;
  try {
    meta = JSON.parse(readFileSync(path.join(build, "meta.json"), "utf8"));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT")
      throw new ArtifactError(`Search artifact missing: ${path.join(build, "meta.json")}. ${rebuild}`);
    throw new ArtifactError(`Search artifact in ${build} is corrupt (meta.json: ${(e as Error).message}). ${rebuild}`);
  }
  // Checked before the rest is read: an artifact of another version may lack these files.
  if (meta?.version !== ARTIFACT_VERSION || typeof meta.files !== "object" || meta.files === null)
    throw new ArtifactError(`Search artifact in ${build} is from another version or incomplete. ${rebuild}`);
  const bytes = new Map<string, Buffer>();
  for (const f of ARTIFACT_FILES) {
    const want = meta.files[f];
    if (!want) throw new ArtifactError(`Search artifact in ${build} is from another version or incomplete. ${rebuild}`);
    let data: Buffer;
    try {
      data = readFileSync(path.join(build, f));
    } catch {
      throw new ArtifactError(`Search artifact missing: ${path.join(build, f)}. ${rebuild}`);
    }
    if (data.length !== want.bytes || sha256(data) !== want.sha256)
      throw new ArtifactError(
        `Search artifact in ${build} is corrupt: ${f} does not match its checksum in meta.json (${data.length} bytes, expected ${want.bytes}). ${rebuild}`,
      );
    if (f !== "report.json") bytes.set(f, data);
  }
  const text = (f: string) => new TextDecoder().decode(bytes.get(f));
  try {
    const records = JSON.parse(text("articles.json"));
    if (!Array.isArray(records) || records.length !== meta.articles)
      throw new Error("article count differs from meta.json");
    const store: ArticleStore = storeFromFiles(records, bytes.get("articles.bin")!);
    const lexicon = lexiconFromJSON(JSON.parse(text("lexicon.json")));
    const forward = forwardFromFiles(JSON.parse(text("index.json")), bytes.get("index.bin")!, lexicon);
    const engine = createEngine(store, loadIndex(forward, lexicon));
    return { engine, suggester: loadSuggester(JSON.parse(text("suggest.json"))) };
  } catch (e) {
    throw new ArtifactError(`Search artifact in ${build} is corrupt (${(e as Error).message}). ${rebuild}`);
  }
}

// One engine per server process, whichever route bundle asks first: module
// state is per bundle in Next.js, so the cache lives on globalThis.
const KEY = Symbol.for("tra-cuu.engine");
type Served = { engine: Engine; suggester: Suggester; build: string; refused: string | null };
type Holder = { [KEY]?: Served };

function served(): Served {
  const g = globalThis as Holder;
  if (!g[KEY]) {
    const build = servedDir(artifactDir());
    g[KEY] = { ...loadBuild(build), build, refused: null };
  }
  return g[KEY];
}

/**
 * The engine of the build loaded. It holds everything it serves in memory, so
 * whatever happens to the files afterwards (a rebuild, a deletion, an
 * overwrite) it keeps answering from what it loaded.
 */
export function getEngine(): Engine {
  return served().engine;
}

/**
 * Syllables per step of an engine's idle-time work (whole articles, so at
 * most one article more): about 10 ms on this project's two-core machine,
 * what a request may wait behind it.
 */
const PREPARE_STEP = 300_000;

/**
 * Runs the served engine's idle-time work (Engine.prepare) in steps between
 * requests, from the start until done or until another build is swapped in.
 * Until then queries are answered as they would be (a reading's first use
 * finds its articles alone).
 */
export function prepareInIdleTime(engine: Engine): void {
  const step = () => {
    if ((globalThis as Holder)[KEY]?.engine !== engine) return;
    if (!engine.prepare(PREPARE_STEP)) setImmediate(step);
  };
  setImmediate(step);
}

/** The type-ahead suggester of the same build as getEngine(). */
export function getSuggester(): Suggester {
  return served().suggester;
}

/** The build folder the engine was loaded from. */
export function loadedBuild(): string {
  return served().build;
}

/**
 * Looks whether CURRENT names a newer build than the one loaded; if so loads
 * and checks it, then swaps it in with one assignment (a request already
 * running keeps the engine it started with). A build that fails its checks
 * is refused with a log line, and the loaded one stays. Returns what happened.
 */
export function refreshEngine(log: (line: string) => void = console.log): "same" | "swapped" | "refused" {
  const s = served();
  let next: string | null;
  try {
    next = currentBuild(artifactDir());
  } catch (e) {
    next = null;
    if (s.refused !== "pointer") log(`tra-cuu: ${(e as Error).message} Still serving ${s.build}.`);
    s.refused = "pointer";
    return "refused";
  }
  if (next === null || next === s.build || next === s.refused) return "same";
  try {
    const loaded = loadBuild(next);
    const { engine } = loaded;
    (globalThis as Holder)[KEY] = { ...loaded, build: next, refused: null };
    prepareInIdleTime(engine);
    log(`tra-cuu: switched to ${next} (${engine.articles.length} articles)`);
    return "swapped";
  } catch (e) {
    s.refused = next;
    log(`tra-cuu: new build refused: ${(e as Error).message} Still serving ${s.build}.`);
    return "refused";
  }
}

/** Checks for a newly completed build every `ms` (the server starts this; it never keeps the process alive). */
export function watchArtifact(ms = 2_000): void {
  const timer = setInterval(() => refreshEngine(), ms);
  timer.unref();
}
