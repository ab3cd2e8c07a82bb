import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Article } from "../../ingest";
import { tokenize } from "../../text";
import { buildIndex, createEngine, highlightQuery, highlightRanges, parseQuery, type Range } from "..";
import { searchRequest, testArticle } from "../test-support";
import { makeSnippet, rangesOf, snippetWindow } from "./highlight";

const graphemeBounds = (s: string) => {
  const b = new Set<number>([s.length]);
  for (const g of new Intl.Segmenter("vi", { granularity: "grapheme" }).segment(s)) b.add(g.index);
  return b;
};

/** The laws every highlight list obeys. */
function wellFormed(text: string, ranges: Range[]): boolean {
  const toks = tokenize(text);
  const starts = new Set(toks.map((t) => t.start));
  const ends = new Set(toks.map((t) => t.end));
  const g = graphemeBounds(text);
  let last = -1;
  for (const [s, e] of ranges) {
    if (!(s > last && e > s && e <= text.length)) return false; // sorted, disjoint, non-empty
    if (!starts.has(s) || !ends.has(e)) return false; // on syllable boundaries
    if (!g.has(s) || !g.has(e)) return false; // never split a character
    last = e;
  }
  return true;
}

const marked = (text: string, ranges: Range[]) => ranges.map(([s, e]) => text.slice(s, e));

describe("highlightRanges", () => {
  it("marks exact, folded, tone-variant and prefix matches on the original text", () => {
    const text = "Công trình THUỶ lợi, dân vận khéo; Dẫn chứng";
    expect(marked(text, highlightRanges(text, parseQuery("thủy dan va")))).toEqual(["THUỶ", "dân vận", "Dẫn"]);
  });

  it("a word being typed lights up where it completes the previous word, when it does somewhere", () => {
    const text = "Dân vận khéo và vai trò của dân";
    expect(marked(text, highlightRanges(text, parseQuery("dan va")))).toEqual(["Dân vận", "dân"]);
    const other = "Vai trò và nhiệm vụ của nhân dân";
    expect(marked(other, highlightRanges(other, parseQuery("dan va")))).toEqual(["Vai", "và", "dân"]);
  });

  it("marks only the whole phrase for a quoted query", () => {
    const text = "Quy chế dân chủ ở cơ sở; quy chế khác; dân chủ";
    expect(marked(text, highlightRanges(text, parseQuery('"quy chế dân chủ"')))).toEqual(["Quy chế dân chủ"]);
  });

  it("keeps offsets in NFD text", () => {
    const text = "Ban Dân vận Thành ủy".normalize("NFD");
    const got = marked(text, highlightRanges(text, parseQuery("thanh uy ")));
    expect(got.map((s) => s.normalize("NFC"))).toEqual(["Thành ủy"]);
  });

  it("ranges are sorted, disjoint, on syllable boundaries and whole characters (any text, any marks)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.array(fc.boolean(), { maxLength: 60 }), (text, bits) => {
        const toks = tokenize(text);
        return wellFormed(
          text,
          rangesOf(
            text,
            toks,
            toks.map((_, k) => bits[k % Math.max(1, bits.length)] ?? false),
          ),
        );
      }),
    );
  });
});

describe("makeSnippet", () => {
  const text = Array.from({ length: 200 }, (_, k) => `từ${k}`).join(" ");

  it("picks the window holding the most distinct terms and cuts with …", () => {
    const toks = tokenize(text);
    const termOf = toks.map(() => -1);
    termOf[10] = 0;
    termOf[150] = 0;
    termOf[160] = 1;
    const s = makeSnippet(text, toks, termOf);
    expect(s.text.startsWith("…")).toBe(true);
    expect(s.text.endsWith("…")).toBe(true);
    expect(marked(s.text, s.highlights)).toEqual(["từ150", "từ160"]);
    expect(s.text.split(" ").length).toBeLessThanOrEqual(30);
  });

  it("starts at the top when nothing matches", () => {
    const toks = tokenize(text);
    const s = makeSnippet(
      text,
      toks,
      toks.map(() => -1),
    );
    expect(s.text.startsWith("từ0 ")).toBe(true);
    expect(s.highlights).toEqual([]);
  });
});

describe("search hits", () => {
  const art = (i: number, title: string, lead: string, body: string[]): Article =>
    testArticle({ id: `a${i}`, title, date: `202${i}-01-01`, year: 2020 + i, lead, body });
  const filler =
    "Các đơn vị tiếp tục triển khai nhiệm vụ trong năm, bảo đảm tiến độ và chất lượng công việc được giao.";
  const articles = [
    art(0, "Ban Dân vận Thành uỷ giám sát", "Sáng 2/11, đoàn giám sát làm việc.", [
      filler,
      filler,
      "Thực hiện quy chế dân chủ ở cơ sở và công tác dân vận chính quyền.",
      filler,
    ]),
    art(1, "Hoà giải ở cơ sở", "Hội nghị hướng dẫn hoà giải.", [filler, "Nhân dân đồng tình, dần dần ổn định."]),
    art(2, "Chuyển đổi số", "Nông dân chuyển đổi số.".normalize("NFD"), [filler]),
  ];
  const engine = createEngine(articles, buildIndex(articles));
  const search = (q: string) => engine.search(searchRequest(q, { perPage: 10 }));

  it("carry title and snippet highlights for every kind of match", () => {
    const cases: [string, string[]][] = [
      ["thành ủy", ["Thành uỷ"]], // tone variant, in the title
      ["hòa giải", ["Hoà giải"]],
      ["dan va", ["Dân vận"]], // folded + prefix
      ["chuyen doi", ["Chuyển đổi"]],
      ["chuyn ", ["Chuyển"]], // typo
    ];
    for (const [q, title] of cases) {
      const h = search(q).hits[0]!;
      expect(marked(h.title, h.titleHighlights), q).toEqual(title);
    }
    const phrase = search('"quy chế dân chủ"').hits[0]!;
    expect(marked(phrase.snippet, phrase.snippetHighlights)).toEqual(["quy chế dân chủ"]);
    expect(phrase.snippet).toMatch(/^….*…$/);
  });

  it("an accented term lights up its exact form where the article has it", () => {
    const h = search("dân").hits.find((x) => x.id === "a1")!;
    expect(marked(h.snippet, h.snippetHighlights)).toEqual(["dân"]); // not "dần"
  });

  it("highlights are well formed for any query", () => {
    const words = [
      "dân",
      "dan",
      "vận",
      "va",
      "thành",
      "uỷ",
      "hoà",
      "chuyn",
      '"quy',
      'chủ"',
      "-số",
      "cơ",
      "D",
      "ĐỔI",
      "đổi".normalize("NFD"),
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 }), fc.boolean(), (ws, space) => {
        const r = search(ws.join(" ") + (space ? " " : ""));
        for (const h of r.hits) {
          expect(wellFormed(h.title, h.titleHighlights)).toBe(true);
          expect(wellFormed(h.snippet, h.snippetHighlights)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("highlightQuery", () => {
  const texts = ["Công tác dân vận khéo ở cơ sở", "Quy chế dân chủ"];
  const marked = (q: string) =>
    texts.map((t) => highlightRanges(t, highlightQuery(q, texts)).map(([a, b]) => t.slice(a, b)));

  it("highlights the query as typed when it marks the page", () => {
    expect(marked("dân vận")).toEqual([["dân vận"], ["dân"]]);
    expect(marked("dan van")).toEqual([["dân vận"], ["dân"]]);
  });

  it("highlights the keystroke reading when the query as typed marks nothing", () => {
    expect(marked("daan vaanj kheos")).toEqual([["dân vận khéo"], ["dân"]]);
    expect(marked("quy che61 da6n chu3")).toEqual([["dân"], ["Quy chế dân chủ"]]);
  });

  it("stays with the query as typed when neither reading marks anything", () => {
    expect(highlightQuery("mootj caais", texts)).toEqual(parseQuery("mootj caais"));
  });
});

describe("the snippet's window", () => {
  const distinct = (termOf: number[], from: number, to: number) =>
    new Set(termOf.slice(from, to + 1).filter((t) => t >= 0)).size;
  it("holds as many distinct query terms as the best window anywhere, the text's end included", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -4, max: 3 }), { maxLength: 90 }),
        fc.integer({ min: 1, max: 40 }),
        (raw, size) => {
          const termOf = raw.map((t) => (t < 0 ? -1 : t));
          const n = termOf.length;
          const [best, last] = snippetWindow(termOf, n, size);
          let most = 0;
          for (let s = 0; s < n; s++) most = Math.max(most, distinct(termOf, s, Math.min(n, s + size) - 1));
          expect(distinct(termOf, best, last)).toBe(most);
          if (n > 0) expect(last - best + 1).toBe(Math.min(n, size));
        },
      ),
    );
  });
  it("shows a quoted phrase that only the story's last sentence holds", () => {
    const story =
      "đầu năm 2020, khối dân vận toàn tỉnh đã chủ động tham mưu. Các đại biểu đã chia sẻ kinh nghiệm, trong đó có kinh nghiệm học tập mô hình “Dân vận khéo”";
    const articles = [testArticle({ id: "a", title: "T", lead: story })];
    const r = createEngine(articles, buildIndex(articles)).search(searchRequest('"dân vận khéo"'));
    const h = r.hits[0]!;
    expect(h.snippetHighlights.map(([a, b]) => h.snippet.slice(a, b))).toEqual(["Dân vận khéo"]);
  });
});
