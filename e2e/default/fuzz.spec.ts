import net from "node:net";
import { expect, test } from "@playwright/test";
import fc from "fast-check";

/**
 * Property-based fuzzing of the three routes and of raw HTTP (methods,
 * request targets, headers, bodies): whatever comes in, the answer is never a
 * 5xx, always carries the security headers, and comes within ANSWER_BOUND_MS.
 * Seeded, so a failure replays. FUZZ_RUNS cases in all (2,000 in `npm test`;
 * `npm run fuzz` runs 10,000): half API, a fifth pages, a tenth articles, a
 * fifth raw requests.
 */
const ANSWER_BOUND_MS = 2_000;
const SEED = 20261125;
const RUNS = Number(process.env.FUZZ_RUNS ?? 2_000);
const share = (f: number) => Math.max(1, Math.round(RUNS * f));

/** The headers every response must carry (SECURITY.md), or what is missing. */
function missingHeaders(h: Headers | Record<string, string>): string | null {
  const get = (k: string) => (h instanceof Headers ? h.get(k) : h[k]);
  for (const k of ["content-security-policy", "x-content-type-options", "x-frame-options", "referrer-policy"])
    if (!get(k)) return `no ${k}`;
  return null;
}

const HOSTILE = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "<mark>x</mark>",
  "&lt;b&gt;",
  "' OR 1=1 --",
  "'; DROP TABLE articles; --",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a log4j-style payload, literally
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
  fc.constantFrom("", "-", "0", "-1", "1e9", "NaN", "2022", "20222", "+2022", " 2022", "999999999999999999999", "1.5"),
  fc.nat({ max: 3000 }).map((n) => "a".repeat(n)),
  fc.constantFrom("relevance", "newest", "oldest", "RELEVANCE"),
);
const key = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom("q", "organizer", "year", "province", "sort", "page") },
  {
    weight: 1,
    arbitrary: fc.oneof(fc.string({ maxLength: 8 }).map(encodeURIComponent), fc.constantFrom(...MALFORMED)),
  },
);
const queryString = fc
  .array(fc.tuple(key, rawValue), { maxLength: 8 })
  .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join("&"));

/**
 * Runs `check` over `numRuns` seeded cases, `CONCURRENCY` requests at a time
 * (the server, not the client, should be the bottleneck), and reports every
 * failing case. fc.sample with a seed makes the run reproducible.
 */
const CONCURRENCY = 8;
async function fuzz<T>(
  arb: fc.Arbitrary<T>,
  numRuns: number,
  seed: number,
  check: (input: T) => Promise<string | null>,
) {
  const cases = fc.sample(arb, { numRuns, seed });
  const failures: string[] = [];
  for (let i = 0; i < cases.length; i += CONCURRENCY) {
    const batch = cases.slice(i, i + CONCURRENCY);
    const results = await Promise.all(batch.map((c) => check(c).catch((e: Error) => `threw ${e.message}`)));
    for (const [j, r] of results.entries()) if (r) failures.push(`${JSON.stringify(batch[j])}: ${r}`);
    if (failures.length >= 5) break;
  }
  expect(failures, `seed ${seed}`).toEqual([]);
}

async function get(path: string) {
  const t0 = performance.now();
  const res = await fetch(`${baseURL()}${path}`, { redirect: "manual" });
  const body = await res.text();
  const missing = missingHeaders(res.headers);
  return { status: res.status, body, location: res.headers.get("location"), ms: performance.now() - t0, missing };
}
const baseURL = () => String(test.info().project.use.baseURL);

test.describe.configure({ timeout: 600_000 });

test("GET /api/search: 200 or a 400 with a JSON message, never a 5xx", async () => {
  await fuzz(queryString, share(0.5), SEED, async (qs) => {
    const { status, body, ms, missing } = await get(`/api/search?${qs}`);
    if (ms > ANSWER_BOUND_MS) return `took ${ms.toFixed(0)} ms`;
    if (missing) return missing;
    if (status === 400) {
      const json = JSON.parse(body);
      if (json.error !== "invalid_parameters" || !/"(q|sort|page|year|organizer|province)"|at most/.test(json.message))
        return `400 without a clear message: ${body.slice(0, 200)}`;
      return null;
    }
    if (status !== 200) return `status ${status}`;
    return typeof JSON.parse(body).total === "number" ? null : "no total";
  });
});

test("GET /: always a page (after at most one redirect to the canonical URL), never a 5xx, never raw markup", async () => {
  await fuzz(queryString, share(0.2), SEED + 1, async (qs) => {
    let res = await get(`/?${qs}`);
    if (res.missing) return res.missing;
    if (res.status === 307 && res.location) {
      const target = new URL(res.location, baseURL());
      res = await get(target.pathname + target.search);
      if (res.status === 307) return `redirects twice (to ${target.search})`;
    }
    if (res.ms > ANSWER_BOUND_MS) return `took ${res.ms.toFixed(0)} ms`;
    if (res.status !== 200) return `status ${res.status}`;
    // Markup from the URL only ever comes back escaped.
    for (const h of RAW_MARKUP) if (res.body.includes(h)) return `raw ${h} in the page`;
    return null;
  });
});

test("GET /bai/…: an article, a 404 or a 400, never a 5xx", async () => {
  const segment = fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 60 }).map(encodeURIComponent),
    fc.constantFrom(...HOSTILE).map(encodeURIComponent),
    fc.constantFrom(...MALFORMED),
    fc.constantFrom("000_9ef890aaa330f4de", "..", "%2E%2E", "..%2F..%2Fetc%2Fpasswd", "a".repeat(2000)),
  );
  await fuzz(fc.tuple(segment, queryString), share(0.1), SEED + 2, async ([seg, qs]) => {
    const { status, ms, missing } = await get(`/bai/${seg}?${qs}`);
    if (ms > ANSWER_BOUND_MS) return `took ${ms.toFixed(0)} ms`;
    if (missing) return missing;
    // 307/308: "/bai/.." and "/bai/" normalize to another path, which redirects.
    return [200, 307, 308, 400, 404].includes(status) ? null : `status ${status}`;
  });
});

/** One request as raw bytes; its status and headers (lower-case names). */
function raw(request: string): Promise<{ status: number; headers: Record<string, string> }> {
  const { hostname, port } = new URL(baseURL());
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), hostname);
    let data = "";
    const timer = setTimeout(() => socket.destroy(), ANSWER_BOUND_MS * 5);
    socket.on("data", (d) => {
      data += d;
      if (data.includes("\r\n\r\n")) socket.destroy(); // the head is enough
    });
    socket.on("error", () => {});
    socket.on("close", () => {
      clearTimeout(timer);
      const [line = "", ...rest] = (data.split("\r\n\r\n")[0] ?? "").split("\r\n");
      const headers = Object.fromEntries(
        rest.map((h) => [h.slice(0, h.indexOf(":")).toLowerCase(), h.slice(h.indexOf(":") + 1).trim()]),
      );
      resolve({ status: Number(line.split(" ")[1]), headers });
    });
    socket.write(request);
  });
}

test("raw HTTP: any method, target, header or body gets a non-5xx answer with the security headers", async () => {
  const method = fc.constantFrom(
    "GET",
    "HEAD",
    "POST",
    "PUT",
    "DELETE",
    "PATCH",
    "OPTIONS",
    "TRACE",
    "PROPFIND",
    "get",
  );
  const target = fc.oneof(
    fc.constantFrom("*", "/", "/bai/%", "/bai/%ED%A0%80", "//x", "/api/search?q=%", "/_next/static/x", "/favicon.ico"),
    fc.constantFrom(...MALFORMED).map((m) => `/${m}`),
    fc.constantFrom(...MALFORMED).map((m) => `/bai/${m}`),
    queryString.map((qs) => `/api/search?${qs}`),
    queryString.map((qs) => `/?${qs}`),
  );
  const header = fc.constantFrom(
    "Next-Router-Prefetch: 1",
    "Purpose: prefetch",
    "RSC: 1",
    "Next-Router-State-Tree: %7B%22x",
    "Next-Router-State-Tree: not json",
    "Next-Url: /%",
    "Accept: text/x-component",
    "Content-Type: application/json",
    "X-Forwarded-Host: evil.example",
    "Range: bytes=0-1",
  );
  const body = fc.constantFrom("", "unframed body", '{"a":1}');
  await fuzz(
    fc.tuple(method, target, fc.uniqueArray(header, { maxLength: 3 }), body, fc.boolean()),
    share(0.2),
    SEED + 3,
    async ([m, t, hs, b, framed]) => {
      const length = framed && b ? [`Content-Length: ${Buffer.byteLength(b)}`] : [];
      const res = await raw(
        [`${m} ${t} HTTP/1.1`, "Host: 127.0.0.1", ...hs, ...length, "Connection: close", "", b].join("\r\n"),
      );
      if (!(res.status >= 100 && res.status < 500)) return `status ${res.status}`;
      return missingHeaders(res.headers);
    },
  );
});

test("a 100 KB query is refused by the HTTP layer (431), not crashed on; a 10 KB query is cut and the page says so", async ({
  request,
  page,
}) => {
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
