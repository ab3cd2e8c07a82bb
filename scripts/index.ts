// npm run index: corpus folder → article records + search index (the build artifact).
// Large corpora print their progress: a bar on a terminal, a line per 10 % in logs.
import path from "node:path";
import { artifactDir, EmptyBuildError, writeArtifact } from "../lib/artifact";
import { formatGuessed, formatSummary, ingestCorpus, loadCurated, progressBar } from "../lib/ingest";
import { cli, UserError } from "./cli";
import { CURATED_DIR, existingCorpusDir } from "./corpus-dir";

cli(
  "index",
  `usage: npm run index
Reads the corpus folder (ARTICLES_DIR, default data/articles), writes a new
search artifact beside the served one in ARTIFACT_DIR (default artifact/) and
switches to it atomically. A running server picks it up within seconds.
Exit 1 when no article could be read (the served artifact is left as it was)
or another build holds the folder's lock.`,
  {},
);

const LARGE = 1000;
const dir = existingCorpusDir();
const started = performance.now();
const aliases = await loadCurated(CURATED_DIR);
let lastTenth = -1;
const { articles, report } = await ingestCorpus(dir, aliases, (done, total) => {
  if (total < LARGE) return;
  if (process.stderr.isTTY) {
    if (done % 250 === 0 || done === total) process.stderr.write(`\r${progressBar(done, total)}`);
    if (done === total) process.stderr.write("\n");
  } else if (Math.floor((done * 10) / total) > lastTenth) {
    lastTenth = Math.floor((done * 10) / total);
    console.error(`index: read ${done}/${total} files (${lastTenth * 10}%)`);
  }
});
const out = artifactDir();
const indexing = performance.now();
if (articles.length >= LARGE) console.error(`index: building the search index over ${articles.length} articles…`);
for (const r of report.filter((r) => r.status === "skipped")) console.log(`  skipped ${r.file}: ${r.reason}`);
try {
  await writeArtifact(out, { articles, report, corpusDir: dir });
} catch (e) {
  if (e instanceof EmptyBuildError) throw new UserError(`${formatSummary(report)}: ${e.message}`);
  throw e;
}
if (articles.length >= LARGE)
  console.error(`index: search index written in ${Math.round(performance.now() - indexing)} ms`);

const ms = Math.round(performance.now() - started);
console.log(`index: ${formatSummary(report)} (${dir}); artifact ${out} (${ms} ms)`);
// Name the articles with inferred or missing values: the first few, and the command that lists them all.
const defaultDir = dir === path.resolve("data/articles");
const command = `npm run -s ingest -- --guessed${defaultDir ? "" : ` --dir ${JSON.stringify(path.relative(process.cwd(), dir) || ".")}`}`;
for (const line of formatGuessed(report, { command, columns: process.stdout.columns ?? 120 })) console.log(line);
