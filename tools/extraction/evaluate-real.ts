import { createHash } from "node:crypto";
import { z } from "zod";
import type { Article } from "../../lib/ingest/types";
import { normalizeText } from "../../lib/text";

/**
 * Extraction measured on real pages (data/eval/real/labels*.json): pages
 * nobody on the team wrote, labelled by hand. Each field is scored two ways:
 * accuracy (right answers, a right null included, over all pages) and
 * precision (right values over values given: how often a shown value is
 * true). The split is fixed by the URL's hash, so it never moves.
 */
export const RealLabelSchema = z.object({
  id: z.string().min(1),
  url: z.string().min(1),
  query: z.string().min(1),
  site: z.string().min(1),
  title: z.string().nullable(),
  event: z.boolean(),
  organizersAsWritten: z.array(z.string()),
  organizers: z.array(z.string().min(1)),
  province: z.string().min(1).nullable(),
  level: z.enum(["central", "province", "district", "commune"]).nullable(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  year: z.number().int().nullable(),
  yearEvidence: z.string(),
  split: z.enum(["dev", "test"]).optional(),
  notes: z.string().optional(),
});
export type RealLabel = z.infer<typeof RealLabelSchema>;
export const RealLabelsSchema = z.array(RealLabelSchema);

/**
 * A second real set whose texts are files of a public dataset repository (a fetched
 * snapshot), not search excerpts: each label names its file by path, and the set names
 * the repository and commit once. Split once when the set was drawn (data/eval/real-b/README.md).
 */
export const DatasetLabelSchema = RealLabelSchema.omit({ url: true, query: true, site: true, split: true }).extend({
  path: z.string().min(1),
  split: z.enum(["dev", "test"]),
  /** The labelling batch: a later one is scored alone as it came, then joins the development half. */
  batch: z.string().min(1),
});
export type DatasetLabel = z.infer<typeof DatasetLabelSchema>;
export const DatasetLabelsFileSchema = z.object({
  repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/),
  commit: z.string().regex(/^[0-9a-f]{40}$/),
  labels: z.array(DatasetLabelSchema),
});

/** What scoring reads of a label: its id and the four fields. */
export type ScoredLabel = Pick<RealLabel, "id" | "organizers" | "province" | "year" | "date">;

/** dev or test, once and for all, from the URL. */
export function splitOf(label: Pick<RealLabel, "url" | "split">): "dev" | "test" {
  if (label.split) return label.split;
  const h = createHash("sha1").update(label.url).digest();
  return (h[0]! & 1) === 0 ? "dev" : "test";
}

export const REAL_FIELDS = ["organizer", "organizers", "province", "year", "date"] as const;
export type RealField = (typeof REAL_FIELDS)[number];

// Names compare up to letter case ("Thanh niên Tình nguyện" = "Thanh niên tình nguyện"),
// spacing and the dash and the spaces around it ("Mặt trận - Đoàn thể" = "Mặt trận–Đoàn thể").
const norm = (s: string | null | undefined) =>
  s == null
    ? null
    : normalizeText(s)
        .replace(/\s*[-–—]\s*/g, "-")
        .replace(/\s+/g, " ")
        .trim()
        .toLocaleLowerCase("vi");

function values(
  field: RealField,
  x: { organizers: string[]; province: string | null; year: number | null; date: string | null },
) {
  switch (field) {
    case "organizer":
      return norm(x.organizers[0]);
    case "organizers":
      return x.organizers.length ? x.organizers.map(norm).join(" | ") : null;
    case "province":
      return norm(x.province);
    case "year":
      return x.year === null ? null : String(x.year);
    case "date":
      return x.date;
  }
}

export interface RealScore {
  pages: number;
  /** Per field: right / pages. */
  accuracy: Record<RealField, number>;
  /** Per field: right non-null values / non-null values given, and how many were given. */
  precision: Record<RealField, { value: number; given: number }>;
  misses: { id: string; field: RealField; expected: unknown; actual: unknown }[];
}

export function scoreReal(cases: { label: ScoredLabel; actual: Article | { reason: string } }[]): RealScore {
  const right = Object.fromEntries(REAL_FIELDS.map((f) => [f, 0])) as Record<RealField, number>;
  const given = { ...right };
  const rightGiven = { ...right };
  const misses: RealScore["misses"] = [];
  for (const { label, actual } of cases) {
    const got = "reason" in actual ? { organizers: [], province: null, year: null, date: null } : actual;
    for (const f of REAL_FIELDS) {
      const want = values(f, label);
      const have = values(f, got);
      const ok = want === have;
      if (ok) right[f]++;
      if (have !== null) {
        given[f]++;
        if (ok) rightGiven[f]++;
      }
      if (!ok) misses.push({ id: label.id, field: f, expected: want, actual: have });
    }
  }
  const n = Math.max(1, cases.length);
  return {
    pages: cases.length,
    accuracy: Object.fromEntries(REAL_FIELDS.map((f) => [f, right[f] / n])) as Record<RealField, number>,
    precision: Object.fromEntries(
      REAL_FIELDS.map((f) => [f, { value: given[f] ? rightGiven[f] / given[f] : 1, given: given[f] }]),
    ) as RealScore["precision"],
    misses,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1).padStart(5)}%`;

export function formatRealScore(s: RealScore, label: string): string {
  const lines = [`${label}: ${s.pages} pages`, `  ${"field".padEnd(12)} accuracy  precision (of values given)`];
  for (const f of REAL_FIELDS)
    lines.push(`  ${f.padEnd(12)} ${pct(s.accuracy[f])}   ${pct(s.precision[f].value)} of ${s.precision[f].given}`);
  return lines.join("\n");
}

/** Where the leading organizer was read, from its evidence ("subject of the headline: …"). */
export function organizerSource(a: Pick<Article, "evidence">): string {
  const how = a.evidence?.organizers?.how ?? "";
  const where = /^subject of (?:the |an )?(.+?):/u.exec(how)?.[1] ?? "other";
  return `${where}, place ${a.evidence?.organizers?.inferred ? "inferred" : "named"}`;
}

export interface SourcePrecision {
  source: string;
  given: number;
  right: number;
}

/**
 * How often a leading organizer shown is right, by where it was read and whether its place was
 * named or inferred: which kinds of evidence a facet value can be trusted on.
 */
export function organizerPrecisionBySource(
  cases: { label: ScoredLabel; actual: Article | { reason: string } }[],
): SourcePrecision[] {
  const rows = new Map<string, SourcePrecision>();
  for (const { label, actual } of cases) {
    if ("reason" in actual || actual.organizers.length === 0) continue;
    const source = organizerSource(actual);
    const row = rows.get(source) ?? { source, given: 0, right: 0 };
    row.given++;
    if (values("organizer", label) === values("organizer", actual)) row.right++;
    rows.set(source, row);
  }
  return [...rows.values()].sort((a, b) => b.given - a.given || a.source.localeCompare(b.source));
}

export function formatSourcePrecision(rows: SourcePrecision[], label: string): string {
  return [
    `${label}: the leading organizer shown, by where it was read`,
    ...rows.map((r) => `  ${r.source.padEnd(44)} ${pct(r.right / r.given)} of ${r.given}`),
  ].join("\n");
}
