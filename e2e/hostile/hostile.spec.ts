import { expect, type Page, test } from "@playwright/test";
import { results } from "../helpers";

/**
 * A corpus whose titles and bodies carry <script>, <img onerror>, javascript:
 * links, <mark> and HTML entities (e2e/fixtures/hostile). Everything must be
 * shown as text: no dialog opens, no injected script runs, no element is
 * created from article text or from the query.
 */

async function guard(page: Page) {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return async () => {
    await page.waitForLoadState("networkidle");
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const injected = await page.evaluate(() => ({
      imgs: document.querySelectorAll("img[src='x'], svg[onload]").length,
      jsLinks: document.querySelectorAll("a[href^='javascript:' i]").length,
      // Article text travels inside Next.js's data payload (a JSON string in
      // self.__next_f.push); any other script mentioning alert( was injected.
      inlineAlerts: [...document.scripts].filter(
        (s) => s.textContent?.includes("alert(") && !s.textContent.trimStart().startsWith("self.__next_f.push("),
      ).length,
      bold: document.querySelectorAll("article b, main b").length,
    }));
    expect(injected).toEqual({ imgs: 0, jsLinks: 0, inlineAlerts: 0, bold: 0 });
  };
}

const queries = [
  "",
  "dan van kheo",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "<mark>x</mark>",
  "&lt;script&gt;",
];

for (const q of queries) {
  test(`search ${JSON.stringify(q)} renders article text and the query as text`, async ({ page }) => {
    const check = await guard(page);
    await page.goto(`/?q=${encodeURIComponent(q)}`);
    await expect(page.getByRole("combobox", { name: "Tìm kiếm bài viết" })).toHaveValue(q);
    await check();
    // Only highlights are <mark> elements, and they hold query matches, never article markup.
    for (const m of await page.locator("mark").allTextContents()) expect(m).not.toMatch(/[<>]/);
  });
}

test("titles with markup are shown literally in results, the title tag and meta tags", async ({ page }) => {
  const check = await guard(page);
  await page.goto("/?q=chau+thanh");
  await expect(results(page).first().getByRole("heading")).toContainText('<script>alert("tieu-de")</script>');
  await check();
  await page.goto(`/?q=${encodeURIComponent("<img src=x onerror=alert(1)>")}`);
  expect(await page.title()).toContain("<img src=x onerror=alert(1)>");
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /<img src=x onerror=alert\(1\)>/);
  await check();
});

test("every article page shows its markup as text", async ({ page }) => {
  const check = await guard(page);
  await page.goto("/");
  const hrefs = await results(page)
    .getByRole("link")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  expect(hrefs.length).toBe(4);
  for (const href of hrefs) {
    await page.goto(`${href}${href.includes("?") ? "&" : "?"}q=${encodeURIComponent("dân vận <script>")}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await check();
  }
  await page.goto(hrefs.find((h) => h.includes("marks")) ?? hrefs[2]!);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("<mark>Lâm Đồng</mark> &lt;script&gt;");
  expect(await page.locator("mark").count()).toBe(0);
});

test("a text cut to the bounds says so, and its page stays within them", async ({ page, request }) => {
  // 004_long.txt: 2,000 one-line paragraphs, cut to MAX_PARAGRAPHS (400) when indexed.
  const check = await guard(page);
  const res = await request.get("/bai/004_long");
  expect(res.status()).toBe(200);
  expect((await res.body()).length).toBeLessThan(400_000);
  await page.goto("/bai/004_long?q=d%C3%A2n+v%E1%BA%ADn");
  await expect(page.getByTestId("truncated-note")).toContainText("Bài quá dài nên đã được cắt bớt");
  expect(await page.locator("article p").count()).toBeLessThanOrEqual(400 + 2);
  await check();
  // An article that was not cut has no note.
  await page.goto("/bai/002_links");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByTestId("truncated-note")).toHaveCount(0);
});

test("typing hostile strings in the search box runs nothing", async ({ page }) => {
  const check = await guard(page);
  await page.goto("/");
  for (const q of queries.slice(2)) {
    await page.getByRole("combobox", { name: "Tìm kiếm bài viết" }).fill(q);
    await expect(page).toHaveURL(/q=/);
    await page.waitForTimeout(150);
  }
  await check();
});
