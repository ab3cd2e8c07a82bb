import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readArtifact } from "../lib/artifact";

/**
 * A corpus folder with good articles beside every kind of bad input. The index
 * build (the corpus half of `npm run build`; `next build` itself never reads
 * the corpus) must succeed, keep every good article searchable, and name every
 * bad file with its reason; `ingest --strict` must fail listing them.
 */
const run = promisify(execFile);
const TSX = path.resolve("node_modules/.bin/tsx");
let dir: string;
let artifact: string;

beforeAll(async () => {
  const root = await mkdtemp(path.join(tmpdir(), "tra-cuu-faults-"));
  dir = path.join(root, "corpus");
  artifact = path.join(root, "artifact");
  await mkdir(dir);
  // Any two articles of the embedded corpus serve as the good ones.
  const seeds = path.resolve("data/articles");
  const [first, second] = (await readdir(seeds)).filter((f) => f.endsWith(".txt")).sort();
  await copyFile(path.join(seeds, first!), path.join(dir, "good-1.txt"));
  await copyFile(path.join(seeds, second!), path.join(dir, "good-2.txt"));
  await copyFile(path.join(seeds, second!), path.join(dir, "duplicate.txt"));
  await writeFile(path.join(dir, "empty.txt"), "");
  await writeFile(
    path.join(dir, "binary.txt"),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1]),
  );
  // Bytes that are neither UTF-8 nor text in any Vietnamese code page.
  await writeFile(
    path.join(dir, "invalid-utf8.txt"),
    Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0xff, 0xfe, 0x80, 0x81]),
  );
  await writeFile(path.join(dir, "huge.txt"), Buffer.alloc(50 * 1024 * 1024, "dân vận ".normalize("NFC")));
  await symlink(path.join(dir, "missing-target.txt"), path.join(dir, "unreadable.txt")); // reading fails: ENOENT
  await symlink(dir, path.join(dir, "loop")); // a symlink loop back to the corpus
  await mkdir(path.join(dir, "folder.txt")); // a directory named like an article
}, 60_000);

afterAll(async () => {
  if (dir) await rm(path.dirname(dir), { recursive: true, force: true });
});

describe("a corpus with faulty files", () => {
  it("builds, keeps the good articles searchable and names every bad file with its reason", async () => {
    const { stdout } = await run(TSX, ["scripts/index.ts"], {
      env: { ...process.env, ARTICLES_DIR: dir, ARTIFACT_DIR: artifact },
    });
    expect(stdout).toMatch(/2 indexed/);
    const engine = readArtifact(artifact);
    // Of two identical files the first in path order is kept, the other merged into it.
    expect(engine.articles.map((a) => a.file).sort()).toEqual(["duplicate.txt", "good-1.txt"]);
    // Each good article is found by its own title.
    const ask = (q: string) =>
      engine.search({ q, organizers: [], years: [], provinces: [], sort: "relevance", page: 1, perPage: 20 });
    for (const a of engine.articles) expect(engine.article(ask(a.title).hits[0]?.id ?? "")?.file).toBe(a.file);

    const { stdout: json } = await run(TSX, ["scripts/ingest.ts", "--dir", dir, "--json"]);
    const report = JSON.parse(json) as { file: string; status: string; reason: string | null }[];
    const byFile = new Map(report.map((r) => [r.file, r]));
    expect(byFile.get("good-1.txt")?.status).toBe("indexed");
    expect(byFile.get("good-2.txt")).toMatchObject({
      status: "merged",
      reason: expect.stringContaining("duplicate.txt"),
    });
    for (const [file, reason] of [
      ["empty.txt", /empty/i],
      ["binary.txt", /binary/i],
      ["invalid-utf8.txt", /utf-8|encoding|text/i],
      ["huge.txt", /large|MB|bytes/i],
      ["unreadable.txt", /ENOENT|unreadable|broken|missing/i],
    ] as const) {
      expect(byFile.get(file), file).toMatchObject({ status: "skipped" });
      expect(byFile.get(file)?.reason, file).toMatch(reason);
    }
    // Nothing is silently dropped: every regular file and link is in the report.
    for (const f of [
      "good-1.txt",
      "good-2.txt",
      "duplicate.txt",
      "empty.txt",
      "binary.txt",
      "invalid-utf8.txt",
      "huge.txt",
      "unreadable.txt",
    ])
      expect(byFile.has(f), f).toBe(true);
  }, 120_000);

  it("fails --strict, listing the skipped files", async () => {
    const err = await run(TSX, ["scripts/ingest.ts", "--dir", dir, "--strict"]).catch((e) => e);
    expect(err.code).toBe(1);
    for (const f of ["empty.txt", "binary.txt", "invalid-utf8.txt", "huge.txt", "unreadable.txt"])
      expect(err.stdout).toContain(f);
  }, 120_000);
});
