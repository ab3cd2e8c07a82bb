// npx tsx scripts/import-wards.ts DVHCVN_JSON > data/wards.json
// Rebuilds the commune-level gazetteer (data/wards.json) from the General
// Statistics Office's list of administrative units (danhmuchanhchinh.gso.gov.vn),
// as the dvhcvn dataset publishes it (github.com/daohoangson/dvhcvn, data/dvhcvn.json:
// three levels, province → district → ward). Names are normalized by lib/text and
// provinces and districts written as data/places.json writes them.
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { PlacesFileSchema } from "../lib/ingest/curated";
import { fold, normalizeText } from "../lib/text";
import { cli, UserError } from "./cli";

const { positionals } = cli(
  "import-wards",
  "usage: npx tsx scripts/import-wards.ts DVHCVN_JSON > data/wards.json",
  {},
  { positionals: true },
);
if (positionals.length !== 1) throw new UserError("expected the path of dvhcvn.json", 2);

const Unit = z.object({ name: z.string(), type: z.string() });
const Source = z.object({
  data: z.array(Unit.extend({ level2s: z.array(Unit.extend({ level3s: z.array(Unit) })) })),
});
const source = Source.parse(JSON.parse(readFileSync(positionals[0]!, "utf8")));
const places = PlacesFileSchema.parse(JSON.parse(readFileSync(path.resolve("data/places.json"), "utf8")));

const key = (s: string) => fold(s).replace(/[^a-z0-9]/g, "");
// The name after the level word ("Tỉnh Hoà Bình" → "Hòa Bình"); a number keeps it ("Quận 3", "Phường 12").
const LEVEL = /^(?:Thành phố|Tỉnh|Quận|Huyện|Thị xã|Phường|Xã|Thị trấn)\s+/iu;
const bare = (name: string) => {
  const n = normalizeText(name).trim();
  const rest = n.replace(LEVEL, "");
  return /^\d/.test(rest) ? n : rest;
};
const provinceNames = new Map<string, string>();
for (const p of places.provinces) for (const n of [p.name, ...p.aliases]) provinceNames.set(key(n), p.name);
const districtNames = new Map<string, string>();
for (const d of places.districts) districtNames.set(`${d.province}|${key(d.name)}`, d.name);

const out: Record<string, Record<string, Record<string, string[]>>> = {};
for (const p of source.data) {
  const province = provinceNames.get(key(bare(p.name))) ?? provinceNames.get(key(p.name));
  if (!province) throw new UserError(`no province in data/places.json for "${p.name}"`, 1);
  const districts: Record<string, Record<string, string[]>> = (out[province] = {});
  for (const d of p.level2s) {
    // (Huế's districts are listed under Thừa Thiên Huế, the name until 2025.)
    const name =
      [province, ...places.provinces.filter((x) => x.renamedTo === province).map((x) => x.name)]
        .map((pr) => districtNames.get(`${pr}|${key(bare(d.name))}`))
        .find((n) => n) ?? bare(d.name);
    const kinds: Record<string, string[]> = (districts[name] = {});
    for (const w of d.level3s) (kinds[normalizeText(w.type).toLocaleLowerCase("vi")] ??= []).push(bare(w.name));
  }
}
const file = {
  $comment:
    "Communes, wards and towns (xã, phường, thị trấn) by province and district, as the General Statistics Office listed them on 2025-03-01 (danhmuchanhchinh.gso.gov.vn, via github.com/daohoangson/dvhcvn data/dvhcvn.json); before the July 2025 reorganisation. Rebuilt by scripts/import-wards.ts. Used to read a commune's own site from its address.",
  snapshot: "2025-03-01",
  provinces: out,
};
process.stdout.write(`${JSON.stringify(file)}\n`);
