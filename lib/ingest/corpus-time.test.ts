import path from "node:path";
import { describe, expect, it } from "vitest";
import { corpusSeason, corpusYear, datelessAsOfCorpus, weakPastYears } from "./corpus-time";
import { loadCurated } from "./curated";
import { extractArticle } from "./extract";
import type { Article } from "./types";

const c = await loadCurated(path.resolve(__dirname, "../../data"));
const BODY = "Các đại biểu đã thảo luận, đóng góp nhiều ý kiến về công tác vận động quần chúng ở cơ sở.";
const page = (id: string, lead: string): Article =>
  extractArticle(`Tin tức\n\n${lead}\n\n${BODY}`, { id, file: `${id}.txt` }, c);
const dated = (id: string, year: number) =>
  page(id, `Ngày 5/6/${year}, Hội Nông dân tỉnh Nghệ An tổ chức hội nghị tập huấn cho hội viên nông dân.`);
const undated = page("hue", "Thành Đoàn Huế tổ chức chương trình tình nguyện cho đoàn viên thanh niên thành phố Huế.");

describe("corpusYear", () => {
  it("is the median year of the dated articles", () => {
    expect(corpusYear([{ year: 2016 }, { year: null }, { year: 2017 }, { year: 2025 }])).toBe(2017);
    expect(corpusYear([{ year: null }])).toBeNull();
  });
});

describe("datelessAsOfCorpus", () => {
  it("a page that dates nothing gets today's name alone, marked dateless", () => {
    expect(undated.year).toBeNull();
    expect(undated.province).toBe("Huế");
    expect(undated.evidence.province?.dateless).toBe("2025-01-01");
  });
  it("names it as it was in a corpus of older articles, inferred and said so", () => {
    const { articles, changed } = datelessAsOfCorpus([dated("a", 2017), dated("b", 2016), undated], c);
    expect(changed).toBe(1);
    expect(articles[2]!.province).toBe("Thừa Thiên Huế");
    expect(articles[2]!.evidence.province).toMatchObject({ inferred: true });
    expect(articles[2]!.evidence.province!.how).toContain("2016 (median)");
  });
  it("leaves it in a corpus of newer articles, or one that dates nothing", () => {
    expect(datelessAsOfCorpus([dated("a", 2025), dated("b", 2026), undated], c).articles[2]!.province).toBe("Huế");
    expect(datelessAsOfCorpus([undated], c).changed).toBe(0);
  });
});

describe("corpusSeason", () => {
  const years = (ys: number[]) => ys.map((year) => ({ year }));
  it("is the corpus's year when its dated articles, a tenth either side aside, lie within a year", () => {
    expect(corpusSeason(years([...Array(18).fill(2017), 2013, 2016]))).toBe(2017);
    expect(corpusSeason(years([...Array(10).fill(2016), ...Array(10).fill(2017)]))).toBe(2016);
  });
  it("is null for an archive of many years, or too few dated articles to tell", () => {
    expect(corpusSeason(years([...Array(10).fill(2016), ...Array(10).fill(2020)]))).toBeNull();
    expect(corpusSeason(years([2017, 2017, 2017]))).toBeNull();
  });
});

describe("weakPastYears", () => {
  // "Năm 2014, …" opening an undated page's lead: a year only mentioned beside the story.
  const background = page(
    "bg",
    "Năm 2014, UBND quận Ngô Quyền tổ chức phiên đấu giá nhà. Đến nay, người mua vẫn chưa được nhận nhà.",
  );
  const season = Array.from({ length: 20 }, (_, i) => dated(`d${i}`, 2017));
  it("marks a year found only beside the story on an undated page as weak", () => {
    expect(background.year).toBe(2014);
    expect(background.evidence.year?.weak).toBe(true);
    expect(dated("x", 2017).evidence.year?.weak).toBeUndefined();
  });
  it("nulls a weak past year in a corpus of one season, and says why", () => {
    const { articles, changed } = weakPastYears([...season, background]);
    expect(changed).toBe(1);
    expect(articles.at(-1)).toMatchObject({ year: null, date: null });
    expect(articles.at(-1)!.evidence.year!.how).toContain("of 2017");
  });
  it("keeps it in an archive of many years, and a weak year of the corpus's own", () => {
    const archive = Array.from({ length: 20 }, (_, i) => dated(`a${i}`, 2010 + i));
    expect(weakPastYears([...archive, background]).changed).toBe(0);
    const own = page(
      "own",
      "Năm 2017, UBND quận Ngô Quyền tổ chức phiên đấu giá nhà. Đến nay, người mua vẫn chưa được nhận nhà.",
    );
    expect(weakPastYears([...season, own]).changed).toBe(0);
  });
});
