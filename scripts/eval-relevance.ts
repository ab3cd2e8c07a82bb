// npm run eval (first half): the judged query set (data/eval/queries.json) over
// the default corpus + the evaluation corpus, for this engine and for the
// baseline (plain MiniSearch + simple folding). Prints MRR, nDCG@10 and
// success@1 per query class. --json prints the full report; --verbose lists
// every query's top results. Exits 1 when the engine is behind the baseline
// on any class.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ingestCorpus, loadCurated } from "../lib/ingest";
import { buildIndex, createEngine } from "../lib/search";
import {
  baselineRanker,
  engineRanker,
  evaluate,
  formatTable,
  parseJudgedQueries,
  regressions,
  withRepoIds,
} from "../tools/eval";
import { cli } from "./cli";
import { CURATED_DIR } from "./corpus-dir";

const { values } = cli(
  "eval",
  `usage: tsx scripts/eval-relevance.ts [--json] [--verbose]   (npm run eval runs both evaluations)
Relevance of the engine against plain MiniSearch over the judged queries
(data/eval/queries.json). Exit 1 when the engine is behind on any class.`,
  { json: { type: "boolean", default: false }, verbose: { type: "boolean", default: false } },
);
const CORPORA = ["data/articles", "data/eval/articles"];

const aliases = await loadCurated(CURATED_DIR);
const articles = [];
for (const dir of CORPORA)
  articles.push(...withRepoIds((await ingestCorpus(path.resolve(dir), aliases)).articles, dir));

const started = performance.now();
const engine = createEngine(articles, buildIndex(articles));
const baseline = baselineRanker(articles);
const queries = parseJudgedQueries(
  JSON.parse(await readFile(path.resolve("data/eval/queries.json"), "utf8")),
  new Set(articles.map((a) => a.id)),
);
const report = evaluate({ engine: engineRanker(engine), baseline }, queries);
const ms = performance.now() - started;

if (values.json) console.log(JSON.stringify(report, null, 1));
else {
  console.log(
    `relevance: ${queries.length} judged queries over ${articles.length} articles (${CORPORA.join(" + ")})\n`,
  );
  console.log(formatTable(report));
  if (values.verbose) {
    for (const r of report.queries) {
      const s = (n: string) => `${n} rr=${r.scores[n]!.rr.toFixed(2)} ndcg=${r.scores[n]!.ndcg10.toFixed(2)}`;
      console.log(`\n[${r.query.class}] ${JSON.stringify(r.query.q)}  ${s("engine")}  ${s("baseline")}`);
      for (const n of report.systems)
        console.log(
          `  ${n}: ${r.top[n]!.map((id) => `${path.basename(id, ".txt")}${r.query.relevant[id] ? `(${r.query.relevant[id]})` : ""}`).join(", ")}`,
        );
    }
  }
  console.log(`\n(${ms.toFixed(0)} ms for index builds and ${queries.length * 2} searches)`);
}
const behind = regressions(report, "engine", "baseline");
if (behind.length > 0) {
  console.error(`\nengine behind baseline:\n  ${behind.join("\n  ")}`);
  process.exitCode = 1;
}
