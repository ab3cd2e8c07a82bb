import { describe, expect, it } from "vitest";
import { parseQuery } from "./parse";

describe("parseQuery", () => {
  it("folds, keeps the typed form and marks accented terms", () => {
    const { terms } = parseQuery("Dân VAN ");
    expect(terms.map((t) => [t.exact, t.folded, t.accented, t.prefix])).toEqual([
      ["dân", "dan", true, false],
      ["van", "van", false, false],
    ]);
  });

  it("treats the last word as a prefix while it is being typed (alone: from two letters)", () => {
    expect(parseQuery("dan va").terms.map((t) => t.prefix)).toEqual([false, true]);
    expect(parseQuery("dan v").terms.map((t) => t.prefix)).toEqual([false, true]);
    expect(parseQuery("d").terms.map((t) => t.prefix)).toEqual([false]);
    expect(parseQuery("da").terms.map((t) => t.prefix)).toEqual([true]);
    expect(parseQuery("dan va ").terms.map((t) => t.prefix)).toEqual([false, false]);
  });

  it("reads quoted phrases, straight or curly, closed or still open", () => {
    const q = parseQuery('công tác "quy chế dân chủ" năm');
    expect(q.phrases).toEqual([[2, 3, 4, 5]]);
    expect(q.terms[2]!.phrase).toBe(0);
    expect(q.terms[0]!.phrase).toBe(-1);
    expect(parseQuery("“dân vận”").phrases).toEqual([[0, 1]]);
    const open = parseQuery('"dân vậ');
    expect(open.phrases).toEqual([[0, 1]]);
    expect(open.terms[1]!.prefix).toBe(true);
  });

  it("a quoted single word is a plain word", () => {
    expect(parseQuery('"dân"').phrases).toEqual([]);
  });

  it("-word excludes; a lone dash does nothing", () => {
    const q = parseQuery("dân vận -quận – 3");
    expect(q.terms.map((t) => t.folded)).toEqual(["dan", "van", "3"]);
    expect(q.excluded.map((t) => t.exact)).toEqual(["quận"]);
  });
});
