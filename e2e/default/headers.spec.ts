import { expect, test } from "@playwright/test";

test("pages carry a nonce-based CSP without unsafe-eval, and the security headers; no X-Powered-By", async ({
  request,
}) => {
  for (const path of ["/", "/?q=dan+van", "/bai/003_e0976f1e8a1580f9", "/bai/khong-co"]) {
    const res = await request.get(path);
    const h = res.headers();
    const csp = h["content-security-policy"] ?? "";
    expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp, path).not.toContain("unsafe-eval");
    expect(csp.match(/script-src[^;]*/)?.[0], path).not.toContain("unsafe-inline");
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toContain("object-src 'none'");
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(h["x-powered-by"], path).toBeUndefined();
  }
  const a = (await request.get("/")).headers()["content-security-policy"];
  const b = (await request.get("/")).headers()["content-security-policy"];
  expect(a).not.toBe(b); // a fresh nonce per request
});

test("the API answers with a locked-down CSP and the same headers", async ({ request }) => {
  const res = await request.get("/api/search?q=dan");
  const h = res.headers();
  expect(h["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["x-powered-by"]).toBeUndefined();
  expect(h["content-type"]).toContain("application/json");
});

test("the browser enforces the CSP: injected inline handlers do not run, the app's own scripts do", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on(
    "console",
    (m) => m.type() === "error" && /Content Security Policy/.test(m.text()) && violations.push(m.text()),
  );
  await page.goto("/?q=dan");
  // The app hydrated under the policy: typing updates results without a reload.
  await page.getByRole("combobox", { name: "Tìm kiếm bài viết" }).fill("quan 3");
  await expect(page).toHaveURL(/q=quan/);
  expect(violations).toEqual([]);
  // What an HTML injection would produce: markup with an inline event handler.
  await page.evaluate(() =>
    document.body.insertAdjacentHTML("beforeend", '<img src="/none.png" onerror="window.__inline = 1">'),
  );
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __inline?: number }).__inline)).toBeUndefined();
  await expect.poll(() => violations.length).toBeGreaterThan(0);
});
