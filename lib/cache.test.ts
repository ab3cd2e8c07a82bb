import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BoundedCache } from "./cache";

describe("BoundedCache", () => {
  it("makes a value once and keeps it while it fits", () => {
    let made = 0;
    const cache = new BoundedCache<string, number>(2);
    expect(cache.get("a", () => ++made)).toBe(1);
    expect(cache.get("a", () => ++made)).toBe(1);
    expect(made).toBe(1);
  });

  it("as an LRU, evicts the least recently used entry", () => {
    const cache = new BoundedCache<string, string>(2);
    cache.get("a", (k) => k);
    cache.get("b", (k) => k);
    cache.get("a", () => "again"); // a is now the most recent
    cache.get("c", (k) => k); // evicts b
    expect(cache.get("a", () => "remade")).toBe("a");
    expect(cache.get("b", () => "remade")).toBe("remade");
  });

  it("without recency, evicts the oldest entry", () => {
    const cache = new BoundedCache<string, string>(2, false);
    cache.get("a", (k) => k);
    cache.get("b", (k) => k);
    cache.get("a", () => "again");
    cache.get("c", (k) => k); // evicts a, the oldest
    expect(cache.get("a", () => "remade")).toBe("remade");
  });

  it("never holds more than its limit, and answers like the function it caches", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.boolean(),
        fc.array(fc.integer({ min: 0, max: 9 })),
        (limit, lru, keys) => {
          const cache = new BoundedCache<number, number>(limit, lru);
          for (const k of keys) {
            expect(cache.get(k, (x) => x * x)).toBe(k * k);
            expect(cache.size).toBeLessThanOrEqual(limit);
          }
        },
      ),
    );
  });
});
