import { execFileSync, spawn } from "node:child_process";
import { createReadStream, existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import { servedDir } from "../../lib/artifact";
import { canonicalName, loadCurated } from "../../lib/ingest";
import { ensureCorpus } from "./generate";
import type { language } from "./language";
import { type ProfileSummary, summarizeProfile } from "./profile";
import { type BenchQuery, FIRST_AFTER_LOAD, MIX, type QueryClass, queryMix, warmupMix } from "./queries";
import { type Summary, summarize } from "./stats";
import type { SuggestRun } from "./suggest";
import { type BuildResult, loadProfileFile, type QueryFile, type QueryRun, type WorkerTask } from "./worker";

/**
 * The benchmark: for each corpus size, the real pipeline (ingestCorpus +
 * writeArtifact) and the baseline, each built and queried in its own child
 * process; bytes on disk; latency over the fixed query mix.
 */

export interface BenchOptions {
  sizes: number[];
  seed: number;
  /** Where corpora, artifacts and results go (never the repository). */
  root: string;
  /** scripts/bench.ts, run again with --worker for each child task. */
  workerEntry: string;
  curatedDir: string;
  /** Reuse artifacts already built for these corpora (no build figures then). */
  reuse: boolean;
  skipBaseline: boolean;
  /** Also profile the engine's query loop at the largest size. */
  profile: boolean;
  /** Time budget of one query run (the baseline at 100,000 articles takes minutes). */
  budgetMs: number;
  /**
   * Smoke-check mode: engine and baseline side by side (one per core) over a
   * smaller mix. Indicative figures only; the full run measures one process at a time.
   */
  quick: boolean;
  log: (line: string) => void;
}

export interface Bytes {
  /** Everything a server reads (the ingestion report is not). */
  servedRaw: number;
  servedGzip: number;
  /** Only what exists for search: the served files less the article records. */
  indexRaw: number;
  indexGzip: number;
  files: Record<string, { raw: number; gzip: number }>;
}

export interface Latency {
  all: Summary;
  /** The same queries in CPU time (robust to other work on a shared machine). */
  cpu: Summary;
  byClass: Partial<Record<QueryClass, Summary>>;
  filtered: Summary;
  unfiltered: Summary;
  zeroResults: number;
  /** The first FIRST_AFTER_LOAD warm-up queries, the first a fresh process answers: JIT tier-up and cold caches. */
  firstAfterLoad: Summary;
  /** Warm-up queries run before the measured ones (fewer than the mix when the warm-up budget ran out). */
  warmedUp: number;
  slowest: { q: string; class: QueryClass; filters: string; ms: number; total: number }[];
}

export interface SystemResult {
  build: BuildResult | null;
  bytes: Bytes | null;
  load: {
    ms: number;
    cpuMs: number;
    /** The engine's idle-time work after load (Engine.prepare), before the warm-up; absent in older results. */
    prepareMs?: number;
    prepareCpuMs?: number;
    rssBytes: number;
    heapBytes: number;
    peakRssBytes: number;
  } | null;
  latency: Latency | null;
  /** GET /api/suggest's lookup over the same artifact (engine only). */
  suggest?: SuggestRun | null;
  errors: string[];
}

export interface SizeResult {
  n: number;
  /** 1-minute load average of the machine before and after: other work on it skews every figure. */
  loadAverage: [number, number];
  corpus: { dir: string; bytes: number; syllables: number; generatedMs: number | null };
  engine: SystemResult;
  baseline: SystemResult | null;
}

export interface BenchResults {
  startedAt: string;
  /** The source measured: a commit, "-dirty" when lib/, tools/ or scripts/ had uncommitted changes. */
  revision: string;
  quick: boolean;
  command: string;
  machine: { cpus: number; cpuModel: string; memoryGB: number; node: string; platform: string };
  seed: number;
  queries: { measured: number; warmup: number; byClass: Record<string, number> };
  sizes: SizeResult[];
  /** The engine's query loop, and its load (readArtifact), profiled apart. */
  profile: (ProfileSummary & { n: number; file: string; load?: ProfileSummary & { file: string } }) | null;
}

/** Type-ahead lookups timed per size (GET /api/suggest's work). */
const SUGGEST_LOOKUPS = 2_000;
const SUGGEST_LOOKUPS_QUICK = 500;

/** The warm-up's time limit per query run (the baseline's queries take seconds at 100,000 articles). */
const WARMUP_BUDGET_MS = 60_000;
const WARMUP_BUDGET_MS_QUICK = 5_000;

/** Queries per class in quick mode (100 in all). */
const QUICK_PER_CLASS = 10;

const NODE_FLAGS = ["--max-old-space-size=16384", "--expose-gc"];

async function runChild<T>(opts: BenchOptions, name: string, task: WorkerTask): Promise<T> {
  const dir = path.join(opts.root, "tasks");
  await mkdir(dir, { recursive: true });
  const taskFile = path.join(dir, `${name}.task.json`);
  const resultFile = path.join(dir, `${name}.result.json`);
  await writeFile(taskFile, JSON.stringify(task));
  await rm(resultFile, { force: true });
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...process.execArgv, ...NODE_FLAGS, opts.workerEntry, "--worker", taskFile, resultFile],
      {
        stdio: ["ignore", "inherit", "inherit"],
      },
    );
    child.on("error", reject);
    child.on("exit", (c, signal) => resolve(signal ? -1 : c));
  });
  if (code !== 0 || !existsSync(resultFile))
    throw new Error(`${name}: child exited with ${code} (see its output above)`);
  return JSON.parse(await readFile(resultFile, "utf8")) as T;
}

async function gzipSize(file: string): Promise<number> {
  let size = 0;
  const gzip = createGzip();
  gzip.on("data", (chunk: Buffer) => {
    size += chunk.length;
  });
  await pipeline(createReadStream(file), gzip);
  return size;
}

/** Raw and gzip bytes of an artifact folder; records and the ingestion report counted apart. */
export async function measureBytes(at: string): Promise<Bytes> {
  const files: Bytes["files"] = {};
  // An engine artifact keeps its files in the build folder its CURRENT names.
  const dir = existsSync(path.join(at, "CURRENT")) ? servedDir(at) : at;
  for (const name of (await readdir(dir)).sort()) {
    if (name.endsWith(".tmp")) continue;
    const file = path.join(dir, name);
    if (!(await stat(file)).isFile()) continue;
    files[name] = { raw: (await stat(file)).size, gzip: await gzipSize(file) };
  }
  const sum = (pick: (name: string) => boolean, k: "raw" | "gzip") =>
    Object.entries(files)
      .filter(([name]) => pick(name))
      .reduce((s, [, f]) => s + f[k], 0);
  const served = (name: string) => name !== "report.json";
  // Article records (metadata, and since artifact v5 the text apart in articles.bin) are not index bytes.
  const index = (name: string) =>
    served(name) && name !== "articles.json" && name !== "articles.bin" && name !== "meta.json";
  return {
    servedRaw: sum(served, "raw"),
    servedGzip: sum(served, "gzip"),
    indexRaw: sum(index, "raw"),
    indexGzip: sum(index, "gzip"),
    files,
  };
}

const filtersOf = (q: BenchQuery) =>
  [...q.organizers.map((o) => `organizer=${o}`), ...q.years.map((y) => `year=${y}`)].join(" ");

export function latencyOf(mix: BenchQuery[], run: QueryRun): Latency {
  const queries = mix.slice(0, run.ms.length);
  const byClass: Latency["byClass"] = {};
  for (const cls of new Set(queries.map((q) => q.class)))
    byClass[cls] = summarize(run.ms.filter((_, i) => queries[i]!.class === cls));
  const filtered = (q: BenchQuery) => q.organizers.length + q.years.length > 0;
  return {
    all: summarize(run.ms),
    cpu: summarize(run.cpuMs ?? []),
    byClass,
    filtered: summarize(run.ms.filter((_, i) => filtered(queries[i]!))),
    unfiltered: summarize(run.ms.filter((_, i) => !filtered(queries[i]!))),
    zeroResults: run.totals.filter((t) => t === 0).length,
    firstAfterLoad: summarize((run.warmupMs ?? []).slice(0, FIRST_AFTER_LOAD)),
    warmedUp: (run.warmupMs ?? []).length,
    slowest: run.ms
      .map((ms, i) => ({
        q: queries[i]!.q,
        class: queries[i]!.class,
        filters: filtersOf(queries[i]!),
        ms,
        total: run.totals[i]!,
      }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 8),
  };
}

async function measureSystem(
  opts: BenchOptions,
  system: "engine" | "baseline",
  n: number,
  corpusDir: string,
  queriesFile: string,
  queries: BenchQuery[],
): Promise<SystemResult> {
  const out = path.join(opts.root, `${system === "engine" ? "artifact" : "baseline"}-${n}`);
  const result: SystemResult = { build: null, bytes: null, load: null, latency: null, errors: [] };
  const fail = (e: unknown) => {
    const msg = (e as Error).message;
    result.errors.push(msg);
    opts.log(`  ${system}: FAILED: ${msg}`);
  };
  if (!(opts.reuse && existsSync(path.join(out, system === "engine" ? "CURRENT" : "index.json")))) {
    await rm(out, { recursive: true, force: true });
    opts.log(`  ${system}: building ${out}`);
    try {
      result.build = await runChild<BuildResult>(opts, `build-${system}-${n}`, {
        kind: system === "engine" ? "build-engine" : "build-baseline",
        corpusDir,
        outDir: out,
        curatedDir: opts.curatedDir,
      });
      opts.log(
        `  ${system}: built in ${(result.build.totalMs / 1000).toFixed(1)} s, peak ${(result.build.peakRssBytes / 1e6).toFixed(0)} MB`,
      );
    } catch (e) {
      fail(e);
      return result;
    }
  }
  result.bytes = await measureBytes(out);
  opts.log(`  ${system}: querying (${queries.length} queries)`);
  try {
    const run = await runChild<QueryRun>(opts, `query-${system}-${n}`, {
      kind: system === "engine" ? "query-engine" : "query-baseline",
      dir: out,
      queriesFile,
      budgetMs: opts.budgetMs,
      warmupBudgetMs: opts.quick ? WARMUP_BUDGET_MS_QUICK : WARMUP_BUDGET_MS,
    });
    result.load = {
      ms: run.loadMs,
      cpuMs: run.loadCpuMs,
      prepareMs: run.prepareMs,
      prepareCpuMs: run.prepareCpuMs,
      rssBytes: run.rssAfterLoadBytes,
      heapBytes: run.heapAfterLoadBytes,
      peakRssBytes: run.peakRssBytes,
    };
    result.latency = latencyOf(queries, run);
    const l = result.latency.all;
    if (l.n < queries.length) opts.log(`  ${system}: time budget reached after ${l.n} of ${queries.length} queries`);
    const first = result.latency.firstAfterLoad;
    opts.log(
      `  ${system}: load ${run.loadMs.toFixed(0)} ms${run.prepareMs > 0 ? `, then idle-time work ${run.prepareMs.toFixed(0)} ms` : ""}; after ${result.latency.warmedUp} warm-up queries p50 ${l.p50.toFixed(2)} ms, p95 ${l.p95.toFixed(2)} ms, p99 ${l.p99.toFixed(2)} ms; first ${first.n} after load p50 ${first.p50.toFixed(2)}, p95 ${first.p95.toFixed(2)} ms`,
    );
  } catch (e) {
    fail(e);
  }
  if (system === "engine") {
    try {
      const s = await runChild<SuggestRun>(opts, `suggest-${n}`, {
        kind: "query-suggest",
        dir: out,
        count: opts.quick ? SUGGEST_LOOKUPS_QUICK : SUGGEST_LOOKUPS,
        seed: opts.seed,
      });
      result.suggest = s;
      opts.log(
        `  suggest: ${s.phrases.toLocaleString("en-US")} phrases, load ${s.loadMs.toFixed(0)} ms; ${s.all.n} lookups p50 ${s.all.p50.toFixed(2)} ms, p95 ${s.all.p95.toFixed(2)} ms, p99 ${s.all.p99.toFixed(2)} ms (CPU p50 ${s.cpu.p50.toFixed(2)}, p95 ${s.cpu.p95.toFixed(2)} ms)`,
      );
    } catch (e) {
      fail(e);
    }
  }
  return result;
}

/**
 * One benchmark per root at a time: two runs would delete each other's
 * artifacts and share the CPU, so every figure of both would be wrong.
 */
async function lock(root: string): Promise<() => Promise<void>> {
  const file = path.join(root, "bench.lock");
  try {
    const pid = Number(await readFile(file, "utf8"));
    if (pid && pid !== process.pid) {
      process.kill(pid, 0); // throws when no such process
      throw new Error(`another benchmark (pid ${pid}) is running in ${root}: wait for it, or pass --root`);
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT" && (e as NodeJS.ErrnoException).code !== "ESRCH") throw e;
  }
  await writeFile(file, String(process.pid));
  return () => rm(file, { force: true });
}

/** BENCH_REVISION when set (a snapshot without .git), else the working tree's commit. */
export function sourceRevision(): string {
  if (process.env.BENCH_REVISION) return process.env.BENCH_REVISION;
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "lib", "tools", "scripts"], {
      encoding: "utf8",
    }).trim();
    return dirty ? `${head}-dirty` : head;
  } catch {
    return "unknown";
  }
}

export async function runBench(opts: BenchOptions, command: string): Promise<BenchResults> {
  await mkdir(opts.root, { recursive: true });
  const unlock = await lock(opts.root);
  try {
    return await run(opts, command);
  } finally {
    await unlock();
  }
}

async function run(opts: BenchOptions, command: string): Promise<BenchResults> {
  const curated = await loadCurated(opts.curatedDir);
  const canonical = (o: ReturnType<typeof language>["organizers"][number]) => canonicalName(o.written[0]!, curated);
  const mix = opts.quick ? (Object.fromEntries(Object.keys(MIX).map((k) => [k, QUICK_PER_CLASS])) as typeof MIX) : MIX;
  const measured = queryMix(opts.seed, canonical, mix);
  const warmup = warmupMix(opts.seed, canonical, measured, mix);
  const queriesFile = path.join(opts.root, `queries-s${opts.seed}.json`);
  await writeFile(queriesFile, JSON.stringify({ measured, warmup } satisfies QueryFile, null, 1));
  const byClass: Record<string, number> = {};
  for (const q of measured) byClass[q.class] = (byClass[q.class] ?? 0) + 1;

  const results: BenchResults = {
    startedAt: new Date().toISOString(),
    revision: sourceRevision(),
    quick: opts.quick,
    command,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? "unknown",
      memoryGB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
    },
    seed: opts.seed,
    queries: { measured: measured.length, warmup: warmup.length, byClass },
    sizes: [],
    profile: null,
  };

  for (const n of opts.sizes) {
    opts.log(`\n== ${n.toLocaleString("en-US")} articles (load average ${os.loadavg()[0]!.toFixed(2)})`);
    const loadBefore = os.loadavg()[0]!;
    const t0 = performance.now();
    let fresh = false;
    const corpus = await ensureCorpus(opts.root, n, opts.seed, (done, total) => {
      fresh = true;
      if (total >= 10_000) opts.log(`  generating ${done.toLocaleString("en-US")}/${total.toLocaleString("en-US")}`);
    });
    const generatedMs = fresh ? performance.now() - t0 : null;
    opts.log(
      `  corpus ${corpus.dir} (${(corpus.bytes / 1e6).toFixed(0)} MB${fresh ? `, generated in ${((generatedMs ?? 0) / 1000).toFixed(1)} s` : ", cached"})`,
    );

    const runEngine = () => measureSystem(opts, "engine", n, corpus.dir, queriesFile, measured);
    const runBaseline = () =>
      opts.skipBaseline ? Promise.resolve(null) : measureSystem(opts, "baseline", n, corpus.dir, queriesFile, measured);
    const [engine, baseline] = opts.quick
      ? await Promise.all([runEngine(), runBaseline()])
      : [await runEngine(), await runBaseline()];
    if (engine.build) {
      const missing = [...new Set(measured.flatMap((q) => q.organizers))].filter((o) => !engine.build!.organizers[o]);
      if (missing.length > 0) opts.log(`  warning: filter organizers not in this corpus: ${missing.join("; ")}`);
    }
    results.sizes.push({
      n,
      loadAverage: [loadBefore, os.loadavg()[0]!],
      corpus: { dir: corpus.dir, bytes: corpus.bytes, syllables: corpus.syllables, generatedMs },
      engine,
      baseline,
    });
  }

  if (opts.profile) {
    const n = Math.max(...opts.sizes.filter((s) => s <= 10_000), Math.min(...opts.sizes));
    const file = path.join(opts.root, `engine-queries-${n}.cpuprofile`);
    opts.log(`\n== profiling the engine's query loop at ${n.toLocaleString("en-US")} articles → ${file}`);
    try {
      await runChild<QueryRun>(opts, `profile-engine-${n}`, {
        kind: "query-engine",
        dir: path.join(opts.root, `artifact-${n}`),
        queriesFile,
        profileFile: file,
      });
      const summary = summarizeProfile(JSON.parse(await readFile(file, "utf8")));
      const loadFile = loadProfileFile(file);
      const load = { ...summarizeProfile(JSON.parse(await readFile(loadFile, "utf8"))), file: loadFile };
      results.profile = { ...summary, n, file, load };
    } catch (e) {
      opts.log(`  profile FAILED: ${(e as Error).message}`);
    }
  }
  return results;
}
