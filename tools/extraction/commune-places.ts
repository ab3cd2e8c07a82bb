import type { Curated } from "../../lib/ingest";
import { communeProvince } from "../../lib/ingest";
import type { RealLabel } from "./evaluate-real";

/**
 * How the commune gazetteers (data/wards.json, before July 2025; data/communes-2025.json, after)
 * place the labelled commune-level organizers by name alone: "Đảng ủy phường Bàn Cờ" labelled
 * TP Hồ Chí Minh. Reads labels only, no page text, so it measures the data, not the extractor:
 * how often a commune's name, with nothing else, names its province rightly, and how often the
 * lists leave it unplaced (a name shared by provinces).
 */
export interface CommunePlacing {
  id: string;
  commune: string;
  labelled: string;
  placed: string | null;
}

export interface CommunePlaces {
  rows: CommunePlacing[];
  right: number;
  wrong: CommunePlacing[];
  unplaced: number;
}

// "Đảng ủy xã Ea Kao", "Hội LHPN thị trấn Phố Châu"; never "thị xã Hương Thủy", a district.
const COMMUNE = /(?<!thị )(xã|phường|thị trấn|đặc khu) (\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*| \d+)*)/u;

/** One province under any of its names: renamed ("Thừa Thiên Huế" = "Huế") or merged into the other. */
function sameProvince(a: string, b: string, c: Curated): boolean {
  const now = (x: string) => c.provinces.get(x)?.renamedTo ?? x;
  return now(a) === now(b) || c.provinces.get(a)?.mergedInto === b || c.provinces.get(b)?.mergedInto === a;
}

export function placeLabelledCommunes(
  labels: Pick<RealLabel, "id" | "organizers" | "province">[],
  c: Curated,
): CommunePlaces {
  const rows: CommunePlacing[] = [];
  for (const l of labels) {
    if (!l.province) continue;
    for (const o of l.organizers) {
      const m = COMMUNE.exec(o);
      if (!m) continue;
      rows.push({ id: l.id, commune: m[0], labelled: l.province, placed: communeProvince(c, m[2]!, m[1]!) });
    }
  }
  const placed = rows.filter((r) => r.placed !== null);
  const wrong = placed.filter((r) => !sameProvince(r.placed!, r.labelled, c));
  return { rows, right: placed.length - wrong.length, wrong, unplaced: rows.length - placed.length };
}

export function formatCommunePlaces(s: CommunePlaces, label: string): string {
  const placed = s.right + s.wrong.length;
  const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : "–");
  return [
    `${label}: ${s.rows.length} commune-level organizers with a labelled province`,
    `  placed by name alone  ${placed} (${pct(placed, s.rows.length)}), right ${s.right} (${pct(s.right, placed)})`,
    `  unplaced (a name several provinces share, or none lists)  ${s.unplaced}`,
    ...s.wrong.map((r) => `  wrong: ${r.commune} → ${r.placed}, labelled ${r.labelled} (${r.id})`),
  ].join("\n");
}
