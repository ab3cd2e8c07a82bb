import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ingestFile, loadCurated } from "../../lib/ingest";
import { normalizeTonePlacement } from "../../lib/text";
import { ensureCorpus, FIRST_YEAR, generateArticle, generateCorpus, LAST_YEAR, oldTonePlacement } from "./generate";
import { language, ORGANIZER_COUNT } from "./language";

const digest = (n: number, seed: number) => {
  const h = createHash("sha256");
  for (const a of generateCorpus(n, seed)) h.update(a.file).update("\0").update(a.text).update("\0");
  return h.digest("hex");
};

describe("generator", () => {
  it("gives the same bytes for the same seed, other bytes for another", () => {
    expect(digest(30, 7)).toBe(digest(30, 7));
    expect(digest(30, 7)).not.toBe(digest(30, 8));
    expect(generateArticle(7, 12).text).toBe(generateArticle(7, 12).text);
  });

  it("is pinned: a change of output needs a new GENERATOR_VERSION (cached corpora are keyed by it)", () => {
    expect(digest(20, 1)).toBe("42b9052d8becdc6c3ad3c31e85fc16bdc1c082506c6dd4a4c6e2bdcfaa2e0a14");
  });

  it("writes articles of realistic length, years and organizers", () => {
    const articles = [...generateCorpus(400, 3)];
    const syllables = articles.map((a) => a.truth.syllables);
    const mean = syllables.reduce((s, x) => s + x, 0) / syllables.length;
    expect(mean).toBeGreaterThan(600);
    expect(mean).toBeLessThan(720);
    expect(Math.min(...syllables)).toBeGreaterThanOrEqual(250);
    expect(Math.max(...syllables)).toBeLessThan(1600);
    for (const a of articles) {
      expect(a.truth.year).toBeGreaterThanOrEqual(FIRST_YEAR);
      expect(a.truth.year).toBeLessThanOrEqual(LAST_YEAR);
      const bytes = Buffer.byteLength(a.text);
      expect(bytes).toBeGreaterThan(1500);
      expect(bytes).toBeLessThan(15_000);
    }
    expect(language().organizers).toHaveLength(ORGANIZER_COUNT);
    expect(new Set(articles.map((a) => a.truth.organizers[0])).size).toBeGreaterThan(40);
    // The boilerplate of the real pages is there.
    const all = articles.map((a) => a.text).join("\n");
    for (const s of [
      "Tin khác",
      "Ý kiến bạn đọc",
      "Nguồn tin:",
      "Thứ ",
      "(Ảnh:",
      "PV (tổng hợp)",
      "Trang chủ >",
      "dân vận",
      "quy chế dân chủ ở cơ sở",
      "hướng dẫn",
      "dẫn đầu",
      "dần dần",
    ])
      expect(all).toContain(s);
    expect(all).toMatch(/(?:Sáng|Chiều|Ngày) \d{1,2}[/-]\d{1,2}, /);
    expect(all).toMatch(/uỷ|oà/); // some pages in the old tone style
  });

  it("never writes two articles with the same title and date (ingestion would merge them)", () => {
    const keys = new Set<string>();
    for (const a of generateCorpus(1500, 5)) {
      if (a.truth.title === null) continue;
      const key = `${a.truth.title.toLowerCase()}|${a.truth.date}`;
      expect(keys.has(key)).toBe(false);
      keys.add(key);
    }
  });

  it("is read back by ingestion as meant: date, organizer, headline", async () => {
    const aliases = await loadCurated(path.resolve("data"));
    let dated = 0;
    let wrong = 0;
    let total = 0;
    for (const g of generateCorpus(200, 11)) {
      const a = ingestFile(g.file, Buffer.from(g.text), aliases);
      if ("reason" in a) throw new Error(`${g.file} skipped: ${a.reason}`);
      total++;
      if (a.date === g.truth.date) dated++;
      else if (a.date !== null) wrong++;
      expect(a.organizers.length).toBeGreaterThan(0);
      expect(a.body.length).toBeGreaterThan(0);
    }
    // Some generated leads date themselves only by a period ("nhiệm kỳ 2020-2024"), which
    // never decides an event's year: those read as undated, never as another date.
    expect(dated / total).toBeGreaterThan(0.9);
    expect(wrong / total).toBeLessThanOrEqual(0.01);
  });

  it("writes old-style tone placement that lib/text undoes", () => {
    const modern = "Hòa bình, Thành ủy, thủy lợi, khỏe mạnh, quý, hoàn thành";
    const old = oldTonePlacement(modern);
    expect(old).toBe("Hoà bình, Thành uỷ, thuỷ lợi, khoẻ mạnh, quý, hoàn thành");
    expect(normalizeTonePlacement(old)).toBe(modern);
  });

  it("caches a corpus folder per size, seed and version", async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), "bench-"));
    try {
      const a = await ensureCorpus(root, 25, 2);
      const files = (await readdir(a.dir, { recursive: true })).filter((f) => f.endsWith(".txt"));
      expect(files).toHaveLength(25);
      expect(existsSync(`${a.dir}.json`)).toBe(true);
      const b = await ensureCorpus(root, 25, 2, () => {
        throw new Error("regenerated a cached corpus");
      });
      expect(b).toEqual(a);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
