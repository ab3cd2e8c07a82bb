import { describe, expect, it } from "vitest";
import type { Article } from "../ingest";
import { fold } from "../text";
import { buildSuggestFile, isOfferablePhrase, loadSuggester, phraseRank, SUGGEST_LIMITS } from ".";

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

describe("the bounded lookup", () => {
  it("stores the phrases in rank order (kind and count), so that posting lists walk best first", () => {
    const { phrases } = buildSuggestFile(corpus);
    const ranks = phrases.map(phraseRank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });
  it("needs a syllable of its own for each word typed", () => {
    const s = suggester.suggest("dan dan");
    expect(s.length).toBeGreaterThan(0);
    for (const x of s) expect(fold(x.text.toLowerCase()).match(/\bdan\b/g)?.length).toBeGreaterThanOrEqual(2);
    expect(s[0]?.highlights).toHaveLength(2);
  });
  it("leaves nothing behind from one lookup to the next", () => {
    const queries = ["dần", "dan van k", "phonh trao", "Nghệ", "dan dan", "hoi nong", "dân vận khéo ", "cờ đ"];
    const fresh = loadSuggester(JSON.parse(JSON.stringify(buildSuggestFile(corpus))));
    const once = queries.map((q) => fresh.suggest(q));
    expect([...queries].reverse().map((q) => suggester.suggest(q))).toEqual(once.reverse());
  });
  it("finds the few phrases that answer behind many that almost do", () => {
    const many = Array.from({ length: 3_000 }, (_, i) =>
      article(`m${i}`, `Công tác dân vận ở xã số ${i}`, "Công tác dân vận được chú trọng.", [], null),
    );
    const rare = [0, 1].map((i) =>
      article(`r${i}`, `Bàn về công tác công khai ${i}`, "Công tác công khai tài chính.", [], null),
    );
    const s = loadSuggester(JSON.parse(JSON.stringify(buildSuggestFile([...many, ...rare]))));
    expect(s.suggest("cong tac co").map((x) => x.text.toLowerCase())).toContain("công tác công khai");
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
