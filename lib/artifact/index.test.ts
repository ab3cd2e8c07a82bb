import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Article, type IngestEntry, ingestCorpus, loadCurated } from "../ingest";
import { buildIndex, createEngine, type SearchRequest } from "../search";
import { searchRequest } from "../search/test-support";
import { tokenize } from "../text";
import {
  ARTIFACT_FILES,
  ArtifactError,
  currentBuild,
  EmptyBuildError,
  getEngine,
  readArtifact,
  refreshEngine,
  servedDir,
  writeArtifact,
} from ".";
import { acquireLock, LockError } from "./lock";

const req = (q: string): SearchRequest => searchRequest(q);

let articles: Article[];
let report: IngestEntry[];
const dirs: string[] = [];
const tmp = async () => {
  const d = await mkdtemp(path.join(os.tmpdir(), "artifact-"));
  dirs.push(d);
  return d;
};
beforeAll(async () => {
  const aliases = await loadCurated(path.resolve("data"));
  ({ articles, report } = await ingestCorpus(path.resolve("data/articles"), aliases));
});
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe("artifact", () => {
  it("a written and re-read artifact answers exactly as the index built in memory", async () => {
    const dir = await tmp();
    await writeArtifact(dir, { articles, report, corpusDir: "data/articles" });
    const loaded = readArtifact(dir);
    const fresh = createEngine(articles, buildIndex(articles));
    for (const q of ["dân vận", "dan va", '"quy chế dân chủ"', "thanh uy -quận", "", "dan vna kheo"])
      expect(loaded.search(req(q))).toEqual(fresh.search(req(q)));
    // Hits read from the artifact cut only their snippet's window out of
    // the stored text; from memory, they have the whole text: same answers,
    // whatever the words, their form, their order or the page.
    const words = [...new Set(articles.flatMap((a) => tokenize([a.title, a.lead, ...a.body].join(" "))))];
    const word = fc.constantFrom(...words).chain((t) => fc.constantFrom(t.exact, t.folded, t.exact.slice(0, 2)));
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 4 }),
        fc.constantFrom("", " ", '"'),
        fc.integer({ min: 1, max: 3 }),
        (w, end, page) => {
          const q = end === '"' ? `"${w.join(" ")}"` : w.join(" ") + end;
          const r = { ...req(q), page, perPage: 2 };
          expect(loaded.search(r)).toEqual(fresh.search(r));
        },
      ),
      { numRuns: 300 },
    );
    // Records come back whole, though their text is read on demand.
    for (const a of articles) expect(loaded.article(a.id)).toEqual(fresh.article(a.id));
    expect(loaded.articles.map((a) => a.id)).toEqual(articles.map((a) => a.id));
  });

  it("refuses any single flipped byte in any file, naming the file and the fix", async () => {
    const dir = await tmp();
    await writeArtifact(dir, { articles, report, corpusDir: "data/articles" });
    const build = servedDir(dir);
    // 20 seeded flips per file (the issue found 11 of 20 flips of index.bin loading silently).
    fc.assert(
      fc.property(fc.constantFrom(...ARTIFACT_FILES), fc.double({ min: 0, max: 1, maxExcluded: true }), (f, at) => {
        const file = path.join(build, f);
        const bytes = readFileSync(file);
        const k = Math.floor(at * bytes.length);
        const flipped = Buffer.from(bytes);
        flipped[k] = flipped[k]! ^ 0x01;
        writeFileSync(file, flipped);
        try {
          expect(() => readArtifact(dir)).toThrow(
            new RegExp(`${f.replace(".", "\\.")} does not match its checksum in meta\\.json.*npm run index`),
          );
        } finally {
          writeFileSync(file, bytes);
        }
      }),
      { numRuns: 40, seed: 15 },
    );
    expect(() => readArtifact(dir)).not.toThrow();
    const meta = JSON.parse(await readFile(path.join(build, "meta.json"), "utf8"));
    await writeFile(path.join(build, "meta.json"), JSON.stringify({ ...meta, version: meta.version - 1 }));
    expect(() => readArtifact(dir)).toThrow(/another version/);
    await writeFile(path.join(build, "meta.json"), "{ not json");
    expect(() => readArtifact(dir)).toThrow(/corrupt.*npm run index/);
    await writeFile(path.join(dir, "CURRENT"), "../../etc\n");
    expect(() => readArtifact(dir)).toThrow(/pointer .* is corrupt/);
  });

  it("a build with no article fails without touching the last good artifact", async () => {
    const dir = await tmp();
    await writeArtifact(dir, { articles, report, corpusDir: "data/articles" });
    const before = readdirSync(dir).sort();
    const pointer = await readFile(path.join(dir, "CURRENT"), "utf8");
    await expect(writeArtifact(dir, { articles: [], report: [], corpusDir: "/empty" })).rejects.toThrow(
      EmptyBuildError,
    );
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(await readFile(path.join(dir, "CURRENT"), "utf8")).toBe(pointer);
    expect(readArtifact(dir).articles.length).toBe(articles.length);
  });

  it("a build that fails before its switch leaves the previous build served, and the next build cleans up", async () => {
    const dir = await tmp();
    await writeArtifact(dir, { articles, report, corpusDir: "data/articles" });
    const first = currentBuild(dir);
    const crash = new Error("killed");
    await expect(
      writeArtifact(
        dir,
        { articles: articles.slice(0, 2), report, corpusDir: "x" },
        {
          beforeSwitch: () => {
            throw crash;
          },
        },
      ),
    ).rejects.toBe(crash);
    expect(currentBuild(dir)).toBe(first);
    expect(readArtifact(dir).articles.length).toBe(articles.length);
    // Builds keep the served one and its predecessor only.
    for (let i = 0; i < 3; i++)
      await writeArtifact(dir, { articles: articles.slice(0, i + 1), report, corpusDir: "x" });
    expect(readdirSync(dir).filter((n) => n.startsWith("build-")).length).toBe(2);
    expect(readdirSync(dir).filter((n) => n.startsWith(".partial-"))).toEqual([]);
    expect(readArtifact(dir).articles.length).toBe(3);
  });

  it("refuses a second build while one holds the lock, and takes over a killed build's lock", async () => {
    const dir = await tmp();
    const release = acquireLock(dir);
    // Another process (a live one: this test's child) holds it: refused.
    const child = spawn("sleep", ["30"]);
    await writeFile(path.join(dir, ".lock"), `${child.pid}\n`);
    try {
      await expect(writeArtifact(dir, { articles, report, corpusDir: "x" })).rejects.toThrow(
        new RegExp(`another build \\(process ${child.pid}\\)`),
      );
      expect(() => acquireLock(dir)).toThrow(LockError);
    } finally {
      child.kill("SIGKILL");
      await new Promise((r) => child.on("exit", r));
    }
    // Its process is gone: the lock is stale and the build goes ahead.
    await writeArtifact(dir, { articles, report, corpusDir: "x" });
    expect(existsSync(path.join(dir, ".lock"))).toBe(false);
    release(); // idempotent once the file is gone
  });

  it("a process keeps what it loaded whatever happens to the files, and swaps in a new build", async () => {
    const dir = await tmp();
    const saved = process.env.ARTIFACT_DIR;
    process.env.ARTIFACT_DIR = dir;
    try {
      await writeArtifact(dir, { articles, report, corpusDir: "x" });
      const engine = getEngine();
      const id = articles[0]!.id;
      // Every file of the loaded build overwritten with garbage: still answers.
      const build = servedDir(dir);
      for (const f of readdirSync(build)) await writeFile(path.join(build, f), "garbage");
      expect(engine.article(id)?.title).toBe(articles[0]!.title);
      expect(engine.search(req(articles[0]!.title)).hits[0]?.id).toBe(id);
      // A corrupt newer build is refused; the loaded engine stays.
      const logs: string[] = [];
      await writeArtifact(dir, { articles: articles.slice(0, 2), report, corpusDir: "x" });
      const broken = servedDir(dir);
      await writeFile(path.join(broken, "index.bin"), "x");
      expect(refreshEngine((l) => logs.push(l))).toBe("refused");
      expect(logs[0]).toMatch(/new build refused: .*index\.bin does not match its checksum.*Still serving/);
      expect(getEngine()).toBe(engine);
      expect(refreshEngine((l) => logs.push(l))).toBe("same"); // said once
      // A good newer build is swapped in.
      await writeArtifact(dir, { articles: articles.slice(0, 3), report, corpusDir: "x" });
      expect(refreshEngine((l) => logs.push(l))).toBe("swapped");
      expect(getEngine().articles.length).toBe(3);
      expect(engine.article(id)?.title).toBe(articles[0]!.title); // the old one still whole for requests in flight
      // The swapped-in engine's idle-time work is under way between requests, and ends.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(getEngine().prepare(0)).toBe(true);
    } finally {
      process.env.ARTIFACT_DIR = saved;
      delete (globalThis as Record<symbol, unknown>)[Symbol.for("tra-cuu.engine")];
    }
  });

  it("missing artifact names the fix", async () => {
    const dir = await tmp();
    expect(() => readArtifact(dir)).toThrow(ArtifactError);
    expect(() => readArtifact(dir)).toThrow(/missing: .*CURRENT\. Run `npm run index`/);
  });
});
