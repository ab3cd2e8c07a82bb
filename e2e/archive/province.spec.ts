import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import type { ApiSearchBody } from "../../lib/api/search";
import { params, resultCount, results } from "../helpers";

// Expected values come from the API over the same artifact, not from
// hard-coded counts: extraction (and so the facets) changes as rules improve.
async function api(request: APIRequestContext, qs = ""): Promise<ApiSearchBody> {
  const r = await request.get(`/api/search?${qs}`);
  expect(r.status()).toBe(200);
  return (await r.json()) as ApiSearchBody;
}
const countText = (n: number) => (n === 0 ? "Không có kết quả" : `${n.toLocaleString("vi-VN")} bài viết`);
const group = (page: Page, name: string) => page.getByRole("group", { name });
const box = (page: Page, facet: string, value: string) =>
  group(page, facet).locator(`input[type="checkbox"][value="${value.replace(/"/g, '\\"')}"]`);
/** The count shown beside a facet option. */
const shownCount = async (page: Page, facet: string, value: string) =>
  Number(
    (await group(page, facet).locator(`li[data-facet-value="${value}"] span.tabular-nums`).textContent())?.replace(
      /\D/g,
      "",
    ),
  );

test("ticking a province filters the results and updates the other facets' counts", async ({ page, request }) => {
  const all = await api(request);
  const province = all.facets.province.find((p) => p.value !== null && p.count < all.total);
  expect(province, "the archive names a province held by some of its articles").toBeTruthy();
  const name = province!.value!;
  const filtered = await api(request, new URLSearchParams({ province: name }).toString());
  expect(filtered.total).toBe(province!.count);

  await page.goto("/");
  await expect(group(page, "Tỉnh/thành")).toBeVisible();
  await box(page, "Tỉnh/thành", name).check();
  await expect(page).toHaveURL(/[?&]province=/);
  expect(params(page).getAll("province")).toEqual([name]);
  await expect(resultCount(page)).toHaveText(countText(province!.count));
  // Every other facet now counts within the province.
  for (const y of filtered.facets.year.filter((v) => v.value !== null).slice(0, 3))
    expect(await shownCount(page, "Năm", String(y.value))).toBe(y.count);
  // Disjunctive: the province's own facet keeps the counts of the other provinces.
  for (const p of all.facets.province.filter((v) => v.value !== null).slice(0, 3))
    expect(await shownCount(page, "Tỉnh/thành", p.value!)).toBe(p.count);
  await expect(page.getByRole("link", { name: `Bỏ lọc ${name}` })).toBeVisible();
});

test("the Không rõ year bucket lists the articles of no year, and filters", async ({ page, request }) => {
  const all = await api(request);
  const none = all.facets.year.at(-1);
  // The archive holds a page of our own with no event, so no year (e2e/fixtures/archive-extra).
  expect(none?.value, "the archive has articles of no year").toBeNull();
  await page.goto("/");
  const bucket = box(page, "Năm", "-");
  await expect(bucket).toBeVisible();
  expect(await shownCount(page, "Năm", "-")).toBe(none!.count);
  await bucket.check();
  await expect(page).toHaveURL(/[?&]year=-/);
  await expect(resultCount(page)).toHaveText(countText(none!.count));
  const dates = await results(page).locator("time").allTextContents();
  expect(dates.length).toBeGreaterThan(0);
  for (const d of dates) expect(d).toBe("Không rõ ngày");
  await page.getByRole("link", { name: "Bỏ lọc Không rõ năm" }).click();
  await expect(resultCount(page)).toHaveText(countText(all.total));
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a shared link with a province renders on the server", async ({ page, request }) => {
    const all = await api(request);
    const province = all.facets.province.find((p) => p.value !== null);
    expect(province, "the archive names a province").toBeTruthy();
    const qs = new URLSearchParams({ province: province!.value! }).toString();
    const expected = await api(request, qs);
    await page.goto(`/?${qs}`);
    await expect(resultCount(page)).toHaveText(countText(expected.total));
    await expect(box(page, "Tỉnh/thành", province!.value!)).toBeChecked();
    await expect(results(page)).toHaveCount(Math.min(expected.total, expected.perPage));
    await expect(page.getByRole("link", { name: `Bỏ lọc ${province!.value}` })).toBeVisible();
  });

  test("the form submits the Không rõ bucket of a facet", async ({ page, request }) => {
    const all = await api(request);
    // The first facet with a "Không rõ" bucket in this archive.
    const facets = [
      ["province", "Tỉnh/thành"],
      ["organizer", "Đơn vị tổ chức"],
      ["year", "Năm"],
    ] as const;
    const found = facets.find(([key]) => all.facets[key].at(-1)?.value === null);
    expect(found, "some facet of the archive has a Không rõ bucket").toBeTruthy();
    const [key, legend] = found!;
    const none = all.facets[key].at(-1)!;
    await page.goto("/");
    await box(page, legend, "-").check();
    await page.getByRole("button", { name: "Áp dụng bộ lọc" }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]${key}=-`));
    await expect(resultCount(page)).toHaveText(countText(none.count));
    await expect(box(page, legend, "-")).toBeChecked();
  });
});

test("the article page marks an inferred value, with how it was found", async ({ page, request }) => {
  let hit: ApiSearchBody["hits"][number] | undefined;
  for (let p = 1; !hit; p++) {
    const r = await api(request, `page=${p}`);
    if (r.hits.length === 0) break;
    hit = r.hits.find((h) => h.year !== null && (h.inferred.includes("year") || h.inferred.includes("date")));
  }
  expect(hit, "an article of the archive has an inferred date").toBeTruthy();
  // The result list marks it quietly; the article page says so.
  await page.goto(`/?q=${encodeURIComponent(hit!.title)}`);
  await expect(page.getByTestId("inferred-date").first()).toBeAttached();
  await page.goto(hit!.url);
  const badges = page.getByTestId("inferred");
  await expect(badges.first()).toBeVisible();
  await expect(badges.first()).toHaveText(/suy luận/);
  await expect(badges.first()).toHaveAttribute("title", /^Suy luận, không ghi rõ trong bài: .+/);
  const fields = await badges.evaluateAll((els) => els.map((e) => e.getAttribute("data-field")));
  for (const f of fields) expect(hit!.inferred).toContain(f);
  if (hit!.province) await expect(page.getByTestId("province")).toContainText(hit!.province);
});
