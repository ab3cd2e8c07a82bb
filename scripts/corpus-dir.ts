import { statSync } from "node:fs";
import path from "node:path";
import { UserError } from "./cli";

/** The corpus folder: ARTICLES_DIR when set, else the embedded default corpus. */
export function corpusDir(override?: string): string {
  return path.resolve(override ?? process.env.ARTICLES_DIR ?? "data/articles");
}

/** The corpus folder, checked to be one (a one-line error naming the setting otherwise). */
export function existingCorpusDir(override?: string): string {
  const dir = corpusDir(override);
  const from = override !== undefined ? "--dir" : process.env.ARTICLES_DIR !== undefined ? "ARTICLES_DIR" : "default";
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {}
  if (!isDir) throw new UserError(`corpus folder ${dir} (${from}) does not exist or is not a folder`);
  return dir;
}

/** Curated data: the gazetteer, organization units, abbreviations. */
export const CURATED_DIR = path.resolve("data");
