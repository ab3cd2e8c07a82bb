/**
 * The build artifact's files: each file's writer, reader, byte layout and
 * version side by side in this folder. ARTIFACT_DIR holds
 *   CURRENT            the name of the build being served (one line)
 *   build-<stamp>/     one complete build each:
 *     articles.json    per article its metadata          records.ts
 *     articles.bin     per article its text (the story as UTF-8 with
 *                      syllable checkpoints, captions, warnings): a hit
 *                      reads only its snippet's window      records.ts
 *     index.json       the forward index's written forms  forward.ts (FORWARD_VERSION)
 *     index.bin        every article as form ids; the inverted postings
 *                      are derived from it at load         forward.ts
 *     lexicon.json     the vocabulary and exact-form data  lexicon.ts (LEXICON_VERSION)
 *     report.json      the ingestion report (every input path, with its fate)
 *     suggest.json     the type-ahead phrases and their MiniSearch index (lib/suggest)
 *     meta.json        below: the build's version, counts, and the size and
 *                      SHA-256 of every file above
 *   .lock              while a build runs: its process id
 * ARTIFACT_VERSION is checked before any file is read, and goes up with
 * any file's layout; FORWARD_VERSION and LEXICON_VERSION let those files'
 * readers refuse a file they do not know, whatever meta.json says.
 * Writing and switching builds: ../index.ts.
 */
export const ARTIFACT_VERSION = 10;

export const ARTIFACT_FILES = [
  "articles.json",
  "articles.bin",
  "index.json",
  "index.bin",
  "lexicon.json",
  "report.json",
  "suggest.json",
] as const;

export interface ArtifactMeta {
  version: number;
  builtAt: string;
  corpusDir: string;
  articles: number;
  /** Size and SHA-256 (hex) of every file of the build, checked at load. */
  files: Record<string, { bytes: number; sha256: string }>;
}
