import type { BenchResults, SizeResult, SystemResult } from "./measure";
import type { ProfileSummary } from "./profile";
import { FIRST_AFTER_LOAD, MIX, type QueryClass } from "./queries";
import { mb, ms, ratio, type Summary } from "./stats";

/** The speed and size targets (docs/BENCHMARKS.md), checked on the sizes they are stated for. */
export interface Target {
  n: number;
  what: string;
  value: string;
  limit: string;
  pass: boolean | null;
}

const LIMITS = {
  p95At10k: 15,
  speedupAt10k: 9,
  loadAt10k: 1000,
  p95At100k: 100,
  buildAt100k: 180_000,
  peakAt100k: 4 * 2 ** 30,
  bytesRatio: 1.3,
};

const div = (a: number | undefined | null, b: number | undefined | null) =>
  a == null || b == null || b === 0 ? null : a / b;

export function targets(results: BenchResults): Target[] {
  const out: Target[] = [];
  const check = (
    n: number,
    what: string,
    value: number | null,
    limit: number,
    fmt: (x: number | null) => string,
    atMost = true,
  ) =>
    out.push({
      n,
      what,
      value: fmt(value),
      limit: `${atMost ? "≤" : "≥"} ${fmt(limit)}`,
      pass: value === null ? null : atMost ? value <= limit : value >= limit,
    });
  for (const s of results.sizes) {
    const e = s.engine;
    const b = s.baseline;
    if (s.n === 10_000) {
      check(s.n, "query p95 (ms)", e.latency?.all.p95 ?? null, LIMITS.p95At10k, ms);
      check(s.n, "query p95 in CPU time (ms)", e.latency?.cpu?.p95 ?? null, LIMITS.p95At10k, ms);
      check(
        s.n,
        "p95 speed-up over the baseline",
        div(b?.latency?.all.p95, e.latency?.all.p95),
        LIMITS.speedupAt10k,
        ratio,
        false,
      );
      check(
        s.n,
        "p95 speed-up over the baseline, CPU time",
        div(b?.latency?.cpu?.p95, e.latency?.cpu?.p95),
        LIMITS.speedupAt10k,
        ratio,
        false,
      );
      check(s.n, "server load of the artifact (ms)", e.load?.ms ?? null, LIMITS.loadAt10k, ms);
      check(s.n, "server load in CPU time (ms)", e.load?.cpuMs ?? null, LIMITS.loadAt10k, ms);
    }
    if (s.n === 100_000) {
      check(s.n, "query p95 (ms)", e.latency?.all.p95 ?? null, LIMITS.p95At100k, ms);
      check(s.n, "query p95 in CPU time (ms)", e.latency?.cpu?.p95 ?? null, LIMITS.p95At100k, ms);
      check(
        s.n,
        "build: ingest + index (s)",
        e.build ? e.build.totalMs / 1000 : null,
        LIMITS.buildAt100k / 1000,
        (x) => (x === null ? "–" : x.toFixed(0)),
      );
      check(
        s.n,
        "build in CPU time (s)",
        e.build?.cpuMs ? e.build.cpuMs / 1000 : null,
        LIMITS.buildAt100k / 1000,
        (x) => (x === null ? "–" : x.toFixed(0)),
      );
      check(s.n, "peak memory of the build", e.build?.peakRssBytes ?? null, LIMITS.peakAt100k, (x) =>
        x === null ? "–" : `${(x / 2 ** 30).toFixed(2)} GiB`,
      );
    }
    if (b) {
      check(s.n, "index bytes ÷ baseline's (raw)", div(e.bytes?.indexRaw, b.bytes?.indexRaw), LIMITS.bytesRatio, ratio);
      check(
        s.n,
        "index bytes ÷ baseline's (gzip)",
        div(e.bytes?.indexGzip, b.bytes?.indexGzip),
        LIMITS.bytesRatio,
        ratio,
      );
    }
  }
  return out;
}

const n = (x: number) => x.toLocaleString("en-US");
const secs = (x: number | undefined | null) => (x == null ? "–" : `${(x / 1000).toFixed(1)} s`);
const pair = (a: string, b: string) => `${a} / ${b}`;

function buildCell(sys: SystemResult): string {
  if (!sys.build) return sys.errors.length ? "failed" : "reused";
  return `${secs(sys.build.totalMs)} (${secs(sys.build.ingestMs)} + ${secs(sys.build.indexMs)}); CPU ${secs(sys.build.cpuMs)}`;
}

function systems(s: SizeResult): [string, SystemResult][] {
  return s.baseline
    ? [
        ["engine", s.engine],
        ["baseline", s.baseline],
      ]
    : [["engine", s.engine]];
}

/** The results as Markdown: what the terminal prints and what docs/BENCHMARKS.md holds. */
export function renderMarkdown(r: BenchResults): string {
  const lines: string[] = [];
  const m = r.machine;
  lines.push(
    `Run ${r.startedAt.slice(0, 16).replace("T", " ")} UTC of revision ${r.revision ?? "unknown"}: \`${r.command}\`, seed ${r.seed}; ${m.cpus} × ${m.cpuModel}, ${m.memoryGB} GB, Node ${m.node}. ` +
      `${r.queries.measured} measured queries, each run once, after ${r.queries.warmup} warm-up queries of the same kinds (or as many as the warm-up's time limit allows: a minute, 5 s in quick mode); the first ${FIRST_AFTER_LOAD} queries after the load, warm-up ones, reported apart.` +
      (r.quick ? " Quick mode: engine and baseline ran side by side on the two cores; indicative figures only." : ""),
    "",
    "**Build, bytes and load**",
    "",
    "| articles | system | build: total (ingest + index); CPU time | peak RSS of the build | index raw / gzip | served raw / gzip | load | RSS after load |",
    "| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: |",
  );
  for (const s of r.sizes) {
    for (const [name, sys] of systems(s))
      lines.push(
        `| ${n(s.n)} | ${name} | ${buildCell(sys)} | ${mb(sys.build?.peakRssBytes)} | ${pair(mb(sys.bytes?.indexRaw), mb(sys.bytes?.indexGzip))} | ${pair(mb(sys.bytes?.servedRaw), mb(sys.bytes?.servedGzip))} | ${ms(sys.load?.ms)} ms (CPU ${ms(sys.load?.cpuMs)})${sys.load?.prepareMs ? `, then ${ms(sys.load.prepareMs)} ms idle-time work` : ""} | ${mb(sys.load?.rssBytes)} |`,
      );
    if (s.baseline) {
      const e = s.engine;
      const b = s.baseline;
      lines.push(
        `| ${n(s.n)} | engine ÷ baseline | ${ratio(div(e.build?.totalMs, b.build?.totalMs))} | ${ratio(div(e.build?.peakRssBytes, b.build?.peakRssBytes))} | ${pair(ratio(div(e.bytes?.indexRaw, b.bytes?.indexRaw)), ratio(div(e.bytes?.indexGzip, b.bytes?.indexGzip)))} | ${pair(ratio(div(e.bytes?.servedRaw, b.bytes?.servedRaw)), ratio(div(e.bytes?.servedGzip, b.bytes?.servedGzip)))} | ${ratio(div(e.load?.ms, b.load?.ms))} | ${ratio(div(e.load?.rssBytes, b.load?.rssBytes))} |`,
      );
    }
  }

  lines.push("", "**Query latency (ms), first page with snippets and highlights**", "");
  lines.push(
    `| articles | system | queries | p50 | p95 | p99 | mean | max | CPU p50 | CPU p95 | CPU p99 | no results | warm-up queries | first ${FIRST_AFTER_LOAD} after load: p50 / p95 |`,
    "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  );
  for (const s of r.sizes) {
    for (const [name, sys] of systems(s)) {
      const l = sys.latency;
      lines.push(
        `| ${n(s.n)} | ${name} | ${l ? l.all.n : "–"} | ${ms(l?.all.p50)} | ${ms(l?.all.p95)} | ${ms(l?.all.p99)} | ${ms(l?.all.mean)} | ${ms(l?.all.max)} | ${ms(l?.cpu?.p50)} | ${ms(l?.cpu?.p95)} | ${ms(l?.cpu?.p99)} | ${l ? l.zeroResults : "–"} | ${l?.warmedUp ?? "–"} | ${l?.firstAfterLoad ? pair(ms(l.firstAfterLoad.p50), ms(l.firstAfterLoad.p95)) : "–"} |`,
      );
    }
    if (s.baseline?.latency && s.engine.latency) {
      const e = s.engine.latency.all;
      const b = s.baseline.latency.all;
      const ec = s.engine.latency.cpu;
      const bc = s.baseline.latency.cpu;
      lines.push(
        `| ${n(s.n)} | baseline ÷ engine | | ${ratio(b.p50 / e.p50)} | ${ratio(b.p95 / e.p95)} | ${ratio(b.p99 / e.p99)} | ${ratio(b.mean / e.mean)} | ${ratio(b.max / e.max)} | ${ratio(div(bc?.p50, ec?.p50))} | ${ratio(div(bc?.p95, ec?.p95))} | ${ratio(div(bc?.p99, ec?.p99))} | | | |`,
      );
    }
  }

  if (r.sizes.some((s) => s.engine.suggest)) {
    lines.push(
      "",
      "**Type-ahead: GET /api/suggest's lookup (ms; target p95 ≤ 5 ms at 100,000 articles)**",
      "",
      "| articles | phrases | suggest.json | load | lookups | p50 | p95 | p99 | max | CPU p50 / p95 | p95 1 / 2 / 3 syllables | p95 with / without diacritics | none found |",
      "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    );
    for (const s of r.sizes) {
      const g = s.engine.suggest;
      if (!g) continue;
      const by = (k: string) => ms(g.bySyllables[k]?.p95);
      lines.push(
        `| ${n(s.n)} | ${n(g.phrases)} | ${mb(g.bytes)} | ${ms(g.loadMs)} ms | ${g.all.n} | ${ms(g.all.p50)} | ${ms(g.all.p95)} | ${ms(g.all.p99)} | ${ms(g.all.max)} | ${ms(g.cpu?.p50)} / ${ms(g.cpu?.p95)} | ${by("1")} / ${by("2")} / ${by("3")} | ${ms(g.withDiacritics.p95)} / ${ms(g.withoutDiacritics.p95)} | ${g.empty} |`,
      );
    }
  }

  lines.push("", "**p95 by query class (ms): engine / baseline**", "");
  lines.push(
    `| class | ${r.sizes.map((s) => n(s.n)).join(" | ")} |`,
    `| --- | ${r.sizes.map(() => "---:").join(" | ")} |`,
  );
  const classes = Object.keys(MIX) as QueryClass[];
  const rows: [string, (sys: SystemResult) => number | undefined][] = [
    ...classes.map((c): [string, (sys: SystemResult) => number | undefined] => [
      `${c} (${r.queries.byClass[c] ?? 0})`,
      (sys) => sys.latency?.byClass[c]?.p95,
    ]),
    ["with filters", (sys) => sys.latency?.filtered.p95],
    ["without filters", (sys) => sys.latency?.unfiltered.p95],
  ];
  for (const [label, get] of rows)
    lines.push(
      `| ${label} | ${r.sizes.map((s) => pair(ms(get(s.engine)), s.baseline ? ms(get(s.baseline)) : "–")).join(" | ")} |`,
    );

  const t = targets(r);
  if (t.length > 0) {
    lines.push(
      "",
      "**Targets**",
      "",
      "| articles | target | measured | limit | |",
      "| ---: | --- | ---: | ---: | --- |",
    );
    for (const x of t)
      lines.push(
        `| ${n(x.n)} | ${x.what} | ${x.value} | ${x.limit} | ${x.pass === null ? "n/a" : x.pass ? "PASS" : "**FAIL**"} |`,
      );
  }

  const largest = r.sizes.at(-1);
  if (largest?.engine.latency) {
    lines.push(
      "",
      `**Slowest engine queries at ${n(largest.n)} articles**`,
      "",
      "| ms | class | query | filters | hits |",
      "| ---: | --- | --- | --- | ---: |",
    );
    for (const q of largest.engine.latency.slowest)
      lines.push(
        `| ${ms(q.ms)} | ${q.class} | \`${q.q.replace(/\|/g, "\\|") || "(empty)"}\` | ${q.filters || ""} | ${n(q.total)} |`,
      );
  }
  const loads = r.sizes.filter((s) => s.loadAverage);
  if (loads.length > 0)
    lines.push(
      "",
      `Machine load average (1 min) before → after each size: ${loads.map((s) => `${n(s.n)}: ${s.loadAverage[0].toFixed(1)} → ${s.loadAverage[1].toFixed(1)}`).join("; ")} (${r.machine.cpus} cores; above ~0.5, other work was running).`,
    );
  const errors = r.sizes.flatMap((s) =>
    systems(s).flatMap(([name, sys]) => sys.errors.map((e) => `${n(s.n)} ${name}: ${e}`)),
  );
  if (errors.length) lines.push("", "**Errors**", "", ...errors.map((e) => `- ${e}`));
  return lines.join("\n");
}

function profileTables(p: ProfileSummary, top: number): string[] {
  const sampled = p.functions.reduce((s, f) => s + f.selfMs, 0);
  const pct = (x: number) => `${((100 * x) / sampled).toFixed(1)}%`;
  return [
    "| self | total | function | where |",
    "| ---: | ---: | --- | --- |",
    ...p.functions.slice(0, top).map((f) => `| ${pct(f.selfMs)} | ${pct(f.totalMs)} | \`${f.name}\` | ${f.where} |`),
    "",
    "| self | file |",
    "| ---: | --- |",
    ...p.files.slice(0, 12).map((f) => `| ${pct(f.selfMs)} | ${f.file} |`),
  ];
}

const sampledSeconds = (p: ProfileSummary) => (p.functions.reduce((s, f) => s + f.selfMs, 0) / 1000).toFixed(1);

export function renderProfile(r: BenchResults, top = 20): string {
  const p = r.profile;
  if (!p) return "";
  const lines = [
    `**CPU profile of the engine's query loop at ${n(p.n)} articles** (${sampledSeconds(p)} s sampled; \`${p.file}\`)`,
    "",
    ...profileTables(p, top),
  ];
  if (p.load)
    lines.push(
      "",
      `**CPU profile of the engine's load (readArtifact) at ${n(p.n)} articles** (${sampledSeconds(p.load)} s sampled; \`${p.load.file}\`)`,
      "",
      ...profileTables(p.load, 12),
    );
  return lines.join("\n");
}

export const DOC_START = "<!-- bench:results:start -->";
export const DOC_END = "<!-- bench:results:end -->";

export const BROWSER_START = "<!-- bench:browser:start -->";
export const BROWSER_END = "<!-- bench:browser:end -->";

/** Replaces what lies between the markers (they must both be there). */
export function replaceBetweenMarkers(doc: string, content: string, start = DOC_START, end = DOC_END): string {
  const a = doc.indexOf(start);
  const b = doc.indexOf(end);
  if (a < 0 || b < a) throw new Error(`markers ${start} … ${end} not found`);
  return `${doc.slice(0, a + start.length)}\n\n${content.trim()}\n\n${doc.slice(b)}`;
}

/** What scripts/bench-browser.ts measures. */
export interface BrowserResults {
  size: number;
  at: string;
  artifact: string;
  /** Server start to the first search answered (the artifact loads on the first request). */
  coldStartMs: number;
  /** Whole HTML of a shared results link, fetched from the server. */
  serverRender: Summary;
  keystrokes: number;
  /** Keystrokes after which the results did not change on screen (not in `paint`). */
  unchanged: number;
  /** Keystroke (beforeinput) to the frame after the last change of the results. */
  paint: Summary;
  /** The /api/search fetch of each keystroke, as the page saw it. */
  api: Summary;
  slowest: { query: string; typed: string; ms: number | null; apiMs: number }[];
  /** Every keystroke: the query being typed, the character, its latency (null: nothing changed). */
  detail: { query: string; typed: string; ms: number | null; apiMs: number }[];
  firstLoad: { rawBytes: number; gzipBytes: number; files: { file: string; raw: number; gzip: number }[] };
}

export function renderBrowser(r: BrowserResults): string {
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  return [
    `Run ${r.at.slice(0, 16).replace("T", " ")} UTC: \`npm run bench:browser -- --size ${r.size}\`, Chromium (Debian) over the production build, artifact of ${n(r.size)} articles.`,
    "",
    "| measure | p50 | p95 | p99 | max | n |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    `| keystroke → results painted (ms) | ${ms(r.paint.p50)} | ${ms(r.paint.p95)} | ${ms(r.paint.p99)} | ${ms(r.paint.max)} | ${r.paint.n} |`,
    `| of which /api/search fetch (ms) | ${ms(r.api.p50)} | ${ms(r.api.p95)} | ${ms(r.api.p99)} | ${ms(r.api.max)} | ${r.api.n} |`,
    `| server-rendered shared link, whole HTML (ms) | ${ms(r.serverRender.p50)} | ${ms(r.serverRender.p95)} | ${ms(r.serverRender.p99)} | ${ms(r.serverRender.max)} | ${r.serverRender.n} |`,
    "",
    `${r.keystrokes} keystrokes typed one at a time (each measured alone, after the previous one settled); ${r.unchanged} changed nothing on screen and are not in the percentiles. ` +
      `Server cold start to the first answer: ${ms(r.coldStartMs)} ms.`,
    "",
    `First-load JavaScript on \`/\`: **${kb(r.firstLoad.gzipBytes)} gzip** (${kb(r.firstLoad.rawBytes)} raw) in ${r.firstLoad.files.length} files; largest: ${r.firstLoad.files
      .slice(0, 4)
      .map((f) => `${f.file.split("/").at(-1)} ${kb(f.gzip)}`)
      .join(", ")}.`,
  ].join("\n");
}
