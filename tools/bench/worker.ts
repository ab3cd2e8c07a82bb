import { readFileSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { Session } from "node:inspector/promises";
import { findSourceMap } from "node:module";
import path from "node:path";
import { readArtifact, writeArtifact } from "../../lib/artifact";
import { type Article, ingestCorpus, loadCurated } from "../../lib/ingest";
import { baselineSearch, buildBaseline, loadBaseline } from "../baseline";
import { type BenchQuery, benchRequest } from "./queries";
import { measureSuggest } from "./suggest";

/**
 * What runs inside the benchmark's child processes, one task per process, so
 * that every build starts from a clean heap (its peak memory is its own) and
 * every load is a cold start, as a fresh server's is.
 */

export type WorkerTask =
  | { kind: "build-engine" | "build-baseline"; corpusDir: string; outDir: string; curatedDir: string }
  | {
      kind: "query-engine" | "query-baseline";
      dir: string;
      queriesFile: string;
      profileFile?: string;
      /** Stop after this long: the mix is shuffled, so the queries run are a fair sample of it. */
      budgetMs?: number;
      /** Stop warming up after this long (the baseline takes seconds a query at 100,000 articles). */
      warmupBudgetMs?: number;
    }
  | { kind: "query-suggest"; dir: string; count: number; seed: number };

export interface BuildResult {
  /** CPU time of the build (user + system, all threads): what other work on the machine does not inflate. */
  cpuMs: number;
  ingestMs: number;
  indexMs: number;
  totalMs: number;
  peakRssBytes: number;
  articles: number;
  skipped: number;
  merged: number;
  /** Organizer facet values with their article counts (to check the query filters exist). */
  organizers: Record<string, number>;
}

export interface QueryRun {
  loadMs: number;
  loadCpuMs: number;
  /**
   * The engine's idle-time work after load (Engine.prepare: a server does it
   * between requests, from its start), done here before the warm-up; 0 for
   * the baseline.
   */
  prepareMs: number;
  prepareCpuMs: number;
  /** Resident and heap memory once loaded (after a GC), what a server holds at rest. */
  rssAfterLoadBytes: number;
  heapAfterLoadBytes: number;
  peakRssBytes: number;
  /**
   * Each warm-up query's time, in order: the first ones after a load are what
   * a freshly started server's first users wait (reported apart).
   */
  warmupMs: number[];
  /** Per measured query, in mix order (fewer than the mix when the time budget ran out). */
  ms: number[];
  /** CPU time of each query (user + system, all threads, so garbage collection too). */
  cpuMs: number[];
  totals: number[];
}

const cpuSince = (c0: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};

export interface QueryFile {
  measured: BenchQuery[];
  warmup: BenchQuery[];
}

const now = () => performance.now();

function progress(label: string) {
  let last = -1;
  return (done: number, total: number) => {
    const step = Math.floor((10 * done) / Math.max(1, total));
    if (total >= 2000 && step !== last) {
      last = step;
      process.stderr.write(`  ${label} ${done.toLocaleString("en-US")}/${total.toLocaleString("en-US")}\n`);
    }
  };
}

async function build(task: Extract<WorkerTask, { corpusDir: string }>): Promise<BuildResult> {
  const t0 = now();
  const c0 = process.cpuUsage();
  const aliases = await loadCurated(task.curatedDir);
  const { articles, report } = await ingestCorpus(task.corpusDir, aliases, progress("read"));
  const t1 = now();
  process.stderr.write(`  indexing ${articles.length.toLocaleString("en-US")} articles (${task.kind})\n`);
  if (task.kind === "build-engine") {
    await writeArtifact(task.outDir, { articles, report, corpusDir: task.corpusDir });
  } else {
    await mkdir(task.outDir, { recursive: true });
    const index = buildBaseline(articles);
    // The baseline serves the same records (for titles and text) next to its index.
    await writeAtomic(path.join(task.outDir, "index.json"), JSON.stringify(index));
    await writeAtomic(path.join(task.outDir, "articles.json"), JSON.stringify(articles));
  }
  const t2 = now();
  const organizers: Record<string, number> = {};
  for (const a of articles) for (const o of a.organizers) organizers[o] = (organizers[o] ?? 0) + 1;
  return {
    cpuMs: cpuSince(c0),
    ingestMs: t1 - t0,
    indexMs: t2 - t1,
    totalMs: t2 - t0,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    articles: articles.length,
    skipped: report.filter((r) => r.status === "skipped").length,
    merged: report.filter((r) => r.status === "merged").length,
    organizers,
  };
}

async function writeAtomic(file: string, data: string) {
  await writeFile(`${file}.tmp`, data);
  await rename(`${file}.tmp`, file);
}

type Searcher = ((q: BenchQuery) => number) & { prepare?: () => void };

function loadSearcher(task: Extract<WorkerTask, { queriesFile: string }>): Searcher {
  if (task.kind === "query-engine") {
    const engine = readArtifact(task.dir);
    const search: Searcher = (q) => {
      const req = benchRequest(q);
      return engine.search(req).total;
    };
    search.prepare = () => engine.prepare();
    return search;
  }
  // What a server of the baseline reads: its index and the records it shows.
  const articles: Article[] = JSON.parse(readFileSync(path.join(task.dir, "articles.json"), "utf8"));
  const index = loadBaseline(readFileSync(path.join(task.dir, "index.json"), "utf8"));
  return (q) => {
    const { total, page } = baselineSearch(index, q);
    for (const i of page) if (!articles[i]) throw new Error(`baseline: no article ${i}`);
    return total;
  };
}

/** V8's sampling profiler (what `node --cpu-prof` runs), scoped to one phase. */
async function startProfiler(): Promise<Session> {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 200 });
  await session.post("Profiler.start");
  return session;
}

async function stopProfiler(session: Session, file: string): Promise<void> {
  const { profile } = await session.post("Profiler.stop");
  await writeFile(file, JSON.stringify(toSourceLines(profile)));
  session.disconnect();
}

/** Where the load phase's profile goes, next to the query loop's. */
export const loadProfileFile = (profileFile: string) => profileFile.replace(/\.cpuprofile$/, ".load.cpuprofile");

async function query(task: Extract<WorkerTask, { queriesFile: string }>): Promise<QueryRun> {
  const { measured, warmup }: QueryFile = JSON.parse(await readFile(task.queriesFile, "utf8"));
  const loadSession = task.profileFile ? await startProfiler() : undefined;
  const t0 = now();
  const c0 = process.cpuUsage();
  const search = loadSearcher(task);
  const loadMs = now() - t0;
  const loadCpuMs = cpuSince(c0);
  if (loadSession && task.profileFile) await stopProfiler(loadSession, loadProfileFile(task.profileFile));
  const t1 = now();
  const c1 = process.cpuUsage();
  search.prepare?.();
  const prepareMs = search.prepare ? now() - t1 : 0;
  const prepareCpuMs = search.prepare ? cpuSince(c1) : 0;
  (globalThis as { gc?: () => void }).gc?.();
  const mem = process.memoryUsage();

  // Warm the JIT on other queries of the same kinds: the measured ones stay cold.
  const warmupMs: number[] = [];
  const warmStart = now();
  for (const q of warmup) {
    if (task.warmupBudgetMs !== undefined && now() - warmStart > task.warmupBudgetMs) break;
    const t = now();
    search(q);
    warmupMs.push(now() - t);
  }

  const session = task.profileFile ? await startProfiler() : undefined;
  const ms: number[] = [];
  const cpuMs: number[] = [];
  const totals: number[] = [];
  const started = now();
  for (const q of measured) {
    if (task.budgetMs !== undefined && now() - started > task.budgetMs) break;
    const c = process.cpuUsage();
    const t = now();
    const total = search(q);
    ms.push(now() - t);
    cpuMs.push(cpuSince(c));
    totals.push(total);
  }
  if (session && task.profileFile) await stopProfiler(session, task.profileFile);
  return {
    loadMs,
    loadCpuMs,
    prepareMs,
    prepareCpuMs,
    rssAfterLoadBytes: mem.rss,
    heapAfterLoadBytes: mem.heapUsed,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    warmupMs,
    ms,
    cpuMs,
    totals,
  };
}

/**
 * tsx runs TypeScript as generated code on one line: map each frame back to
 * its line in the .ts source, so profiles name places a reader can find.
 */
function toSourceLines<
  P extends {
    nodes: { callFrame: { url: string; lineNumber: number; columnNumber: number }; positionTicks?: unknown }[];
  },
>(profile: P): P {
  for (const node of profile.nodes) {
    const f = node.callFrame;
    if (!f.url.startsWith("file:") || f.lineNumber < 0) continue;
    const entry = findSourceMap(f.url)?.findEntry(f.lineNumber, f.columnNumber);
    if (entry && "originalLine" in entry) {
      f.lineNumber = entry.originalLine;
      f.columnNumber = entry.originalColumn;
      delete node.positionTicks; // generated-code lines: misleading once frames are mapped
    }
  }
  return profile;
}

/** Runs the task in taskFile and writes its result next to it. */
export async function runWorker(taskFile: string, resultFile: string): Promise<void> {
  const task: WorkerTask = JSON.parse(await readFile(taskFile, "utf8"));
  const result =
    "corpusDir" in task
      ? await build(task)
      : task.kind === "query-suggest"
        ? measureSuggest(task.dir, task.count, task.seed)
        : await query(task);
  await writeFile(resultFile, JSON.stringify(result));
}
