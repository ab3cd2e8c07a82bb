import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCurated } from "../../lib/ingest";
import { placeLabelledCommunes } from "./commune-places";

const c = await loadCurated(path.resolve(__dirname, "../../data"));
const label = (id: string, organizer: string, province: string | null) => ({ id, organizers: [organizer], province });

describe("placeLabelledCommunes", () => {
  it("counts a commune placed in its labelled province, under either name of a renamed one", () => {
    const s = placeLabelledCommunes(
      [label("a", "Đảng ủy phường Bàn Cờ", "TP Hồ Chí Minh"), label("b", "Đảng ủy phường Thủy Xuân", "Huế")],
      c,
    );
    expect(s).toMatchObject({ right: 2, wrong: [], unplaced: 0 });
  });

  it("names a commune placed elsewhere, and counts a shared name as unplaced", () => {
    const s = placeLabelledCommunes(
      [label("a", "Đảng ủy phường Bàn Cờ", "Hà Nội"), label("b", "Hội Nông dân xã Tân Lập", "Phú Thọ")],
      c,
    );
    expect(s.wrong.map((r) => r.id)).toEqual(["a"]);
    expect(s.unplaced).toBe(1);
  });

  it("leaves out a district-level town ('thị xã') and a page with no province labelled", () => {
    const s = placeLabelledCommunes(
      [label("a", "Hội Nông dân thị xã Hương Thủy", "Thừa Thiên Huế"), label("b", "Đảng ủy phường Bàn Cờ", null)],
      c,
    );
    expect(s.rows).toEqual([]);
  });
});
