import { execFileSync } from "node:child_process";
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  MAX_ARTICLE_CHARS,
  MAX_PARAGRAPH_CHARS,
  MAX_PARAGRAPHS,
  MAX_SIDECAR_BYTES,
  MAX_TITLE_CHARS,
  TRUNCATION_WARNING,
} from "../limits";
import { articleForPage, boundArticle, ingestCorpus, ingestFile, scanArticleFiles } from "./corpus";
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
  // Hostile entries: a named pipe named like an article (opening it would
  // block forever), links out of the folder, a name that is not UTF-8, an
  // orphan sidecar, UTF-16 without a byte order mark, a two-letter "article".
  execFileSync("mkfifo", [path.join(dir, "pipe.txt")]);
  await symlink("/etc/passwd", path.join(dir, "passwd.txt"));
  await symlink(path.join(dir, "a.txt"), path.join(dir, "inside-link.txt"));
  await writeFile(Buffer.concat([Buffer.from(`${dir}/`), Buffer.from([0x62, 0xff, 0xfe]), Buffer.from(".txt")]), "x");
  await writeFile(path.join(dir, "orphan.txt.meta.json"), "{}");
  await writeFile(path.join(dir, "utf16.txt"), Buffer.from(ARTICLE(12), "utf16le"));
  await writeFile(path.join(dir, "tiny.txt"), "A1");
  await writeFile(path.join(dir, "h-huge-sidecar.txt"), ARTICLE(13));
  await writeFile(
    path.join(dir, "h-huge-sidecar.txt.meta.json"),
    JSON.stringify({ title: "x".repeat(MAX_SIDECAR_BYTES + 1) }),
  );
  await writeFile(path.join(dir, "i-long-title.txt"), ARTICLE(14));
  await writeFile(
    path.join(dir, "i-long-title.txt.meta.json"),
    JSON.stringify({ title: "y".repeat(MAX_TITLE_CHARS + 1) }),
  );
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
    for (const f of ["notes.md", "folder.txt", "sub", "sub/loop", "pipe.txt", "passwd.txt", "orphan.txt.meta.json"])
      expect(files, f).toContain(f);
    expect(find(report, "e-fixed.txt.meta.json")).toMatchObject({
      status: "sidecar",
      reason: "sidecar of e-fixed.txt",
    });
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
    expect(find(report, "broken.txt")?.reason).toBe("broken symbolic link (to missing-target.txt)");
    expect(find(report, "notes.md")).toMatchObject({ status: "skipped", reason: "not an article file (.md)" });
    expect(find(report, "folder.txt")?.status).toBe("folder");
    expect(find(report, "orphan.txt.meta.json")).toMatchObject({
      status: "skipped",
      reason: "orphan sidecar: no article file orphan.txt beside it",
    });
    expect(find(report, "tiny.txt")?.reason).toMatch(/^too short to be an article \(1 letter,/);
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
    expect(problems.find((p) => p.file === "sub/loop")?.reason).toBe("symbolic link to a folder (to ..), not followed");
  });

  it("never opens a named pipe, never follows a link out of the folder, reads a link inside it", async () => {
    const { report, articles } = await ingestCorpus(dir, await aliasesP);
    expect(find(report, "pipe.txt")).toMatchObject({
      status: "skipped",
      reason: "not a regular file (named pipe), not opened",
    });
    expect(find(report, "passwd.txt")).toMatchObject({
      status: "skipped",
      reason: "symbolic link out of the corpus folder (to /etc/passwd), not followed",
    });
    expect(articles.some((a) => a.lead.includes("root:"))).toBe(false);
    // A link to an article inside the folder is read, and found to be a's duplicate.
    expect(find(report, "inside-link.txt")).toMatchObject({ status: "merged", reason: "exact duplicate of a.txt" });
  });

  it("names a file whose name is not UTF-8 as such", async () => {
    const { report } = await ingestCorpus(dir, await aliasesP);
    expect(find(report, "b\uFFFD\uFFFD.txt")).toMatchObject({
      status: "skipped",
      reason: "file name is not valid UTF-8 (rename it to read it)",
    });
  });

  it("reads UTF-16 without a byte order mark as text, not binary", async () => {
    const { report } = await ingestCorpus(dir, await aliasesP);
    const r = find(report, "utf16.txt");
    expect(r?.status).toBe("indexed");
    expect(r?.title).toBe("Hội Nông dân tỉnh Nghệ An tập huấn chuyển đổi số");
    expect(r?.warnings).toContain("encoding: read as utf-16le (no byte order mark)");
  });

  it("refuses an oversized sidecar unread and a sidecar field over its bound", async () => {
    const { report } = await ingestCorpus(dir, await aliasesP);
    expect(find(report, "h-huge-sidecar.txt")?.reason).toMatch(
      /^sidecar h-huge-sidecar\.txt\.meta\.json: file too large/,
    );
    expect(find(report, "i-long-title.txt")?.reason).toMatch(/i-long-title\.txt\.meta\.json: invalid field "title"/);
  });

  it("fails loudly when the corpus folder itself is missing", async () => {
    await expect(ingestCorpus(path.join(dir, "nope"), await aliasesP)).rejects.toThrow();
  });
});

describe("bounds on one article (lib/limits.ts)", () => {
  it("1.6 million short lines (4.8 MB) become at most MAX_PARAGRAPHS paragraphs, with a note, quickly", async () => {
    const text = `Tiêu đề một bài rất dài dòng\n\n${"ab\n".repeat(1_600_000)}`;
    const t0 = performance.now();
    const a = ingestFile("lines.txt", Buffer.from(text), await aliasesP);
    const ms = performance.now() - t0;
    if ("reason" in a) throw new Error(a.reason);
    expect(1 + a.body.length).toBeLessThanOrEqual(MAX_PARAGRAPHS);
    expect(a.warnings.some((w) => w.startsWith(TRUNCATION_WARNING))).toBe(true);
    expect(ms).toBeLessThan(5_000); // generous: ~1.5 s before the bound (and 2 GB at render)
  });

  it("a text without spaces or line breaks is cut to MAX_PARAGRAPH_CHARS", async () => {
    const text = `Tiêu đề bài\n\nĐoạn mở đầu có chữ dân vận ${"x".repeat(4_900_000)}\n`;
    const a = ingestFile("nospace.txt", Buffer.from(text), await aliasesP);
    if ("reason" in a) throw new Error(a.reason);
    const chars = [a.title, a.lead, ...a.body, ...a.captions].reduce((n, p) => n + p.length, 0);
    expect(chars).toBeLessThanOrEqual(MAX_ARTICLE_CHARS + MAX_TITLE_CHARS);
    for (const p of [a.lead, ...a.body]) expect(p.length).toBeLessThanOrEqual(MAX_PARAGRAPH_CHARS);
  });

  it("cuts fields, paragraphs and the total, and leaves short articles untouched", async () => {
    const base = ingestFile("a.txt", Buffer.from(ARTICLE(5)), await aliasesP);
    if ("reason" in base) throw new Error(base.reason);
    expect(boundArticle(base)).toBe(base);
    const big = boundArticle({
      ...base,
      title: "t".repeat(10_000),
      author: "a".repeat(10_000),
      body: Array.from({ length: 5_000 }, () => "p".repeat(1_000)),
      organizers: Array.from({ length: 500 }, (_, i) => `Tổ chức ${i}`),
    });
    expect(big.title.length).toBe(MAX_TITLE_CHARS);
    expect(big.author?.length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
    expect(big.body.length).toBeLessThan(MAX_PARAGRAPHS);
    expect(big.body.reduce((n, p) => n + p.length, 0)).toBeLessThanOrEqual(MAX_ARTICLE_CHARS);
    expect(big.organizers.length).toBeLessThanOrEqual(20);
    expect(big.warnings.at(-1)).toMatch(/^text: truncated/);
  });

  it("the article page renders within the bounds and knows when the text was cut", async () => {
    const base = ingestFile("a.txt", Buffer.from(ARTICLE(5)), await aliasesP);
    if ("reason" in base) throw new Error(base.reason);
    expect(articleForPage(base)).toEqual({ article: base, truncated: false });
    // A record cut at build time: unchanged, and the note is due.
    const cut = boundArticle({ ...base, body: Array.from({ length: 2_000 }, (_, i) => `Đoạn ${i}.`) });
    const page = articleForPage(cut);
    expect(page.article).toBe(cut);
    expect(page.truncated).toBe(true);
    // A record over the bounds from anywhere else is cut before it renders.
    const raw = articleForPage({ ...base, body: Array.from({ length: 50_000 }, () => "p".repeat(100)) });
    expect(raw.truncated).toBe(true);
    expect(raw.article.body.length).toBeLessThan(MAX_PARAGRAPHS);
    const chars = [raw.article.lead, ...raw.article.body, ...raw.article.captions].reduce((n, p) => n + p.length, 0);
    expect(chars).toBeLessThanOrEqual(MAX_ARTICLE_CHARS);
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
      /^\d+ files → \d+ indexed, 3 merged, \d+ skipped; \d+ with inferred values, \d+ with missing values \(and 2 folders, 4 sidecars\)$/,
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

describe("one spelling per organizer across the corpus", () => {
  const story = (day: number, unit: string) => `${unit} tập huấn xúc tiến thương mại

Ngày ${day}-3-2025, ${unit} tổ chức hội nghị tập huấn xúc tiến thương mại cho doanh nghiệp.

Hơn 100 doanh nghiệp tham dự.
`;
  it("gives a unit written with other capitals the spelling most files use, in articles and report", async () => {
    const d = await mkdtemp(path.join(tmpdir(), "ingest-spellings-"));
    try {
      await writeFile(path.join(d, "a.txt"), story(5, "Trung tâm Xúc tiến Thương mại tỉnh Nghệ An"));
      await writeFile(path.join(d, "b.txt"), story(6, "Trung tâm Xúc tiến Thương mại tỉnh Nghệ An"));
      await writeFile(path.join(d, "c.txt"), story(7, "Trung tâm xúc tiến thương mại tỉnh Nghệ An"));
      const { articles, report } = await ingestCorpus(d, await aliasesP);
      expect(articles.map((a) => a.organizers)).toEqual([
        ["Trung tâm Xúc tiến Thương mại tỉnh Nghệ An"],
        ["Trung tâm Xúc tiến Thương mại tỉnh Nghệ An"],
        ["Trung tâm Xúc tiến Thương mại tỉnh Nghệ An"],
      ]);
      expect(articles[2]!.evidence.organizers!.how).toContain("as most articles spell it");
      expect(report.find((r) => r.file === "c.txt")!.organizers).toEqual([
        "Trung tâm Xúc tiến Thương mại tỉnh Nghệ An",
      ]);
    } finally {
      await rm(d, { recursive: true, force: true });
    }
  });
});

describe("a corpus of one season", () => {
  it("nulls an undated page's past year found only beside its story, in the article and its report line", async () => {
    const season = await mkdtemp(path.join(tmpdir(), "ingest-season-"));
    try {
      for (let i = 1; i <= 20; i++)
        await writeFile(
          path.join(season, `d${i}.txt`),
          `Hội nghị số ${i}\n\nNgày ${i}/3/2017, Hội Nông dân huyện Số ${i} tổ chức hội nghị tập huấn cho hội viên.\n\nHơn 100 hội viên tham dự.\n`,
        );
      await writeFile(
        path.join(season, "background.txt"),
        "Người mua nhà đấu giá chưa được nhận nhà\n\nNăm 2014, UBND quận Ngô Quyền tổ chức phiên đấu giá nhà. Đến nay, người mua vẫn chưa được nhận nhà.\n\nNhiều lần kiến nghị chưa được giải quyết.\n",
      );
      const { articles, report } = await ingestCorpus(season, await aliasesP);
      expect(articles.find((a) => a.file === "background.txt")?.year).toBeNull();
      expect(find(report, "background.txt")?.year ?? null).toBeNull();
      expect(articles.find((a) => a.file === "d1.txt")?.year).toBe(2017);
    } finally {
      await rm(season, { recursive: true, force: true });
    }
  });
});
