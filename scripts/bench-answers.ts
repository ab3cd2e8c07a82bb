// npm run -s bench:answers -- [--size 10000] [--seed 1] [--root DIR] [--out FILE]
// Writes the engine's answers to the benchmark's query mix on a generated
// corpus (tools/bench/answers.ts), and their digest: run it before and after
// a refactor and compare (docs/BENCHMARKS.md, "Same answers").
import path from "node:path";
import { recordAnswers } from "../tools/bench/answers";
import { cli, numberOption, UserError } from "./cli";
import { CURATED_DIR } from "./corpus-dir";
import { isInside, realPathOf } from "./paths";

const { values } = cli(
  "bench:answers",
  `usage: npm run -s bench:answers -- [--size 10000] [--seed 1] [--root /tmp/bench] [--out FILE]
The engine's whole answer (ids in order, totals, facets, flags, suggestion,
hits) to every query of the benchmark's mix, in five variants, one JSON line
each, into FILE (default ROOT/answers-SIZE-sSEED.jsonl); prints its SHA-256.`,
  {
    size: { type: "string", default: "10000" },
    seed: { type: "string", default: "1" },
    root: { type: "string", default: "/tmp/bench" },
    out: { type: "string" },
  },
);
const n = numberOption("size", values.size, 1, 1_000_000);
const seed = numberOption("seed", values.seed, 0, 2 ** 31);
const root = path.resolve(values.root!);
if (isInside(realPathOf(path.resolve(".")), realPathOf(root)))
  throw new UserError(`--root ${root}: keep generated corpora out of the repository`, 2);
const out = path.resolve(values.out ?? path.join(root, `answers-${n}-s${seed}.jsonl`));
const summary = await recordAnswers({ root, n, seed, curatedDir: CURATED_DIR, out, log: (l) => console.error(l) });
console.log(`${summary.sha256}  ${out} (${summary.requests} requests)`);
for (const [f, digest] of Object.entries(summary.files)) console.log(`${digest}  ${f}`);
