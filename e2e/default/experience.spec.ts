import { expect, test } from "@playwright/test";
import { resultCount, results } from "../helpers";

test("no results: said plainly, with a one-click way out of the filters", async ({ page }) => {
  await page.goto("/?q=xyzxyzq&year=2022");
  await expect(resultCount(page)).toHaveText("Không có kết quả");
  await expect(page.getByText("Không tìm thấy bài viết chứa “xyzxyzq”.")).toBeVisible();
  await page.getByRole("link", { name: "Bỏ tất cả bộ lọc" }).click();
  await expect(page).not.toHaveURL(/year=/);
  await expect(page.getByRole("combobox", { name: "Tìm kiếm bài viết" })).toHaveValue("xyzxyzq");
});

test("keyboard: '/' focuses the search box, Esc clears it, Tab shows a focus ring", async ({ page }) => {
  await page.goto("/?q=dan");
  await page.locator("body").click({ position: { x: 5, y: 300 } });
  await page.keyboard.press("/");
  await expect(page.getByRole("combobox", { name: "Tìm kiếm bài viết" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("combobox", { name: "Tìm kiếm bài viết" })).toHaveValue("");
  await expect(resultCount(page)).toHaveText("5 bài viết");

  await page.keyboard.press("Tab");
  const ring = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const target = el.closest("label") ?? el;
    const s = getComputedStyle(el);
    const t = getComputedStyle(target);
    return s.outlineStyle !== "none" || s.boxShadow !== "none" || t.boxShadow !== "none" || t.outlineStyle !== "none";
  });
  expect(ring).toBe(true);
});

test("the result count is announced in a live region", async ({ page }) => {
  await page.goto("/");
  await expect(resultCount(page)).toHaveAttribute("role", "status");
  await page.getByRole("combobox", { name: "Tìm kiếm bài viết" }).fill("quan 3");
  await expect(resultCount(page)).not.toHaveText("5 bài viết");
  await expect(results(page).first().getByRole("heading")).toContainText("Quận 3");
});

test("the article page: metadata links to filtered searches, terms highlighted and scrolled to, back to the same search", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1000, height: 500 });
  await page.goto("/?q=ket+luan&year=2022");
  await results(page).filter({ hasText: "Quận 3" }).getByRole("link").click();
  await expect(page).toHaveURL(/\/bai\/.+\?q=ket\+luan&year=2022/);
  const mark = page.locator("article mark").first();
  await expect(mark).toHaveText(/kết luận/);
  await expect(mark).toBeInViewport();
  await expect(page.getByRole("link", { name: "thanhuytphcm.vn" })).toHaveAttribute("href", "https://thanhuytphcm.vn");

  await page.getByRole("link", { name: "Quay lại kết quả" }).click();
  await expect(page.getByRole("combobox", { name: "Tìm kiếm bài viết" })).toHaveValue("ket luan");
  await expect(page.getByRole("checkbox", { name: /^2022\b/ })).toBeChecked();

  await results(page).filter({ hasText: "Quận 3" }).getByRole("link").click();
  await page.getByRole("link", { name: "Ban Dân vận Quận ủy Quận 3" }).click();
  await expect(page).toHaveURL(/organizer=Ban/);
  await expect(resultCount(page)).toHaveText("1 bài viết");
});

test.describe("on a 360 px phone", () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test("filters live in a drawer", async ({ page }) => {
    await page.goto("/?q=dan+van");
    const year2022 = page.getByRole("checkbox", { name: /^2022\b/ });
    await expect(year2022).toBeHidden();
    await page.getByRole("button", { name: "Bộ lọc" }).click();
    await expect(page.getByRole("dialog", { name: "Bộ lọc" })).toBeVisible();
    await year2022.check();
    await expect(resultCount(page)).toHaveText("3 bài viết");
    await page.getByRole("button", { name: /^Xem 3 bài viết/ }).click();
    await expect(page.getByRole("dialog")).toBeHidden();
    await expect(results(page)).toHaveCount(3);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test("a mistyped query offers the corpus's own words: 'Có phải bạn muốn tìm'", async ({ page }) => {
  await page.goto("/?q=dan+vna+kheo");
  const suggestion = page.getByRole("link", { name: "dân vận khéo" });
  await expect(page.getByText("Có phải bạn muốn tìm:")).toBeVisible();
  await suggestion.click();
  await expect(page.getByRole("combobox", { name: "Tìm kiếm bài viết" })).toHaveValue("dân vận khéo");
  await expect(page).toHaveURL(/q=d%C3%A2n/);
  await expect(page.getByText("Có phải bạn muốn tìm:")).toBeHidden();
});

test("a page past the last one says so and leads back to the first", async ({ page }) => {
  await page.goto("/?q=dan&page=9");
  await expect(page.getByText(/Trang 9 không có kết quả/)).toBeVisible();
  await page.getByRole("link", { name: "Về trang đầu" }).click();
  await expect(page).not.toHaveURL(/page=/);
  await expect(page.locator("ol li").first()).toBeVisible();
});
