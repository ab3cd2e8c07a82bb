import { describe, expect, it } from "vitest";
import type { Article } from "../ingest";
import { buildSuggestFile, isOfferablePhrase, loadSuggester, SUGGEST_LIMITS } from ".";

const article = (id: string, title: string, lead: string, organizers: string[], province: string | null): Article => ({
  id,
  file: `${id}.txt`,
  title,
  date: "2022-06-30",
  year: 2022,
  organizers,
  province,
  author: null,
  source: null,
  lead,
  body: [],
  captions: [],
  warnings: [],
  evidence: {},
});

const corpus = [
  article(
    "a",
    "Hội nghị công tác dân vận khéo",
    "Ban Dân vận tổ chức hội nghị dân vận khéo.",
    ["Ban Dân vận Tỉnh ủy Nghệ An"],
    "Nghệ An",
  ),
  article(
    "b",
    "Phong trào dân vận khéo ở cơ sở",
    "Mô hình dân vận khéo được nhân rộng.",
    ["Ban Dân vận Tỉnh ủy Nghệ An"],
    "Nghệ An",
  ),
  article("c", "Dần dần đổi mới", "Công việc dần dần đổi mới.", ["Hội Nông dân huyện Cờ Đỏ"], "Cần Thơ"),
];
// Through JSON, as the artifact stores it.
const suggester = loadSuggester(JSON.parse(JSON.stringify(buildSuggestFile(corpus))));

describe("type-ahead suggestions", () => {
  it("finds phrases with their diacritics whatever was typed, with counts", () => {
    const s = suggester.suggest("dan van k");
    expect(s[0]?.text).toBe("dân vận khéo");
    expect(s[0]?.count).toBe(2);
    expect(s[0]?.highlights).toEqual([
      [0, 3],
      [4, 7],
      [8, 9],
    ]);
  });
  it("ranks the written form typed first", () => {
    expect(suggester.suggest("dần")[0]?.text.toLowerCase()).toMatch(/^dần/);
    expect(suggester.suggest("dân")[0]?.text.toLowerCase()).toMatch(/dân/);
  });
  it("suggests organizers and provinces", () => {
    expect(suggester.suggest("hoi nong").map((s) => s.text)).toContain("Hội Nông dân huyện Cờ Đỏ");
    expect(suggester.suggest("nghe a").map((s) => [s.text, s.kind])).toContainEqual(["Nghệ An", "province"]);
  });
  it("tolerates a typo in a finished word", () => {
    expect(suggester.suggest("phonh trao").map((s) => s.text)).toContain("Phong trào dân vận khéo ở cơ sở");
  });
  it("is bounded", () => {
    expect(suggester.suggest("")).toEqual([]);
    expect(suggester.suggest("d", 99).length).toBeLessThanOrEqual(SUGGEST_LIMITS.maxResults);
    expect(suggester.suggest("a ".repeat(5000))).toBeInstanceOf(Array);
  });
});

describe("phrase edges", () => {
  it("offers no phrase that starts or ends with a stop syllable", () => {
    expect(isOfferablePhrase(["dan", "van"])).toBe(true);
    expect(isOfferablePhrase(["dan", "van", "va"])).toBe(false);
    expect(isOfferablePhrase(["cua", "ban", "dan", "van"])).toBe(false);
    expect(isOfferablePhrase(["ho", "chi", "minh", "to"])).toBe(false); // "tổ" opens "tổ chức"
    expect(isOfferablePhrase(["to", "chuc"])).toBe(true);
    expect(isOfferablePhrase(["ho", "chi"], new Set(["chi"]))).toBe(false);
    expect(isOfferablePhrase([])).toBe(false);
  });
  it("learns from the corpus which syllables are always continued the same way", () => {
    const same = (i: number) =>
      article(`h${i}`, `Thành phố Hồ Chí Minh tổ chức hội nghị số ${i}`, "Hồ Chí Minh tổ chức lễ.", [], null);
    const file = buildSuggestFile([...corpus, ...Array.from({ length: 6 }, (_, i) => same(i))]);
    const texts = file.phrases.filter((p) => p.kind === "phrase").map((p) => p.text.toLowerCase());
    expect(texts.some((t) => /tổ$|chí$| và$/.test(t))).toBe(false);
    expect(texts.length).toBeGreaterThan(0);
  });
});
