// npm run -s ingest -- [--dir DIR] [--json] [--strict] [--guessed]: the ingestion report, without building the index.
import {
  formatReportTable,
  guessedEntries,
  ingestCorpus,
  loadCurated,
  progressBar,
  reportJson,
  strictFailures,
} from "../lib/ingest";
import { cli } from "./cli";
import { CURATED_DIR, existingCorpusDir } from "./corpus-dir";

const { values } = cli(
  "ingest",
  `usage: npm run -s ingest -- [--dir DIR] [--json] [--strict] [--guessed]
The ingestion report, without building the index: every path in the corpus
folder (--dir, else ARTICLES_DIR, else data/articles) with its fate.
  --json     one JSON object per path
  --strict   exit 1 when any file is skipped or has a guessed field
  --guessed  list only the articles with warnings (inferred or missing values);
             the summary still counts every file`,
  {
    dir: { type: "string" },
    json: { type: "boolean", default: false },
    strict: { type: "boolean", default: false },
    guessed: { type: "boolean", default: false },
  },
);
const { json, strict, guessed } = values;

const dir = existingCorpusDir(values.dir);
const aliases = await loadCurated(CURATED_DIR);
const showProgress = process.stderr.isTTY;
const result = await ingestCorpus(dir, aliases, (done, total) => {
  if (showProgress && total >= 1000) process.stderr.write(`\r${progressBar(done, total)}`);
});
if (showProgress && result.report.length >= 1000) process.stderr.write("\n");

const rows = guessed ? guessedEntries(result.report) : result.report;
console.log(json ? reportJson(rows) : formatReportTable(rows, process.stdout.columns ?? 120, result.report));
if (strict) {
  const failed = strictFailures(result.report);
  if (failed.length > 0) {
    console.error(`ingest --strict: ${failed.length} file(s) skipped or with warnings (inferred or missing values)`);
    process.exit(1);
  }
}
