import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { latencyOf, measureBytes } from "./measure";
import { type CpuProfile, summarizeProfile } from "./profile";
import type { BenchQuery } from "./queries";
import { mixSeed, Rng, Zipf } from "./random";
import { DOC_END, DOC_START, replaceBetweenMarkers } from "./report";
import { percentile, summarize } from "./stats";

describe("random", () => {
  it("is deterministic and roughly uniform", () => {
    const a = new Rng(1);
    const b = new Rng(1);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b.next()));
    expect(xs.reduce((s, x) => s + x, 0) / 1000).toBeCloseTo(0.5, 1);
    expect(mixSeed(1, 2)).not.toBe(mixSeed(2, 1));
  });

  it("draws Zipf-like: the first item far more often than the hundredth", () => {
    const z = new Zipf(
      Array.from({ length: 200 }, (_, i) => i),
      1,
      1,
    );
    const r = new Rng(9);
    const counts = new Array(200).fill(0);
    for (let k = 0; k < 20_000; k++) counts[z.draw(r)]++;
    expect(counts[0]).toBeGreaterThan(10 * counts[99]);
  });
});

describe("stats", () => {
  it("takes nearest-rank percentiles", () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 95)).toBe(95);
    expect(percentile(xs, 99)).toBe(99);
    expect(summarize([3, 1, 2])).toMatchObject({ n: 3, p50: 2, max: 3, mean: 2 });
  });

  it("summarizes latency by class and filter", () => {
    const qs: BenchQuery[] = [
      { q: "a", class: "accented", organizers: [], years: [] },
      { q: "b", class: "typo", organizers: ["X"], years: [] },
    ];
    const l = latencyOf(qs, {
      loadMs: 0,
      loadCpuMs: 0,
      prepareMs: 0,
      prepareCpuMs: 0,
      rssAfterLoadBytes: 0,
      heapAfterLoadBytes: 0,
      peakRssBytes: 0,
      warmupMs: [30, 20, 10],
      ms: [1, 9],
      cpuMs: [1, 8],
      totals: [0, 5],
    });
    expect(l.byClass.typo?.p95).toBe(9);
    expect(l.cpu.max).toBe(8);
    expect(l.filtered.n).toBe(1);
    expect(l.zeroResults).toBe(1);
    expect(l.slowest[0]).toMatchObject({ q: "b", filters: "organizer=X" });
    expect(l.warmedUp).toBe(3);
    expect(l.firstAfterLoad).toMatchObject({ n: 3, max: 30, p50: 20 });
  });
});

describe("bytes", () => {
  it("counts raw and gzip bytes, the index apart from the records and the report", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "bench-bytes-"));
    try {
      await writeFile(path.join(dir, "articles.json"), "a".repeat(1000));
      await writeFile(path.join(dir, "index.json"), "b".repeat(500));
      await writeFile(path.join(dir, "report.json"), "c".repeat(100));
      const b = await measureBytes(dir);
      expect(b.indexRaw).toBe(500);
      expect(b.servedRaw).toBe(1500);
      expect(b.indexGzip).toBeLessThan(100);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("profile summary", () => {
  it("counts self time per function and total time once per stack, even in recursion", () => {
    const frame = (functionName: string, url = "file:///p/lib/x.ts", lineNumber = 0) => ({
      functionName,
      url,
      lineNumber,
    });
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame("(root)", "", -1), children: [2] },
        { id: 2, callFrame: frame("search"), children: [3] },
        { id: 3, callFrame: frame("walk", "file:///p/lib/y.ts", 4), children: [4] },
        { id: 4, callFrame: frame("walk", "file:///p/lib/y.ts", 4), children: [] },
      ],
      samples: [2, 3, 4, 4],
      timeDeltas: [1000, 1000, 1000, 1000],
      startTime: 0,
      endTime: 4000,
    };
    const s = summarizeProfile(profile, "/p");
    const walk = s.functions.find((f) => f.name === "walk")!;
    expect(walk).toMatchObject({ where: "lib/y.ts:5", selfMs: 3, totalMs: 3 });
    expect(s.functions.find((f) => f.name === "search")).toMatchObject({ selfMs: 1, totalMs: 4 });
    expect(s.files[0]).toEqual({ file: "lib/y.ts", selfMs: 3 });
  });
});

describe("docs", () => {
  it("replaces only what lies between the markers", () => {
    const doc = `# B\n\nintro\n\n${DOC_START}\nold\n${DOC_END}\n\nafter\n`;
    const out = replaceBetweenMarkers(doc, "new table");
    expect(out).toBe(`# B\n\nintro\n\n${DOC_START}\n\nnew table\n\n${DOC_END}\n\nafter\n`);
    expect(replaceBetweenMarkers(out, "new table")).toBe(out);
    expect(() => replaceBetweenMarkers("# nothing", "x")).toThrow(/markers/);
  });
});
