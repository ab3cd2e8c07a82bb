// npm run -s eval:facets [-- --dir DIR] [--limit N]: a label-free audit of the facets a corpus
// folder would show (tools/extraction/facet-audit.ts): field coverage, distinct values, years by
// count, organizer values to look at, units split by spelling. For a whole dataset, not a
// labelled sample: e.g. every file of the set B snapshot (data/eval/real-b/README.md), whose
// held-aside files it leaves out.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ingestCorpus, loadCurated } from "../lib/ingest";
import { DatasetLabelsFileSchema } from "../tools/extraction/evaluate-real";
import { auditFacets, formatFacetAudit } from "../tools/extraction/facet-audit";
import { cli } from "./cli";
import { CURATED_DIR, existingCorpusDir } from "./corpus-dir";

const { values: opts } = cli(
  "eval:facets",
  `usage: tsx scripts/eval-facets.ts [--dir DIR] [--limit N]
Audit the facet values the corpus folder (DIR, else ARTICLES_DIR, else data/articles) would show.
  --limit N  lines per list (default 40)`,
  { dir: { type: "string" }, limit: { type: "string" } },
);
const dir = existingCorpusDir(opts.dir);
const { articles } = await ingestCorpus(dir, await loadCurated(CURATED_DIR));
// Set B's held-aside files are read only to measure: an audit of the whole snapshot leaves them out.
const set = DatasetLabelsFileSchema.parse(
  JSON.parse(await readFile(path.resolve("data/eval/real-b/labels.json"), "utf8")),
);
const heldAside = new Set(set.labels.filter((l) => l.split === "test").map((l) => path.posix.basename(l.path)));
const audited = articles.filter((a) => !heldAside.has(path.posix.basename(a.file)));
if (audited.length < articles.length)
  console.log(`(${articles.length - audited.length} files of set B's held-aside half left out)`);
console.log(formatFacetAudit(auditFacets(audited), Number(opts.limit ?? 40) || 40));
