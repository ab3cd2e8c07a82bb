import { cleanText } from "../text";
import type { Aliases } from "./aliases";
import type { Article } from "./types";

/**
 * Reads one scraped article. Rules come from how these news pages are laid
 * out, not from any particular file: a page-header date, a headline, photo
 * captions, a lead that opens with the event's day ("Sáng 2/11, …"), body
 * paragraphs, a byline, then site furniture ("Tin khác", comment widgets).
 */

// "Thứ Năm, ngày 5 tháng 10 năm 2023": the page's date, never the event's.
const PAGE_DATE = /^(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|\d)|chủ\s+nhật)(?!\p{L})[^\n]{0,40}\d{4}\s*$/iu;
// Where the story ends and the site's furniture begins.
const END_OF_STORY =
  /^(?:ý kiến bạn đọc|tin khác|các tin khác|tin liên quan|tin cùng chuyên mục|bài viết liên quan|xem thêm|bình luận|gửi bình luận|this website uses cookies)(?!\p{L})/iu;
// Lines that are widgets or counters wherever they appear.
const NOISE = /^(?:refresh|tổng lượt bình luận|thông báo|read more|chia sẻ|in bài|lượt xem:?\s*\d*|\d{1,7})$/iu;
const SOURCE_LINE = /^nguồn(?: tin)?\s*:\s*(.+)$/iu;
// "(Thanhuytphcm.vn) - " at the head of the lead.
const SOURCE_PREFIX = /^\(([\p{L}\d.-]+\.[a-z]{2,4})\)\s*[-–—]\s*/iu;
const CAPTION_MARK = /\((?:ảnh|nguồn ảnh|ảnh minh họa)\b[^)]*\)|^(?:quang cảnh|ảnh\s*:)/iu;
// Day phrases that open the event sentence: "Ngày 29/11", "Sáng 22-12", "Chiều 30/6/2022".
const EVENT_DAY =
  /(?:^|[\s,(])(?:(?:vào\s+)?(?:sáng|trưa|chiều|tối|đêm)\s+(?:ngày\s+)?|ngày\s+)(\d{1,2})\s*[/-]\s*(\d{1,2})(?:\s*[/-]\s*(\d{4}))?/iu;
const EVENT_DAY_LONG =
  /(?:^|[\s,(])(?:(?:sáng|trưa|chiều|tối|đêm)\s+)?ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?/iu;
// Dates of documents and other events cited in the text.
const CITED_DATE =
  /(?<!\d)(\d{1,2})\s*[/-]\s*(\d{1,2})\s*[/-]\s*((?:19|20)\d{2})(?!\d)|ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d{2})/giu;
// Document numbers carry their year: "98/2023/QH15".
const DOC_YEAR = /\d+\/((?:19|20)\d{2})\/[\p{L}\d-]+/gu;
const YEAR_MENTION = /năm\s+((?:19|20)\d{2})(?!\d)/giu;
// "X tổ chức …", "X phối hợp (với) Y tổ chức …", "X tiến hành …".
const ORGANIZERS =
  /^(.+?)\s+(?:(?:đã\s+)?phối hợp(?:\s+với)?|cùng với)\s+(.+?)\s+(?:tổ chức|tiến hành|triển khai|tổng kết|họp)(?=\s|$)|^(.+?)\s+(?:đã\s+)?(?:tổ chức|tiến hành|triển khai|phối hợp)(?=\s|$)/u;

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const endsSentence = (s: string) => /[.!?…;:"”»)]$/u.test(s);

export function extractArticle(
  text: string,
  meta: { id: string; file: string },
  aliases: Aliases,
): Article {
  const warnings: string[] = [];
  let source: string | null = null;

  // 1. Lines: normalized, boilerplate dropped, story cut at the site furniture.
  const lines: string[] = [];
  for (const raw of text.split("\n")) {
    const line = cleanText(raw).replace(/\s+/g, " ").trim();
    if (!line) continue;
    if (END_OF_STORY.test(line) && lines.length > 0) break;
    if (PAGE_DATE.test(line) || NOISE.test(line)) continue;
    const src = SOURCE_LINE.exec(line);
    if (src?.[1]) {
      source = src[1].trim().toLowerCase();
      continue;
    }
    lines.push(line);
  }

  // 2. The lead: the first line that opens with the event's day, else the first
  //    long paragraph. Lines before it are the headline and captions.
  let leadAt = lines.findIndex((l, i) => i < 6 && EVENT_DAY.test(l.slice(0, 60)) && words(l) >= 12);
  if (leadAt < 0) leadAt = lines.findIndex((l) => words(l) >= 25 && endsSentence(l));
  if (leadAt < 0) leadAt = lines.findIndex((l) => words(l) >= 12);
  if (leadAt < 0) leadAt = 0;

  let title = "";
  const captions: string[] = [];
  for (const l of lines.slice(0, leadAt)) {
    const isCaption = CAPTION_MARK.test(l) || /[.]$/.test(l) || words(l) > 45;
    if (!title && !isCaption) title = l;
    else captions.push(l);
  }

  let lead = lines[leadAt] ?? "";
  const prefix = SOURCE_PREFIX.exec(lead);
  if (prefix?.[1]) {
    source ??= prefix[1].toLowerCase();
    lead = lead.slice(prefix[0].length);
  }

  // 3. Body and byline: a short, unpunctuated name-like last line is the author.
  const rest = lines.slice(leadAt + 1);
  let author: string | null = null;
  const last = rest.at(-1);
  if (last && words(last) <= 5 && !endsSentence(last.replace(/\s*\([^)]*\)$/, "")) && /^\p{Lu}/u.test(last)) {
    author = last.replace(/\s*\((?:tổng hợp|tổng hợp)\)$/iu, "").trim();
    rest.pop();
  }
  const body: string[] = [];
  for (const l of rest) (CAPTION_MARK.test(l) ? captions : body).push(l);

  // 4. Event date and year, from the story's own evidence.
  const story = [lead, ...body].join("\n");
  const { date, year } = eventDate(lead, story, warnings);

  // 5. Organizers, from the event sentence.
  const place = aliases.placeOfSource(source) ?? aliases.placesIn(story)[0] ?? null;
  const organizers = findOrganizers(lead).map((o) => aliases.canonicalOrganizer(o, place));
  if (organizers.length === 0) warnings.push("organizers: none found in the lead");

  if (!title) {
    title = titleFromLead(lead);
    warnings.push("title: no headline, derived from the lead");
  }
  if (!author) warnings.push("author: no byline found");

  return { ...meta, title, date, year, organizers, author, source, lead, body, captions, warnings };
}

function eventDate(lead: string, story: string, warnings: string[]): { date: string | null; year: number | null } {
  const m = EVENT_DAY.exec(lead) ?? EVENT_DAY_LONG.exec(lead);
  const day = m ? Number(m[1]) : null;
  const month = m ? Number(m[2]) : null;
  const valid = day !== null && month !== null && day >= 1 && day <= 31 && month >= 1 && month <= 12;
  let year = m?.[3] ? Number(m[3]) : null;

  if (year === null) {
    year = yearFromEvidence(story, valid ? [month, day] : null);
    if (year === null) warnings.push("year: none found in the text");
    else if (valid) warnings.push("date: year inferred from the text");
  }
  if (!valid) {
    warnings.push("date: no event day found in the lead");
    return { date: null, year };
  }
  if (year === null) return { date: null, year: null };
  const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return { date: iso, year };
}

/**
 * The event's year: the most-mentioned "năm YYYY" that is not before the latest
 * document the text cites (documents precede the event reporting them).
 */
function yearFromEvidence(story: string, monthDay: [number, number] | null): number | null {
  // Latest cited date as y*10000 + m*100 + d.
  let latest = 0;
  const cite = (y: number, mo: number, d: number) => {
    latest = Math.max(latest, y * 10000 + mo * 100 + d);
  };
  const withoutDates = story.replace(CITED_DATE, (_all, d1, m1, y1, d2, m2, y2) => {
    cite(Number(y1 ?? y2), Number(m1 ?? m2), Number(d1 ?? d2));
    return " ";
  });
  for (const m of withoutDates.matchAll(DOC_YEAR)) cite(Number(m[1]), 1, 1);

  let floor: number | null = null;
  if (latest > 0) {
    const y = Math.floor(latest / 10000);
    floor = monthDay && monthDay[0] * 100 + monthDay[1] < latest % 10000 ? y + 1 : y;
  }
  const counts = new Map<number, number>();
  for (const m of withoutDates.matchAll(YEAR_MENTION)) {
    const y = Number(m[1]);
    if (floor === null || y >= floor) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  if (best) return best[0];
  if (floor !== null) return floor;
  const bare = [...withoutDates.matchAll(/(?<![\d/.-])((?:19|20)\d{2})(?![\d/])/g)].map((m) => Number(m[1]));
  return bare.length ? Math.min(...bare) : null;
}

function findOrganizers(lead: string): string[] {
  const m = EVENT_DAY.exec(lead) ?? EVENT_DAY_LONG.exec(lead);
  // The clause after the day phrase: "Sáng 2/11, <organizers> tổ chức …".
  let clause = m ? lead.slice(m.index + m[0].length) : lead;
  clause = clause.replace(/^[^,]{0,40}?,\s*/u, "").split(/[.;]/)[0] ?? "";
  const o = ORGANIZERS.exec(clause);
  if (!o) return [];
  const names = o[3] ? [o[3]] : [o[1] ?? "", o[2] ?? ""];
  return names.map((n) => n.replace(/^(?:tại\s+[^,]+,\s*)/u, "").trim()).filter((n) => words(n) >= 2 && words(n) <= 20);
}

function titleFromLead(lead: string): string {
  const m = EVENT_DAY.exec(lead) ?? EVENT_DAY_LONG.exec(lead);
  let s = m && m.index < 60 ? lead.slice(m.index + m[0].length).replace(/^[^,]{0,40}?,\s*/u, "") : lead;
  s = s.split(/(?<=[.!?])\s/u)[0] ?? s;
  const w = s.split(/\s+/);
  s = w.length > 24 ? `${w.slice(0, 24).join(" ")}…` : s.replace(/[.]$/, "");
  return s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
}
