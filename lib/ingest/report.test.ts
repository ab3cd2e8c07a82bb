import { describe, expect, it } from "vitest";
import { formatGuessed, formatSummary, guessedEntries, missingFields, shortWarning } from "./report";
import type { IngestEntry } from "./types";

const entry = (file: string, extra: Partial<IngestEntry> = {}): IngestEntry => ({
  file,
  status: "indexed",
  reason: null,
  id: file,
  title: "T",
  date: "2022-01-01",
  year: 2022,
  organizers: ["Hội LHPN"],
  province: "Huế",
  author: null,
  source: null,
  warnings: [],
  inferred: [],
  ...extra,
});

describe("the ingestion summary", () => {
  const report = [
    entry("a.txt"),
    entry("b.txt", { inferred: ["year"], warnings: ['year: inferred from lead: "năm 2022"'] }),
    entry("c.txt", { year: null, date: null, warnings: ["year: no year in the text"] }),
    entry("d.txt", { province: null, organizers: [], warnings: ["organizers: no event reported"] }),
    entry("e.txt", { status: "skipped", reason: "empty", warnings: [] }),
  ];

  it("tells inferred values from missing ones", () => {
    expect(formatSummary(report)).toBe(
      "5 files → 4 indexed, 0 merged, 1 skipped; 1 with inferred values, 2 with missing values",
    );
    expect(missingFields(report[3]!)).toEqual(["organizer", "province"]);
  });

  it("names the first few files with warnings and the command that lists all", () => {
    const lines = formatGuessed(report, { limit: 2, command: "npm run -s ingest -- --guessed" });
    expect(lines).toEqual([
      "  b.txt: year: inferred from lead",
      "  c.txt: year: no year in the text",
      "  … and 1 more; all 3: npm run -s ingest -- --guessed",
    ]);
    expect(formatGuessed(report, { limit: 5 }).slice(2)).toEqual([
      "  d.txt: no province; organizers: no event reported",
      "  the full report: npm run -s ingest -- --guessed",
    ]);
    expect(formatGuessed([entry("a.txt")])).toEqual([]);
    expect(guessedEntries(report).map((r) => r.file)).toEqual(["b.txt", "c.txt", "d.txt"]);
  });

  it("shortens warnings: quoted evidence left out", () => {
    expect(shortWarning('year: inferred from event sentence: "6 tháng đầu năm 2022"')).toBe(
      "year: inferred from event sentence",
    );
    expect(shortWarning('organizers: "Ban Dân vận" names no place the text resolves')).toBe(
      "organizers: … names no place the text resolves",
    );
    expect(shortWarning("x".repeat(80), 10)).toHaveLength(10);
  });
});
