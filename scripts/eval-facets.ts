// npm run -s eval:facets [-- --dir DIR] [--limit N]: a label-free audit of the facets a corpus
// folder would show (tools/extraction/facet-audit.ts): field coverage, distinct values, years by
// count, organizer values to look at, units split by spelling. For a whole dataset, not a
// labelled sample: e.g. every file of the set B snapshot (data/eval/real-b/README.md).
import { ingestCorpus, loadCurated } from "../lib/ingest";
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
console.log(formatFacetAudit(auditFacets(articles), Number(opts.limit ?? 40) || 40));
