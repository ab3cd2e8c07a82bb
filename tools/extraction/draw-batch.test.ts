import { describe, expect, it } from "vitest";
import { drawBatch, inGenreFilter, labelledBefore } from "./draw-batch";

const held = (k: number) => `Sáng ${k}/3, Ban Dân vận Huyện ủy số ${k} tổ chức hội nghị.`;

describe("inGenreFilter", () => {
  it("keeps a text whose opening names a unit and an organizing verb", () => {
    expect(inGenreFilter(held(1))).toBe(true);
    expect(inGenreFilter("Giá vàng hôm nay tăng mạnh.")).toBe(false);
    expect(inGenreFilter(`${"x ".repeat(400)}${held(1)}`)).toBe(false);
  });
});

describe("drawBatch", () => {
  const files = Array.from({ length: 30 }, (_, k) => ({ name: `${1000 + k}.txt`, text: held(k) }));
  it("is the same for the same files, labels and name, and another for another name", () => {
    const a = drawBatch(files, new Set(), "b9", 10);
    expect(drawBatch([...files].reverse(), new Set(), "b9", 10)).toEqual(a);
    expect(drawBatch(files, new Set(), "b10", 10)).not.toEqual(a);
    expect(a).toHaveLength(10);
  });
  it("leaves out labelled files, texts outside the filter and a second copy of a text", () => {
    const more = [...files, { name: "0001.txt", text: held(3) }, { name: "0002.txt", text: "Thời tiết." }];
    const out = drawBatch(more, new Set(["1000.txt"]), "b9", 100);
    expect(out).toHaveLength(29);
    expect(out).not.toContain("1000.txt");
    expect(out).not.toContain("0002.txt");
    // (The copy first in name order is the one kept.)
    expect(out).toContain("0001.txt");
    expect(out).not.toContain("1003.txt");
  });
});

describe("labelledBefore", () => {
  it("is every label before the batch's first, or all when the batch is new", () => {
    const labels = [
      { path: "d/1.txt", batch: "b1" },
      { path: "d/2.txt", batch: "b2" },
      { path: "d/3.txt", batch: "b3" },
    ];
    expect([...labelledBefore(labels, "b2")]).toEqual(["1.txt"]);
    expect([...labelledBefore(labels, "b4")]).toEqual(["1.txt", "2.txt", "3.txt"]);
  });
});
