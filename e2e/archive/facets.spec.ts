import { expect, test } from "@playwright/test";
import { params, resultCount, results, titles } from "../helpers";

test("facet counts are disjunctive: other years keep their counts when one is selected", async ({ page }) => {
  await page.goto("/");
  const year = (y: number) => page.getByRole("checkbox", { name: new RegExp(`^${y}\\b`) });
  const count = async (y: number) =>
    Number(
      (await year(y).locator("xpath=..").textContent())
        ?.replace(/^\d{4}/, "")
        .replace("bài", "")
        .trim(),
    );
  // Counts as the facet shows them before any choice (extraction decides them).
  const before2021 = await count(2021);
  const before2022 = await count(2022);
  await year(2022).check();
  await expect(page).toHaveURL(/year=2022/);
  await expect(resultCount(page)).toHaveText(`${before2022} bài viết`);
  expect(await count(2021)).toBe(before2021); // still shows what choosing it would add
  await year(2021).check(); // OR within a facet
  await expect(resultCount(page)).toHaveText(`${before2022 + before2021} bài viết`);
  expect(params(page).getAll("year")).toEqual(["2022", "2021"]);
});

test("organizer and year filters combine with AND, and chips remove them", async ({ page }) => {
  await page.goto("/?year=2021");
  await expect(resultCount(page)).toHaveText("4 bài viết");
  await page.getByRole("checkbox", { name: /^Ban Dân vận Thành ủy Đà Nẵng/ }).check();
  await expect(resultCount(page)).toHaveText("1 bài viết");
  await expect(page.getByRole("link", { name: "Bỏ lọc Năm 2021" })).toBeVisible();
  await page.getByRole("link", { name: "Bỏ lọc Năm 2021" }).click();
  await expect(resultCount(page)).toHaveText("2 bài viết");
  expect(params(page).getAll("year")).toEqual([]);
  await page.getByRole("link", { name: "Bỏ tất cả bộ lọc" }).click();
  await expect(resultCount(page)).toHaveText("31 bài viết");
  await expect(page).toHaveURL(/\/$/);
});

test("the organizer list collapses past 8 values and filters by typing without diacritics", async ({ page }) => {
  await page.goto("/");
  const group = page.getByRole("group", { name: "Đơn vị tổ chức" });
  // Named organizers: the "Không rõ" bucket (value "-") is listed apart, always.
  const organizers = group.locator('input[type="checkbox"]:not([value="-"])');
  await expect(organizers).toHaveCount(8);
  await group.getByRole("button", { name: /^Xem thêm/ }).click();
  expect(await organizers.count()).toBeGreaterThan(8);
  await group.getByRole("button", { name: "Thu gọn" }).click();
  await expect(organizers).toHaveCount(8);
  await group.getByRole("textbox", { name: /Lọc danh sách/ }).fill("da nang");
  const names = await organizers.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  expect(names.length).toBeGreaterThan(0);
  for (const n of names) expect(n).toContain("Đà Nẵng");
});

test("an empty query with filters is faceted browsing, newest first", async ({ page }) => {
  await page.goto("/?organizer=Ban+D%C3%A2n+v%E1%BA%ADn+Th%C3%A0nh+%E1%BB%A7y+TP+H%E1%BB%93+Ch%C3%AD+Minh");
  await expect(resultCount(page)).toHaveText("3 bài viết");
  const dates = await results(page)
    .locator("time")
    .evaluateAll((els) => els.map((e) => e.getAttribute("datetime") ?? ""));
  expect(dates).toEqual([...dates].sort().reverse());
});

test("pagination: 20 per page, page in the URL, and links that work", async ({ page }) => {
  await page.goto("/");
  await expect(results(page)).toHaveCount(20);
  const first = await titles(page);
  await page.getByRole("navigation", { name: "Phân trang" }).getByRole("link", { name: "Trang 2" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(results(page)).toHaveCount(11);
  const second = await titles(page);
  expect(second.some((t) => first.includes(t))).toBe(false);
  await page.goBack();
  await expect(results(page)).toHaveCount(20);
});

test("sort: newest, oldest and relevance, in the URL", async ({ page }) => {
  await page.goto("/?q=dan+van");
  await page.getByLabel("Sắp xếp").selectOption("oldest");
  await expect(page).toHaveURL(/sort=oldest/);
  await expect(results(page).first().locator("time")).toHaveAttribute("datetime", /^2012/);
  await page.getByLabel("Sắp xếp").selectOption("newest");
  await expect(page).toHaveURL(/sort=newest/);
  // The address may change a moment before the new list is painted: wait for the list.
  const dates = () =>
    results(page)
      .locator("time")
      .evaluateAll((els) => els.map((e) => e.getAttribute("datetime") ?? ""));
  await expect
    .poll(async () => {
      const d = await dates();
      return d.length > 1 && d.join() === [...d].sort().reverse().join();
    })
    .toBe(true);
});

test("typing replaces history; filters push it; Back and Forward restore box, filters and scroll", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 500 });
  await page.goto("/");
  const start = await page.evaluate(() => history.length);
  await page.getByRole("combobox", { name: "Tìm kiếm bài viết" }).pressSequentially("dan van", { delay: 30 });
  await expect(page).toHaveURL(/q=dan(\+|%20)van/);
  expect(await page.evaluate(() => history.length)).toBe(start);

  await page.getByRole("checkbox", { name: /^2021\b/ }).check();
  await expect(page).toHaveURL(/year=2021/);
  expect(await page.evaluate(() => history.length)).toBe(start + 1);

  await page.getByRole("combobox", { name: "Tìm kiếm bài viết" }).fill("");
  await expect(page).not.toHaveURL(/q=/);
  await page.mouse.wheel(0, 600);
  await page.waitForFunction(() => window.scrollY > 100);
  const y = await page.evaluate(() => window.scrollY);
  await page.getByRole("checkbox", { name: /^2022\b/ }).check();
  await expect(page).toHaveURL(/year=2022/);

  await page.goBack();
  await expect(page).not.toHaveURL(/year=2022/);
  await expect(page.getByRole("checkbox", { name: /^2022\b/ })).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: /^2021\b/ })).toBeChecked();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(y - 50);

  await page.goBack();
  await expect(page.getByRole("combobox", { name: "Tìm kiếm bài viết" })).toHaveValue("dan van");
  await expect(page.getByRole("checkbox", { name: /^2021\b/ })).not.toBeChecked();
  await page.goForward();
  await expect(page.getByRole("checkbox", { name: /^2021\b/ })).toBeChecked();

  await page.reload();
  await expect(page.getByRole("checkbox", { name: /^2021\b/ })).toBeChecked();
});
