import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

const pages: Record<string, { url: string; setup?: (page: Page) => Promise<void>; phoneOnly?: boolean }> = {
  "search, empty": { url: "/" },
  "search, with results": { url: "/?q=dan+van+kheo" },
  "search, filters": { url: "/?q=dan+van&year=2022&from=2022-01-01&to=2022-12-31" },
  "search, no results": { url: "/?q=xyzxyzq&year=2022" },
  "search, suggestions open": {
    url: "/",
    setup: async (page) => {
      await page.getByRole("combobox", { name: "Tìm kiếm bài viết" }).pressSequentially("dan v");
      await expect(page.getByRole("listbox")).toBeVisible();
    },
  },
  "filter drawer open": {
    url: "/?q=dan+van",
    phoneOnly: true,
    setup: async (page) => {
      await page.getByRole("button", { name: /^Bộ lọc/ }).click();
      await expect(page.getByRole("dialog", { name: "Bộ lọc" })).toBeVisible();
    },
  },
  article: { url: "/bai/003_e0976f1e8a1580f9?q=dan+van" },
  "not found": { url: "/bai/khong-co-bai-nay" },
};

for (const device of [
  { name: "phone", viewport: { width: 360, height: 740 } },
  { name: "desktop", viewport: { width: 1280, height: 800 } },
]) {
  for (const scheme of ["light", "dark"] as const) {
    test.describe(`${device.name}, ${scheme} mode`, () => {
      test.use({ colorScheme: scheme, viewport: device.viewport });
      for (const [name, { url, setup, phoneOnly }] of Object.entries(pages)) {
        if (phoneOnly && device.name !== "phone") continue;
        test(`axe (WCAG 2.2 A/AA) finds no violation: ${name}`, async ({ page }) => {
          await page.goto(url);
          await page.waitForLoadState("networkidle");
          await setup?.(page);
          const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
          expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
        });
      }
    });
  }
}
