import { expect, type Page, test } from "@playwright/test";

/** The longest values of each facet, as the engine lists them. */
async function longest(page: Page, facet: "organizer" | "province") {
  const body = await (await page.request.get("/api/search")).json();
  return (body.facets[facet] as { value: string | null }[])
    .map((f) => f.value)
    .filter((v): v is string => v !== null)
    .sort((a, b) => b.length - a.length)
    .slice(0, 2);
}

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const width of [320, 360]) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height: 740 }, hasTouch: true });

    test("nothing wider than the screen, with the longest facet values ticked", async ({ page }) => {
      const orgs = await longest(page, "organizer");
      const provs = await longest(page, "province");
      const qs = new URLSearchParams([
        ["q", "dan van"],
        ...orgs.map((o) => ["organizer", o]),
        ...provs.map((p) => ["province", p]),
        ["from", "2020-01-01"],
      ]);
      await page.goto(`/?${qs}`);
      expect(await overflow(page)).toBe(0);
      await page.getByRole("button", { name: /^Bộ lọc/ }).click();
      expect(await overflow(page)).toBe(0);
      for (const url of ["/", "/bai/khong-co", "/?q=xyzxyzq&year=2022"]) {
        await page.goto(url);
        expect(await overflow(page)).toBe(0);
      }
    });

    test("every control is at least 44×44 px", async ({ page }) => {
      await page.goto("/?q=dan+van&year=2022");
      const small = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>("main a, main button, main select, main input, main li > label")]
          .filter((el) => el.offsetParent !== null && !el.closest("p, h2"))
          .filter((el) => !(el instanceof HTMLInputElement && el.type === "checkbox"))
          .map((el) => ({ el: el.outerHTML.slice(0, 80), r: el.getBoundingClientRect() }))
          .filter(({ r }) => r.height < 44 || (r.width < 44 && r.width > 0))
          .map(({ el, r }) => `${Math.round(r.width)}×${Math.round(r.height)} ${el}`),
      );
      expect(small).toEqual([]);
    });
  });
}

test.describe("the filter drawer on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test("is a modal dialog: focus inside, Esc and a close button, background inert and still, focus returned", async ({
    page,
  }) => {
    await page.goto("/?q=dan+van");
    const opener = page.getByRole("button", { name: /^Bộ lọc/ });
    await opener.click();
    const dialog = page.getByRole("dialog", { name: "Bộ lọc" });
    await expect(dialog).toBeVisible();
    await expect(page.getByRole("button", { name: "Đóng bộ lọc" })).toBeFocused();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'))).toBe(true);
    }
    expect(await page.evaluate(() => getComputedStyle(document.body).overflow)).toBe("hidden");
    expect(await page.evaluate(() => (document.querySelector("body > header") as HTMLElement).inert)).toBe(true);
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
    await opener.click();
    await page.getByRole("button", { name: "Đóng bộ lọc" }).click();
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
  });
});

test("typing does not move the results (status line reserved)", async ({ page }) => {
  await page.goto("/");
  const first = page.getByRole("list", { name: "Kết quả tìm kiếm" });
  const box = page.getByRole("combobox", { name: "Tìm kiếm bài viết" });
  const tops: number[] = [];
  for (const ch of "dan van") {
    await box.press(ch === " " ? "Space" : ch);
    await page.waitForTimeout(150);
    const b = await first.boundingBox();
    if (b) tops.push(Math.round(b.y));
  }
  expect(new Set(tops).size).toBe(1);
});

test("arrow keys move through the results; a skip link reaches them", async ({ page }) => {
  await page.goto("/?q=dan+van");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Bỏ qua, đến nội dung chính" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  const links = page.getByRole("list", { name: "Kết quả tìm kiếm" }).getByRole("heading").getByRole("link");
  await links.first().focus();
  await page.keyboard.press("ArrowDown");
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(links.first()).toBeFocused();
});
