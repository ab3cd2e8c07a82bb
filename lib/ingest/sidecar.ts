import { z } from "zod";
import {
  MAX_CAPTIONS,
  MAX_FIELD_CHARS,
  MAX_ORGANIZERS,
  MAX_PARAGRAPH_CHARS,
  MAX_PARAGRAPHS,
  MAX_TITLE_CHARS,
} from "../limits";
import type { Curated } from "./curated";
import { canonicalName } from "./organizers";
import type { Article } from "./types";

/**
 * A hand-written correction next to an article: "<file>.meta.json" (e.g.
 * "tin-1.txt.meta.json"). Every field is optional; a field present overrides
 * what extraction found, and the guesses about that field are dropped.
 */
export const SidecarSchema = z
  .object({
    $comment: z.string().max(MAX_PARAGRAPH_CHARS).optional(),
    title: z.string().trim().min(1).max(MAX_TITLE_CHARS).optional(),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD")
      .refine(
        (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
        "not a calendar date",
      )
      .nullable()
      .optional(),
    year: z.number().int().min(1900).max(2100).nullable().optional(),
    organizers: z.array(z.string().trim().min(1).max(MAX_FIELD_CHARS)).max(MAX_ORGANIZERS).optional(),
    author: z.string().trim().min(1).max(MAX_FIELD_CHARS).nullable().optional(),
    source: z.string().trim().min(1).max(MAX_FIELD_CHARS).nullable().optional(),
    /** The page's address where it was published. */
    url: z
      .string()
      .trim()
      .max(2000)
      .regex(/^https?:\/\/\S+$/u, "expected an http(s) address")
      .nullable()
      .optional(),
    lead: z.string().max(MAX_PARAGRAPH_CHARS).optional(),
    body: z.array(z.string().max(MAX_PARAGRAPH_CHARS)).max(MAX_PARAGRAPHS).optional(),
    captions: z.array(z.string().max(MAX_PARAGRAPH_CHARS)).max(MAX_CAPTIONS).optional(),
  })
  .strict();
export type Sidecar = z.infer<typeof SidecarSchema>;

export const sidecarPath = (file: string) => `${file}.meta.json`;

export class SidecarError extends Error {}

/** Parses a sidecar's text; the error names the file and the offending field. */
export function parseSidecar(name: string, text: string): Sidecar {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new SidecarError(`${name}: not valid JSON (${(e as Error).message})`);
  }
  const parsed = SidecarSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.code === "unrecognized_keys" ? issue.keys.join(", ") : issue?.path.join(".") || "(whole file)";
    throw new SidecarError(`${name}: invalid field "${field}": ${issue?.message}`);
  }
  const s = parsed.data;
  if (s.date && s.year != null && Number(s.date.slice(0, 4)) !== s.year)
    throw new SidecarError(`${name}: invalid field "year": ${s.year} disagrees with date ${s.date}`);
  return s;
}

const FIELDS = ["title", "date", "year", "organizers", "author", "source", "url", "lead", "body", "captions"] as const;

/** The article with the sidecar's fields in place of the extracted ones. */
export function applySidecar(article: Article, s: Sidecar, curated: Curated): Article {
  const out: Article = { ...article };
  const overridden = new Set<string>();
  for (const f of FIELDS) {
    if (s[f] === undefined) continue;
    overridden.add(f);
    if (f === "organizers") out.organizers = unique((s.organizers ?? []).map((o) => canonicalName(o, curated)));
    else Object.assign(out, { [f]: s[f] });
  }
  // A hand-given date fixes the year too, unless the year is given as well.
  if (s.date !== undefined && s.year === undefined) {
    out.year = s.date ? Number(s.date.slice(0, 4)) : out.year;
    overridden.add("year");
  }
  // Warnings are "field: message"; those about corrected fields no longer apply.
  out.warnings = article.warnings.filter((w) => !overridden.has(w.split(":")[0] ?? ""));
  return out;
}

const unique = (xs: string[]) => [...new Set(xs)];
