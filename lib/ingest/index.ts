export { type Aliases, AliasFileSchema, compileAliases } from "./aliases";
export { ingestCorpus, ingestFile, listArticleFiles, loadAliases } from "./corpus";
export { decodeArticle, MAX_FILE_BYTES } from "./decode";
export { extractArticle } from "./extract";
export { articleId } from "./id";
export type { Article, IngestEntry, IngestResult, IngestStatus } from "./types";
