import { realpathSync } from "node:fs";
import path from "node:path";

/**
 * The real path of p, resolving symbolic links; for a path that does not
 * exist yet, its nearest existing ancestor's real path joined with the rest.
 */
export function realPathOf(p: string): string {
  const abs = path.resolve(p);
  try {
    return realpathSync(abs);
  } catch {
    const parent = path.dirname(abs);
    return parent === abs ? abs : path.join(realPathOf(parent), path.basename(abs));
  }
}

/** True when child is parent or lies under it, comparing whole path components (not text prefixes). */
export function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === "" || (!rel.startsWith(`..${path.sep}`) && rel !== ".." && !path.isAbsolute(rel));
}
