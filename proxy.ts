import { type NextRequest, NextResponse } from "next/server";

/**
 * A fresh nonce per request and a Content Security Policy that allows only
 * scripts carrying it (Next.js reads the nonce from this request header and
 * puts it on its own scripts). No inline script without the nonce, and no
 * eval in production: article text can never become running code.
 */
export function proxy(request: NextRequest) {
  // A path with broken percent-encoding names nothing: say so (Next.js would answer 500).
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse("Đường dẫn không hợp lệ (mã hóa phần trăm bị lỗi).", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const nonce = btoa(crypto.randomUUID());
  const dev = process.env.NODE_ENV !== "production";
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Styles: the app's stylesheet plus style attributes React sets; no script runs from CSS.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Pages only, prefetches included (they get the CSP and the encoding check
  // too): static files and the JSON API carry the headers from next.config.ts.
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"],
};
