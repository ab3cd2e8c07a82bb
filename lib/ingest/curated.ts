import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { fold, normalizeText } from "../text";

/**
 * The curated facts extraction relies on, read from data/: the gazetteer
 * (places.json), what organization names are made of (units.json) and the
 * genre's abbreviations (abbreviations.json). Compiled once per build.
 */

const ProvinceSchema = z
  .object({
    name: z.string().min(1),
    kind: z.enum(["tỉnh", "thành phố"]),
    aliases: z.array(z.string().min(1)),
    mergedInto: z.string().min(1).optional(),
    renamedTo: z.string().min(1).optional(),
    until: z.string().optional(),
    from: z.string().optional(),
  })
  .strict();
const DistrictSchema = z
  .object({ name: z.string().min(1), kind: z.string().min(1), province: z.string().min(1) })
  .strict();
export const PlacesFileSchema = z.object({
  $comment: z.string().optional(),
  provinces: z.array(ProvinceSchema),
  districts: z.array(DistrictSchema),
  sources: z.record(z.string().min(1), z.string().min(1)),
  capital: z.string().min(1).optional(),
});
const LevelSchema = z.enum(["province", "city", "district", "commune", "any"]);
export const UnitsFileSchema = z.object({
  $comment: z.string().optional(),
  committees: z.record(z.string().min(1), LevelSchema),
  levels: z.record(z.string().min(1), LevelSchema),
  heads: z.array(z.string().min(1)),
  names: z.record(z.string().min(1), z.array(z.string().min(1))),
  roles: z.array(z.string().min(1)),
  prefixes: z.array(z.string().min(1)),
  provincial: z.array(z.string().min(1)).default([]),
  notUnits: z.array(z.string().min(1)).default([]),
  national: z.array(z.string().min(1)).default([]),
  surnames: z.array(z.string().min(1)).default([]),
});
export const AbbreviationsFileSchema = z.object({
  $comment: z.string().optional(),
  entries: z.array(
    z
      .object({
        abbr: z.string().min(1),
        full: z.string().min(1),
        case: z.enum(["exact", "any"]),
        within: z.array(z.string().min(1)).optional(),
        reverse: z.boolean().optional(),
      })
      .strict(),
  ),
});
/** Communes, wards and towns: province → district → level word → names. */
export const WardsFileSchema = z.object({
  $comment: z.string().optional(),
  snapshot: z.string().optional(),
  provinces: z.record(z.string().min(1), z.record(z.string().min(1), z.record(z.string().min(1), z.array(z.string())))),
});
/** Communes, wards and special zones after July 2025 (no districts): province → level word → names. */
export const CommunesFileSchema = z.object({
  $comment: z.string().optional(),
  snapshot: z.string().optional(),
  provinces: z.record(z.string().min(1), z.record(z.string().min(1), z.array(z.string()))),
});
export type PlacesFile = z.infer<typeof PlacesFileSchema>;
export type CommunesFile = z.infer<typeof CommunesFileSchema>;
export type WardsFile = z.infer<typeof WardsFileSchema>;
export type UnitsFile = z.infer<typeof UnitsFileSchema>;
export type AbbreviationsFile = z.infer<typeof AbbreviationsFileSchema>;
export type Province = z.infer<typeof ProvinceSchema>;
export type District = z.infer<typeof DistrictSchema>;
export type Level = z.infer<typeof LevelSchema>;

export interface CuratedFiles {
  places: PlacesFile;
  units: UnitsFile;
  abbreviations: AbbreviationsFile;
  wards?: WardsFile;
  communes?: CommunesFile;
}

/** A commune-level unit of the gazetteer. */
export interface Ward {
  name: string;
  /** "xã", "phường" or "thị trấn". */
  kind: string;
  district: string;
  province: string;
}

/** A commune-level unit after July 2025, when districts were abolished. */
export interface Commune {
  name: string;
  /** "xã", "phường" or "đặc khu". */
  kind: string;
  province: string;
}

/** A table of written variants, matched in one pass, longest first, on whole words. */
export interface Rewriter {
  pattern: RegExp;
  to: Map<string, string>;
  ignoreCase: boolean;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function rewriter(pairs: Iterable<[from: string, to: string]>, ignoreCase = false): Rewriter {
  const to = new Map<string, string>();
  const keyOf = (s: string) => (ignoreCase ? normalizeText(s).toLocaleLowerCase("vi") : normalizeText(s));
  for (const [from, into] of pairs) {
    const key = keyOf(from);
    if (!to.has(key)) to.set(key, normalizeText(into));
  }
  const alternatives = [...to.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // An impossible pattern for an empty table, so callers need no special case.
  const body = alternatives.length ? alternatives.join("|") : "(?!)";
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${body})(?![\\p{L}\\p{M}\\p{N}])`, ignoreCase ? "giu" : "gu");
  return { pattern, to, ignoreCase };
}

/** One pass: a replacement is never matched again. Input must be normalized. */
export function rewrite(text: string, r: Rewriter): string {
  return text.replace(r.pattern, (m) => r.to.get(r.ignoreCase ? m.toLocaleLowerCase("vi") : m) ?? m);
}

export interface Curated {
  provinces: Map<string, Province>;
  /** District-level units by name (as written after the level word). */
  districts: Map<string, District[]>;
  /** Place variants → canonical province name. */
  places: Rewriter;
  /** Abbreviations (and place variants, so "TP.HCM" is a place, not "thành phố.HCM") spelled out. */
  spellOut: Rewriter;
  /** Variant organization names → canonical ones. */
  names: Rewriter;
  units: UnitsFile;
  /** The capital, where national bodies hold their events: a venue there places nothing. */
  capital: string | null;
  /** Province whose site a host name belongs to, or null. */
  provinceOfHost(host: string | null): string | null;
  /** District whose own site a host is ("tuyphong.binhthuan.dcs.vn"), when its name is in one province only. */
  districtOfHost(host: string | null): District | null;
  /** Communes, wards and towns by name (as written after the level word). */
  wards: Map<string, Ward[]>;
  /** Commune whose own site a host is ("linhxuan.thuduc…", "binhhunghoaa.gov.vn"), when only one fits. */
  wardOfHost(host: string | null): Ward | null;
  /** Communes, wards and special zones after July 2025, by name. */
  communes: Map<string, Commune[]>;
}

const slug = (s: string) => fold(s).replace(/[^a-z0-9]/g, "");
/** A page address's host and path, folded, scheme dropped: "phucu.hungyen.dcs.vn", "tinhuyhagiang/…". */
const addressParts = (host: string) =>
  fold(host)
    .replace(/^[a-z]+:\/\//, "")
    .split("/");
/** The host's labels, "www" left out: ["phucu", "hungyen", "dcs", "vn"]. */
const hostLabels = (host: string) =>
  addressParts(host)[0]!
    .split(".")
    .filter((l) => l !== "www");
const isGovHost = (host: string) => /\.gov\.vn(?:$|\/)/.test(fold(host));
// Site names a union or committee runs before its place's name, run together.
const SITE_PREFIX =
  /^(?:tuoitre|doanthanhnien|thanhnien|hoinongdan|nongdan|hoiphunu|phunu|hoilhpn|cuuchienbinh|hoiccb|congdoan|ldld|mattran|mttq|huyenuy|huyendoan|danvan|tuyengiao)$/;

/** A name as written, normalized, and with the spaces around its dashes dropped or on one side. */
function dashForms(name: string): string[] {
  const n = normalizeText(name);
  // ("Thừa Thiên- Huế", "Bà Rịa -Vũng Tàu": a space on one side only, as pages type it too.)
  return [...new Set([name, n, n.replace(/\s*-\s*/g, "-"), n.replace(/\s*-\s*/g, "- "), n.replace(/\s*-\s*/g, " -")])];
}

/** The province a renamed one was called before ("Thừa Thiên Huế" for "Huế"), if any. */
export function formerProvince(name: string, c: Pick<Curated, "provinces">): Province | undefined {
  for (const q of c.provinces.values()) if (q.renamedTo === name) return q;
  return undefined;
}

export function compileCurated(files: CuratedFiles): Curated {
  const { places: p, units, abbreviations, wards, communes } = files;
  // Text is compared in its normalized form, where every dash is a hyphen ("Bà Rịa - Vũng Tàu"),
  // and is written with or without spaces around it ("Bà Rịa-Vũng Tàu"): a name holding a dash is
  // found under each form, and gives back its own.
  const provinces = new Map(p.provinces.flatMap((x) => dashForms(x.name).map((k) => [k, x] as const)));
  const districts = new Map<string, District[]>();
  for (const d of p.districts)
    for (const key of dashForms(d.name)) districts.set(key, [...(districts.get(key) ?? []), d]);

  const placePairs: [string, string][] = p.provinces.flatMap((x) =>
    [x.name, ...x.aliases].flatMap((a) => dashForms(a).map((f) => [f, x.name] as [string, string])),
  );
  const places = rewriter(placePairs);

  const abbrPairs: [string, string][] = [];
  for (const e of abbreviations.entries) {
    const forms = e.case === "any" ? [e.abbr, e.abbr.toLowerCase()] : [e.abbr];
    for (const f of forms) {
      if (e.within) for (const w of e.within) abbrPairs.push([`${w} ${f}`, `${w} ${e.full}`]);
      else abbrPairs.push([f, e.full]);
    }
  }
  const spellOut = rewriter([...placePairs, ...abbrPairs]);
  const names = rewriter(
    Object.entries(units.names).flatMap(([canonical, variants]) => [
      [canonical, canonical] as [string, string],
      ...variants.map((v) => [v, canonical] as [string, string]),
    ]),
    true,
  );

  // Hosts: explicit entries first, then any host label that holds a province's
  // name run together ("baonghean", "bdvtu.binhthuan.dcs.vn"), longest first.
  // (Its aliases too: "nhathieunhitphcm" holds "TPHCM".)
  const hostSlugs = [...p.provinces]
    .flatMap((x) => [x.name, ...x.aliases].map((a) => ({ slug: slug(a), name: x.name })))
    .filter((x) => x.slug.length >= 5)
    .sort((a, b) => b.slug.length - a.slug.length);
  const explicit = new Map(Object.entries(p.sources).map(([k, v]) => [slug(k), v]));
  // A district's own site is named for it, run together ("tuyphong"); names shared by
  // several provinces, or as short as common words, tell nothing.
  const provinceSlugs = new Set(p.provinces.map((x) => slug(x.name)));
  const districtSlugs = new Map<string, District>();
  const shared = new Set<string>();
  for (const d of p.districts) {
    const k = slug(d.name);
    if (k.length < 6 || shared.has(k)) continue;
    const seen = districtSlugs.get(k);
    if (seen && seen.province !== d.province) {
      districtSlugs.delete(k);
      shared.add(k);
    } else districtSlugs.set(k, d);
  }
  const shortSlugs = new Map<string, District[]>();
  for (const d of p.districts) {
    const k = slug(d.name);
    if (k.length < 6) shortSlugs.set(k, [...(shortSlugs.get(k) ?? []), d]);
  }

  // Wards by the slug of their name ("linhxuan"), and the provinces a host may call one another's:
  // a renamed province's wards are its successor's ("Thừa Thiên Huế" → "Huế").
  const wardSlugs = new Map<string, Ward[]>();
  const wardNames = new Map<string, Ward[]>();
  for (const [province, ds] of Object.entries(wards?.provinces ?? {}))
    for (const [district, kinds] of Object.entries(ds))
      for (const [kind, names] of Object.entries(kinds))
        for (const name of names) {
          const w = { name, kind, district, province };
          const k = slug(name);
          wardSlugs.set(k, [...(wardSlugs.get(k) ?? []), w]);
          wardNames.set(name, [...(wardNames.get(name) ?? []), w]);
        }
  const communeNames = new Map<string, Commune[]>();
  for (const [province, kinds] of Object.entries(communes?.provinces ?? {}))
    for (const [kind, names] of Object.entries(kinds))
      for (const name of names) communeNames.set(name, [...(communeNames.get(name) ?? []), { name, kind, province }]);
  const districtSlugSet = new Set(p.districts.map((d) => slug(d.name)));
  const sameProvince = (a: string, b: string | null) =>
    b !== null && (a === b || provinces.get(b)?.renamedTo === a || provinces.get(a)?.renamedTo === b);

  return {
    provinces,
    districts,
    wards: wardNames,
    communes: communeNames,
    places,
    spellOut,
    names,
    units,
    capital: p.capital ?? null,
    provinceOfHost(host) {
      if (!host) return null;
      const labels = hostLabels(host);
      for (const l of labels) {
        const hit = explicit.get(l.replace(/[^a-z0-9]/g, ""));
        if (hit) return hit;
      }
      // ("ttkhcn.baria-vungtau.gov.vn": a label's hyphens join its words.) The label nearest the
      // domain first: "binhphuocxuan.chomoi.angiang.gov.vn" is An Giang's commune Bình Phước Xuân.
      for (const l of [...labels].reverse())
        for (const h of hostSlugs) if (l.replace(/-/g, "").includes(h.slug)) return h.name;
      // "dangcongsan.org.vn/tinhuyhagiang/…", "vietnam.vn/ninhthuan/…": a portal's sub-site, one
      // run-together word named for its province.
      const sub = addressParts(host)[1] ?? "";
      if (/^[a-z]{6,30}$/.test(sub)) for (const h of hostSlugs) if (sub.includes(h.slug)) return h.name;
      return null;
    },
    districtOfHost(host) {
      if (!host) return null;
      const labels = hostLabels(host);
      // "giavien.ngoquyen.gov.vn": a commune's site under its district's; the label nearest the
      // domain is the district (the one before may be a commune whose folded name is some other
      // district's), and one in the host's own province beats any other. A short label ("phucu")
      // is a district only in the host's own province: alone it could be any of several.
      const own = this.provinceOfHost(host);
      // (On a government address, a short label is the district of that name when only one has it.)
      const gov = isGovHost(host);
      const short = (l: string) => {
        const all = shortSlugs.get(l);
        return all?.find((d) => d.province === own) ?? (gov && !own && all?.length === 1 ? all[0] : undefined);
      };
      const inOwn = (l: string) => districtSlugs.get(l) ?? short(l);
      const CITY_AFFIX = /^(?:tp|thanhpho)(?=[a-z]{4})|city$/;
      const hits = labels
        // "halongcity", "tpthuduc", "huyendakha": a level word run into the name.
        .map((l) => {
          const d = inOwn(l) ?? inOwn(l.replace(/^(?:tp|thanhpho|tx|thixa|huyen|quan)(?=[a-z]{4})|city$/g, ""));
          return d ? { d, city: CITY_AFFIX.test(l) } : undefined;
        })
        .filter((h): h is { d: District; city: boolean } => h !== undefined)
        // "kimson.ninhbinh.gov.vn", "vpub.hungyen.gov.vn": a label that is a province's own name
        // ("ninhbinh", also its capital city's) is the province's portal, never the city's site,
        // unless it says city ("tplaocai.laocai.gov.vn").
        .filter((h) => !provinceSlugs.has(slug(h.d.name)) || (h.city && h.d.kind === "thành phố"))
        .map((h) => h.d);
      if (hits.length) {
        return hits.filter((d) => d.province === own).at(-1) ?? hits.at(-1)!;
      }
      // "mttqquan5", "quandoan12": a numbered district ("Quận 5") closing the site's name.
      const numbered = /quan(?:doan|uy)?(\d{1,2})$/.exec(labels[0] ?? "");
      const byNumber = numbered ? (districts.get(`Quận ${Number(numbered[1])}`) ?? []) : [];
      if (byNumber.length === 1) return byNumber[0]!;
      // "tuoitregiongrieng": a district's name (a long one, so no chance match) closing the site's,
      // unless it is a province's too ("tinhuyhaiduong" is the province's party committee).
      const first = labels[0] ?? "";
      // ("tuoitrephuninh", "hoinongdanqueson": a shorter one after the name of a union's site.)
      for (const [k, d] of districtSlugs)
        if (
          first.length > k.length &&
          first.endsWith(k) &&
          !provinceSlugs.has(k) &&
          (k.length >= 8 || SITE_PREFIX.test(first.slice(0, -k.length)))
        )
          return d;
      return null;
    },
    wardOfHost(host) {
      if (!host) return null;
      // "chilangnam1": a trailing number tells sites apart, not wards.
      // ("phuongnguyencutrinh": the ward's level word run into its name.)
      const label =
        hostLabels(host)[0]
          ?.replace(/\d+$/, "")
          .replace(/^(?:phuong|xa|thitran)(?=[a-z]{6})/, "") ?? "";
      const all = wardSlugs.get(label);
      // "yenminh.tuyenquang…" is the district's site, not its seat town's; "longan.dms…" the province's.
      if (!all || label.length < 5 || provinceSlugs.has(label) || districtSlugSet.has(label)) return null;
      // Within the host's own district, else its province, else (a long name only) the country.
      const own = this.provinceOfHost(host);
      const district = this.districtOfHost(host);
      const inDistrict = district
        ? all.filter((w) => w.district === district.name && sameProvince(w.province, district.province))
        : [];
      const inProvince = own ? all.filter((w) => sameProvince(w.province, own)) : [];
      // (A national paper's name may spell some ward's: "thanhnien" is no ward's site.)
      const gov = isGovHost(host);
      const fits = district ? inDistrict : own ? inProvince : gov && label.length >= 8 ? all : [];
      return fits.length === 1 ? fits[0]! : null;
    },
  };
}

async function readJson<T>(file: string, schema: z.ZodType<T>): Promise<T> {
  const raw = JSON.parse(await readFile(file, "utf8"));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: invalid field "${issue?.path.join(".")}": ${issue?.message}`);
  }
  return parsed.data;
}

/** Reads and validates data/places.json, units.json, abbreviations.json, wards.json and communes-2025.json. */
export async function loadCurated(dataDir: string): Promise<Curated> {
  const [places, units, abbreviations, wards, communes] = await Promise.all([
    readJson(path.join(dataDir, "places.json"), PlacesFileSchema),
    readJson(path.join(dataDir, "units.json"), UnitsFileSchema),
    readJson(path.join(dataDir, "abbreviations.json"), AbbreviationsFileSchema),
    readJson(path.join(dataDir, "wards.json"), WardsFileSchema),
    readJson(path.join(dataDir, "communes-2025.json"), CommunesFileSchema),
  ]);
  return compileCurated({ places, units, abbreviations, wards, communes });
}
