import { describe, expect, it } from "vitest";
import type { Article } from "../ingest";
import { buildIndex, createEngine, type Engine, parseQuery, type SearchRequest } from ".";
import { alternativesOf } from "./query/aliases";
import { searchRequest, testArticle } from "./test-support";

const req = (q: string, extra: Partial<SearchRequest> = {}): SearchRequest =>
  searchRequest(q, { perPage: 50, ...extra });

let n = 0;
function art(title: string, lead: string, organizers: string[] = [], province: string | null = null): Article {
  return testArticle({ id: `o${n++}`, title, date: "2022-01-01", year: 2022, organizers, province, lead });
}
const engineOf = (articles: Article[]): Engine => createEngine(articles, buildIndex(articles));
const readings = (q: string) => alternativesOf(parseQuery(q), q).map((a) => a.terms.map((t) => t.exact).join(" "));
const marked = (text: string, ranges: [number, number][]) => ranges.map(([s, e]) => text.slice(s, e));

describe("abbreviations at query time", () => {
  it("reads an abbreviation as its full form and the full form as the abbreviation", () => {
    expect(readings("QCDC ")).toEqual(["quy chế dân chủ"]);
    expect(readings("quy che dan chu ")).toEqual(["qcdc"]);
    expect(readings("mttq")).toContain("mặt trận tổ quốc");
  });
  it("handles the ambiguous ones: TW only as written, TƯ never offered for the word tư, ND only after Hội", () => {
    expect(readings("TW ")).toContain("trung ương");
    expect(readings("TW ")).not.toContain("tư");
    expect(readings("tw ")).toEqual([]);
    expect(readings("CCB ")).toEqual(["cựu chiến binh"]);
    const tu = readings("trung ương ");
    expect(tu).toContain("tw");
    expect(tu).not.toContain("tư");
    expect(readings("Hội ND ")).toEqual(["nông dân"]);
    expect(readings("ND ")).toEqual([]);
  });
  it("reads a province's spellings as one another (data/places.json)", () => {
    expect(readings("TPHCM ")).toContain("thành phố hồ chí minh");
    expect(readings("thành phố Hồ Chí Minh ")).toContain("tphcm");
  });

  const short = art("Hội nghị về QCDC ở cơ sở", "Triển khai QCDC tại phường.");
  const full = art("Thực hiện quy chế dân chủ ở cơ sở", "Hội nghị bàn về quy chế dân chủ.");
  const apart = art("Quy định mới", "Quy chế làm việc; phát huy dân chủ trong cơ quan.");
  const e = engineOf([short, full, apart]);

  it("an abbreviation query finds and ranks the articles written with the full form, and vice versa", () => {
    for (const q of ["QCDC", "qcdc ", "quy chế dân chủ", "quy che dan chu "]) {
      const r = e.search(req(q));
      expect(new Set(r.hits.slice(0, 2).map((h) => h.id))).toEqual(new Set([short.id, full.id]));
      expect(r.match).toBe("exact");
    }
    // Words of the full form apart are not the full form.
    expect(e.search(req("QCDC ")).hits.map((h) => h.id)).not.toContain(apart.id);
  });
  it("highlights both forms", () => {
    const r = e.search(req("QCDC "));
    const byId = new Map(r.hits.map((h) => [h.id, h]));
    expect(marked(byId.get(short.id)!.title, byId.get(short.id)!.titleHighlights)).toEqual(["QCDC"]);
    expect(marked(byId.get(full.id)!.title, byId.get(full.id)!.titleHighlights)).toEqual(["quy chế dân chủ"]);
    const back = e.search(req("quy chế dân chủ "));
    const s = back.hits.find((h) => h.id === short.id)!;
    expect(marked(s.title, s.titleHighlights)).toEqual(["QCDC"]);
  });
});

describe("organizers and province as fields", () => {
  const held = art(
    "Quán triệt văn bản mới",
    "Ban Dân vận Quận ủy Lê Chân tổ chức hội nghị.",
    ["Ban Dân vận Quận ủy Lê Chân"],
    "Hải Phòng",
  );
  const mention = art(
    "Tổng kết năm",
    "Đoàn công tác đã đến học tập kinh nghiệm tại Hải Phòng và nhiều nơi khác trong năm qua.",
    ["Ban Dân vận Tỉnh ủy Nghệ An"],
    "Nghệ An",
  );
  const e = engineOf([mention, held]);
  it("finds an article by its province although its text never names it, and says the match is in metadata", () => {
    const r = e.search(req("hai phong "));
    expect(r.hits.map((h) => h.id)).toEqual([held.id, mention.id]);
    expect(r.hits[0]!.metadataOnly).toBe(true);
    expect(r.hits[1]!.metadataOnly).toBe(false);
    expect(e.search(req("Hải Phòng ")).hits[0]!.id).toBe(held.id);
  });
  it("ranks the article a named unit held above passing mentions", () => {
    const r = e.search(req("ban dan van quan uy le chan "));
    expect(r.hits[0]!.id).toBe(held.id);
    expect(e.search(req("nghe an ")).hits[0]!.id).toBe(mention.id);
  });
});

describe("honest answers", () => {
  const e = engineOf([
    art("Học bổng cho học sinh", "Chương trình đã trao 100 suất học bổng, bóng mát sân trường."),
    art("Mâu thuẫn được hòa giải", "Hội đã hòa giải nhiều vụ mâu thuẫn trong khu dân cư ở Cà Mau."),
    art("Tiền mặt và thương mại điện tử", "Hội viên được hướng dẫn lên sàn thương mại điện tử, nhận tiền mặt."),
    art("Đánh giá kết quả", "Đánh giá kết quả năm, giá trị sản xuất tăng, vàng lúa trên đồng."),
    art("Dân vận khéo", "Phong trào dân vận khéo ở cơ sở."),
  ]);
  it("tells exact, folded, typo-corrected and partial matches apart", () => {
    expect(e.search(req("dân vận ")).match).toBe("exact");
    expect(e.search(req("dan van ")).match).toBe("exact");
    const folded = e.search(req("dẫn vấn "));
    expect([folded.match, folded.weak, folded.approximate]).toEqual(["folded", true, true]);
    const typo = e.search(req("khoe dna "));
    expect(typo.match).toBe("typo");
    const partial = e.search(req("dân vận xổ số "));
    expect([partial.match, partial.relaxed]).toEqual(["partial", true]);
    expect(e.search(req("World Cup ")).match).toBe("none");
    expect(e.search(req("sân trường kiến thiết ")).match).toBe("partial");
  });
  it("the issue's bad examples: no answer presented, no invented suggestion", () => {
    const bong = e.search(req("bóng đá"));
    expect(bong.match === "none" || bong.weak).toBe(true);
    expect(bong.suggestion).toBeNull();
    const camau = e.search(req("Cà Mau"));
    expect(camau.match).toBe("exact");
    expect(e.search(req("cá máu")).suggestion).toBeNull();
    const sjc = e.search(req("giá vàng SJC"));
    expect(sjc.match).not.toBe("exact");
    expect(sjc.suggestion).toBeNull();
    const tien = e.search(req("tiền điện tử "));
    expect(tien.suggestion).toBeNull();
    for (const h of tien.hits) expect(["exact", "folded"]).toContain(h.match);
  });
  it("suggests only a phrase of the corpus that answers", () => {
    const r = e.search(req("dan vna kheo "));
    expect(r.suggestion).toBe("dân vận khéo");
    // Each word alone is known, side by side they are in no article: no suggestion.
    expect(e.search(req("hoaf giair khu ")).suggestion).toBeNull();
  });
});
