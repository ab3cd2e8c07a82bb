// npm run load -- [--connections 50] [--seconds 30] [--rounds 3] [--port 3210] [--quick]
// Starts the production build on loopback over the current artifact and drives
// /api/search and / with a realistic query mix (autocannon), bounded in time.
// Reports throughput, latency, errors and the server's resident memory after
// each round, to show it does not keep growing once warm.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import autocannon from "autocannon";
import { growth, requestMix } from "../tools/load/mix";
import { cli, numberOption } from "./cli";

const { values } = cli(
  "load",
  `usage: npm run load -- [--connections 50] [--seconds 30] [--rounds 3] [--port 3210] [--quick]
Sustained load on the production build (over ARTIFACT_DIR) on loopback:
throughput, latency, errors and the server's memory after each round.`,
  {
    connections: { type: "string", default: "50" },
    seconds: { type: "string", default: "30" },
    rounds: { type: "string", default: "3" },
    port: { type: "string", default: "3210" },
    quick: { type: "boolean", default: false },
  },
);
const connections = numberOption("connections", values.connections, 1, 10_000);
const seconds = values.quick ? 5 : numberOption("seconds", values.seconds, 1, 3600);
const rounds = values.quick ? 2 : numberOption("rounds", values.rounds, 1, 100);
const port = numberOption("port", values.port, 1024, 65535);
const base = `http://127.0.0.1:${port}`;

const judged = JSON.parse(readFileSync("data/eval/queries.json", "utf8")) as { queries: { q: string }[] };
const paths = requestMix(
  judged.queries.map((x) => x.q).filter((q) => q.trim()),
  [2019, 2020, 2021, 2022, 2023],
);

const server = spawn("./node_modules/.bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"], {
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  stdio: ["ignore", "pipe", "inherit"],
});
const stop = () => server.kill("SIGTERM");
process.on("exit", stop);

function rssMb(): number {
  const status = readFileSync(`/proc/${server.pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function waitReady() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/api/search`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("server did not start");
}

function round(duration: number) {
  return autocannon({
    url: base,
    connections,
    duration,
    requests: paths.map((path) => ({ method: "GET" as const, path })),
  });
}

await waitReady();
console.log(
  `load: ${paths.length} distinct requests (4 API : 1 page), ${connections} connections, ${rounds} × ${seconds} s, server pid ${server.pid}`,
);
await round(Math.min(10, seconds)); // warm-up: JIT, caches
const rss = [rssMb()];
console.log(`after warm-up: RSS ${rss[0]!.toFixed(0)} MB`);

let failed = false;
for (let r = 1; r <= rounds; r++) {
  const res = await round(seconds);
  rss.push(rssMb());
  const bad = res.errors + res.timeouts + res.non2xx;
  failed ||= bad > 0;
  console.log(
    `round ${r}: ${res.requests.average.toFixed(0)} req/s, ${res.requests.total} requests, latency p50 ${res.latency.p50} ms, p99 ${res.latency.p99} ms, max ${res.latency.max} ms, errors ${res.errors}, timeouts ${res.timeouts}, non-2xx ${res.non2xx}; RSS ${rss.at(-1)!.toFixed(0)} MB`,
  );
}
const g = growth(rss);
console.log(
  `RSS after each round: ${rss.map((x) => x.toFixed(0)).join(" → ")} MB; last round grew ${(g * 100).toFixed(1)}%`,
);
stop();
if (failed) {
  console.error("load: some requests failed");
  process.exit(1);
}
// Quick rounds are too short to tell warm-up from growth: only full runs judge memory.
if (!values.quick && g > 0.1) {
  console.error("load: resident memory still grew by more than 10% in the last round");
  process.exit(1);
}
