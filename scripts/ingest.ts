// npm run -s ingest -- [--dir DIR] [--json] [--strict] [--guessed]: the ingestion report, without building the index.
// --guessed lists only the articles with warnings (inferred or missing values); the summary still counts every file.
import {
  formatReportTable,
  guessedEntries,
  ingestCorpus,
  loadCurated,
  progressBar,
  reportJson,
  strictFailures,
} from "../lib/ingest";
import { CURATED_DIR, corpusDir } from "./corpus-dir";

const USAGE = "usage: npm run -s ingest -- [--dir DIR] [--json] [--strict] [--guessed]";
const args = process.argv.slice(2);
let dirArg: string | undefined;
let json = false;
let strict = false;
let guessed = false;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === "--json") json = true;
  else if (a === "--strict") strict = true;
  else if (a === "--guessed") guessed = true;
  else if (a === "--dir" && args[i + 1]) dirArg = args[++i];
  else if (a?.startsWith("--dir=")) dirArg = a.slice(6);
  else {
    console.error(a === "--help" || a === "-h" ? USAGE : `ingest: unknown argument ${a}\n${USAGE}`);
    process.exit(a === "--help" || a === "-h" ? 0 : 2);
  }
}

const dir = corpusDir(dirArg);
const aliases = await loadCurated(CURATED_DIR);
const showProgress = process.stderr.isTTY;
let result: Awaited<ReturnType<typeof ingestCorpus>>;
try {
  result = await ingestCorpus(dir, aliases, (done, total) => {
    if (showProgress && total >= 1000) process.stderr.write(`\r${progressBar(done, total)}`);
  });
} catch (e) {
  console.error(`ingest: cannot read ${dir}: ${(e as NodeJS.ErrnoException).code ?? e}`);
  process.exit(2);
}
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
