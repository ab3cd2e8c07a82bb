/** One article as the app knows it: cleaned text plus extracted metadata. */
export interface Article {
  /** Stable id derived from the file's path inside the corpus folder. */
  id: string;
  /** Path of the source file relative to the corpus folder, with "/" separators. */
  file: string;
  title: string;
  /** Date of the reported event, YYYY-MM-DD, or null when no day is known. */
  date: string | null;
  year: number | null;
  /** Canonical organizer names, primary first. */
  organizers: string[];
  /** Province-level unit the event belongs to (canonical gazetteer name), or null. */
  province: string | null;
  author: string | null;
  /** Site the text names as its source, e.g. "thanhuytphcm.vn". */
  source: string | null;
  /** The page's own address, when known (a sidecar's url, or a URL line in the text). */
  url?: string | null;
  /** First paragraph of the story. */
  lead: string;
  /** Remaining paragraphs, boilerplate removed. */
  body: string[];
  /** Photo captions, kept apart from the story. */
  captions: string[];
  /** Every guess the extractor made. */
  warnings: string[];
  /** How each metadata field was found, and whether it is inferred rather than written. */
  evidence: Partial<Record<EvidenceField, FieldEvidence>>;
}

export type EvidenceField = "date" | "year" | "organizers" | "province";
export interface FieldEvidence {
  how: string;
  inferred: boolean;
  /**
   * The value is a name used from this date on ("Huế", a province from 2025-01-01), given to a
   * page that dates nothing: a corpus of older articles names it as it was (corpus-time.ts).
   */
  dateless?: string;
  /**
   * The year rests only on a mention outside the event's sentence (another lead sentence, the
   * headline, the next sentence) on a page with no date stamp: in a corpus of one season, a past
   * year so found is background (corpus-time.ts).
   */
  weak?: boolean;
}

/** "folder" and "sidecar" entries are not articles: they make the report name every path in the corpus folder. */
export type IngestStatus = "indexed" | "skipped" | "merged" | "folder" | "sidecar";

/** One line of the ingestion report: every input file gets exactly one. */
export interface IngestEntry {
  file: string;
  status: IngestStatus;
  reason: string | null;
  id: string | null;
  title: string | null;
  date: string | null;
  year: number | null;
  organizers: string[];
  province: string | null;
  author: string | null;
  source: string | null;
  warnings: string[];
  /** Fields whose values were inferred rather than read as written. */
  inferred: EvidenceField[];
}

export interface IngestResult {
  articles: Article[];
  report: IngestEntry[];
}

/** The metadata fields whose values are inferred, not written in the text. */
export function inferredFields(a: Pick<Article, "evidence">): EvidenceField[] {
  return (Object.entries(a.evidence ?? {}) as [EvidenceField, FieldEvidence][])
    .filter(([, e]) => e.inferred)
    .map(([f]) => f);
}
