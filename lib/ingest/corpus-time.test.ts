import path from "node:path";
import { describe, expect, it } from "vitest";
import { corpusYear, datelessAsOfCorpus } from "./corpus-time";
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
