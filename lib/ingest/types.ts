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
  author: string | null;
  /** Site the text names as its source, e.g. "thanhuytphcm.vn". */
  source: string | null;
  /** First paragraph of the story. */
  lead: string;
  /** Remaining paragraphs, boilerplate removed. */
  body: string[];
  /** Photo captions, kept apart from the story. */
  captions: string[];
  /** Every guess the extractor made. */
  warnings: string[];
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
  author: string | null;
  source: string | null;
  warnings: string[];
}

export interface IngestResult {
  articles: Article[];
  report: IngestEntry[];
}
