import path from "node:path";

/** The corpus folder: ARTICLES_DIR when set, else the embedded default corpus. */
export function corpusDir(override?: string): string {
  return path.resolve(override ?? process.env.ARTICLES_DIR ?? "data/articles");
}

/** Curated data: the gazetteer, organization units, abbreviations. */
export const CURATED_DIR = path.resolve("data");
