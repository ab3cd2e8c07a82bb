import { expect, test } from "@playwright/test";
import fc from "fast-check";

/**
 * Property-based fuzzing of the three routes: whatever the parameters, the
 * answer is never a 5xx and comes within ANSWER_BOUND_MS. Seeded, so a failure
 * replays. 10,000 cases in all (6,000 API + 2,500 page + 1,500 article).
 */
const ANSWER_BOUND_MS = 2_000;
const SEED = 20261125;

const HOSTILE = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "<mark>x</mark>",
  "&lt;b&gt;",
  "' OR 1=1 --",
  "'; DROP TABLE articles; --",
  "${jndi:ldap://x}",
  "{{7*7}}",
  "../../etc/passwd",
  "\u0000\u0001\u001f",
  "\u202e\u200b\ufeff",
  "🇻🇳👩🏽‍💻",
  "d\u0302\u0301n",
];
const RAW_MARKUP = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<mark>x</mark>"];
const MALFORMED = ["%", "%Z", "%ZZ", "%E0%A4%A", "%C3", "%ED%A0%80", "%FF%FE", "%%", "%2", "%u0041"];

const rawValue = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }).map(encodeURIComponent),
  fc.constantFrom(...HOSTILE).map(encodeURIComponent),
  fc.constantFrom(...MALFORMED),
  fc.integer({ min: -1e12, max: 1e12 }).map(String),
  fc.constantFrom("", "0", "-1", "1e9", "NaN", "2022", "20222", "+2022", " 2022", "999999999999999999999", "1.5"),
  fc.nat({ max: 3000 }).map((n) => "a".repeat(n)),
  fc.constantFrom("relevance", "newest", "oldest", "RELEVANCE"),
);
const key = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom("q", "organizer", "year", "sort", "page") },
  { weight: 1, arbitrary: fc.oneof(fc.string({ maxLength: 8 }).map(encodeURIComponent), fc.constantFrom(...MALFORMED)) },
);
const queryString = fc.array(fc.tuple(key, rawValue), { maxLength: 8 }).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join("&"));

async function timed<T>(f: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const r = await f();
  return [r, performance.now() - t0];
}

test.describe.configure({ timeout: 300_000 });

test("GET /api/search: 200 or a 400 with a JSON message, never a 5xx", async ({ request }) => {
  await fc.assert(
    fc.asyncProperty(queryString, async (qs) => {
      const [res, ms] = await timed(() => request.get(`/api/search?${qs}`, { maxRedirects: 0 }));
      expect(res.status(), qs).toBeLessThan(500);
      expect(ms, qs).toBeLessThan(ANSWER_BOUND_MS);
      if (res.status() === 400) {
        const body = await res.json();
        expect(body.error).toBe("invalid_parameters");
        expect(body.message).toMatch(/"(q|sort|page|year|organizer)"|at most/);
      } else {
        expect(res.status(), qs).toBe(200);
        expect(typeof (await res.json()).total).toBe("number");
      }
    }),
    { numRuns: 6_000, seed: SEED },
  );
});

test("GET /: always a page (after at most one redirect to the canonical URL), never a 5xx, never raw markup", async ({ request }) => {
  await fc.assert(
    fc.asyncProperty(queryString, async (qs) => {
      const [res, ms] = await timed(() => request.get(`/?${qs}`));
      expect(res.status(), qs).toBe(200);
      expect(ms, qs).toBeLessThan(ANSWER_BOUND_MS);
      const html = await res.text();
      // Markup from the URL only ever comes back escaped.
      for (const h of RAW_MARKUP) expect(html, qs).not.toContain(h);
    }),
    { numRuns: 2_500, seed: SEED + 1 },
  );
});

test("GET /bai/…: an article, a 404 or a 400, never a 5xx", async ({ request }) => {
  const segment = fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 60 }).map(encodeURIComponent),
    fc.constantFrom(...HOSTILE).map(encodeURIComponent),
    fc.constantFrom(...MALFORMED),
    fc.constantFrom("000_9ef890aaa330f4de", "..", "%2E%2E", "..%2F..%2Fetc%2Fpasswd", "a".repeat(2000)),
  );
  await fc.assert(
    fc.asyncProperty(segment, queryString, async (seg, qs) => {
      const [res, ms] = await timed(() => request.get(`/bai/${seg}?${qs}`, { maxRedirects: 0 }));
      // 307: "/bai/.." is "/" after path normalization, which redirects to its canonical URL.
      expect([200, 307, 400, 404], `${seg}?${qs}`).toContain(res.status());
      expect(ms).toBeLessThan(ANSWER_BOUND_MS);
    }),
    { numRuns: 1_500, seed: SEED + 2 },
  );
});

test("a 100 KB query is refused by the HTTP layer (431), not crashed on; a 10 KB query is cut and the page says so", async ({ request, page }) => {
  const huge = await request.get(`/?q=${"dân ".repeat(25_000)}`);
  expect(huge.status()).toBe(431);
  const hugeApi = await request.get(`/api/search?q=${"a".repeat(100_000)}`);
  expect(hugeApi.status()).toBe(431);

  const long = `dan van ${"kheo ".repeat(1_000)}`;
  const api = await request.get(`/api/search?q=${encodeURIComponent(long)}`);
  expect(api.status()).toBe(200);
  expect((await api.json()).truncated).toBe(true);
  await page.goto(`/?q=${encodeURIComponent(long)}`);
  await expect(page.getByText(/Từ khóa quá dài: chỉ tìm 200 ký tự đầu/)).toBeVisible();
});
