import { expect, test } from "@playwright/test";
import { params, resultCount } from "../helpers";

const box = (page: import("@playwright/test").Page) => page.getByRole("combobox", { name: "Tìm kiếm bài viết" });

test("suggestions: with diacritics whatever was typed, typed part bold, a count; arrows and Enter choose", async ({
  page,
}) => {
  await page.goto("/");
  await box(page).pressSequentially("dan v", { delay: 20 });
  const list = page.getByRole("listbox", { name: "Gợi ý tìm kiếm" });
  await expect(list).toBeVisible();
  await expect(box(page)).toHaveAttribute("aria-expanded", "true");
  const first = list.getByRole("option").first();
  await expect(first).toContainText("dân vận");
  await expect(first).toContainText(/\d+ bài/);
  await expect(first.locator("strong").first()).toHaveText("dân");
  await box(page).press("ArrowDown");
  await expect(first).toHaveAttribute("aria-selected", "true");
  const id = await first.getAttribute("id");
  await expect(box(page)).toHaveAttribute("aria-activedescendant", id ?? "");
  const text = (await first.locator("span").first().textContent()) ?? "";
  await box(page).press("Enter");
  await expect(list).toBeHidden();
  await expect.poll(() => params(page).get("q")).toBe(text.replace(/(Đơn vị|Tỉnh\/thành|Tiêu đề)$/, "").trim());
});

test("an option chosen with ↓ stays chosen when a later answer still holds it", async ({ page }) => {
  await page.goto("/");
  // Hold the answer for the last keystroke until the user has moved to an earlier answer's option.
  let release = () => {};
  const held = new Promise<void>((r) => {
    release = r;
  });
  await page.route(/\/api\/suggest\?q=dan%20v$/, async (route) => {
    await held;
    await route.continue();
  });
  await box(page).pressSequentially("dan ", { delay: 20 });
  const first = page.getByRole("listbox", { name: "Gợi ý tìm kiếm" }).getByRole("option").first();
  await expect(first).toContainText("dân vận");
  await box(page).press("v");
  await box(page).press("ArrowDown");
  await expect(first).toHaveAttribute("aria-selected", "true");
  const answered = page.waitForResponse(/\/api\/suggest\?q=dan%20v$/);
  release();
  await answered;
  await expect(first).toHaveAttribute("aria-selected", "true");
  await expect(first).toContainText("dân vận");
});

test("suggestions: Esc closes the list, a second Esc clears; a tap chooses", async ({ page }) => {
  await page.goto("/");
  await box(page).pressSequentially("ban dan", { delay: 20 });
  const list = page.getByRole("listbox");
  await expect(list).toBeVisible();
  await box(page).press("Escape");
  await expect(list).toBeHidden();
  await expect(box(page)).toHaveValue("ban dan");
  await box(page).press("Escape");
  await expect(box(page)).toHaveValue("");
  await box(page).pressSequentially("ban dan", { delay: 20 });
  // The list is re-rendered as answers arrive: choose once it shows the typed words' phrases.
  const option = list
    .getByRole("option")
    .filter({ hasText: /ban dân/i })
    .first();
  await expect(option).toBeVisible();
  await option.click();
  await expect(page).toHaveURL(/q=Ban/);
});

test("recent searches are kept on the device, shown in the empty box, and clearable", async ({ page }) => {
  await page.goto("/");
  await box(page).fill("quy che dan chu");
  await box(page).press("Enter");
  await expect(page).toHaveURL(/q=quy/);
  await box(page).fill("");
  await page.locator("body").click({ position: { x: 5, y: 400 } });
  await box(page).focus();
  const recent = page.getByRole("listbox", { name: "Tìm kiếm gần đây" });
  await expect(recent.getByRole("option", { name: "quy che dan chu" })).toBeVisible();
  await page.getByRole("button", { name: "Xóa lịch sử tìm kiếm" }).click();
  await expect(recent).toBeHidden();
  expect(await page.evaluate(() => localStorage.getItem("tra-cuu:recent"))).toBeNull();
});

test("no search during an input-method composition, one at its end", async ({ page }) => {
  await page.goto("/?q=dan+van");
  await expect(resultCount(page)).not.toHaveText("Không có kết quả");
  const searched: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/api/search")) searched.push(new URL(r.url()).searchParams.get("q") ?? "");
  });
  await box(page).fill("");
  searched.length = 0;
  const cdp = await page.context().newCDPSession(page);
  await box(page).focus();
  for (const step of ["d", "da", "daa", "dâ"]) {
    await cdp.send("Input.imeSetComposition", { text: step, selectionStart: step.length, selectionEnd: step.length });
  }
  await page.waitForTimeout(300);
  expect(searched.filter((q) => q.length > 0)).toEqual([]);
  await cdp.send("Input.insertText", { text: "dân" });
  await expect.poll(() => searched).toContain("dân");
});

test("GET /api/suggest is validated and bounded", async ({ request }) => {
  const ok = await request.get("/api/suggest?q=dan%20van&limit=3");
  expect(ok.status()).toBe(200);
  const body = await ok.json();
  expect(body.suggestions.length).toBeLessThanOrEqual(3);
  expect(body.suggestions[0].text).toMatch(/dân vận/i);
  expect((await request.get("/api/suggest?q=a&limit=99")).status()).toBe(400);
  expect((await request.get("/api/suggest?q=a&q=b")).status()).toBe(400);
  expect((await request.get(`/api/suggest?q=${"a".repeat(5000)}`)).status()).toBe(200);
});

test("date range: in the URL, server-rendered, applied", async ({ page }) => {
  await page.goto("/?from=2022-01-01&to=2022-12-31");
  await expect(page.locator('input[name="from"]')).toHaveValue("2022-01-01");
  await expect(page.getByRole("link", { name: "Bỏ lọc Từ ngày 01/01/2022" })).toBeVisible();
  const all = await (await page.request.get("/api/search")).json();
  const ranged = await (await page.request.get("/api/search?from=2022-01-01&to=2022-12-31")).json();
  expect(ranged.total).toBeLessThan(all.total);
  expect(ranged.hits.every((h: { year: number }) => h.year === 2022)).toBe(true);
  expect((await page.request.get("/api/search?from=2022-02-30")).status()).toBe(400);
});
