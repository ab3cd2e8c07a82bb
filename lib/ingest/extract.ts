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
const TIME = String.raw`(?:\s*[-,|]?\s*\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:AM|PM|\(?GMT[+-]\d+\)?))?)?`;
const PAGE_DATE = new RegExp(
  String.raw`^(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|\d)|chủ\s+nhật)(?!\p{L})[^\n]{0,40}\d{4}${TIME}\s*$`,
  "iu",
);
// A line that is only a date (a list item's or the page's): "23/07/2024", "Cập nhật: 14/03/2022 10:25".
const DATE_LINE = new RegExp(
  String.raw`^(?:(?:cập nhật|ngày đăng|đăng|đăng lúc)[^\d]{0,10})?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}${TIME}\s*$`,
  "iu",
);
// Where the story ends and the site's furniture begins.
const END_OF_STORY =
  /^(?:ý kiến bạn đọc|tin khác|các tin khác|tin liên quan|tin cùng chuyên mục|bài viết liên quan|xem thêm|bình luận|gửi bình luận|this website uses cookies)(?!\p{L})/iu;
// Lines that are widgets or counters wherever they appear.
const NOISE =
  /^(?:refresh|tổng lượt bình luận|thông báo|read more|chia sẻ|in bài|quay lại|lên đầu trang|bản in|gửi email|facebook|zalo|twitter|lượt xem:?\s*[\d.,]*|[\d.,]+\s*lượt xem|\d{1,7}|[\d.,]+\s*(?:views?|lượt thích))$/iu;
// "Trang chủ > Tin tức > Dân vận": a breadcrumb trail.
const BREADCRUMB = /^(?:trang chủ|home)\s*[>»›/|]|^[^>»›]{1,40}(?:\s[>»›]\s[^>»›]{1,40}){2,}$/iu;
const SOURCE_LINE = /^nguồn(?: tin)?\s*:\s*(.+)$/iu;
// "(Thanhuytphcm.vn) - " at the head of the lead.
const SOURCE_PREFIX = /^\(([\p{L}\d.-]+\.[a-z]{2,4})\)\s*[-–—]\s*/iu;
// "(Ảnh: Văn Lượng)", "… phát biểu. Ảnh: THU HÀ", "Quang cảnh hội nghị.", "Ảnh minh họa".
const CAPTION_MARK =
  /\((?:ảnh|nguồn ảnh|ảnh minh họa|ảnh minh hoạ)\b[^)]*\)|(?:^|[\s.–-])(?:ảnh|nguồn ảnh)\s*:\s*[^.:]{1,60}$|^(?:quang cảnh|toàn cảnh|ảnh\s*:|ảnh minh h(?:ọa|oạ))/iu;
// Day phrases that open the event sentence: "Ngày 29/11", "Sáng 22-12", "Chiều 30/6/2022",
// "Sáng nay (5/3)", "ngày 5 tháng 3 năm 2021".
const EVENT_DAY =
  /(?:^|[\s,(])(?:(?:vào\s+)?(?:(?:sáng|trưa|chiều|tối|đêm)(?:\s+(?:nay|qua))?|hôm\s+(?:nay|qua))\s*,?\s*\(?\s*(?:ngày\s+)?|ngày\s+)(\d{1,2})\s*[/-]\s*(\d{1,2})(?:\s*[/-]\s*(\d{4}))?(?![\d/])/giu;
const EVENT_DAY_LONG =
  /(?:^|[\s,(])(?:(?:sáng|trưa|chiều|tối|đêm)\s+)?ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?/giu;
// Events over several days are dated by the first: "Trong 2 ngày 14 và 15/9/2022", "ngày 14-15/9".
const EVENT_DAYS =
  /(?:^|[\s,(])ngày\s+(\d{1,2})\s*(?:và|-|–|đến)\s*\d{1,2}\s*[/-]\s*(\d{1,2})(?:\s*[/-]\s*(\d{4}))?(?![\d/])/giu;
// A date right after a document's name or number is the document's, not the event's.
const DOCUMENT_CUE =
  /(?:số\s+\S+|quyết định|kế hoạch|chỉ thị|nghị quyết|kết luận|quy định|công văn|thông báo|hướng dẫn|nghị định|thông tư|luật)[^,.;]{0,40}$/iu;

interface DayPhrase {
  index: number;
  end: number;
  day: number;
  month: number;
  year: number | null;
}

/** The first day phrase in a lead that dates the event, not a cited document. */
export function findEventDay(lead: string): DayPhrase | null {
  const found: DayPhrase[] = [];
  for (const re of [EVENT_DAY, EVENT_DAYS, EVENT_DAY_LONG])
    for (const m of lead.matchAll(re)) {
      if (DOCUMENT_CUE.test(lead.slice(Math.max(0, m.index - 60), m.index))) continue;
      found.push({
        index: m.index,
        end: m.index + m[0].length,
        day: Number(m[1]),
        month: Number(m[2]),
        year: m[3] ? Number(m[3]) : null,
      });
      break;
    }
  return found.sort((a, b) => a.index - b.index)[0] ?? null;
}

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

export function extractArticle(text: string, meta: { id: string; file: string }, aliases: Aliases): Article {
  const warnings: string[] = [];
  let source: string | null = null;

  // 1. Lines: normalized, boilerplate dropped, story cut at the site furniture.
  const lines: string[] = [];
  let storyBegun = false;
  for (const raw of text.split("\n")) {
    const line = cleanText(raw).replace(/\s+/g, " ").trim();
    if (!line) continue;
    // Furniture ends the story only once a story has begun; above it, it is scraped sidebar.
    if (END_OF_STORY.test(line)) {
      if (storyBegun) break;
      continue;
    }
    if (PAGE_DATE.test(line) || DATE_LINE.test(line) || NOISE.test(line) || BREADCRUMB.test(line)) continue;
    const src = SOURCE_LINE.exec(line);
    if (src?.[1]) {
      source = src[1].trim().toLowerCase();
      continue;
    }
    lines.push(line);
    storyBegun ||= words(line) >= 12;
  }

  // 2. The lead: the first line that opens with the event's day, else the first
  //    long paragraph. Lines before it are the headline and captions.
  let leadAt = lines.findIndex((l, i) => i < 6 && words(l) >= 12 && (findEventDay(l)?.index ?? 99) < 60);
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
  if (
    last &&
    words(last) <= 7 &&
    !endsSentence(last.replace(/\s*\([^)]*\)$/, "")) &&
    /^\p{Lu}/u.test(last) &&
    cleanByline(last)
  ) {
    author = cleanByline(last);
    rest.pop();
  }
  const body: string[] = [];
  for (const l of rest) (CAPTION_MARK.test(l) ? captions : body).push(l);

  // 4. Event date and year, from the story's own evidence.
  const story = [lead, ...body].join("\n");
  const { date, year } = eventDate(lead, story, warnings);

  // 5. Organizers, from the event sentence.
  const placeFromSource = aliases.placeOfSource(source);
  const place = placeFromSource ?? aliases.placesIn(story)[0] ?? null;
  const found = findOrganizers(lead);
  const organizers = unique(
    completeLocalLevels(
      found.map((o) => aliases.canonicalOrganizer(o, place)),
      lead,
    ),
  );
  if (organizers.length === 0) warnings.push("organizers: none found in the lead");
  else if (found.some((o) => aliases.isBareLevel(o))) {
    // A bare "Thành ủy" named its place only through the site or the text: say which.
    if (!place) warnings.push("organizers: a bare committee level with no place to resolve it");
    else if (!placeFromSource) warnings.push(`organizers: place "${place}" taken from the text, not the source site`);
  }

  if (!title) {
    title = titleFromLead(lead);
    warnings.push("title: no headline, derived from the lead");
  }
  if (!author) warnings.push("author: no byline found");

  return { ...meta, title, date, year, organizers, author, source, lead, body, captions, warnings };
}

function eventDate(lead: string, story: string, warnings: string[]): { date: string | null; year: number | null } {
  const m = findEventDay(lead);
  const day = m?.day ?? null;
  const month = m?.month ?? null;
  const valid = day !== null && month !== null && day >= 1 && day <= 31 && month >= 1 && month <= 12;
  let year = m?.year ?? null;

  if (year === null) {
    year = yearFromEvidence(story, lead, valid ? [month, day] : null);
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
const YEAR_RANGE = /((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})(?!\d)/g;
const REVIEW = /tổng kết|sơ kết|biểu dương|nhìn lại|đánh giá|kỷ niệm|tuyên dương|khen thưởng/iu;

/** The most frequent value; ties go to the first in `order`. */
function mostFrequent(xs: number[], order: (a: number, b: number) => number): number | null {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || order(a[0], b[0]))[0]?.[0] ?? null;
}

function yearFromEvidence(story: string, lead: string, monthDay: [number, number] | null): number | null {
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
  // Last resort, bare years. A period ("giai đoạn 2016-2021") dates a review at
  // its end and a launch at its start.
  const review = REVIEW.test(lead);
  const bare: number[] = [];
  const singles = withoutDates.replace(YEAR_RANGE, (_m, a, b) => {
    bare.push(Number(review ? b : a));
    return " ";
  });
  for (const m of singles.matchAll(/(?<![\d/.-])((?:19|20)\d{2})(?![\d/])/g)) bare.push(Number(m[1]));
  return mostFrequent(bare, (a, b) => b - a);
}

function findOrganizers(lead: string): string[] {
  const m = findEventDay(lead);
  // The clause after the day phrase: "Sáng 2/11, <organizers> tổ chức …".
  let clause = m ? lead.slice(m.end) : lead;
  // Sentence end: a period before a space, but not the one in "TP. Hồ Chí Minh".
  clause = clause.replace(/^[^,]{0,40}?,\s*/u, "").split(/;|(?<![Tt][Pp])\.(?=\s|$)/u)[0] ?? "";
  const o = ORGANIZERS.exec(clause);
  if (!o) return [];
  const names = (o[3] ? [o[3]] : [o[1] ?? "", o[2] ?? ""]).flatMap(splitJointOrganizers);
  return names
    .map((n) =>
      n
        .replace(/^(?:tại\s+[^,]+,\s*)/u, "")
        // "UBND tỉnh chủ trì, phối hợp với …": the role is not part of the name.
        .replace(/[\s,]+(?:đã\s+)?(?:chủ trì|chủ động|đứng ra)[\s,]*$/u, "")
        .trim(),
    )
    .filter((n) => words(n) >= 2 && words(n) <= 20);
}

function titleFromLead(lead: string): string {
  const m = findEventDay(lead);
  let s = m && m.index < 60 ? lead.slice(m.end).replace(/^[^,]{0,40}?,\s*/u, "") : lead;
  s = s.split(/(?<=[.!?])\s/u)[0] ?? s;
  const w = s.split(/\s+/);
  s = w.length > 30 ? `${w.slice(0, 30).join(" ")}…` : s.replace(/[.]$/, "");
  return s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
}

const unique = (xs: string[]) => [...new Set(xs)];

// Levels below the province that a co-organizer may leave bare: "Hội Chữ thập đỏ huyện".
const LOCAL_LEVEL = /\s(huyện|quận|thị xã|thành phố|phường|xã|thị trấn)$/iu;
const NAME = String.raw`((?:\p{Lu}[\p{L}\p{M}]*|\d+)(?:\s(?:\p{Lu}[\p{L}\p{M}]*|\d+))*)`;

/**
 * A name that ends in a bare local level takes the place the lead names at
 * that level ("Ủy ban MTTQ huyện Cờ Đỏ phối hợp với Hội Chữ thập đỏ huyện").
 */
function completeLocalLevels(names: string[], lead: string): string[] {
  return names.map((n) => {
    const m = LOCAL_LEVEL.exec(n);
    if (!m?.[1]) return n;
    const named = new RegExp(`(?<![\\p{L}])${m[1]}\\s${NAME}`, "iu").exec([...names, lead].join(" | "));
    return named?.[1] ? `${n} ${named[1]}` : n;
  });
}

// Words that open an organization's name; "X và Y" splits only before one of
// them, since names themselves contain "và" ("Sở Tài nguyên và Môi trường").
const ORG_HEAD =
  /^(?:ban|hội|sở|ủy ban|ubnd|ubmttq|đảng ủy|đảng bộ|huyện ủy|thành ủy|tỉnh ủy|quận ủy|thị ủy|đoàn|thành đoàn|tỉnh đoàn|huyện đoàn|trung tâm|liên đoàn|mặt trận|công an|bộ chỉ huy|trường|viện|báo|đài|phòng|cục|chi cục|hđnd|câu lạc bộ|liên hiệp)(?!\p{L})/iu;

function splitJointOrganizers(names: string): string[] {
  const parts = names.split(/\s+(?:và|cùng|cùng với)\s+|,\s+/u);
  if (parts.length < 2 || !parts.every((p) => ORG_HEAD.test(p))) return [names];
  return parts;
}

/** "Bài, ảnh: MINH CHÂU" → "Minh Châu"; "PV (tổng hợp)" → "PV". */
function cleanByline(line: string): string {
  let s = line
    .replace(
      /^(?:bài(?:\s+(?:và|,)\s*ảnh|,\s*ảnh)?|tin(?:\s*(?:và|,)\s*ảnh)?|ảnh|nhóm phóng viên|tác giả)\s*:\s*/iu,
      "",
    )
    .replace(/\s*\((?:tổng hợp|tổng hợp|tổng hợp|theo [^)]*|[^)]*\.(?:vn|com|net)[^)]*)\)$/iu, "")
    .replace(/\s*[-–]\s*(?:tổng hợp)$/iu, "")
    .trim();
  // Bylines set in capitals read better in title case; short ones ("PV", "TTXVN") are initials.
  if (s === s.toLocaleUpperCase("vi") && [...s.replace(/\s/g, "")].length > 4)
    s = s.toLocaleLowerCase("vi").replace(/(^|\s)(\p{L})/gu, (_m, sp, c) => sp + c.toLocaleUpperCase("vi"));
  return s;
}
