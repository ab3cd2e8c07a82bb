// npm run screenshots: pictures of the app for the README (docs/screenshots/).
// Starts the production build over the current artifact (ARTIFACT_DIR to choose).
import { spawn } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { cli } from "./cli";

cli(
  "screenshots",
  `usage: npm run screenshots
Retakes docs/screenshots/*.png over the production build and the served
artifact (ARTIFACT_DIR to choose), on port 3220.`,
  {},
);

const port = 3220;
const base = `http://127.0.0.1:${port}`;
const server = spawn("./node_modules/.bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"], {
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  stdio: "ignore",
});
process.on("exit", () => server.kill());
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(`${base}/api/search`)).ok) break;
  } catch {}
  await new Promise((r) => setTimeout(r, 200));
}

// The article shot: whichever article a search for "dân vận" puts first.
const first = (await (await fetch(`${base}/api/search?q=d%C3%A2n+v%E1%BA%ADn`)).json()) as { hits: { url: string }[] };
const articleUrl = `${first.hits[0]?.url ?? "/"}?q=dan+van`;

mkdirSync("docs/screenshots", { recursive: true });
const browser = await chromium.launch({
  executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
  args: ["--no-sandbox"],
});
const shots = [
  { name: "desktop", url: "/?q=dan+van+kheo", viewport: { width: 1280, height: 860 }, scheme: "light" as const },
  { name: "mobile", url: "/?q=quy+che+dan+chu", viewport: { width: 390, height: 844 }, scheme: "light" as const },
  {
    name: "dark",
    url: "/?q=d%C3%A2n+v%E1%BA%ADn&year=2022",
    viewport: { width: 1280, height: 860 },
    scheme: "dark" as const,
  },
  {
    name: "article",
    url: articleUrl,
    viewport: { width: 1280, height: 860 },
    scheme: "light" as const,
  },
];
for (const s of shots) {
  const page = await browser.newPage({ viewport: s.viewport, colorScheme: s.scheme, deviceScaleFactor: 1 });
  await page.goto(base + s.url);
  await page.waitForLoadState("networkidle");
  await page.screenshot({ path: `docs/screenshots/${s.name}.png` });
  await page.close();
  console.log(`docs/screenshots/${s.name}.png`);
}
await browser.close();
server.kill();
