import { describe, expect, it } from "vitest";
import type { Article } from "../../lib/ingest";
import type { BenchQuery } from "../bench/queries";
import { baselineSearch, buildBaseline, loadBaseline } from ".";

const article = (title: string, body: string, organizers: string[], year: number): Article => ({
  id: title,
  file: `${title}.txt`,
  title,
  date: null,
  year,
  organizers,
  author: null,
  source: null,
  lead: "",
  body: [body],
  captions: [],
  warnings: [],
  province: null,
  evidence: {},
});

const articles = [
  article("Dân vận khéo", "Ban Dân vận tổ chức hội nghị", ["Ban A"], 2020),
  article("Hướng dẫn nông dân", "Hội Nông dân hướng dẫn chuyển đổi cây trồng", ["Hội B"], 2021),
  article("Thành uỷ họp", "Quy chế dân chủ ở cơ sở", ["Ban A"], 2021),
];
const q = (text: string, organizers: string[] = [], years: number[] = []): BenchQuery => ({
  q: text,
  class: "multi",
  organizers,
  years,
});

describe("baseline (plain MiniSearch, one folded field)", () => {
  const index = loadBaseline(JSON.stringify(buildBaseline(articles)));

  it("folds, completes every term as a prefix and forgives small typos", () => {
    expect(baselineSearch(index, q("DAN VAN")).page).toContain(0);
    expect(baselineSearch(index, q("dân v")).page[0]).toBe(0);
    expect(baselineSearch(index, q("thanh uy")).page).toContain(2); // "uỷ" folded like "ủy"
    expect(baselineSearch(index, q("huongg")).page).toContain(1);
  });

  it("filters by organizer and year, and lists everything for an empty query", () => {
    expect(baselineSearch(index, q("dan", ["Ban A"])).page.sort()).toEqual([0, 2]);
    expect(baselineSearch(index, q("dan", ["Ban A"], [2021])).page).toEqual([2]);
    expect(baselineSearch(index, q("", [], [2021])).total).toBe(2);
  });
});
