import type { NextConfig } from "next";

// Headers every response carries, pages, API and static files alike. The
// per-request Content-Security-Policy (with its nonce) is set in proxy.ts.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  turbopack: {
    // lib/url builds its parsers with nuqs/server (the server page, the API and
    // the CLI cannot import nuqs's "use client" entry). In the browser that entry
    // is already there for useQueryStates and exports the same builders, so the
    // browser bundle takes them from it instead of carrying a second copy of
    // nuqs's parsers, serializer and debug table (first-load JS, issue 14).
    resolveAlias: { "nuqs/server": { browser: "nuqs" } },
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Static files and images skip proxy.ts: a CSP of their own (a document
      // served from there, or a 404 page, may run nothing).
      ...["/_next/static/:path*", "/_next/image/:path*", "/favicon.ico"].map((source) => ({
        source,
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      })),
      // The API answers JSON only; nothing in it may be framed or run.
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
};

export default nextConfig;
