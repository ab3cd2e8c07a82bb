import { expect, test } from "@playwright/test";

// The article page from a search for "dan van": its matched terms, one after another.
const URL = "/bai/003_e0976f1e8a1580f9?q=dan+van";

test("next/previous walk the highlighted terms, focus each and announce the position", async ({ page }) => {
  await page.goto(URL);
  const marks = page.locator("article mark");
  const n = await marks.count();
  expect(n).toBeGreaterThan(1);
  const nav = page.getByRole("navigation", { name: "Từ khớp trong bài" });
  const position = nav.getByTestId("match-position");
  await expect(position).toHaveAttribute("role", "status");
  await expect(position).toContainText(String(n));

  const next = nav.getByRole("button", { name: "Chỗ khớp sau" });
  const prev = nav.getByRole("button", { name: "Chỗ khớp trước" });
  await next.click();
  await expect(position).toContainText(`1/${n}`);
  await expect(marks.nth(0)).toBeFocused();
  await expect(marks.nth(0)).toHaveAttribute("data-current", "");

  // Keyboard: the buttons work with Enter and Space, and wrap around.
  await next.focus();
  await page.keyboard.press("Enter");
  await expect(position).toContainText(`2/${n}`);
  await expect(marks.nth(1)).toBeFocused();
  await expect(marks.nth(1)).toBeInViewport();
  await expect(marks.nth(0)).not.toHaveAttribute("data-current", "");
  // Focus is on the term now; back to the button for each step.
  await prev.focus();
  await page.keyboard.press("Space");
  await expect(position).toContainText(`1/${n}`);
  await prev.focus();
  await page.keyboard.press("Space");
  await expect(position).toContainText(`${n}/${n}`);
  await expect(marks.nth(n - 1)).toHaveAttribute("data-current", "");
});

test("on a phone the buttons are at least 44 px, and nothing is shown without a search", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(URL);
  for (const name of ["Chỗ khớp trước", "Chỗ khớp sau"]) {
    const box = await page.getByRole("button", { name }).boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(44);
    expect(box?.height).toBeGreaterThanOrEqual(44);
  }
  await page.goto("/bai/003_e0976f1e8a1580f9");
  await expect(page.getByRole("navigation", { name: "Từ khớp trong bài" })).toHaveCount(0);
});
