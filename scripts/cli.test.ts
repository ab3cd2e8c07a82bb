import { execFile, spawn } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

/**
 * Every command-line entry point: --help prints its usage and exits 0; an
 * unknown flag or a missing value prints one line and exits 2; an operator's
 * mistake (a missing corpus folder) is one line, never a stack trace; a
 * reader closing the pipe early (`| head -1`) ends it quietly.
 */
const run = promisify(execFile);
const TSX = path.resolve("node_modules/.bin/tsx");
const SCRIPTS = [
  "index",
  "ingest",
  "search",
  "bench",
  "bench-browser",
  "load",
  "kill-build",
  "screenshots",
  "eval-relevance",
  "eval-extraction",
];
type Ran = { code: number; stdout: string; stderr: string };
const tsx = (args: string[], env: Record<string, string> = {}): Promise<Ran> =>
  run(TSX, args, { env: { ...process.env, ...env } }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
const STACK = /^\s+at /m;

describe("command-line ergonomics", () => {
  it("every CLI: --help exits 0 with its usage; an unknown flag or a missing value is one line and exit 2", async () => {
    const results = await Promise.all(
      SCRIPTS.flatMap((s) => [
        tsx([`scripts/${s}.ts`, "--help"]).then((r) => ({ s, kind: "help", r })),
        tsx([`scripts/${s}.ts`, "--no-such-flag"]).then((r) => ({ s, kind: "unknown", r })),
      ]),
    );
    for (const { s, kind, r } of results) {
      if (kind === "help") {
        expect(r.code, s).toBe(0);
        expect(r.stdout, s).toMatch(/^usage: /);
      } else {
        expect(r.code, s).toBe(2);
        expect(r.stderr.trim().split("\n"), s).toHaveLength(1);
        expect(r.stderr, s).toMatch(/Unknown option '--no-such-flag'/);
      }
    }
    const missing = await tsx(["scripts/ingest.ts", "--dir"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
  }, 120_000);

  it("a missing corpus folder or artifact is one line, no stack trace", async () => {
    const [index, ingest, search] = await Promise.all([
      tsx(["scripts/index.ts"], { ARTICLES_DIR: "/nonexistent/corpus" }),
      tsx(["scripts/ingest.ts", "--dir", "/nonexistent/corpus"]),
      tsx(["scripts/search.ts", "dân vận"], { ARTIFACT_DIR: "/nonexistent/artifact" }),
    ]);
    for (const r of [index, ingest, search]) {
      expect(r.code).toBe(1);
      expect(r.stderr).not.toMatch(STACK);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
    }
    expect(index.stderr).toMatch(/corpus folder \/nonexistent\/corpus \(ARTICLES_DIR\) does not exist/);
    expect(search.stderr).toMatch(/Search artifact missing: .*Run `npm run index`/);
  }, 60_000);

  it("survives a closed pipe (`| head -1`)", async () => {
    const child = spawn(TSX, ["scripts/ingest.ts", "--dir", "data", "--json"], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise((r) => child.on("exit", r));
    expect(stderr).not.toMatch(STACK);
    expect(stderr).not.toMatch(/EPIPE/);
    expect(code).toBe(0);
  }, 60_000);

  it("bench refuses a --root inside the repository, by real path", async () => {
    const r = await tsx(["scripts/bench.ts", "--root", "./tmp-bench"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/keep generated corpora out of the repository/);
    expect(r.stderr).not.toMatch(STACK);
  }, 60_000);
});
