export {
  articleForPage,
  entryFor,
  ingestCorpus,
  ingestFile,
  type ScanResult,
  scanArticleFiles,
} from "./corpus";
export { type Curated, type CuratedFiles, compileCurated, loadCurated } from "./curated";
export { type Decoded, decodeArticle, type Encoding, looksVietnamese, MAX_FILE_BYTES } from "./decode";
export { extractArticle } from "./extract";
export { articleId } from "./id";
export { canonicalName, communeProvince } from "./organizers";
export {
  formatGuessed,
  formatReportTable,
  formatSummary,
  guessedEntries,
  missingFields,
  progressBar,
  type ReportSummary,
  reportJson,
  shortWarning,
  strictFailures,
  summarizeReport,
} from "./report";
export { applySidecar, parseSidecar, type Sidecar, SidecarError, SidecarSchema, sidecarPath } from "./sidecar";
export {
  type Article,
  type EvidenceField,
  type FieldEvidence,
  type IngestEntry,
  type IngestResult,
  type IngestStatus,
  inferredFields,
} from "./types";
