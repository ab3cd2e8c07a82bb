import { mkdir, mkdtemp, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isInside, realPathOf } from "./paths";

const made: string[] = [];
afterAll(async () => {
  for (const d of made) await rm(d, { recursive: true, force: true });
});

describe("bench --root check", () => {
  it("compares whole path components: /tmp/<repo>-bench is not inside /tmp/<repo>", () => {
    expect(isInside("/tmp/tra-cuu", "/tmp/tra-cuu-bench")).toBe(false);
    expect(isInside("/tmp/tra-cuu", "/tmp/tra-cuu/bench")).toBe(true);
    expect(isInside("/tmp/tra-cuu", "/tmp/tra-cuu")).toBe(true);
    expect(isInside("/tmp/tra-cuu", "/tmp/..tra")).toBe(false);
  });
  it("sees through a symbolic link into the repository, and paths that do not exist yet", async () => {
    const base = await mkdtemp(path.join(tmpdir(), "paths-"));
    made.push(base);
    const repo = path.join(base, "repo");
    await mkdir(repo);
    await symlink(repo, path.join(base, "alias"));
    expect(isInside(realPathOf(repo), realPathOf(path.join(base, "alias", "bench", "new")))).toBe(true);
    expect(isInside(realPathOf(repo), realPathOf(path.join(base, "repo-bench")))).toBe(false);
  });
});
