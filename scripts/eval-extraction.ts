// npm run eval (second half): per-field metadata extraction accuracy over the
// hand-read articles in data/eval/expected.json (the eval articles and the seeds).
import { readFile } from "node:fs/promises";
import path from "node:path";
import {
  EVAL_FIELDS,
  ExpectedFileSchema,
  evaluateExtraction,
  formatEvalResult,
  ingestFile,
  loadAliases,
} from "../lib/ingest";
import { cli } from "./cli";
import { ALIASES_FILE } from "./corpus-dir";

cli(
  "eval",
  `usage: tsx scripts/eval-extraction.ts   (npm run eval runs both evaluations)
Per-field metadata extraction accuracy over data/eval/expected.json.`,
  {},
);

/** Every field must be right on at least this share of articles. */
const THRESHOLD = 0.9;

const expectedFile = path.resolve("data/eval/expected.json");
const expected = ExpectedFileSchema.parse(JSON.parse(await readFile(expectedFile, "utf8")));
const aliases = await loadAliases(ALIASES_FILE);

const cases = await Promise.all(
  Object.entries(expected.articles).map(async ([file, want]) => {
    const bytes = await readFile(path.resolve(file));
    return { file, expected: want, actual: ingestFile(path.basename(file), bytes, aliases) };
  }),
);
const result = evaluateExtraction(cases);
console.log(formatEvalResult(result));
const low = EVAL_FIELDS.filter((f) => result.accuracy[f] < THRESHOLD);
if (low.length) {
  console.error(`eval-extraction: below ${THRESHOLD * 100}% on ${low.join(", ")}`);
  process.exit(1);
}
console.log(`eval-extraction: every field at or above ${THRESHOLD * 100}%`);
