import { expect, test } from "@playwright/test";
import { params, resultCount, results, titles } from "../helpers";

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  test("a shared link renders its full results on the server", async ({ page }) => {
    await page.goto("/?q=dan+van+kheo&year=2022&sort=newest");
    await expect(resultCount(page)).toHaveText("2 bài viết");
    await expect(results(page).locator("mark").first()).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Tìm kiếm bài viết" })).toHaveValue("dan van kheo");
    await expect(page.getByRole("checkbox", { name: /^2022\b/ })).toBeChecked();
    await expect(page.getByLabel("Sắp xếp")).toHaveValue("newest");
  });

  test("the search form and the filters still work", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("combobox", { name: "Tìm kiếm bài viết" }).fill("quy che dan chu");
    await page.getByRole("combobox", { name: "Tìm kiếm bài viết" }).press("Enter");
    await expect(page).toHaveURL(/q=quy\+che\+dan\+chu/);
    await page.getByRole("checkbox", { name: /^2023\b/ }).check();
    await page.getByRole("button", { name: "Áp dụng bộ lọc" }).click();
    await expect(page).toHaveURL(/year=2023/);
    await expect(resultCount(page)).toHaveText("1 bài viết");
  });
});

test("title and OpenGraph tags describe the search", async ({ page }) => {
  await page.goto("/?q=d%C3%A2n+v%E1%BA%ADn+kh%C3%A9o");
  await expect(page).toHaveTitle("dân vận khéo — 4 bài viết");
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "dân vận khéo — 4 bài viết");
  await expect(page.locator('meta[name="twitter:title"]')).toHaveAttribute("content", "dân vận khéo — 4 bài viết");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\?q=d/);
});

test("parameters are validated and written back in canonical order", async ({ page }) => {
  await page.goto("/?year=2021&year=abc&page=-4&q=dan&year=2022&sort=bogus");
  await expect(page.getByRole("checkbox", { name: /^2021\b/ })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /^2022\b/ })).toBeChecked();
  await expect(page.getByLabel("Sắp xếp")).toHaveValue("relevance");
  await page.getByLabel("Sắp xếp").selectOption("newest");
  await expect(page).toHaveURL(/\?q=dan&year=2022&year=2021&sort=newest$/);
});

test("'Sao chép liên kết' copies the canonical link and confirms", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/?year=2022&q=dan+van");
  await page.getByRole("button", { name: "Sao chép liên kết" }).click();
  await expect(page.getByText("Đã sao chép liên kết")).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const url = new URL(copied);
  expect(url.pathname).toBe("/");
  expect(url.search).toBe("?q=dan+van&year=2022");

  const fresh = await context.newPage();
  await fresh.goto(copied);
  expect(await titles(fresh)).toEqual(await titles(page));
  expect(params(fresh).get("q")).toBe("dan van");
});
