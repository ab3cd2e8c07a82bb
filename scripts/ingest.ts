// npm run -s ingest -- [--dir DIR] [--json] [--strict]: the ingestion report, without building the index.
import { formatReportTable, ingestCorpus, loadCurated, progressBar, reportJson, strictFailures } from "../lib/ingest";
import { cli } from "./cli";
import { CURATED_DIR, existingCorpusDir } from "./corpus-dir";

const { values } = cli(
  "ingest",
  `usage: npm run -s ingest -- [--dir DIR] [--json] [--strict]
The ingestion report, without building the index: every path in the corpus
folder (--dir, else ARTICLES_DIR, else data/articles) with its fate.
  --json     one JSON object per path
  --strict   exit 1 when any file is skipped or has a guessed field`,
  { dir: { type: "string" }, json: { type: "boolean", default: false }, strict: { type: "boolean", default: false } },
);
const { json, strict } = values;

const dir = existingCorpusDir(values.dir);
const aliases = await loadCurated(CURATED_DIR);
const showProgress = process.stderr.isTTY;
const result = await ingestCorpus(dir, aliases, (done, total) => {
  if (showProgress && total >= 1000) process.stderr.write(`\r${progressBar(done, total)}`);
});
if (showProgress && result.report.length >= 1000) process.stderr.write("\n");

console.log(json ? reportJson(result.report) : formatReportTable(result.report, process.stdout.columns ?? 120));
if (strict) {
  const failed = strictFailures(result.report);
  if (failed.length > 0) {
    console.error(`ingest --strict: ${failed.length} file(s) skipped or with guessed fields`);
    process.exit(1);
  }
}
