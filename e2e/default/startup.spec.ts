import { spawn } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

/** Starts the production server over an artifact folder and collects how it ends. */
function start(artifactDir: string, port: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn("./node_modules/.bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"], {
      env: { ...process.env, ARTIFACT_DIR: artifactDir, NEXT_TELEMETRY_DISABLED: "1" },
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000); // a server that stays up fails the test
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

test("a missing artifact stops the server at start with the reason, not a blank page later", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "tra-cuu-none-"));
  const { code, output } = await start(path.join(dir, "missing"), 3190);
  expect(code).toBe(1);
  expect(output).toMatch(/cannot start: Search artifact missing: .*Run `npm run index`/);
});

test("a corrupt artifact stops the server at start with the reason", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "tra-cuu-corrupt-"));
  await writeFile(path.join(dir, "meta.json"), "{ not json");
  const { code, output } = await start(dir, 3191);
  expect(code).toBe(1);
  expect(output).toMatch(/cannot start: .*(corrupt|another version|incomplete)/i);
});
