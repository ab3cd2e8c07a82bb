import { expect, test } from "@playwright/test";

const results = (page: import("@playwright/test").Page) =>
  page.getByRole("list", { name: "Kết quả tìm kiếm" }).getByRole("listitem");

test("an empty query lists every article, newest first", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await expect(page.getByTestId("result-count")).toHaveText("5 bài viết");
  const dates = await results(page)
    .locator("time")
    .evaluateAll((els) => els.map((e) => e.getAttribute("datetime") ?? ""));
  expect(dates).toEqual([...dates].sort().reverse());
});

test("an unaccented query shows highlighted results as you type, and the URL follows", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("combobox", { name: "Tìm kiếm bài viết" }).pressSequentially("dan van kheo", { delay: 20 });
  await expect(page).toHaveURL(/[?&]q=dan(\+|%20)van(\+|%20)kheo/);
  await expect(page.getByTestId("result-count")).toHaveText("4 bài viết");
  const marks = results(page).locator("mark");
  await expect(marks.first()).toBeVisible();
  const marked = await marks.allTextContents();
  expect(marked.some((m) => /dân vận khéo/i.test(m))).toBe(true);
});

test("a year facet filters, puts the year in the URL, and the URL reproduces the results", async ({
  page,
  browser,
}) => {
  await page.goto("/?q=dan+van");
  await expect(page.getByTestId("result-count")).toHaveText("5 bài viết");
  await page.getByRole("checkbox", { name: /^2022\b/ }).check();
  await expect(page).toHaveURL(/[?&]year=2022/);
  await expect(page.getByTestId("result-count")).toHaveText("3 bài viết");
  const titles = await results(page).getByRole("heading").allTextContents();
  for (const t of await results(page).locator("time").allTextContents()) expect(t).toContain("2022");

  const fresh = await browser.newPage();
  await fresh.goto(page.url());
  await expect(fresh.getByTestId("result-count")).toHaveText("3 bài viết");
  expect(await results(fresh).getByRole("heading").allTextContents()).toEqual(titles);
  await expect(fresh.getByRole("checkbox", { name: /^2022\b/ })).toBeChecked();
  await fresh.close();
});

test("the article page opens from a result and leads back to the search", async ({ page }) => {
  await page.goto("/?q=quan+3");
  const first = results(page).first().getByRole("link");
  const title = (await first.textContent()) ?? "";
  await first.click();
  await expect(page).toHaveURL(/\/bai\//);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("Đơn vị tổ chức")).toBeVisible();
  await expect(page.locator("article mark").first()).toBeVisible();
  await page.getByRole("link", { name: /Quay lại kết quả/ }).click();
  await expect(page).toHaveURL(/[?&]q=quan(\+|%20)3/);
  await expect(page.getByRole("combobox", { name: "Tìm kiếm bài viết" })).toHaveValue("quan 3");
});

test("an unknown article is a 404 page in Vietnamese", async ({ page }) => {
  const res = await page.goto("/bai/khong-co-bai-nay");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy trang");
});

test("typing asks the server for search results only: article pages load when a reader reaches for one", async ({
  page,
}) => {
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  const asked: string[] = [];
  page.on("request", (r) => asked.push(new URL(r.url()).pathname));
  await page.getByRole("combobox", { name: "Tìm kiếm bài viết" }).pressSequentially("dan van", { delay: 30 });
  await expect(page.getByTestId("result-count")).toHaveText("5 bài viết");
  await expect(page).toHaveURL(/[?&]q=dan(\+|%20)van/);
  await page.waitForTimeout(300);
  // One search per text typed at most (none for a lone letter's results already at hand), no page renders.
  expect(asked.filter((p) => p.startsWith("/bai/"))).toEqual([]);
  const searches = asked.filter((p) => p === "/api/search");
  expect(searches.length).toBeGreaterThan(0);
  expect(searches.length).toBeLessThanOrEqual("dan van".length);

  // Leaving the box closes its suggestions; pointing at a result fetches its page ahead of the click.
  await page.getByRole("combobox", { name: "Tìm kiếm bài viết" }).blur();
  const link = results(page).first().getByRole("link");
  const prefetch = page.waitForRequest((r) => new URL(r.url()).pathname.startsWith("/bai/"));
  await link.hover();
  await prefetch;
  await link.click();
  await expect(page).toHaveURL(/\/bai\//);
});

test("a first letter is not a search yet: the results stay, and the page asks for more", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("result-count")).toHaveText("5 bài viết");
  const before = await results(page).getByRole("heading").allTextContents();
  await page.getByRole("combobox", { name: "Tìm kiếm bài viết" }).pressSequentially("d");
  await expect(page.getByText("Gõ thêm để tìm: một chữ cái chưa đủ để tìm kiếm.")).toBeVisible();
  await expect(page.getByTestId("result-count")).toHaveText("5 bài viết");
  expect(await results(page).getByRole("heading").allTextContents()).toEqual(before);
  await page.getByRole("combobox", { name: "Tìm kiếm bài viết" }).pressSequentially("an van");
  await expect(page.getByTestId("result-count")).toHaveText("5 bài viết");
  await expect(page.getByText("Gõ thêm để tìm")).toHaveCount(0);
  await expect(results(page).locator("mark").first()).toBeVisible();

  // A shared link of one letter says the same, not "nothing found".
  await page.goto("/?q=d");
  await expect(page.getByText("Gõ thêm để tìm.")).toBeVisible();
  await expect(page.getByText(/Không tìm thấy bài viết/)).toHaveCount(0);
});
