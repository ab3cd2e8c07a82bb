import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ingestFile } from "../../lib/ingest/corpus";
import { loadCurated } from "../../lib/ingest/curated";
import { EVAL_FIELDS, ExpectedFileSchema, evaluateExtraction } from "./evaluate";

// The hand-read metadata of the seed corpus and the evaluation articles
// (data/eval/expected.json): every field of every article must come out right.
const root = path.resolve(__dirname, "../..");
const aliases = await loadCurated(path.join(root, "data"));
const expected = ExpectedFileSchema.parse(JSON.parse(readFileSync(path.join(root, "data/eval/expected.json"), "utf8")));

describe("hand-read metadata", () => {
  for (const [file, want] of Object.entries(expected.articles)) {
    it(file, () => {
      const got = ingestFile(path.basename(file), readFileSync(path.join(root, file)), aliases);
      const result = evaluateExtraction([{ file, expected: want, actual: got }]);
      expect(result.misses).toEqual([]);
    });
  }

  it("covers at least 20 evaluation articles besides the seeds", () => {
    expect(Object.keys(expected.articles).filter((f) => f.startsWith("data/eval/")).length).toBeGreaterThanOrEqual(20);
    expect(EVAL_FIELDS).toContain("organizers");
  });
});
