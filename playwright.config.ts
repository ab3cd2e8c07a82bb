import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Debian's Chromium where it is installed (CI, this workplace); Playwright's own
// browser elsewhere (a developer's laptop after `npx playwright install`).
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
const PORT = Number(process.env.E2E_PORT ?? 3100);
// Every server is started by the test run over an artifact it builds itself
// (never artifact/, whatever the developer built last), and a server already
// on one of these ports fails the run instead of being reused.
const DEFAULT_ARTIFACT = ".e2e/default-artifact";
// A second server over a larger corpus (the seeds plus the evaluation articles,
// ~30 articles, ~40 organizers) for facets, pagination and sorting. The same
// production build serves it: only the artifact differs.
const ARCHIVE_PORT = PORT + 1;
const ARCHIVE_ARTIFACT = ".e2e/archive-artifact";
const ARCHIVE_CORPUS = ".e2e/archive-corpus";
// A third over hostile articles (markup, scripts, entities in titles and bodies).
const HOSTILE_PORT = PORT + 2;
const HOSTILE_ARTIFACT = ".e2e/hostile-artifact";

const browser = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: systemChromium,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  },
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 30_000,
  use: {
    trace: "retain-on-failure",
    locale: "vi-VN",
  },
  projects: [
    { name: "default", testDir: "e2e/default", use: { ...browser, baseURL: `http://127.0.0.1:${PORT}` } },
    { name: "archive", testDir: "e2e/archive", use: { ...browser, baseURL: `http://127.0.0.1:${ARCHIVE_PORT}` } },
    { name: "hostile", testDir: "e2e/hostile", use: { ...browser, baseURL: `http://127.0.0.1:${HOSTILE_PORT}` } },
  ],
  webServer: [
    // The production build made by `npm run build` (npm test runs it first).
    {
      command: `./node_modules/.bin/tsx scripts/index.ts && ./node_modules/.bin/next start -p ${PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}/api/search`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: { NEXT_TELEMETRY_DISABLED: "1", ARTICLES_DIR: "data/articles", ARTIFACT_DIR: DEFAULT_ARTIFACT },
    },
    {
      // The seeds and the evaluation articles, laid out as under data/ (same ids), and nothing
      // else of data/ (the git-ignored real pages of data/eval/real/ are no test corpus), plus
      // a page of our own that reports no event, so the "Không rõ" buckets have an article.
      command:
        `rm -rf ${ARCHIVE_CORPUS} && mkdir -p ${ARCHIVE_CORPUS}/eval && cp -R data/articles ${ARCHIVE_CORPUS}/ && ` +
        `cp -R data/eval/articles ${ARCHIVE_CORPUS}/eval/ && cp -R e2e/fixtures/archive-extra ${ARCHIVE_CORPUS}/ && ` +
        "./node_modules/.bin/tsx scripts/index.ts && " +
        `./node_modules/.bin/next start -p ${ARCHIVE_PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${ARCHIVE_PORT}/api/search`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: { NEXT_TELEMETRY_DISABLED: "1", ARTICLES_DIR: ARCHIVE_CORPUS, ARTIFACT_DIR: ARCHIVE_ARTIFACT },
    },
    {
      command: `./node_modules/.bin/tsx scripts/index.ts && ./node_modules/.bin/next start -p ${HOSTILE_PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${HOSTILE_PORT}/api/search`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: { NEXT_TELEMETRY_DISABLED: "1", ARTICLES_DIR: "e2e/fixtures/hostile", ARTIFACT_DIR: HOSTILE_ARTIFACT },
    },
  ],
});
