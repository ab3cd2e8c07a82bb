import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestCorpus, scanArticleFiles } from "./corpus";
import { loadCurated } from "./curated";
import { MAX_FILE_BYTES } from "./decode";
import { formatReportTable, formatSummary, progressBar, reportJson, strictFailures } from "./report";
import { parseSidecar } from "./sidecar";
import type { IngestEntry } from "./types";

const root = path.resolve(__dirname, "../..");
const aliasesP = loadCurated(path.join(root, "data"));

const ARTICLE = (day: number, extra = "") => `Hội Nông dân tỉnh Nghệ An tập huấn chuyển đổi số

Ngày ${day}-3-2025, Hội Nông dân tỉnh Nghệ An tổ chức hội nghị tập huấn hướng dẫn hội viên ứng dụng chuyển đổi số trong sản xuất, tiêu thụ nông sản.${extra}

Hơn 150 hội viên được hướng dẫn cách mở gian hàng trực tuyến, quay video giới thiệu sản phẩm.

Văn Dũng
`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "ingest-corpus-"));
  await writeFile(path.join(dir, "a.txt"), ARTICLE(5));
  await writeFile(path.join(dir, "b-copy.txt"), ARTICLE(5)); // exact duplicate of a
  await writeFile(path.join(dir, "c-reworded.txt"), ARTICLE(5, " Đây là bản đăng lại.")); // same title and date
  await writeFile(path.join(dir, "d-other-day.txt"), ARTICLE(6));
  await writeFile(path.join(dir, "empty.txt"), "");
  await writeFile(path.join(dir, "binary.txt"), Buffer.from([0, 1, 2, 3, 0, 255]));
  await writeFile(path.join(dir, "huge.txt"), Buffer.alloc(MAX_FILE_BYTES + 10, 0x61));
  await writeFile(path.join(dir, "notes.md"), "not an article");
  await mkdir(path.join(dir, "folder.txt"));
  await writeFile(path.join(dir, "folder.txt", "inside.txt"), ARTICLE(7));
  await mkdir(path.join(dir, "sub"));
  await symlink("..", path.join(dir, "sub", "loop")); // a link back up: must not recurse forever
  await symlink("missing-target.txt", path.join(dir, "broken.txt"));
  await writeFile(path.join(dir, "e-fixed.txt"), ARTICLE(8));
  await writeFile(
    path.join(dir, "e-fixed.txt.meta.json"),
    JSON.stringify({ date: "2025-03-09", organizers: ["Hội Nông dân tỉnh Nghệ An", "UBND tỉnh Nghệ An"] }),
  );
  await writeFile(path.join(dir, "f-bad-sidecar.txt"), ARTICLE(10));
  await writeFile(path.join(dir, "f-bad-sidecar.txt.meta.json"), JSON.stringify({ date: "9/3/2025" }));
  await writeFile(path.join(dir, "g-locked.txt"), ARTICLE(11));
  await chmod(path.join(dir, "g-locked.txt"), 0);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const find = (report: IngestEntry[], file: string) => report.find((r) => r.file === file);

describe("ingestCorpus", () => {
  it("reports every input file exactly once", async () => {
    const { report, articles } = await ingestCorpus(dir, await aliasesP);
    const files = report.map((r) => r.file);
    expect(new Set(files).size).toBe(files.length);
    for (const f of [
      "a.txt",
      "b-copy.txt",
      "c-reworded.txt",
      "d-other-day.txt",
      "empty.txt",
      "binary.txt",
      "huge.txt",
      "folder.txt/inside.txt",
      "broken.txt",
      "e-fixed.txt",
      "f-bad-sidecar.txt",
      "g-locked.txt",
    ])
      expect(files, f).toContain(f);
    expect(files).not.toContain("notes.md");
    expect(articles.map((a) => a.file).sort()).toEqual(
      report
        .filter((r) => r.status === "indexed")
        .map((r) => r.file)
        .sort(),
    );
  });

  it("merges exact and near-duplicates, naming the copy kept", async () => {
    const { report } = await ingestCorpus(dir, await aliasesP);
    expect(find(report, "b-copy.txt")).toMatchObject({ status: "merged", reason: "exact duplicate of a.txt", id: "a" });
    expect(find(report, "c-reworded.txt")).toMatchObject({
      status: "merged",
      reason: expect.stringMatching(/near-duplicate of a\.txt/),
    });
    expect(find(report, "d-other-day.txt")?.status).toBe("indexed");
  });

  it("skips what is not an article, with the reason", async () => {
    const { report } = await ingestCorpus(dir, await aliasesP);
    expect(find(report, "empty.txt")).toMatchObject({ status: "skipped", reason: "empty file" });
    expect(find(report, "binary.txt")?.reason).toMatch(/binary/);
    expect(find(report, "huge.txt")?.reason).toMatch(/too large/);
    expect(find(report, "broken.txt")?.reason).toMatch(/unreadable: ENOENT/);
    expect(find(report, "folder.txt/inside.txt")?.status).toBe("indexed");
    if (process.getuid?.() !== 0) expect(find(report, "g-locked.txt")?.reason).toMatch(/unreadable: EACCES/);
  });

  it("applies a sidecar and fails a bad one with the file and field named", async () => {
    const { report } = await ingestCorpus(dir, await aliasesP);
    expect(find(report, "e-fixed.txt")).toMatchObject({
      status: "indexed",
      date: "2025-03-09",
      year: 2025,
      organizers: ["Hội Nông dân tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Nghệ An"],
    });
    expect(find(report, "e-fixed.txt")?.warnings.some((w) => w.startsWith("date:"))).toBe(false);
    const bad = find(report, "f-bad-sidecar.txt");
    expect(bad?.status).toBe("skipped");
    expect(bad?.reason).toContain("f-bad-sidecar.txt.meta.json");
    expect(bad?.reason).toContain('"date"');
  });

  it("reports a symbolic link loop instead of following it", async () => {
    const { problems } = await scanArticleFiles(dir);
    expect(problems.some((p) => p.file === "sub/loop")).toBe(true);
  });

  it("fails loudly when the corpus folder itself is missing", async () => {
    await expect(ingestCorpus(path.join(dir, "nope"), await aliasesP)).rejects.toThrow();
  });
});

describe("sidecar schema", () => {
  it.each([
    [{ date: "2022-02-30" }, "date"],
    [{ year: "2022" }, "year"],
    [{ organizers: "Ban Dân vận" }, "organizers"],
    [{ titel: "typo" }, "titel"],
    [{ date: "2022-03-01", year: 2021 }, "year"],
  ])("%j fails naming field %s", (value, field) => {
    expect(() => parseSidecar("x.txt.meta.json", JSON.stringify(value))).toThrow(
      new RegExp(`x\\.txt\\.meta\\.json: invalid field "${field}"`),
    );
  });
  it("names the file when the JSON is broken", () => {
    expect(() => parseSidecar("y.txt.meta.json", "{")).toThrow(/y\.txt\.meta\.json: not valid JSON/);
  });
});

describe("report formatting", () => {
  it("has one JSON object per file with the documented fields", async () => {
    const { report } = await ingestCorpus(dir, await aliasesP);
    const rows = JSON.parse(reportJson(report));
    expect(rows).toHaveLength(report.length);
    for (const r of rows)
      expect(Object.keys(r)).toEqual([
        "file",
        "status",
        "reason",
        "id",
        "title",
        "date",
        "year",
        "organizers",
        "author",
        "source",
        "warnings",
        "province",
        "inferred",
      ]);
  });

  it("summarizes and tabulates", async () => {
    const { report } = await ingestCorpus(dir, await aliasesP);
    expect(formatSummary(report)).toMatch(
      /^\d+ files → \d+ indexed, 2 merged, \d+ skipped; \d+ with inferred values, \d+ with missing values$/,
    );
    const table = formatReportTable(report);
    for (const r of report) expect(table).toContain(r.file.slice(0, 30));
    expect(strictFailures(report).length).toBeGreaterThan(0);
  });

  it("draws a progress bar", () => {
    expect(progressBar(0, 10, 10)).toBe("[----------]  0/10");
    expect(progressBar(5, 10, 10)).toBe("[#####-----]  5/10");
    expect(progressBar(10, 10, 10)).toBe("[##########] 10/10");
  });
});
