import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AliasFileSchema, compileAliases } from "./aliases";

const root = path.resolve(__dirname, "../..");
const data = AliasFileSchema.parse(JSON.parse(readFileSync(path.join(root, "data/organizers.json"), "utf8")));
const aliases = compileAliases(data);

const variants = (m: Record<string, string[]>) => Object.entries(m).flatMap(([c, vs]) => [c, ...vs]);
const heads = [
  "Ban Dân vận Thành ủy",
  "Đảng ủy Khối các cơ quan tỉnh",
  "Hội Nông dân tỉnh",
  "Ban Dân vận Huyện ủy Đức Trọng",
];

describe("organizer canonical form", () => {
  it("is idempotent for any mix of variants and places", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...heads, ...variants(data.organizers)),
        fc.constantFrom("", ...variants(data.places)),
        fc.option(fc.constantFrom(...Object.keys(data.places)), { nil: null }),
        (head, where, place) => {
          const once = aliases.canonicalOrganizer(`${head} ${where}`, place);
          return aliases.canonicalOrganizer(once, place) === once;
        },
      ),
    );
  });

  it("writes a place one way whatever variant the article used", () => {
    for (const [place, vs] of Object.entries(data.places))
      for (const v of vs)
        expect(aliases.canonicalOrganizer(`Ban Dân vận Thành ủy ${v}`, null)).toBe(`Ban Dân vận Thành ủy ${place}`);
  });

  it("unifies dash spacing and old tone placement", () => {
    expect(aliases.canonicalOrganizer("Đảng uỷ Khối Dân - Chính - Đảng TPHCM", null)).toBe(
      "Đảng ủy Khối Dân – Chính – Đảng TP Hồ Chí Minh",
    );
  });

  it("resolves a bare level from the source site's place", () => {
    expect(
      aliases.canonicalOrganizer("Ban Dân vận Thành ủy", aliases.placeOfSource("https://www.haiphong.gov.vn/tin")),
    ).toBe("Ban Dân vận Thành ủy Hải Phòng");
    expect(aliases.isBareLevel("Ban Dân vận Tỉnh uỷ")).toBe(true);
    expect(aliases.isBareLevel("Ban Dân vận Tỉnh ủy Nghệ An")).toBe(false);
  });
});
