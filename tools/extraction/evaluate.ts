import { z } from "zod";
import type { Article } from "../../lib/ingest/types";
import { fold, normalizeText } from "../../lib/text";

/**
 * Extraction accuracy against hand-read metadata (data/eval/expected.json).
 * A title of null means "the article has no headline": the extracted title
 * must then be derived from the lead, not taken from a caption or a date.
 */
export const ExpectedSchema = z.object({
  title: z.string().min(1).nullable(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  year: z.number().int().nullable(),
  organizers: z.array(z.string().min(1)),
  author: z.string().min(1).nullable(),
  source: z.string().min(1).nullable(),
});
export type Expected = z.infer<typeof ExpectedSchema>;

export const ExpectedFileSchema = z.object({
  $comment: z.string().optional(),
  articles: z.record(z.string().min(1), ExpectedSchema),
});

export const EVAL_FIELDS = ["title", "date", "year", "organizers", "primaryOrganizer", "author", "source"] as const;
export type EvalField = (typeof EVAL_FIELDS)[number];

export interface FieldMiss {
  file: string;
  field: EvalField;
  expected: unknown;
  actual: unknown;
}

export interface EvalResult {
  articles: number;
  /** Share of articles whose field matched, per field. */
  accuracy: Record<EvalField, number>;
  /** Share of articles with every field right. */
  allFields: number;
  misses: FieldMiss[];
}

const same = (a: string | null, b: string | null) =>
  a === null || b === null ? a === b : normalizeText(a) === normalizeText(b);

/** A derived title must read as the start of a sentence from the lead. */
function derivedFromLead(a: Article): boolean {
  const t = fold(a.title.replace(/…$/u, ""))
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  return (
    t.length > 0 &&
    fold(a.lead)
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .includes(t)
  );
}

function fieldOk(field: EvalField, want: Expected, got: Article): boolean {
  switch (field) {
    case "title":
      return want.title === null ? derivedFromLead(got) : same(want.title, got.title);
    case "date":
      return want.date === got.date;
    case "year":
      return want.year === got.year;
    case "organizers":
      return (
        want.organizers.length === got.organizers.length &&
        want.organizers.every((o, i) => same(o, got.organizers[i] ?? null))
      );
    case "primaryOrganizer":
      return same(want.organizers[0] ?? null, got.organizers[0] ?? null);
    case "author":
      return same(want.author, got.author);
    case "source":
      return same(want.source?.toLowerCase() ?? null, got.source?.toLowerCase() ?? null);
  }
}

const actualOf = (field: EvalField, a: Article) =>
  field === "primaryOrganizer" ? (a.organizers[0] ?? null) : a[field as Exclude<EvalField, "primaryOrganizer">];
const expectedOf = (field: EvalField, e: Expected) =>
  field === "primaryOrganizer" ? (e.organizers[0] ?? null) : e[field];

/** Compares extracted articles (or skip reasons) with the expected metadata. */
export function evaluateExtraction(
  cases: { file: string; expected: Expected; actual: Article | { reason: string } }[],
): EvalResult {
  const hits = Object.fromEntries(EVAL_FIELDS.map((f) => [f, 0])) as Record<EvalField, number>;
  const misses: FieldMiss[] = [];
  let perfect = 0;
  for (const c of cases) {
    let all = true;
    for (const field of EVAL_FIELDS) {
      const ok = !("reason" in c.actual) && fieldOk(field, c.expected, c.actual);
      if (ok) hits[field]++;
      else {
        all = false;
        misses.push({
          file: c.file,
          field,
          expected: expectedOf(field, c.expected),
          actual: "reason" in c.actual ? `skipped: ${c.actual.reason}` : actualOf(field, c.actual),
        });
      }
    }
    if (all) perfect++;
  }
  const n = Math.max(1, cases.length);
  const accuracy = Object.fromEntries(EVAL_FIELDS.map((f) => [f, hits[f] / n])) as Record<EvalField, number>;
  return { articles: cases.length, accuracy, allFields: perfect / n, misses };
}

const pct = (x: number) => `${(x * 100).toFixed(1).padStart(5)}%`;

/** The accuracy table `npm run eval` prints, misses listed below it. */
export function formatEvalResult(r: EvalResult, label = "extraction"): string {
  const lines = [`${label}: ${r.articles} articles`];
  for (const f of EVAL_FIELDS) lines.push(`  ${f.padEnd(18)} ${pct(r.accuracy[f])}`);
  lines.push(`  ${"all fields".padEnd(18)} ${pct(r.allFields)}`);
  if (r.misses.length) {
    lines.push("", "misses:");
    for (const m of r.misses)
      lines.push(`  ${m.file} ${m.field}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.actual)}`);
  }
  return lines.join("\n");
}
