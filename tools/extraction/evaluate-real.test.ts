import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Article } from "../../lib/ingest/types";
import { DatasetLabelsFileSchema, organizerPrecisionBySource, organizerSource, type RealLabel } from "./evaluate-real";

const label = (organizers: string[]): RealLabel => ({
  id: "x",
  url: "https://example.vn/x",
  query: "q",
  site: "example.vn",
  title: null,
  event: true,
  organizersAsWritten: organizers,
  organizers,
  province: null,
  level: null,
  date: null,
  year: null,
  yearEvidence: "",
});
const article = (organizers: string[], how: string, inferred: boolean) =>
  ({ organizers, evidence: { organizers: { how, inferred } } }) as unknown as Article;

describe("organizerPrecisionBySource", () => {
  it("names where the organizer was read and whether its place was inferred", () => {
    expect(organizerSource(article(["A"], 'subject of the headline: "A"', true))).toBe("headline, place inferred");
    expect(organizerSource(article(["A"], 'subject of an early body sentence: "A"', false))).toBe(
      "early body sentence, place named",
    );
  });

  it("counts only organizers shown, right ones up to case", () => {
    const rows = organizerPrecisionBySource([
      {
        label: label(["Hội Nông dân tỉnh A"]),
        actual: article(["Hội nông dân tỉnh A"], 'subject of the headline: "x"', false),
      },
      {
        label: label(["Hội Nông dân tỉnh A"]),
        actual: article(["Tỉnh Đoàn A"], 'subject of the headline: "x"', false),
      },
      { label: label([]), actual: article([], "no event reported", false) },
      { label: label(["B"]), actual: { reason: "empty" } },
    ]);
    expect(rows).toEqual([{ source: "headline, place named", given: 2, right: 1 }]);
  });
});

describe("real set B's labels (data/eval/real-b/labels.json)", () => {
  const set = DatasetLabelsFileSchema.parse(
    JSON.parse(readFileSync(path.resolve(__dirname, "../../data/eval/real-b/labels.json"), "utf8")),
  );
  it("names each file once, by an id of its own", () => {
    expect(new Set(set.labels.map((l) => l.id)).size).toBe(set.labels.length);
    expect(new Set(set.labels.map((l) => l.path)).size).toBe(set.labels.length);
  });
  it("keeps the held-aside half drawn once (80 files; later batches are development files)", () => {
    expect(set.labels.filter((l) => l.split === "test")).toHaveLength(80);
  });
  it("gives a day only with its year, and a year only to an event", () => {
    for (const l of set.labels) {
      if (l.date) expect(Number(l.date.slice(0, 4)), l.id).toBe(l.year);
      if (l.year !== null) expect(l.event, l.id).toBe(true);
    }
  });
});
