import type { IncomingMessage, Server, ServerResponse } from "node:http";
import http from "node:http";
import type { Duplex } from "node:stream";

/**
 * The security headers every response carries, error answers included. The
 * pages' own CSP (with its nonce) comes from proxy.ts; these answers are
 * plain text and need no script at all.
 */
export const GUARD_HEADERS: Record<string, string> = {
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
  "Content-Type": "text/plain; charset=utf-8",
  "Cache-Control": "no-store",
};

const PRESET = [
  "Content-Security-Policy",
  "X-Content-Type-Options",
  "Referrer-Policy",
  "X-Frame-Options",
  "Permissions-Policy",
];

/** Methods the app answers; it has no forms that post and no server actions. */
const ALLOWED = new Set(["GET", "HEAD"]);

/**
 * What to answer before the framework sees a request, or null to let it
 * through. Next.js answers 500 (without the security headers) to TRACE, to
 * the `*` target, and to broken percent-encoding in a prefetch (which skips
 * the proxy); these are settled here, with a 4xx.
 */
export function refusal(method: string | undefined, url: string | undefined): { status: number; text: string } | null {
  if (!method || !ALLOWED.has(method)) return { status: 405, text: "Phương thức không được hỗ trợ (chỉ GET, HEAD)." };
  if (!url?.startsWith("/") || url.startsWith("//"))
    return { status: 400, text: "Đích yêu cầu không hợp lệ (phải là một đường dẫn bắt đầu bằng /)." };
  const q = url.indexOf("?");
  const pathname = q < 0 ? url : url.slice(0, q);
  try {
    decodeURIComponent(pathname);
  } catch {
    return { status: 400, text: "Đường dẫn không hợp lệ (mã hóa phần trăm bị lỗi)." };
  }
  return null;
}

function answer(req: IncomingMessage, res: ServerResponse, r: { status: number; text: string }) {
  // A body the client sent (even unframed) is read and dropped, and the connection closed: no ECONNRESET escapes.
  req.on("error", () => {});
  res.on("error", () => {});
  req.resume();
  const headers: Record<string, string> = { ...GUARD_HEADERS, Connection: "close" };
  if (r.status === 405) headers.Allow = "GET, HEAD";
  res.writeHead(r.status, headers);
  res.end(req.method === "HEAD" ? undefined : `${r.text}\n`);
}

/** A malformed request line or headers: Node's own 400, with the security headers. */
function clientError(err: NodeJS.ErrnoException, socket: Duplex) {
  if (!socket.writable || err.code === "ECONNRESET") {
    socket.destroy();
    return;
  }
  const status = err.code === "HPE_HEADER_OVERFLOW" ? 431 : 400;
  const head = Object.entries({ ...GUARD_HEADERS, Connection: "close" })
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join("");
  socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\n${head}Content-Length: 0\r\n\r\n`);
}

const INSTALLED = Symbol.for("tra-cuu.http-guard");

/**
 * Puts the guard in front of every HTTP server of this process (the one
 * `next start` creates included): requests go through `refusal` before any
 * "request" listener, client errors get the headers too. Idempotent.
 */
export function installGuard(proto: Server = http.Server.prototype): void {
  const p = proto as Server & { [INSTALLED]?: boolean };
  if (p[INSTALLED]) return;
  p[INSTALLED] = true;
  const emit = p.emit;
  p.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const [req, res] = args as [IncomingMessage, ServerResponse];
      const r = refusal(req.method, req.url);
      if (r) {
        answer(req, res, r);
        return true;
      }
      // Defaults for answers Next.js gives before proxy.ts and next.config.ts
      // apply (its trailing-slash redirects): they replace these when they run.
      for (const k of PRESET) res.setHeader(k, GUARD_HEADERS[k]!);
    } else if (event === "clientError" && this.listenerCount("clientError") === 0) {
      clientError(args[0] as NodeJS.ErrnoException, args[1] as Duplex);
      return true;
    }
    return (emit as (...a: unknown[]) => boolean).call(this, event, ...args);
  } as Server["emit"];
}
