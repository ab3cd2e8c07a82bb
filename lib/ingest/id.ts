import { fold } from "../text";

/**
 * A URL-safe id from a file's path inside the corpus: stable across rebuilds
 * and across corpora holding the same file. "2022/Tin số 1.txt" → "2022-tin-so-1".
 */
export function articleId(relativePath: string): string {
  const slug = fold(relativePath.replace(/\.[^./]+$/, ""))
    .replace(/[^a-z0-9_]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "bai";
}
