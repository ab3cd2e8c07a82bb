// npm run eval (second half): metadata extraction accuracy.
//  1. The team's own hand-read articles (data/eval/expected.json): every field.
//  2. Real pages nobody here wrote (data/eval/real/labels*.json, texts in the
//     git-ignored data/eval/real/pages/): organizer, province, year, date, on
//     the held-aside test half (and the dev half the rules were developed on).
//  3. Real set B (data/eval/real-b/): files of a public dataset repository,
//     copied out of a fetched snapshot into the git-ignored data/eval/real-b/pages/.
//     --misses lists the dev halves' misses (never the test halves').
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { type Article, type IngestEntry, ingestCorpus, ingestFile, loadCurated } from "../lib/ingest";
import { EVAL_FIELDS, ExpectedFileSchema, evaluateExtraction, formatEvalResult } from "../tools/extraction/evaluate";
import {
  DatasetLabelsFileSchema,
  formatRealScore,
  formatSourcePrecision,
  organizerPrecisionBySource,
  type RealLabel,
  RealLabelsSchema,
  scoreReal,
  splitOf,
} from "../tools/extraction/evaluate-real";
import { cli, UserError } from "./cli";
import { CURATED_DIR } from "./corpus-dir";

const { values: opts } = cli(
  "eval",
  `usage: tsx scripts/eval-extraction.ts [--misses] [--batch FILE]   (npm run eval runs both evaluations)
Metadata extraction accuracy: the team's articles (data/eval/expected.json), and the
real pages of data/eval/real/ and real set B (data/eval/real-b/) when their texts are
present (test half, then dev half).
  --misses      list the development half's misses (never the test half's)
  --batch FILE  also score one development batch alone (e.g. labels.dev4h.json), as it
                came: a new batch is scored so before any rule is changed for it
  --dev-only    leave the held-aside half out (while developing rules, so that its
                figure is read only to measure)
  --by-source   how often the leading organizer shown is right, by where it was read
                (lead, headline; place named or inferred), on the development half`,
  {
    misses: { type: "boolean", default: false },
    batch: { type: "string" },
    "dev-only": { type: "boolean", default: false },
    "by-source": { type: "boolean", default: false },
  },
);

/** Every field of the team's set must be right on at least this share of articles. */
const THRESHOLD = 0.9;

const curated = await loadCurated(CURATED_DIR);
const expected = ExpectedFileSchema.parse(JSON.parse(await readFile(path.resolve("data/eval/expected.json"), "utf8")));
const cases = await Promise.all(
  Object.entries(expected.articles).map(async ([file, want]) => {
    const bytes = await readFile(path.resolve(file));
    return { file, expected: want, actual: ingestFile(path.basename(file), bytes, curated) };
  }),
);
const result = evaluateExtraction(cases);
console.log(formatEvalResult(result, "team's articles"));

// Real pages.
const realDir = path.resolve("data/eval/real");
const labels: RealLabel[] = [];
const batchIds = new Set<string>();
for (const f of (await readdir(realDir)).filter((f) => /^labels.*\.json$/.test(f)).sort()) {
  const batch = RealLabelsSchema.parse(JSON.parse(await readFile(path.join(realDir, f), "utf8")));
  labels.push(...batch);
  if (f === opts.batch) for (const l of batch) if (splitOf(l) === "dev") batchIds.add(l.id);
}
if (opts.batch !== undefined && batchIds.size === 0)
  throw new UserError(`--batch ${opts.batch}: no development pages in such a file of ${realDir}`, 2);
const present = labels.filter((l) => existsSync(path.join(realDir, "pages", `${l.id}.txt`)));
console.log("");
if (present.length === 0) {
  console.log(
    `real pages: none of the ${labels.length} labelled pages is in data/eval/real/pages/ (git-ignored); ` +
      "data/eval/real/README.md says how to gather them.",
  );
} else {
  if (present.length < labels.length)
    console.log(
      `real pages: ${labels.length - present.length} of ${labels.length} page texts missing (see data/eval/real/README.md)`,
    );
  const run = async (split: "dev" | "test") =>
    Promise.all(
      present
        .filter((l) => splitOf(l) === split)
        .map(async (label) => ({
          label,
          // The page's address is known, as a sidecar's url would give it.
          actual: ingestFile(
            `${label.id}.txt`,
            await readFile(path.join(realDir, "pages", `${label.id}.txt`)),
            curated,
            {
              name: `${label.id}.txt.meta.json`,
              text: JSON.stringify({ url: label.url }),
            },
          ),
        })),
    );
  const devCases = await run("dev");
  const dev = scoreReal(devCases);
  if (!opts["dev-only"]) console.log(formatRealScore(scoreReal(await run("test")), "real pages, held-aside test half"));
  console.log(formatRealScore(dev, "real pages, development half"));
  if (opts.batch !== undefined)
    console.log(formatRealScore(scoreReal(devCases.filter((c) => batchIds.has(c.label.id))), `batch ${opts.batch}`));
  if (opts["by-source"]) {
    console.log(formatSourcePrecision(organizerPrecisionBySource(devCases), "development half"));
    if (opts.batch !== undefined)
      console.log(
        formatSourcePrecision(
          organizerPrecisionBySource(devCases.filter((c) => batchIds.has(c.label.id))),
          `batch ${opts.batch}`,
        ),
      );
  }
  if (opts.misses) {
    console.log("\ndevelopment-half misses:");
    for (const m of dev.misses)
      console.log(`  ${m.id} ${m.field}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.actual)}`);
  }
}

// Real set B: texts from a dataset repository, no address (so no sidecar).
const bDir = path.resolve("data/eval/real-b");
if (existsSync(path.join(bDir, "labels.json"))) {
  const set = DatasetLabelsFileSchema.parse(JSON.parse(await readFile(path.join(bDir, "labels.json"), "utf8")));
  const bPresent = set.labels.filter((l) => existsSync(path.join(bDir, "pages", `${l.id}.txt`)));
  console.log("");
  if (bPresent.length === 0) {
    console.log(
      `real set B: none of the ${set.labels.length} labelled files of ${set.repo} is in data/eval/real-b/pages/ ` +
        "(git-ignored); data/eval/real-b/README.md says how to copy them from a fetched snapshot.",
    );
  } else {
    if (bPresent.length < set.labels.length)
      console.log(`real set B: ${set.labels.length - bPresent.length} of ${set.labels.length} texts missing`);
    const runB = async (split: "dev" | "test") =>
      Promise.all(
        bPresent
          .filter((l) => l.split === split)
          .map(async (label) => ({
            label,
            actual: ingestFile(`${label.id}.txt`, await readFile(path.join(bDir, "pages", `${label.id}.txt`)), curated),
          })),
      );
    const bDevCases = await runB("dev");
    const bDev = scoreReal(bDevCases);
    if (!opts["dev-only"])
      console.log(formatRealScore(scoreReal(await runB("test")), `real set B (${set.repo}), held-aside test half`));
    console.log(formatRealScore(bDev, `real set B (${set.repo}), development half`));
    // Each later batch alone: the first is how it scored as it came, before rules changed for it.
    const batches = [...new Set(set.labels.map((l) => l.batch))];
    if (batches.length > 1)
      for (const b of batches)
        console.log(
          formatRealScore(
            scoreReal(bDevCases.filter((c) => c.label.batch === b)),
            `set B batch ${b}, development files`,
          ),
        );
    // The build reads the files as one corpus: spellings unified across it, undated pages named
    // as of its year (lib/ingest/corpus.ts). The same labels, scored on what the build would show.
    const corpus = await ingestCorpus(path.join(bDir, "pages"), curated);
    // (A duplicate's report line carries its own values; its "reason" says what it was merged into.)
    const built = new Map<string, Omit<IngestEntry, "reason"> | Article>([
      ...corpus.report.filter((r) => r.status === "merged").map(({ reason: _, ...r }) => [r.file, r] as const),
      ...corpus.articles.map((a) => [a.file, a] as const),
    ]);
    const asBuilt = (split: "dev" | "test") =>
      scoreReal(
        bPresent
          .filter((l) => l.split === split)
          .map((label) => ({
            label,
            actual: (built.get(`${label.id}.txt`) as Article | undefined) ?? { reason: "not ingested" },
          })),
      );
    if (!opts["dev-only"])
      console.log(
        formatRealScore(asBuilt("test"), "real set B, held-aside test half, ingested as one corpus (the build's path)"),
      );
    console.log(
      formatRealScore(asBuilt("dev"), "real set B, development half, ingested as one corpus (the build's path)"),
    );
    if (opts.misses) {
      console.log("\nset B development-half misses:");
      for (const m of bDev.misses)
        console.log(`  ${m.id} ${m.field}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.actual)}`);
    }
  }
}

const low = EVAL_FIELDS.filter((f) => result.accuracy[f] < THRESHOLD);
if (low.length) {
  console.error(`eval-extraction: team's articles below ${THRESHOLD * 100}% on ${low.join(", ")}`);
  process.exit(1);
}
console.log(`\neval-extraction: every field of the team's articles at or above ${THRESHOLD * 100}%`);
