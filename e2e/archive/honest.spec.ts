import { expect, test } from "@playwright/test";
import { resultCount, results } from "../helpers";

test("an abbreviation finds the articles written with the full form, highlighted", async ({ page }) => {
  await page.goto("/?q=QCDC");
  await expect(resultCount(page)).not.toHaveText("Không có kết quả");
  await expect(page.getByTestId("match-status")).toHaveCount(0);
  const marks = results(page).first().locator("mark");
  await expect(marks.filter({ hasText: /^quy chế dân chủ$/i }).first()).toBeVisible();
});

test("an organizer's city finds the articles it held, and says the match is in the metadata", async ({ page }) => {
  await page.goto("/?q=hai+phong");
  await expect(results(page).first().getByTestId("metadata-only")).toBeVisible();
});

test("no exact answer: the page says so and lists no noise, nor an invented suggestion", async ({ page }) => {
  await page.goto(`/?q=${encodeURIComponent("bóng đá")}`);
  await expect(page.getByText("Không tìm thấy bài viết chứa “bóng đá”.")).toBeVisible();
  await expect(results(page)).toHaveCount(0);
  await expect(page.getByText(/Có phải bạn muốn tìm/)).toHaveCount(0);
});

test("a query typed as Telex keys shows the reading its results are for", async ({ page }) => {
  await page.goto(`/?q=${encodeURIComponent("daan vaanj kheos")}`);
  await expect(page.getByTestId("reading")).toContainText("Kết quả cho: dân vận khéo");
});
