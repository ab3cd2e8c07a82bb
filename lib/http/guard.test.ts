import http from "node:http";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GUARD_HEADERS, installGuard, refusal } from "./guard";

/**
 * A server whose handler fails on everything, as Next.js does on these
 * requests (500): with the guard in front, each gets a 4xx carrying the
 * security headers, and the handler never runs.
 */
let server: http.Server;
let port: number;
let handled = 0;
beforeAll(async () => {
  class Guarded extends http.Server {}
  installGuard(Guarded.prototype);
  server = new Guarded((_req, res) => {
    handled++;
    res.writeHead(500).end("boom");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as net.AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

/** One raw request (any request line, any bytes), its status line and headers. */
function raw(request: string): Promise<{ status: number; headers: Record<string, string> }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    let data = "";
    socket.on("data", (d) => (data += d));
    socket.on("error", reject);
    socket.on("close", () => {
      const [head = ""] = data.split("\r\n\r\n");
      const [line = "", ...rest] = head.split("\r\n");
      const headers = Object.fromEntries(
        rest.map((h) => [h.slice(0, h.indexOf(":")).toLowerCase(), h.slice(h.indexOf(":") + 1).trim()]),
      );
      resolve({ status: Number(line.split(" ")[1]), headers });
    });
    socket.end(request);
  });
}

describe("the HTTP guard", () => {
  it.each([
    ["TRACE / HTTP/1.1\r\nHost: x\r\n\r\n", 405],
    ["TRACE /api/search HTTP/1.1\r\nHost: x\r\n\r\n", 405],
    ["OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n", 405],
    ["GET * HTTP/1.1\r\nHost: x\r\n\r\n", 400],
    ["GET /bai/% HTTP/1.1\r\nHost: x\r\nNext-Router-Prefetch: 1\r\n\r\n", 400],
    ["GET /bai/%ED%A0%80 HTTP/1.1\r\nHost: x\r\nPurpose: prefetch\r\n\r\n", 400],
    ["DELETE /bai/% HTTP/1.1\r\nHost: x\r\n\r\nunframed body bytes", 405],
    ["GET //evil.example/x HTTP/1.1\r\nHost: x\r\n\r\n", 400],
    ["GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n", 400],
  ])("%j → %i with the security headers", async (request, status) => {
    const before = handled;
    const res = await raw(request);
    expect(res.status).toBe(status);
    for (const [k, v] of Object.entries(GUARD_HEADERS)) expect(res.headers[k.toLowerCase()], k).toBe(v);
    expect(handled).toBe(before);
  });

  it("lets ordinary requests through", async () => {
    const before = handled;
    expect((await raw("GET /?q=d%C3%A2n HTTP/1.1\r\nHost: x\r\n\r\n")).status).toBe(500); // this test's handler
    expect(handled).toBe(before + 1);
    expect(refusal("GET", "/bai/abc?q=%")).toBeNull(); // a broken query is the route's to judge (400 there)
    expect(refusal("HEAD", "/")).toBeNull();
  });
});
