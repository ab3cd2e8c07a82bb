// npm run bench [-- --quick | --sizes 1000,10000] [--seed N] [--root DIR] [--write-docs] [--reuse] [--skip-baseline]
//                [--profile] [--budget-seconds S]
// The engine against plain MiniSearch on generated corpora (docs/BENCHMARKS.md).
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type BenchResults, runBench } from "../tools/bench/measure";
import { renderMarkdown, renderProfile, replaceBetweenMarkers, targets } from "../tools/bench/report";
import { runWorker } from "../tools/bench/worker";
import { cli, UserError } from "./cli";
import { CURATED_DIR } from "./corpus-dir";
import { isInside, realPathOf } from "./paths";

const { values } = cli(
  "bench",
  `usage: npm run bench -- [--quick | --sizes 1000,10000] [--seed N] [--root DIR] [--write-docs] [--reuse]
                        [--skip-baseline] [--profile] [--budget-seconds S] [--from-results FILE]
Speed and size of the engine against plain MiniSearch on generated corpora
(docs/BENCHMARKS.md). --root (default /tmp/bench) must be outside the repository.`,
  {
    quick: { type: "boolean", default: false },
    sizes: { type: "string" },
    seed: { type: "string", default: "1" },
    root: { type: "string", default: "/tmp/bench" },
    "write-docs": { type: "boolean", default: false },
    reuse: { type: "boolean", default: false },
    "skip-baseline": { type: "boolean", default: false },
    profile: { type: "boolean", default: false },
    "budget-seconds": { type: "string" },
    "from-results": { type: "string" },
    worker: { type: "string", multiple: true },
  },
  { positionals: true },
);

if (values.worker) {
  // A child process of the benchmark: one build or one query run.
  const [taskFile, resultFile] = [values.worker[0], process.argv.at(-1)];
  await runWorker(taskFile!, resultFile!);
  process.exit(0);
}

const sizes = values.sizes
  ? values.sizes.split(",").map((s) => Number(s.replace(/[_k]/g, (c) => (c === "k" ? "000" : ""))))
  : values.quick
    ? [1000, 5000]
    : [1000, 10_000, 100_000];
if (sizes.some((s) => !Number.isInteger(s) || s < 1))
  throw new UserError(`--sizes: expected numbers like 1000,10000 (got ${values.sizes})`, 2);

const root = path.resolve(values.root!);
if (isInside(realPathOf(path.resolve(".")), realPathOf(root)))
  throw new UserError(`--root ${root}: keep generated corpora out of the repository`, 2);
const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`;
const started = performance.now();

// --from-results FILE: render (and with --write-docs, publish) a finished run again.
const results: BenchResults = values["from-results"]
  ? JSON.parse(await readFile(values["from-results"], "utf8"))
  : await runBench(
      {
        sizes,
        seed: Number(values.seed),
        root,
        workerEntry: fileURLToPath(import.meta.url),
        curatedDir: CURATED_DIR,
        reuse: values.reuse!,
        skipBaseline: values["skip-baseline"]!,
        profile: values.profile!,
        quick: values.quick!,
        // Quick mode keeps each query run to a 10 s sample, so the smoke check stays under a minute.
        budgetMs: Number(values["budget-seconds"] ?? (values.quick ? 10 : 900)) * 1000,
        log: (line) => console.log(line),
      },
      command,
    );

const md = renderMarkdown(results);
const profile = renderProfile(results);
console.log(`\n${md}`);
if (profile) console.log(`\n${profile}`);
if (!values["from-results"]) {
  const out = path.join(root, "results.json");
  await writeFile(out, JSON.stringify(results, null, 1));
  console.log(`\nresults: ${out} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
}

if (values["write-docs"]) {
  const doc = "docs/BENCHMARKS.md";
  await writeFile(doc, replaceBetweenMarkers(await readFile(doc, "utf8"), profile ? `${md}\n\n${profile}` : md));
  console.log(`updated ${doc}`);
}
if (targets(results).some((t) => t.pass === false)) console.log("some targets are not met (see FAIL above)");
if (results.sizes.some((s) => s.engine.errors.length > 0 || (s.baseline?.errors.length ?? 0) > 0)) process.exitCode = 1;
