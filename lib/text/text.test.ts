import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exactForm, fold, hasDiacritics, normalizeText, syllableSpans, tokenize } from ".";

describe("fold", () => {
  it("removes diacritics, lower-cases and maps đ to d", () => {
    expect(fold("Dân vận khéo")).toBe("dan van kheo");
    expect(fold("ĐẢNG ỦY")).toBe("dang uy");
    expect(fold("DAN VAN")).toBe("dan van");
  });

  it("gives the same result for NFC and NFD input", () => {
    const s = "Thành ủy Hồ Chí Minh đổi mới";
    expect(fold(s.normalize("NFD"))).toBe(fold(s.normalize("NFC")));
    expect(exactForm(s.normalize("NFD"))).toBe(exactForm(s.normalize("NFC")));
  });

  it("is idempotent", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (s) => fold(fold(s)) === fold(s)));
  });

  it("commutes with NFC and NFD", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        const f = fold(s);
        return fold(s.normalize("NFD")) === f && fold(s.normalize("NFC")) === f;
      }),
    );
  });
});

describe("tone placement", () => {
  it.each([
    ["hoà", "hòa"],
    ["thuỷ", "thủy"],
    ["uỷ", "ủy"],
    ["khoẻ", "khỏe"],
    ["Thuý", "Thúy"],
    ["Thành uỷ", "Thành ủy"],
    ["HOÀ", "HÒA"],
  ])("%s = %s", (oldStyle, newStyle) => {
    expect(normalizeText(oldStyle)).toBe(newStyle);
    expect(normalizeText(oldStyle.normalize("NFD"))).toBe(newStyle);
  });

  it("leaves syllables where the vowel pair is not final, and qu+y", () => {
    expect(normalizeText("hoàn thành")).toBe("hoàn thành");
    expect(normalizeText("quý")).toBe("quý");
    expect(normalizeText("khuyến")).toBe("khuyến");
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => normalizeText(normalizeText(s)) === normalizeText(s)),
    );
  });
});

describe("normalizeText", () => {
  it("unifies spaces and dashes and drops invisible joiners", () => {
    expect(normalizeText("Dân\u00A0–\u2014Chính")).toBe("Dân --Chính");
    expect(normalizeText("d\u200Dân")).toBe("dân");
  });
});

describe("eth", () => {
  it("reads Ð/ð (U+00D0/U+00F0, from old encodings) as Đ/đ", () => {
    expect(normalizeText("\u00D0ảng \u00F0oàn")).toBe("Đảng đoàn");
    expect(exactForm("\u00D0ẢNG")).toBe(exactForm("Đảng"));
    expect(fold("\u00F0oàn")).toBe("doan");
    expect(tokenize("Ðảm bảo").map((t) => t.exact)).toEqual(["đảm", "bảo"]);
  });

  it("leaves no eth behind", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (s) => !/[\u00D0\u00F0]/.test(normalizeText(s))));
  });
});

describe("hasDiacritics", () => {
  it("tells typed-with-diacritics from plain", () => {
    expect(hasDiacritics("dân")).toBe(true);
    expect(hasDiacritics("dan")).toBe(false);
    expect(hasDiacritics("đi")).toBe(true);
  });
});

describe("tokenize", () => {
  it("splits into syllables with offsets into the original", () => {
    const text = "Ban Dân vận (TP.HCM) – 2022";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.folded)).toEqual(["ban", "dan", "van", "tp", "hcm", "2022"]);
    for (const t of tokens) expect(fold(text.slice(t.start, t.end))).toBe(t.folded);
  });

  it("keeps offsets in NFD text", () => {
    const text = "Dân vận khéo".normalize("NFD");
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.exact)).toEqual(["dân", "vận", "khéo"]);
    expect(text.slice(tokens[2]!.start, tokens[2]!.end).normalize("NFC")).toBe("khéo");
  });

  it("treats zero-width and non-breaking spaces as separators", () => {
    expect(tokenize("dân\u200Bvận\u00A0khéo").map((t) => t.folded)).toEqual(["dan", "van", "kheo"]);
  });

  it("never splits a character: every token is whole graphemes", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        const bounds = new Set<number>([s.length]);
        let i = 0;
        for (const g of new Intl.Segmenter("vi", { granularity: "grapheme" }).segment(s)) {
          bounds.add(i);
          i += g.segment.length;
        }
        return tokenize(s).every((t) => bounds.has(t.start) && bounds.has(t.end));
      }),
    );
  });
});

describe("numbers and units", () => {
  const words = (s: string) => tokenize(s).map((t) => s.slice(t.start, t.end));

  it("splits a unit glued to a number into its own syllable", () => {
    expect(words("cao 600m")).toEqual(["cao", "600", "m"]);
    expect(words("giá 140.000đ/kg")).toEqual(["giá", "140.000", "đ", "kg"]);
    expect(words("1.000.000 đồng, 2,5%")).toEqual(["1.000.000", "đồng", "2", "5"]);
    expect(words("19h30 ngày 30.4.2022")).toEqual(["19", "h30", "ngày", "30", "4", "2022"]);
    expect(words("COVID-19, H5N1, m2, 5G")).toEqual(["COVID", "19", "H5N1", "m2", "5", "G"]);
    expect(tokenize("600M").map((t) => t.folded)).toEqual(["600", "m"]);
  });

  it("offsets map back to the original substrings", () => {
    const text = fc.string({ unit: fc.constantFrom(..."0123456789.,mkgđĐ ha\u0301\u200B/-") });
    fc.assert(
      fc.property(text, (s) => {
        for (const t of tokenize(s)) {
          const raw = s.slice(t.start, t.end);
          expect(fold(raw)).toBe(t.folded);
          // A syllable is a number or starts with a letter: never digits then letters.
          expect(/^\p{N}[\p{N}\p{M}.,\u200B\u200D]*$|^\p{L}/u.test(raw)).toBe(true);
        }
        const nfd = s.normalize("NFD");
        expect(tokenize(nfd).map((t) => t.folded)).toEqual(tokenize(s.normalize("NFC")).map((t) => t.folded));
      }),
    );
  });
});

describe("tokens are one form whatever the input", () => {
  const forms = (s: string) => tokenize(s).map((t) => [t.exact, t.folded]);

  it("gives identical tokens for NFC and NFD input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        const nfc = forms(s.normalize("NFC"));
        expect(forms(s.normalize("NFD"))).toEqual(nfc);
      }),
    );
    const s = "Thành uỷ quán triệt Quy chế Dân chủ – Đảng ủy Khối";
    expect(forms(s.normalize("NFD"))).toEqual(forms(s));
  });

  it("folds case, and old and new tone placement are one exact form", () => {
    expect(forms("THÀNH UỶ Hoà Bình KHOẺ Thuý")).toEqual(forms("thành ủy hòa bình khỏe thúy"));
    expect(forms("thuỷ lợi")).toEqual([
      ["thủy", "thuy"],
      ["lợi", "loi"],
    ]);
  });

  it("maps đ to d in the folded form only", () => {
    expect(forms("Đảng đoàn")).toEqual([
      ["đảng", "dang"],
      ["đoàn", "doan"],
    ]);
  });

  it("splits on every dash and space variant", () => {
    for (const sep of ["-", "–", "—", "‐", "‑", "−", "\u00A0", "\u200B", "\u202F", " - ", "\uFF0D"]) {
      expect(tokenize(`Dân${sep}Chính`).map((t) => t.folded)).toEqual(["dan", "chinh"]);
    }
  });

  it("keeps a word joined by invisible joiners whole", () => {
    expect(forms("Dân\u200Dvận\u00ADkhéo")).toEqual([["dânvậnkhéo", "danvankheo"]]);
  });

  it("offsets always slice back to the token", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        let last = 0;
        for (const t of tokenize(s)) {
          if (t.start < last || t.end <= t.start) return false;
          if (fold(s.slice(t.start, t.end)) !== t.folded) return false;
          last = t.end;
        }
        return true;
      }),
    );
  });
});

describe("syllableSpans", () => {
  it("finds tokenize's syllables whenever it answers", () => {
    const text = fc.oneof(
      fc.string({ unit: "grapheme" }),
      fc.string({ unit: fc.constantFrom(..."aăâđêôơư àáạ.,- \n\u0301\u200B") }),
      fc.string({ unit: fc.constantFrom(..."0159m%đa.,- \u0301\u200D²") }),
    );
    fc.assert(
      fc.property(text, (s) => {
        const spans = syllableSpans(s);
        if (spans === null) return true;
        return JSON.stringify([...spans]) === JSON.stringify(tokenize(s).flatMap((t) => [t.start, t.end]));
      }),
    );
  });
});

describe("fold without the syllable rules (lib/text/fold-chars)", () => {
  it("equals exactForm with every mark removed, wherever the tone was typed", async () => {
    const { exactForm } = await import("./fold");
    const strip = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").normalize("NFC");
    for (const s of ["Dân vận KHÉO", "hòang", "lựơng qúy", "dàì", "Ðà Nẵng", "a\u00A0b\u2013c", "thuỷ", "x\u200Dy"])
      expect(fold(s)).toBe(strip(exactForm(s)));
  });
});
