import { describe, expect, it } from "vitest";
import { growth, requestMix } from "./mix";

describe("requestMix", () => {
  it("makes four API requests per page render, canonical and encoded", () => {
    const mix = requestMix(["dân vận khéo", "quy chế dân chủ"], [2022]);
    expect(mix).toHaveLength(10);
    expect(mix.filter((p) => p.startsWith("/api/search"))).toHaveLength(8);
    expect(mix).toContain("/api/search?q=dan+van+kheo");
    expect(mix.every((p) => /^[\x21-\x7e]+$/.test(p))).toBe(true); // plain ASCII, ready for the wire
  });
});

describe("growth", () => {
  it("is the relative change of the last sample", () => {
    expect(growth([100, 200, 210])).toBeCloseTo(0.05);
    expect(growth([100])).toBe(0);
  });
});
