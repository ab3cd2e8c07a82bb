// npm run bench:browser -- [--size 10000] [--port 3377] [--root /tmp/bench] [--queries 12] [--artifact DIR] [--write-docs]
// Keystroke → results painted, in Chromium over the production build (.next), and first-load JS on /.
// Needs the artifact of `npm run bench` for that size (/tmp/bench/artifact-<size>).
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, devices } from "@playwright/test";
import type { BenchQuery } from "../tools/bench/queries";
import {
  BROWSER_END,
  BROWSER_START,
  type BrowserResults,
  renderBrowser,
  replaceBetweenMarkers,
} from "../tools/bench/report";
import { summarize } from "../tools/bench/stats";
import { cli, UserError } from "./cli";

const { values } = cli(
  "bench:browser",
  `usage: npm run bench:browser -- [--size 10000] [--port 3300-3399] [--root /tmp/bench] [--queries 12] [--seed N]
                                [--artifact DIR] [--write-docs]
Keystroke to results painted in Chromium over the production build, and
first-load JavaScript. Needs the artifact of \`npm run bench\` for that size.`,
  {
    size: { type: "string", default: "10000" },
    port: { type: "string", default: "3377" },
    root: { type: "string", default: "/tmp/bench" },
    queries: { type: "string", default: "12" },
    seed: { type: "string", default: "1" },
    "write-docs": { type: "boolean", default: false },
    // An artifact in the version the production build reads, when the benchmark's own is newer.
    artifact: { type: "string" },
  },
);
const size = Number(values.size);
const port = Number(values.port);
if (!(port >= 3300 && port <= 3399)) throw new UserError("--port: use 3300-3399", 2);
const artifact = path.resolve(values.artifact ?? path.join(values.root!, `artifact-${size}`));
if (!existsSync(path.join(artifact, "CURRENT")))
  throw new UserError(`no artifact at ${artifact}: run \`npm run bench -- --sizes ${size}\` first`);
if (!existsSync(".next/BUILD_ID")) throw new UserError("no production build in .next: run `npm run build` first");
const base = `http://127.0.0.1:${port}`;

// Queries typed letter by letter: whole words of the benchmark's mix, accented and not.
const mix: { measured: BenchQuery[] } = JSON.parse(
  await readFile(path.join(values.root!, `queries-s${values.seed}.json`), "utf8"),
);
const typed = mix.measured
  .filter(
    (q) =>
      ["accented", "unaccented", "multi", "name"].includes(q.class) &&
      q.q.length >= 6 &&
      q.organizers.length + q.years.length === 0,
  )
  .slice(0, Number(values.queries))
  .map((q) => q.q);

function startServer(): ChildProcess {
  const server = spawn("./node_modules/.bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, ARTIFACT_DIR: artifact, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return server;
}

async function waitForServer(): Promise<number> {
  const t0 = performance.now();
  for (let k = 0; k < 600; k++) {
    try {
      // The first search loads the artifact: time it as the server's cold start.
      const r = await fetch(`${base}/api/search?q=dan`);
      if (r.ok) return performance.now() - t0;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("server did not answer within 2 minutes");
}

/** Shared links are server-rendered: the time to the whole HTML of a results page. */
async function serverRender(queries: string[]): Promise<number[]> {
  const out: number[] = [];
  for (const q of queries) {
    const t0 = performance.now();
    const r = await fetch(`${base}/?q=${encodeURIComponent(q)}`);
    await r.text();
    out.push(performance.now() - t0);
  }
  return out;
}

// In the page: keystroke (beforeinput) → the frame after the last change of the results region.
const INSTRUMENT = () => {
  const b = { t0: 0, changes: 0, lastPaint: 0, lastChange: 0, pending: 0, lastFetchEnd: 0, apiMs: 0 };
  (window as unknown as { __bench: typeof b }).__bench = b;
  const fetch0 = window.fetch.bind(window);
  window.fetch = async (...args: Parameters<typeof fetch>) => {
    const api = String(args[0] instanceof Request ? args[0].url : args[0]).includes("/api/search");
    if (!api) return fetch0(...args);
    b.pending++;
    const t = performance.now();
    try {
      const r = await fetch0(...args);
      await r.clone().arrayBuffer();
      b.apiMs = performance.now() - t;
      return r;
    } finally {
      b.pending--;
      b.lastFetchEnd = performance.now();
    }
  };
  document.addEventListener(
    "beforeinput",
    () => {
      b.t0 = performance.now();
      b.changes = 0;
      b.lastPaint = 0;
      b.apiMs = 0;
    },
    true,
  );
  const section = document.querySelector('section[aria-label="Kết quả"]');
  if (!section) throw new Error("results section not found");
  new MutationObserver((records) => {
    if (!b.t0 || !records.some((r) => r.type !== "attributes")) return;
    b.changes++;
    b.lastChange = performance.now();
    // rAF runs before the frame is painted; a task queued from it runs after.
    requestAnimationFrame(() =>
      setTimeout(() => {
        b.lastPaint = performance.now();
      }, 0),
    );
  }).observe(section, { subtree: true, childList: true, characterData: true });
};

const server = startServer();
let results: BrowserResults | undefined;
try {
  const coldMs = await waitForServer();
  const ssr = await serverRender(typed);
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
  try {
    const context = await browser.newContext({ ...devices["Desktop Chrome"], locale: "vi-VN" });
    const page = await context.newPage();

    // First-load JavaScript of /: every script the page loads, gzip-compressed as a server would send it.
    const scripts = new Map<string, { raw: number; gzip: number }>();
    page.on("response", async (r) => {
      if (r.request().resourceType() !== "script") return;
      try {
        const body = await r.body();
        scripts.set(new URL(r.url()).pathname, { raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
      } catch {}
    });
    await page.goto(`${base}/`, { waitUntil: "networkidle" });
    await page.waitForTimeout(500);
    const firstLoad = [...scripts.entries()].map(([file, s]) => ({ file, ...s })).sort((a, b) => b.gzip - a.gzip);

    await page.evaluate(INSTRUMENT);
    const input = page.locator("#q");
    await input.focus();
    const settle = () =>
      page.waitForFunction(
        () => {
          const b = (
            window as unknown as { __bench: { pending: number; lastChange: number; lastFetchEnd: number; t0: number } }
          ).__bench;
          const last = Math.max(b.lastChange, b.lastFetchEnd, b.t0);
          return b.pending === 0 && performance.now() - last > 250;
        },
        null,
        { polling: 25, timeout: 30_000 },
      );

    const keystrokes: { query: string; typed: string; ms: number | null; apiMs: number }[] = [];
    for (const q of typed) {
      for (const ch of q) {
        await page.keyboard.type(ch);
        await settle();
        const b = await page.evaluate(
          () =>
            (window as unknown as { __bench: { t0: number; changes: number; lastPaint: number; apiMs: number } })
              .__bench,
        );
        keystrokes.push({ query: q, typed: ch, ms: b.changes > 0 ? b.lastPaint - b.t0 : null, apiMs: b.apiMs });
      }
      // Clear the box for the next query (not measured).
      await input.fill("");
      await settle();
    }
    const painted = keystrokes.filter((k) => k.ms !== null).map((k) => k.ms!);
    results = {
      size,
      at: new Date().toISOString(),
      artifact,
      coldStartMs: coldMs,
      serverRender: summarize(ssr),
      keystrokes: keystrokes.length,
      unchanged: keystrokes.length - painted.length,
      paint: summarize(painted),
      api: summarize(keystrokes.filter((k) => k.apiMs > 0).map((k) => k.apiMs)),
      slowest: [...keystrokes]
        .filter((k) => k.ms !== null)
        .sort((a, b) => b.ms! - a.ms!)
        .slice(0, 5),
      detail: keystrokes,
      firstLoad: {
        rawBytes: firstLoad.reduce((s, f) => s + f.raw, 0),
        gzipBytes: firstLoad.reduce((s, f) => s + f.gzip, 0),
        files: firstLoad,
      },
    };
  } finally {
    await browser.close();
  }
} finally {
  server.kill("SIGTERM");
}

if (results) {
  const md = renderBrowser(results);
  console.log(md);
  const out = path.join(values.root!, `browser-${size}.json`);
  await writeFile(out, JSON.stringify(results, null, 1));
  console.log(`\nresults: ${out}`);
  if (values["write-docs"]) {
    const doc = "docs/BENCHMARKS.md";
    await writeFile(doc, replaceBetweenMarkers(await readFile(doc, "utf8"), md, BROWSER_START, BROWSER_END));
    console.log(`updated ${doc}`);
  }
}
