import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const pages = {
  "search, empty": "/",
  "search, with results": "/?q=dan+van+kheo&year=2022",
  "search, no results": "/?q=xyzxyzq&year=2022",
  article: "/bai/003_e0976f1e8a1580f9?q=dan+van",
};

for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    for (const [name, url] of Object.entries(pages)) {
      test(`axe finds no serious or critical violation: ${name}`, async ({ page }) => {
        await page.goto(url);
        await page.waitForLoadState("networkidle");
        const { violations } = await new AxeBuilder({ page }).analyze();
        const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
        expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      });
    }
  });
}
