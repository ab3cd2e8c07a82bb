import type { Engine } from "../../lib/search";
import { type BenchQuery, benchRequest } from "./queries";
import { percentile } from "./stats";

export interface AbFigures {
  queries: number;
  wall: { p50: number; p95: number };
  cpu: { p50: number; p95: number };
}

/**
 * Two engines' query latency, measured in one process: each warmed up on
 * the warm-up queries, then every measured query asked of both, `rounds`
 * times, which goes first alternating, so that a busy machine slows both
 * alike (separate `npm run bench` runs differ by more than the engines do).
 */
export function compareEngines(
  engines: readonly [Engine, Engine],
  measured: readonly BenchQuery[],
  warmup: readonly BenchQuery[],
  rounds: number,
): [AbFigures, AbFigures] {
  for (const q of warmup) for (const engine of engines) engine.search(benchRequest(q));
  const wall: [number[], number[]] = [[], []];
  const cpu: [number[], number[]] = [[], []];
  for (let r = 0; r < rounds; r++)
    for (const [i, q] of measured.entries())
      for (const k of (i + r) % 2 === 0 ? [0, 1] : [1, 0]) {
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        engines[k]!.search(benchRequest(q));
        wall[k]!.push(performance.now() - t0);
        const c = process.cpuUsage(c0);
        cpu[k]!.push((c.user + c.system) / 1000);
      }
  const figures = (k: 0 | 1): AbFigures => {
    const w = wall[k].sort((a, b) => a - b);
    const c = cpu[k].sort((a, b) => a - b);
    return {
      queries: w.length,
      wall: { p50: percentile(w, 50), p95: percentile(w, 95) },
      cpu: { p50: percentile(c, 50), p95: percentile(c, 95) },
    };
  };
  return [figures(0), figures(1)];
}
