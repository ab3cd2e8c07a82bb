// npx tsx scripts/bench-ab.ts BEFORE_TREE AFTER_TREE [--artifact DIR] [--queries FILE] [--rounds N]
// Two checkouts' engines in one process over one artifact, the benchmark's
// queries interleaved (which goes first alternates), so that a busy machine
// slows both alike: query p50/p95 in wall and CPU time for each. The artifact
// must be of a format both read (bench:answers builds one; the queries file
// is the one `npm run bench` writes). docs/BENCHMARKS.md, "Same answers".

import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Engine } from "../lib/search";
import { type BenchQuery, benchRequest } from "../tools/bench/queries";
import { percentile } from "../tools/bench/stats";
import { cli, numberOption, UserError } from "./cli";

const { values, positionals } = cli(
  "bench-ab",
  `usage: npx tsx scripts/bench-ab.ts BEFORE_TREE AFTER_TREE [--artifact DIR] [--queries FILE] [--rounds N]
Query latency of two checkouts' engines, interleaved in one process over one artifact.`,
  {
    artifact: { type: "string", default: "/tmp/bench/answers-artifact-10000" },
    queries: { type: "string", default: "/tmp/bench/queries-s1.json" },
    rounds: { type: "string", default: "8" },
  },
  { positionals: true },
);
if (positionals.length !== 2) throw new UserError("expected two checkouts: BEFORE_TREE AFTER_TREE", 2);
const rounds = numberOption("rounds", values.rounds, 1, 100);
const names = ["before", "after"] as const;
const engines: Record<string, Engine> = {};
for (const [k, tree] of positionals.entries()) {
  const artifact = await import(pathToFileURL(path.resolve(tree, "lib/artifact/index.ts")).href);
  engines[names[k]!] = artifact.readArtifact(path.resolve(values.artifact!));
}
const { measured, warmup }: { measured: BenchQuery[]; warmup: BenchQuery[] } = JSON.parse(
  readFileSync(values.queries!, "utf8"),
);
for (const q of warmup) for (const name of names) engines[name]!.search(benchRequest(q));
const wall: Record<string, number[]> = { before: [], after: [] };
const cpu: Record<string, number[]> = { before: [], after: [] };
for (let r = 0; r < rounds; r++)
  for (const [i, q] of measured.entries())
    for (const name of (i + r) % 2 === 0 ? names : [...names].reverse()) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      engines[name]!.search(benchRequest(q));
      wall[name]!.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu[name]!.push((c.user + c.system) / 1000);
    }
for (const name of names) {
  const w = wall[name]!.sort((a, b) => a - b);
  const c = cpu[name]!.sort((a, b) => a - b);
  console.log(
    `${name} (${positionals[names.indexOf(name)]}): ${w.length} queries; wall p50 ${percentile(w, 50).toFixed(2)} p95 ${percentile(w, 95).toFixed(2)} ms; CPU p50 ${percentile(c, 50).toFixed(2)} p95 ${percentile(c, 95).toFixed(2)} ms`,
  );
}
