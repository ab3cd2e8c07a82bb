/**
 * Drawing a batch of real set B (data/eval/real-b/README.md): from a dataset's files, those the
 * genre filter keeps (a party, state or mass-organization unit and an organizing verb in the
 * first 700 characters), identical texts once, not labelled yet, in the order of an MD5 of the
 * batch's name and the file's. The same files, labels and name always give the same batch.
 */
import { createHash } from "node:crypto";

const UNIT =
  /Ban Dân vận|Mặt trận Tổ quốc|MTTQ|Hội Nông dân|Hội LHPN|Hội Liên hiệp Phụ nữ|Cựu chiến binh|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Đảng ủy|Đoàn Thanh niên|Tỉnh đoàn|Thành đoàn|UBND|Ủy ban nhân dân|Ban Chỉ đạo|Ban Tuyên giáo|Liên đoàn Lao động|Sở /u;
const VERB = /tổ chức|phối hợp|chủ trì|phát động|khai mạc|ra quân|trao tặng|họp mặt|gặp mặt/u;
/** How much of a file the filter reads. */
export const FILTER_HEAD = 700;

/** Whether a text's opening names a unit of the genre and an organizing verb. */
export function inGenreFilter(text: string): boolean {
  const head = text.slice(0, FILTER_HEAD);
  return UNIT.test(head) && VERB.test(head);
}

export interface DatasetFile {
  /** The file's name, e.g. "22345678.txt". */
  name: string;
  text: string;
}

/** The batch's files, in drawing order: at most n names. */
export function drawBatch(files: DatasetFile[], labelled: ReadonlySet<string>, batch: string, n: number): string[] {
  const seen = new Set<string>();
  const pool: string[] = [];
  for (const f of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const digest = createHash("sha256").update(f.text).digest("hex");
    if (seen.has(digest)) continue;
    seen.add(digest);
    if (!labelled.has(f.name) && inGenreFilter(f.text)) pool.push(f.name);
  }
  const key = (name: string) => createHash("md5").update(`${batch}:${name}`).digest("hex");
  return pool
    .map((name) => [key(name), name] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, n)
    .map(([, name]) => name);
}

/** The file names labelled before a batch: every label that comes before its first one. */
export function labelledBefore(labels: { path: string; batch: string }[], batch: string): Set<string> {
  const first = labels.findIndex((l) => l.batch === batch);
  return new Set((first < 0 ? labels : labels.slice(0, first)).map((l) => l.path.split("/").at(-1)!));
}
