/**
 * First-load JavaScript of a page of the production build: starts `next start`
 * (PORT, default 3650), fetches the page, and sums the gzip sizes (level 9, as
 * a server would send them) of its module scripts: every `<script src>` that
 * is not `nomodule` (the polyfills are only for old browsers). The budget is
 * 150 KB gzip for "/"; a page over it fails the run.
 *
 *   npm run build && npx tsx scripts/first-load.ts [path …]
 */
import { spawn } from "node:child_process";
import { gzipSync } from "node:zlib";

const BUDGET_KB = 150;
const port = Number(process.env.PORT ?? 3650);
const base = `http://127.0.0.1:${port}`;
const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["/"];

const server = spawn("./node_modules/.bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"], {
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  stdio: "ignore",
});

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${base}/api/search?q=a`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no server on ${base} after 60 s`);
}

let over = false;
try {
  await waitForServer();
  for (const path of paths) {
    const html = await (await fetch(base + path)).text();
    const srcs = [...html.matchAll(/<script\b([^>]*)>/g)]
      .map((m) => m[1] ?? "")
      .filter((attrs) => !/\bnomodule\b/i.test(attrs))
      .map((attrs) => /\bsrc="([^"]+)"/.exec(attrs)?.[1])
      .filter((s): s is string => Boolean(s));
    const files = await Promise.all(
      [...new Set(srcs)].map(async (src) => {
        const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
        return { src, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
      }),
    );
    files.sort((a, b) => b.gzip - a.gzip);
    const total = files.reduce((s, f) => s + f.gzip, 0);
    const kb = (n: number) => (n / 1024).toFixed(1);
    console.log(
      `${path}: ${kb(total)} KB gzip (${kb(files.reduce((s, f) => s + f.raw, 0))} KB raw) in ${files.length} scripts`,
    );
    for (const f of files) console.log(`  ${kb(f.gzip).padStart(6)} KB  ${f.src}`);
    if (path === "/" && total / 1024 > BUDGET_KB) {
      over = true;
      console.log(`  over the ${BUDGET_KB} KB budget`);
    }
  }
} finally {
  server.kill();
}
process.exit(over ? 1 : 0);
