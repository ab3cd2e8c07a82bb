// npm run -s kill-build -- [--articles 2000] [--root /tmp/tra-cuu-kill-build]
// The kill-mid-build check of SECURITY.md: builds a served artifact over the
// seeds, then starts `npm run index` over a larger synthetic corpus into the
// same folder and kills its whole process group (SIGKILL) at each point of its
// write: as soon as the half-written build holds its first file, after each
// further file, after meta.json. After every kill the served artifact must
// still load with every checksum verified and the seeds' article count, and
// CURRENT must be unchanged. A last build, not killed, must then take over the
// dead builder's lock and switch. Exit 1 on any failure.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { readArtifact } from "../lib/artifact";
import { ensureCorpus } from "../tools/bench/generate";
import { cli, numberOption } from "./cli";

const { values } = cli(
  "kill-build",
  `usage: npm run -s kill-build -- [--articles 2000] [--root DIR]
Kills \`npm run index\` (its process group) at each point of writing a build and
checks that the served artifact stays valid and unchanged. Exit 1 on failure.`,
  {
    articles: { type: "string", default: "2000" },
    root: { type: "string", default: "/tmp/tra-cuu-kill-build" },
  },
);
const n = numberOption("articles", values.articles, 10, 200_000);
const root = path.resolve(values.root ?? "/tmp/tra-cuu-kill-build");
const artifact = path.join(root, "artifact");
const TSX = path.resolve("node_modules/.bin/tsx");

/** Runs scripts/index.ts in its own process group; `watch` may kill it early (returns true if it did). */
function index(corpus: string, watch?: (kill: () => void) => void): Promise<{ code: number | null; killed: boolean }> {
  const child = spawn(TSX, ["scripts/index.ts"], {
    env: { ...process.env, ARTICLES_DIR: corpus, ARTIFACT_DIR: artifact },
    stdio: ["ignore", "ignore", "pipe"],
    detached: true, // its own process group: tsx and the node child it starts
  });
  let stderr = "";
  child.stderr.on("data", (d) => {
    stderr += d;
  });
  let killed = false;
  const kill = () => {
    if (killed) return;
    killed = true;
    process.kill(-child.pid!, "SIGKILL");
  };
  watch?.(kill);
  return new Promise((resolve) =>
    child.on("exit", (code) => {
      if (!killed && code !== 0) console.error(stderr.trim());
      resolve({ code, killed });
    }),
  );
}

/** Files in the half-written build, if there is one. */
function partialFiles(): string[] {
  if (!existsSync(artifact)) return [];
  const partial = readdirSync(artifact).find((f) => f.startsWith(".partial-"));
  if (!partial) return [];
  try {
    return readdirSync(path.join(artifact, partial));
  } catch {
    return []; // renamed while we looked
  }
}

const pointer = () => readFileSync(path.join(artifact, "CURRENT"), "utf8").trim();

await rm(artifact, { recursive: true, force: true });
const seeds = path.resolve("data/articles");
const base = await index(seeds);
if (base.code !== 0) throw new Error("the first build failed");
const served = pointer();
const count = readArtifact(artifact).articles.length;
const big = await ensureCorpus(path.join(root, "corpora"), n, 3);
console.log(`served: ${served} (${count} articles); killing builds over ${n} synthetic articles`);

// Kill once the half-written build holds k files (1: right after it starts writing) … 7 (meta.json).
let failures = 0;
for (let k = 1; k <= 7; k++) {
  const t0 = performance.now();
  let seen: string[] = [];
  const run = await index(big.dir, (kill) => {
    const poll = setInterval(() => {
      const files = partialFiles();
      if (files.length >= k) {
        seen = files;
        kill();
        clearInterval(poll);
      }
    }, 1);
  });
  const ms = Math.round(performance.now() - t0);
  let verdict: string;
  try {
    const engine = readArtifact(artifact);
    const ok = pointer() === served && engine.articles.length === count;
    verdict = ok
      ? `served artifact valid, unchanged (${engine.articles.length} articles, checksums verified)`
      : `FAIL: now serving ${pointer()} with ${engine.articles.length} articles`;
    if (!ok) failures++;
  } catch (e) {
    verdict = `FAIL: ${(e as Error).message.split("\n")[0]}`;
    failures++;
  }
  const when = run.killed
    ? `killed after ${ms} ms with [${seen.sort().join(", ")}] written`
    : `not killed (exit ${run.code})`;
  if (!run.killed) failures++;
  console.log(`kill ${k}: ${when}: ${verdict}`);
}

// A build that is left alone takes over the dead builder's lock and switches.
const last = await index(big.dir);
const engine = readArtifact(artifact);
const switched = last.code === 0 && pointer() !== served && engine.articles.length > count;
console.log(
  switched
    ? `a build left alone: switched to ${pointer()} (${engine.articles.length} articles); no half-written build left: ${partialFiles().length === 0}`
    : `FAIL: the last build exited ${last.code}, serving ${pointer()}`,
);
if (!switched) failures++;
if (failures > 0) {
  console.error(`kill-build: ${failures} failure(s)`);
  process.exit(1);
}
