import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type Article, ingestCorpus, loadCurated } from "../ingest";
import { buildIndex, createEngine, type Engine, type SearchRequest } from ".";
import { searchRequest, testArticle } from "./test-support";

const req = (q: string, extra: Partial<SearchRequest> = {}): SearchRequest =>
  searchRequest(q, { perPage: 50, ...extra });

let n = 0;
function art(
  title: string,
  lead: string,
  body: string[] = [],
  date = "2022-01-01",
  organizers = ["Ban Dân vận"],
): Article {
  const id = `a${n++}`;
  return testArticle({ id, title, date, year: Number(date.slice(0, 4)), organizers, lead, body });
}

function engineOf(articles: Article[]): Engine {
  return createEngine(articles, buildIndex(articles));
}
const ids = (e: Engine, q: string, extra?: Partial<SearchRequest>) => e.search(req(q, extra)).hits.map((h) => h.id);
const titles = (e: Engine, q: string) => e.search(req(q)).hits.map((h) => h.title);

describe("on the seed articles", () => {
  let seeds: Engine;
  let text: Map<string, string>;
  beforeAll(async () => {
    const aliases = await loadCurated(path.resolve("data"));
    const { articles } = await ingestCorpus(path.resolve("data/articles"), aliases);
    seeds = createEngine(articles, buildIndex(articles));
    text = new Map(articles.map((a) => [a.id, [a.title, a.lead, ...a.body].join("\n").normalize("NFC").toLowerCase()]));
  });

  it('"hướng dẫn" puts the articles that contain "hướng dẫn" first', () => {
    const holders = [...text].filter(([, t]) => t.includes("hướng dẫn")).map(([id]) => id);
    expect(holders.length).toBeGreaterThanOrEqual(2);
    const got = ids(seeds, "hướng dẫn");
    expect(new Set(got.slice(0, holders.length))).toEqual(new Set(holders));
  });

  it('"dân" is never outranked by an article that only has "dẫn"', () => {
    const has = (id: string, w: string) => new RegExp(`(^|[^\\p{L}])${w}($|[^\\p{L}])`, "u").test(text.get(id)!);
    const got = ids(seeds, "dân");
    let seenOnlyDan = false;
    for (const id of got) {
      if (!has(id, "dân")) seenOnlyDan = true;
      else expect(seenOnlyDan).toBe(false);
    }
  });

  it("finds the same articles typed with or without diacritics, in upper case, NFD or old tone style", () => {
    const base = new Set(ids(seeds, "thành ủy"));
    expect(base.size).toBeGreaterThan(0);
    for (const q of ["thanh uy", "THÀNH ỦY", "thành uỷ", "thành ủy".normalize("NFD")])
      expect(new Set(ids(seeds, q))).toEqual(base);
    expect(ids(seeds, "thành uỷ")).toEqual(ids(seeds, "thành ủy"));
  });

  it("a quoted phrase matches only that sequence", () => {
    const got = ids(seeds, '"quy chế dân chủ"');
    const holders = [...text].filter(([, t]) => t.includes("quy chế dân chủ")).map(([id]) => id);
    expect(new Set(got)).toEqual(new Set(holders));
    expect(got.length).toBeLessThan(text.size);
  });

  it("completes the last word and forgives a swapped pair of letters", () => {
    for (const q of ["dan va", "dan vna"]) {
      const r = seeds.search(req(q));
      expect(r.total).toBeGreaterThan(0);
      expect(r.relaxed).toBe(false);
      const top = r.hits[0]!;
      const marked = top.snippetHighlights.map(([s, e]) => top.snippet.slice(s, e).toLowerCase());
      expect(marked.some((m) => m.includes("dân vận"))).toBe(true);
    }
  });

  it("-term excludes every article holding the word", () => {
    const all = ids(seeds, "dân vận");
    const without = ids(seeds, "dân vận -quận");
    expect(without.length).toBeLessThan(all.length);
    for (const id of without) expect(text.get(id)).not.toMatch(/quận/);
  });

  it("falls back to any term, and says so, when no article holds them all", () => {
    const r = seeds.search(req("dân vận xyzzyq"));
    expect(r.relaxed).toBe(true);
    expect(r.total).toBeGreaterThan(0);
    const none = seeds.search(req("xyzzyq plughw"));
    expect(none.total).toBe(0);
    expect(none.relaxed).toBe(false);
  });

  it("says when no result holds the words as typed", () => {
    expect(seeds.search(req("hướng dẫn")).approximate).toBe(false);
    expect(seeds.search(req("huong dan")).approximate).toBe(false);
    expect(seeds.search(req("dan vna")).approximate).toBe(true); // typo corrected
    const r = seeds.search(req("bóng đá")); // only "bông"/"đã"-like words
    if (r.total > 0) expect(r.approximate).toBe(true);
  });

  it("facet counts agree with totals", () => {
    const r = seeds.search(req("dân vận"));
    expect(r.facets.year.reduce((s, f) => s + f.count, 0)).toBe(r.total);
    const y = r.facets.year[0]!.value;
    const filtered = seeds.search(req("dân vận", { years: [y] }));
    expect(filtered.total).toBe(r.facets.year[0]!.count);
    expect(filtered.facets.year).toEqual(r.facets.year); // disjunctive: a facet ignores its own filter
  });
});

describe("a query typed as raw Telex or VNI keystrokes", () => {
  let seeds: Engine;
  beforeAll(async () => {
    const aliases = await loadCurated(path.resolve("data"));
    seeds = engineOf((await ingestCorpus(path.resolve("data/articles"), aliases)).articles);
  });
  const strip = ({ query, reading, readAs, ...rest }: ReturnType<Engine["search"]>) => rest;

  it.each([
    ["daan vaanj kheos", "telex", "dân vận khéo"],
    ["quy cheess daan chur", "telex", "quy chế dân chủ"],
    ["da6n va6n5", "vni", "dân vận"],
  ])("%s is answered as %s %s, and says so", (typed, scheme, meant) => {
    const r = seeds.search(req(typed));
    expect(r).toMatchObject({ query: typed, reading: scheme, readAs: meant, relaxed: false, approximate: false });
    expect(r.total).toBeGreaterThan(0);
    expect(r.hits.every((h) => h.titleHighlights.length + h.snippetHighlights.length > 0)).toBe(true);
    expect(strip(r)).toEqual(strip(seeds.search(req(meant))));
  });

  it("is read only when the literal reading has no exact answer", () => {
    for (const q of ["dân vận", "dan van", "dan vna kheo", "thanh uy", "soo"]) {
      const r = seeds.search(req(q));
      expect([r.reading, r.readAs]).toEqual([null, null]);
    }
    // A word the corpus holds as typed is its own answer, even if it could be keys.
    const e = engineOf([art("Mã tas", "Hệ thống tas."), art("Tá", "Một tá.")]);
    expect(e.search(req("tas"))).toMatchObject({ reading: null, total: 1 });
    expect(e.search(req("tas")).hits[0]!.title).toBe("Mã tas");
  });

  it("keeps the literal answer when the keystroke reading finds no exact match either", () => {
    const e = engineOf([art("Số liệu", "Cơ sở dữ liệu.")]);
    const r = e.search(req("soo")); // read as "sô": only "số"/"sở" after folding
    expect(r).toMatchObject({ reading: null, readAs: null, query: "soo", total: 0 });
  });
});

describe("diacritic-aware ranking", () => {
  const e = engineOf([
    art("Hướng dẫn nghiệp vụ", "Tài liệu hướng dẫn cho cán bộ."),
    art("Nhân dân địa phương", "Nhân dân tham gia đông đủ.", [], "2020-01-01"),
    art("Dần dần đổi mới", "Từng bước dần dần thay đổi."),
    art("Đàn và đan", "Tiếng đàn bên khung cửi đan lát."),
  ]);

  it("a term typed without diacritics matches every variant alike", () => {
    expect(e.search(req("dan")).total).toBe(4);
  });

  it("a term typed with diacritics ranks its exact form first", () => {
    expect(titles(e, "dân")[0]).toBe("Nhân dân địa phương");
    expect(titles(e, "dẫn")[0]).toBe("Hướng dẫn nghiệp vụ");
    expect(titles(e, "dần")[0]).toBe("Dần dần đổi mới");
    expect(titles(e, "đàn")[0]).toBe("Đàn và đan");
    // Still finds the folded matches, after, while the one word is being typed.
    expect(e.search(req("dân")).total).toBe(4);
  });

  it("a settled accented word answers as typed: folded-only matches are not results when exact ones exist", () => {
    const t = engineOf([
      art("Ví tiền điện tử", "Cảnh báo lừa đảo qua ví tiền điện tử."),
      art("Tiến độ", "Tiến độ đầu tư công trình điện lực tỉnh Điền."),
    ]);
    expect(t.search(req("tiền điện tử")).total).toBe(1);
    expect(t.search(req("tien dien tu")).total).toBe(2);
  });

  it("old and new tone placement are the same word", () => {
    const t = engineOf([art("Thủy lợi", "Công trình thuỷ lợi."), art("Thùy dương", "Hàng thùy dương.")]);
    expect(titles(t, "thuỷ")[0]).toBe("Thủy lợi");
    expect(titles(t, "thủy")[0]).toBe("Thủy lợi");
    expect(titles(t, "Thuỳ")[0]).toBe("Thùy dương");
  });
});

describe("multi-syllable words", () => {
  const e = engineOf([
    art("Vận động nhân dân", "Cán bộ vận động, dân tin theo.", [], "2024-01-01"),
    art("Công tác dân vận", "Làm tốt công tác dân vận.", [], "2020-01-01"),
  ]);

  it("adjacent, in-order syllables rank above scattered ones", () => {
    expect(titles(e, "dân vận")[0]).toBe("Công tác dân vận");
    expect(titles(e, "dan van")[0]).toBe("Công tác dân vận");
  });

  it("a quoted phrase matches only the sequence, exact or folded as typed", () => {
    expect(titles(e, '"dân vận"')).toEqual(["Công tác dân vận"]);
    expect(titles(e, '"dan van"')).toEqual(["Công tác dân vận"]);
    // No article has "dẫn vận": the engine falls back to any term and says so.
    expect(e.search(req('"dẫn vận"')).relaxed).toBe(true);
  });
});

describe("typos, prefixes, exclusion", () => {
  const e = engineOf([
    art("Chuyển đổi số", "Hội nghị chuyển đổi số ở cơ sở."),
    art("Chuyên đề", "Giám sát chuyên đề."),
    art("Thanh niên", "Thanh niên tình nguyện."),
  ]);

  it("typos of four letters or more, ranked below exact matches", () => {
    expect(titles(e, "chuyn")).toContain("Chuyển đổi số"); // one letter missing
    expect(e.search(req("chuyen")).hits.map((h) => h.title)).toEqual(["Chuyên đề", "Chuyển đổi số"]);
  });

  it("no typo correction under four letters (swaps from three)", () => {
    expect(e.search(req("soo ")).total).toBe(0);
  });

  it("accented exclusion removes only the exact form", () => {
    expect(titles(e, "chuyen -chuyên")).toEqual(["Chuyển đổi số"]);
    expect(titles(e, "chuyen -chuyen")).toEqual([]);
  });

  it("a query of exclusions only lists the rest", () => {
    expect(titles(e, "-thanh").sort()).toEqual(["Chuyên đề", "Chuyển đổi số"]);
  });
});

describe("field weights and dates", () => {
  const e = engineOf([
    art("Hội nghị", "Nội dung khác.", ["Bàn về tôn giáo."], "2023-01-01"),
    art("Tôn giáo", "Nội dung khác.", ["Không liên quan."], "2020-01-01"),
    art("Hội thảo", "Chuyện tôn giáo.", ["Không liên quan."], "2021-01-01"),
    art("Hội thảo", "Chuyện tôn giáo.", ["Không liên quan."], "2022-01-01"),
  ]);
  it("title above lead above body; ties go to the newer article", () => {
    expect(e.search(req("tôn giáo")).hits.map((h) => `${h.title} ${h.year}`)).toEqual([
      "Tôn giáo 2020",
      "Hội thảo 2022",
      "Hội thảo 2021",
      "Hội nghị 2023",
    ]);
  });
});

describe("pages, sorting and the match cache", () => {
  const dates = ["2021-05-01", "2023-01-01", "2021-05-01", "2022-03-03", "2023-01-01", "2020-01-01"];
  const list = dates.map((d, i) =>
    art(`Dân vận ${i}`, i % 2 ? "Công tác dân vận." : "Dân vận khéo.", [], d, [i % 2 ? "A" : "B"]),
  );
  const e = engineOf(list);

  it("pages never overlap and together list every match", () => {
    const all = ids(e, "dân vận", { perPage: 50 });
    const paged = [1, 2, 3].flatMap((page) => ids(e, "dân vận", { perPage: 2, page }));
    expect(paged).toEqual(all);
  });

  it("sorts by date both ways, equal dates in corpus order", () => {
    const newest = e.search(req("dân", { sort: "newest" })).hits.map((h) => h.id);
    const oldest = e.search(req("dân", { sort: "oldest" })).hits.map((h) => h.id);
    expect(newest.map((id) => list.find((a) => a.id === id)!.date)).toEqual([...dates].sort().reverse());
    expect(oldest.map((id) => list.find((a) => a.id === id)!.date)).toEqual([...dates].sort());
    const tied = list.filter((a) => a.date === "2023-01-01").map((a) => a.id);
    expect(newest.filter((id) => tied.includes(id))).toEqual(tied);
    expect(oldest.filter((id) => tied.includes(id))).toEqual(tied);
  });

  it("lists articles of no known date last, newest or oldest, whether it sorts or walks the date order", () => {
    const undated = (t: string) => ({ ...art(t, "Công tác dân vận khéo."), date: null, year: null });
    // Fillers that match neither query keep the few "khéo" matches sparse (sorted, not walked).
    const fillers = Array.from({ length: 100 }, (_, i) => art(`Mặt trận ${i}`, "Công tác mặt trận.", [], "2019-01-01"));
    const mixed = [undated("Dân vận x"), ...list, undated("Dân vận y"), ...fillers];
    const m = engineOf(mixed);
    const dateOf = (id: string) => mixed.find((a) => a.id === id)!.date;
    for (const sort of ["newest", "oldest"] as const) {
      // "công" matches most (the dense walk); "khéo" a few (the sparse sort).
      for (const q of ["công", "khéo"]) {
        const got = m.search(req(q, { sort, perPage: 200 })).hits.map((h) => dateOf(h.id));
        const dated = got.filter((d) => d !== null);
        expect(got).toEqual([...dated, ...got.filter((d) => d === null)]);
        expect(dated).toEqual(sort === "newest" ? [...dated].sort().reverse() : [...dated].sort());
        expect(got.filter((d) => d === null).length).toBe(2);
      }
    }
  });

  it("a repeated query (other filters, other page) answers as a fresh engine does", () => {
    const fresh = () => engineOf(list);
    for (const q of ["dan van", '"dân vận" khéo', '"dân vận"'])
      for (const extra of [
        { organizers: ["A"] },
        { years: [2021] },
        { page: 2, perPage: 2 },
        { sort: "oldest" as const },
      ]) {
        e.search(req(q));
        expect(e.search(req(q, extra))).toEqual(fresh().search(req(q, extra)));
      }
  });
});
