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
import { compareEngines } from "../tools/bench/ab";
import type { BenchQuery } from "../tools/bench/queries";
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
const engines: Engine[] = [];
for (const tree of positionals) {
  const artifact = await import(pathToFileURL(path.resolve(tree, "lib/artifact/index.ts")).href);
  engines.push(artifact.readArtifact(path.resolve(values.artifact!)));
}
const { measured, warmup }: { measured: BenchQuery[]; warmup: BenchQuery[] } = JSON.parse(
  readFileSync(values.queries!, "utf8"),
);
const figures = compareEngines([engines[0]!, engines[1]!], measured, warmup, rounds);
for (const [k, name] of ["before", "after"].entries()) {
  const f = figures[k]!;
  console.log(
    `${name} (${positionals[k]}): ${f.queries} queries; wall p50 ${f.wall.p50.toFixed(2)} p95 ${f.wall.p95.toFixed(2)} ms; CPU p50 ${f.cpu.p50.toFixed(2)} p95 ${f.cpu.p95.toFixed(2)} ms`,
  );
}
