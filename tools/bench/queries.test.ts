import { describe, expect, it } from "vitest";
import { fold, hasDiacritics } from "../../lib/text";
import type { Organizer } from "./language";
import { MIX, queryMix, typo, warmupMix } from "./queries";
import { Rng } from "./random";

const canonical = (o: Organizer) => `canon:${o.written[0]}`;
const lastTerm = (q: string) => q.trim().split(/\s+/).at(-1)!;

describe("query mix", () => {
  const mix = queryMix(1, canonical);

  it("has at least 200 distinct queries in every class, the same for the same seed", () => {
    expect(mix.length).toBeGreaterThanOrEqual(200);
    expect(mix).toEqual(queryMix(1, canonical));
    expect(mix).not.toEqual(queryMix(2, canonical));
    const keys = mix.map((q) => `${q.q}|${q.organizers}|${q.years}`);
    expect(new Set(keys).size).toBe(mix.length);
    for (const [cls, count] of Object.entries(MIX)) expect(mix.filter((q) => q.class === cls)).toHaveLength(count);
  });

  it("makes each class what it says", () => {
    const of = (cls: string) => mix.filter((q) => q.class === cls);
    for (const q of of("unaccented")) expect(hasDiacritics(q.q)).toBe(false);
    expect(of("accented").filter((q) => hasDiacritics(q.q)).length).toBeGreaterThan(of("accented").length * 0.9);
    for (const q of of("prefix1")) expect([...lastTerm(q.q)]).toHaveLength(1);
    for (const q of of("prefix2")) expect([...lastTerm(q.q)]).toHaveLength(2);
    expect(of("prefix1").every((q) => q.q.includes(" "))).toBe(true); // one letter completes only after other words
    for (const q of of("phrase")) expect(q.q).toMatch(/^"[^"]+ [^"]+"/);
    expect(of("multi").every((q) => q.q.split(" ").length >= 3)).toBe(true);
    for (const q of of("browse")) {
      expect(q.q).toBe("");
      expect(q.organizers.length + q.years.length).toBeGreaterThan(0);
    }
    // Accented and unaccented forms both occur in the mixed classes.
    expect(of("typo").some((q) => hasDiacritics(q.q))).toBe(true);
    expect(of("typo").some((q) => !hasDiacritics(q.q))).toBe(true);
  });

  it("filters by canonical organizer names and years, on a share of the queries", () => {
    const filtered = mix.filter((q) => q.class !== "browse" && q.organizers.length + q.years.length > 0);
    expect(filtered.length).toBeGreaterThan(40);
    expect(filtered.length).toBeLessThan(mix.length / 2);
    for (const q of mix) for (const o of q.organizers) expect(o).toMatch(/^canon:/);
    for (const q of mix) for (const y of q.years) expect(y).toBeGreaterThanOrEqual(2014);
  });

  it("warms up on other queries than the measured ones", () => {
    const warm = warmupMix(1, canonical, mix);
    // As many as the measured mix, less the few that coincide with a measured query.
    expect(warm.length).toBeGreaterThanOrEqual(0.9 * mix.length);
    const measured = new Set(mix.map((q) => `${q.q}|${q.organizers}|${q.years}`));
    for (const q of warm) expect(measured.has(`${q.q}|${q.organizers}|${q.years}`)).toBe(false);
  });
});

describe("typo", () => {
  it("makes one small edit past the first letter", () => {
    const r = new Rng(4);
    for (const w of ["tuyên", "huong", "dân", "nghiệp", "chính"]) {
      for (let k = 0; k < 20; k++) {
        const t = typo(w, r);
        expect(t).not.toBe(w);
        expect(t[0]).toBe(w[0]);
        expect(Math.abs([...t].length - [...w].length)).toBeLessThanOrEqual(1);
        expect(fold(t).length).toBeGreaterThanOrEqual(2);
      }
    }
  });
});
