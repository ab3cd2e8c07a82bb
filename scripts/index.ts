// npm run index: corpus folder → article records + search index (the build artifact).
import { artifactDir, writeArtifact } from "../lib/artifact";
import { formatSummary, ingestCorpus, loadAliases } from "../lib/ingest";
import { ALIASES_FILE, corpusDir } from "./corpus-dir";

const dir = corpusDir();
const started = performance.now();
const aliases = await loadAliases(ALIASES_FILE);
const { articles, report } = await ingestCorpus(dir, aliases, (done, total) => {
  if (total >= 1000 && process.stderr.isTTY && (done % 500 === 0 || done === total))
    process.stderr.write(`\rreading ${done}/${total}`);
});
const out = artifactDir();
await writeArtifact(out, { articles, report, corpusDir: dir });

const ms = Math.round(performance.now() - started);
console.log(`index: ${formatSummary(report)} (${dir}); artifact ${out} (${ms} ms)`);
for (const r of report.filter((r) => r.status === "skipped")) console.log(`  skipped ${r.file}: ${r.reason}`);
if (articles.length === 0) {
  console.error(`index: no article could be read from ${dir}`);
  process.exit(1);
}
