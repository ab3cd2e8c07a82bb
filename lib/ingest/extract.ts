import { cleanText, normalizeText } from "../text";
import { type Curated, formerProvince } from "./curated";
import {
  type DayPhrase,
  type EventDate,
  eventDate,
  findEventDay,
  HISTORY_BEFORE,
  opensRelativeDay,
  parseStamp,
  type Stamp,
  sentences,
} from "./event-date";
import { findOrganizerEvidence, JUST_HAPPENED } from "./organizer-evidence";
import { subjectOrganizers } from "./organizers";
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
// A line that is only a date (a list item's or the page's): "23/07/2024", "Cập nhật: 14/03/2022 10:25",
// "09:12, 06/12/2016", "date 2025-12-05", "Công tác Dân tộc - 09:05, 29/10/2019" (a section and its stamp),
// "Dương Linh 06/12/2023 - 11:52" (a byline and its stamp), "Bùi Ánh - 14:20 28/09/2023 GMT+7".
const DATE_LINE = new RegExp(
  String.raw`^(?:(?:cập nhật|ngày đăng|đăng|đăng lúc|ngày|date|[^\d\n]{1,40}\s(?:[-–|]\s*)?)[^\d]{0,10})?(?:\d{1,2}[:h]\d{2}\s*[,-]?\s*)?(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2})${TIME}(?:\s*\(?GMT\s*[+-]\s*\d+\)?)?\s*$`,
  "iu",
);
// "cms-publish-date 17/04/2018 | 08:03 | cms-view-count: 3413": a site's publishing fields, scraped as a line.
const CMS_DATE_LINE =
  /^cms-publish-date\s+\d{1,2}\/\d{1,2}\/\d{4}(?:\s*\|\s*\d{1,2}:\d{2})?(?:\s*\|\s*cms-view-count:\s*\d+)?\s*$/iu;
// "date 2025-09-25 Ông … chủ trì buổi họp báo": a stamp glued to the next line.
const STAMP_PREFIX = /^date\s+(\d{4})-(\d{2})(?:-(\d{2}))?\s+/u;
// A year right after a capitalized word: a unit's name's ("… Quảng Trị năm 1972").
const NAMED_YEAR = /\p{Lu}[\p{L}\p{M}]*\s+năm\s+\d{4}$/u;
// A document's place-and-date line alone ("Hải Phòng, ngày 27 tháng 02 năm 2020"): a stamp, never a headline.
const PLACE_DATE_LINE =
  /^\p{Lu}[\p{L}\p{M} .'-]{1,30},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+(?:19|20)\d{2}\s*\.?$/u;
// Where the story ends and the site's furniture begins.
const END_OF_STORY =
  /^(?:ý kiến bạn đọc|tin khác|các tin khác|tin liên quan|tin cùng chuyên mục|bài viết liên quan|xem thêm|bình luận|gửi bình luận|this website uses cookies)(?!\p{L})/iu;
// Lines that are widgets or counters wherever they appear.
const NOISE =
  /^(?:refresh|in trang|print|tổng lượt bình luận|thông báo|read more|chia sẻ|in bài|quay lại|lên đầu trang|bản in|gửi email|facebook|zalo|twitter|lượt xem:?\s*[\d.,]*|[\d.,]+\s*lượt xem|\d{1,7}|[\d.,]+\s*(?:views?|lượt thích))$/iu;
// "Trang chủ > Tin tức > Dân vận": a breadcrumb trail.
const BREADCRUMB = /^(?:trang chủ|home)\s*[>»›/|]|^[^>»›]{1,40}(?:\s[>»›]\s[^>»›]{1,40}){2,}$/iu;
// "Nguồn: Báo Lào Cai", and an aggregator's "Nguồn Hà Tĩnh: https://baohatinh.vn/…" (the address is the source).
const SOURCE_LINE = /^nguồn(?: tin)?\s*:\s*(.+)$|^nguồn\s(?!ảnh)[^:]{1,30}:\s*(https?:\/\/\S+)$/iu;
// "(Thanhuytphcm.vn) - " at the head of the lead.
// "(GLO)- ", "BTO-", "STO - ", "VOV.VN - ": a site's code at the head of the lead.
const SOURCE_PREFIX =
  /^(?:\(([\p{L}\d.-]+\.[a-z]{2,4}|[\p{Lu}\d]{2,10})\)|([\p{Lu}Đ]{2,6}(?:\.[\p{Lu}]{2,3})?))\s*[-–—]\s*/u;
// "(Ảnh: Văn Lượng)", "… phát biểu. Ảnh: THU HÀ", "Quang cảnh hội nghị.", "Ảnh minh họa".
const CAPTION_MARK =
  /\((?:ảnh|nguồn ảnh|ảnh minh họa|ảnh minh hoạ)\b[^)]*\)|(?:^|[\s.–-])(?:ảnh|nguồn ảnh)\s*:\s*[^.:]{1,60}$|^(?:quang cảnh|toàn cảnh|ảnh\s*:|ảnh minh h(?:ọa|oạ))/iu;
// "… nguyên Bí thư Tỉnh ủy X. Ảnh: Internet Ngày 25/5/2017, tại …", "… chúc mừng ông Y - Ảnh: Báo
// Xây dựng Sáng nay 8-2, Ban Chấp hành …": a photo's caption and credit glued to the paragraph that
// opens the story, as some scrapers join them; the story starts after the credit.
const GLUED_CAPTION =
  /(?:\((?:Ảnh|ảnh|Nguồn)\s*:[^)]{1,60}\)|(?:^|[.!?–-]\s*)Ảnh\s*:\s*[^.()]{1,40}?)\s+(?=(?:Ngày|Sáng|Chiều|Tối|Trưa|Đêm)(?:\s+(?:nay|qua|ngày))?\s*\(?\d{1,2}\s*[/.-]\s*\d{1,2})/u;
// "Lãnh đạo tỉnh trao giấy chứng nhận cho doanh nghiệp Ngày 6.2, UBND tỉnh …": a caption with no
// credit, its end shown only by a day capitalized mid-sentence (after a word, a number or a quote,
// not a sentence's end or a site's code) and a capitalized subject after it, a lead's opening
// ("… từ ngày 11/5 Ngày 11/5, Ban …", "… đồng tình" Chiều ngày 14/6 Quận ủy …", "… hội nghị sáng
// 29-6 Sáng nay (29-6), Ban …", "… Ảnh HH Ngày 4.7, UBND …").
const GLUED_UNCREDITED =
  /(?<=[\p{L}\p{M}\d"”'’»])\s+(?=(?:Ngày|Sáng|Chiều|Tối|Trưa|Đêm)(?:\s+(?:nay|qua))?\s*(?:ngày\s+)?\(?\s*\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\s*\)?\s*,?\s*\p{Lu})/u;
// "… giới thiệu tiềm năng của tỉnh. (Ảnh: Bích Hà/TTXVN) Theo phóng viên …": a credit in brackets
// closes the caption whatever opens the story after it.
const GLUED_CREDIT = /\((?:Ảnh|ảnh|Nguồn ảnh)\s*:[^()]{1,60}\)\s+(?=\p{Lu})/u;
/** How far into a line a glued caption may reach before the story it is glued to. */
const GLUED_REACH = 300;
const OPENS_DAY = /^(?:Ngày|Sáng|Chiều|Tối|Trưa|Đêm|Hôm)(?!\p{L})/u;
/** A line, or a glued caption and the story after it (the caption flagged). */
function splitGluedCaption(line: string): { text: string; caption?: true }[] {
  const head = line.slice(0, GLUED_REACH);
  const found = [
    GLUED_CAPTION.exec(line),
    OPENS_DAY.test(line) ? null : GLUED_UNCREDITED.exec(head),
    GLUED_CREDIT.exec(head),
  ].filter((m): m is RegExpExecArray => m !== null);
  if (!found.length) return [{ text: line }];
  const m = found.reduce((a, b) => (b.index < a.index ? b : a));
  const cut = m.index + m[0].length;
  // (A story of a few words after the credit is a caption's tail, not the story.)
  if (words(line.slice(cut)) < 12) return [{ text: line }];
  return [{ text: line.slice(0, cut).trim(), caption: true }, { text: line.slice(cut) }];
}
// "Hòa trong không khí cả nước kỷ niệm …, sáng ngày 29/8, …": an occasion before the event's day.
const OCCASION =
  /^(?:hòa trong không khí|trong không khí|nhân dịp|chào mừng|hướng tới|kỷ niệm|nhân kỷ niệm)(?!\p{L})/iu;
// "…, Đoàn Thanh niên Công an tỉnh đã tổ chức các hoạt động …": the lead reports something held
// (or under way: "X đang phối hợp với Y tổ chức giải bóng đá"; or in the passive: "Nhiều phần quà
// đã được Thành đoàn … trao tặng").
const HELD =
  /(?<!\p{L})(?:đã|vừa|đang)\s+(?:phối hợp(?:\s+với\s+[^,.;]{1,80}?)?\s+|được\s+[^,.;]{1,120}?\s+)?(?:tổ chức|diễn ra|đến thăm|thăm|trao tặng|trao|tặng|khai mạc|phát động|ra quân)(?!\p{L})/iu;
// "*Trước đó, sáng 1.3, …", "Cũng trong ngày, …": a paragraph that goes on from another, never the lead.
const CONTINUES = /^[*\s]*(?:trước đó|sau đó|cũng trong|ngoài ra|bên cạnh đó|đồng thời|tiếp đó)(?!\p{L})/iu;
// "Chiều ngày 30/9/2025 Chi hội cũng đã thu gom …": "cũng" (also) goes on from what came before.
const ALSO = /^[^.;]{0,80}?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?,?\s+[^.;,]{0,40}?(?<!\p{L})cũng(?!\p{L})/iu;
// "Hội LHPN huyện X vừa tổng kết công tác năm 2018, …": a first sentence telling what its subject
// has just held opens the story as a day would.
const JUST_DID =
  /^[^.;:]{0,120}?(?<!\p{L})(?:vừa|mới)\s+(?:tổ chức|tổng kết|sơ kết|khai mạc|bế mạc|ra quân|phát động|ra mắt|họp|tiến hành|phối hợp|trao|thăm|đến thăm)(?!\p{L})/u;
// "Khai mạc Giải bóng đá CNVCLĐ năm 2019": a headline that reports an opening or a closing.
const OPENED = /^(?:khai mạc|bế mạc|ra quân)(?!\p{L})/iu;
// "Sôi nổi Hội thi “Dân vận khéo” năm 2023", "Ngày hội Đại đoàn kết … năm 2018 tại ấp X": a
// headline naming a contest or festival with its year reports it held (a plan or a guide aside).
const NAMED_EVENT =
  /(?<!\p{L})(?:hội thi|ngày hội|hội thao|hội diễn|liên hoan|hội trại|ra quân|giải)(?!\p{L})[^.:;!?]{0,90}?(?<!\p{L})năm\s+(?:19|20)\d{2}(?!\d)/iu;
const NOT_HELD = /(?<!\p{L})(?:sẽ|dự kiến|chuẩn bị|hướng dẫn|kế hoạch|đề cương|thể lệ|quy chế|phát động)(?!\p{L})/iu;
const namesHeldEvent = (title: string) => NAMED_EVENT.test(title) && !NOT_HELD.test(title);
const MARKDOWN_EMPHASIS = /\*\*(?=\S)([^*\n]*?\S)\*\*|__(?=\S)([^_\n]*?\S)__/gu;
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
// "Chiều 9/6, Thường trực HĐND huyện họp…": a list item's cut headline.
const isTeaser = (s: string) => /(?:…|\.\.\.)$/u.test(s) && words(s) <= 30;
const endsSentence = (s: string) => /[.!?…;:"”»)]$/u.test(s);

export function extractArticle(
  text: string,
  meta: { id: string; file: string; url?: string | null },
  curated: Curated,
): Article {
  const warnings: string[] = [];
  let source: string | null = null;
  const stamps: Stamp[] = [];

  // 1. Lines: normalized, boilerplate dropped, story cut at the site furniture.
  const lines: string[] = [];
  let storyBegun = false;
  // Lines split off as glued captions: never the lead.
  const gluedCaptions = new Set<number>();
  for (const { text: raw, caption: gluedCaption } of unwrap(text.split("\n")).flatMap(splitGluedCaption)) {
    // "… (Ảnh: Văn Sĩ)Chiều 30/1, …": a caption glued to the lead loses its space.
    // ("Sáng ngày **20/7/2025**, …": a scraper's Markdown emphasis is no part of the text.)
    let line = cleanText(raw)
      .replace(MARKDOWN_EMPHASIS, (_, a: string | undefined, b: string | undefined) => a ?? b ?? "")
      .replace(/\s+/g, " ")
      .replace(/\)(?=\p{Lu})/gu, ") ")
      .trim();
    if (!line) continue;
    // Furniture ends the story only once a story has begun; above it, it is scraped sidebar.
    if (END_OF_STORY.test(line)) {
      if (storyBegun) break;
      continue;
    }
    const glued = STAMP_PREFIX.exec(line);
    if (glued) {
      if (!storyBegun || lines.length <= 2)
        stamps.push({
          year: Number(glued[1]),
          month: Number(glued[2]),
          day: glued[3] ? Number(glued[3]) : null,
          text: glued[0].trim(),
        });
      line = line.slice(glued[0].length);
    }
    if (
      PAGE_DATE.test(line) ||
      DATE_LINE.test(line) ||
      CMS_DATE_LINE.test(line) ||
      isStampLine(line) ||
      PLACE_DATE_LINE.test(line)
    ) {
      // The page's own date, before the story: weak evidence of the event's year.
      // Above the story, or right under the headline ("Cập nhật: 19/08/2024").
      const stamp = storyBegun && lines.length > 2 ? null : parseStamp(line);
      if (stamp) stamps.push(stamp);
      continue;
    }
    // ("|", "* * *": a table's or a separator's leftovers, no words at all.)
    if (NOISE.test(line) || BREADCRUMB.test(line) || !/[\p{L}\p{N}]/u.test(line)) continue;
    const src = SOURCE_LINE.exec(line);
    const from = src?.[1] ?? src?.[2];
    if (from) {
      source = from.trim().toLowerCase();
      continue;
    }
    // "Hoạt động chung > Ủy ban …": a section trail before the headline.
    line = line.replace(/^(?:[^>»›.]{1,40}\s[>»›]\s)+/u, "");
    if (gluedCaption) gluedCaptions.add(lines.length);
    lines.push(line);
    storyBegun ||= words(line) >= 12;
  }

  // 2. The lead: the first line that opens with the event's day ("Sáng 2/11", "Chiều nay",
  //    "Vừa qua, …": after a sapo that reports none), else the first long paragraph.
  //    Lines before it are the headline and captions.
  //    A headline may name a day too ("Kon Tum: Đại hội … diễn ra ngày 6-7/10"): a lead that ends
  //    its sentence is preferred; so is one whose day follows an occasion ("Hòa trong không khí
  //    …, sáng ngày 29/8, …") to a long headline taken for a paragraph.
  const opensEvent = (l: string, i: number, within: number) =>
    i < 6 &&
    !gluedCaptions.has(i) &&
    words(l) >= 12 &&
    !isTeaser(l) &&
    !CONTINUES.test(l) &&
    !ALSO.test(l.slice(0, 120)) &&
    ((findEventDay(l)?.index ?? 999) < within ||
      opensRelativeDay(l) ||
      JUST_HAPPENED.exec(l)?.index === 0 ||
      JUST_DID.test(l) ||
      // "(Baohatinh.vn) - …", "(GLO)- …": the site's code opens its lead.
      (SOURCE_PREFIX.exec(l)?.[1] ?? "").includes("."));
  let leadAt = lines.findIndex((l, i) => opensEvent(l, i, 60) && endsSentence(l));
  if (leadAt < 0) leadAt = lines.findIndex((l, i) => opensEvent(l, i, 60));
  if (leadAt < 0) leadAt = lines.findIndex((l, i) => OCCASION.test(l) && opensEvent(l, i, 200) && endsSentence(l));
  if (leadAt < 0) {
    leadAt = lines.findIndex((l, i) => !gluedCaptions.has(i) && words(l) >= 25 && endsSentence(l));
    if (leadAt < 0) leadAt = lines.findIndex((l, i) => !gluedCaptions.has(i) && words(l) >= 12);
    // A first long paragraph that dates nothing and names no one holding anything is a sapo when
    // the paragraph after it dates its first sentence or says who held something ("Lễ phát động
    // … do Bộ X phối hợp với UBND TP Y tổ chức đã diễn ra sáng nay (27/5) …", "Tại buổi họp báo
    // … do UBND TP.HCM tổ chức, …"), or does so right after a caption ("Bí thư … tặng hoa cho
    // em A. Ngày 29.5, … Sở GD-ĐT tỉnh X đã tổ chức …"): that one opens the story.
    const taken = leadAt >= 0 && leadAt < 5 ? lines[leadAt]! : "";
    const next =
      taken && !findEventDay(taken) && !subjectOrganizers(sentences(taken)[0] ?? "", curated) ? leadAt + 1 : -1;
    const l = lines[next];
    if (l && words(l) >= 12 && !gluedCaptions.has(next) && !CONTINUES.test(l) && !ALSO.test(l.slice(0, 120))) {
      const [first = "", second = ""] = sentences(l);
      const opens = (s: string) => (findEventDay(s)?.index ?? 999) < 200 || subjectOrganizers(s, curated) !== null;
      if (opens(first) || (words(first) <= 30 && opens(second))) leadAt = next;
    }
  }
  if (leadAt < 0) leadAt = 0;

  let title = "";
  const captions: string[] = [];
  for (const [i, l] of lines.slice(0, leadAt).entries()) {
    const isCaption = gluedCaptions.has(i) || CAPTION_MARK.test(l) || /[.]$/.test(l) || words(l) > 45;
    if (!title && !isCaption) title = l;
    else captions.push(l);
  }

  // The sapo: a summary in full sentences right under the headline, above a lead that opens with
  // the event's day (photo captions aside). It dates what the story reports as the headline does.
  const second = leadAt > 1 && title === lines[0] ? lines[1]! : "";
  const sapo =
    second && !gluedCaptions.has(1) && !CAPTION_MARK.test(second) && words(second) >= 12 && endsSentence(second)
      ? second
      : null;
  let lead = lines[leadAt] ?? "";
  const prefix = SOURCE_PREFIX.exec(lead);
  const code = prefix?.[1] ?? prefix?.[2];
  if (prefix && code) {
    source ??= code.toLowerCase();
    lead = lead.slice(prefix[0].length);
  }

  // 3. Body and byline: a short, unpunctuated name-like last line is the author.
  //    Headlines cut short with "…" after the story are other stories' teasers.
  const rest = lines.slice(leadAt + 1);
  const teasers = rest.findIndex((l, i) => isTeaser(l) && (i === rest.length - 1 || isTeaser(rest[i + 1]!)));
  if (teasers >= 0) rest.length = teasers;
  let author: string | null = null;
  const last = rest.at(-1);
  if (last && words(last) <= 7 && !endsSentence(last.replace(/\s*\([^)]*\)$/, "")) && /^\p{Lu}/u.test(last)) {
    author = cleanByline(last) || null;
    if (author) rest.pop();
  }
  const body: string[] = [];
  for (const l of rest) (CAPTION_MARK.test(l) ? captions : body).push(l);

  // 4. Organizers and places, from the event sentence, the headline, the body.
  // The lead's day phrase, found once for the organizer, the date and a derived headline.
  const leadDay = findEventDay(lead);
  const found = findOrganizerEvidence(title, lead, body, [source, meta.url ?? null], curated, leadDay, sapo);
  // 5. Event date and year, from scored evidence.
  let when: EventDate = found.noEvent
    ? { date: null, year: null, inferred: false, how: found.noEvent, evidence: [] }
    : eventDate({
        title,
        paragraphs: [lead, ...body],
        ...(sapo ? { summary: sapo } : {}),
        stamps,
        isEvent: found.isEvent || HELD.test(sentences(lead)[0] ?? "") || OPENED.test(title) || namesHeldEvent(title),
        leadDay,
        names: found.organizers,
        recent: JUST_HAPPENED.test(lead.slice(0, 200)) || HELD.test(sentences(lead)[0] ?? ""),
      });
  // "Nhân kỷ niệm … (1949 - 1999), Ban X phát động …" on a page
  // stamped 2024: every year the lead gives lies years before every stamp, so the lead recounts
  // history (as a full day that far back does); whoever acted then held no event the page reports.
  // (A year written right after a name, "Hội Chiến sĩ thành cổ Quảng Trị năm 1972", is the name's.)
  const leadYears = when.evidence
    .filter((e) => LEAD_EVIDENCE.has(e.where) && !(e.year < HISTORY_BEFORE && NAMED_YEAR.test(e.phrase)))
    .map((e) => e.year);
  const recounted =
    leadDay?.year == null &&
    leadYears.length > 0 &&
    stamps.length > 0 &&
    leadYears.every((y) => stamps.every((s) => s.year - y >= HISTORY_GAP));
  if (recounted) {
    const how = `history recounted (the lead's years ${[...new Set(leadYears)].join(", ")} are a decade or more before the page's stamp)`;
    when = { date: null, year: null, inferred: false, how, evidence: when.evidence };
    found.organizers = [];
    found.how = how;
  }
  // "cms-publish-date 17/04/2018 … Vào lúc 8 giờ 00, ngày 20/4/2018 (thứ sáu), … chủ trì đối
  // thoại": a page written before its event's day announces it; whoever will hold it held no
  // event the page reports.
  if (when.ahead) {
    found.organizers = [];
    found.how = when.how;
  }
  // "Hội Chiến sĩ thành cổ Quảng Trị năm 1972 … tổ chức Đại hội": a year from before these sites
  // reported events is a name's or a history's, never the year of the event the page reports.
  if (when.year !== null && when.year < HISTORY_BEFORE)
    when = {
      ...when,
      date: null,
      year: null,
      inferred: false,
      how: `${when.year} is before the sites' time: no event year`,
    };
  // A province renamed later ("Huế" from 2025) is named as it was in the event's year.
  const { province, dateless } = provinceAsOf(found.province, when.date, when.year, curated, stamps, [
    title,
    lead,
    ...body,
  ]);
  if (when.year === null) warnings.push(`year: ${when.how}`);
  else if (when.inferred) warnings.push(`year: inferred from ${when.how}`);
  if (when.date === null && when.year !== null) warnings.push("date: no event day found");
  if (found.organizers.length === 0) warnings.push(`organizers: ${found.how}`);
  for (const u of found.unresolved) warnings.push(`organizers: "${u}" names no place the text resolves`);
  for (const p of found.placed) warnings.push(`organizers: ${p}`);
  if (province === null) warnings.push("province: none found");

  if (!title) {
    title = titleFromLead(lead, leadDay);
    warnings.push("title: no headline, derived from the lead");
  }
  if (!author) warnings.push("author: no byline found");

  const weakYear = when.year !== null && when.inferred && !stamps.length && WEAK_YEAR.has(when.where ?? "");
  const evidence: Article["evidence"] = {
    year: { how: when.how, inferred: when.inferred, ...(weakYear ? { weak: true } : {}) },
    date: { how: when.date ? when.how : "no event day", inferred: when.inferred },
    organizers: { how: found.how, inferred: found.placeInferred },
    province: { how: found.provinceHow, inferred: found.provinceInferred, ...(dateless ? { dateless } : {}) },
  };
  return {
    id: meta.id,
    file: meta.file,
    title,
    date: when.date,
    year: when.year,
    organizers: found.organizers,
    province,
    author,
    source,
    url: meta.url ?? null,
    lead,
    body,
    captions,
    warnings,
    evidence,
  };
}

/**
 * Text wrapped at a fixed width ("… Chi hội phụ nữ ấp 2 tổ\nchức họp mặt …"): a line that ends no
 * sentence, followed at once by one opening in lower case, goes on the same sentence. (A headline,
 * a paragraph or a caption never opens in lower case.)
 */
function unwrap(raw: string[]): string[] {
  const out: string[] = [];
  for (const line of raw) {
    const prev = out.at(-1)?.trimEnd();
    // ("Tiêu đề\ndate 2026-01-19 Ngày 19-1, …": a scraper's stamp opens its own line.)
    if (prev && !/[.!?…:;"”»)|]$/u.test(prev) && /^\s*\p{Ll}/u.test(line) && !STAMP_PREFIX.test(line.trimStart()))
      out[out.length - 1] = `${prev} ${line.trim()}`;
    else out.push(line);
  }
  return out;
}

// Where a year stands when it is only mentioned near the story, not in the event's own sentence.
const WEAK_YEAR = new Set(["lead", "headline", "next sentence", "sapo", "the lead's opening", "body"]);
const LEAD_EVIDENCE = new Set(["event sentence", "lead", "the lead's opening"]);
// Years between the lead's and the page's stamp that make it history: a stamp may be the reading
// day's banner ("Hôm nay, Thứ năm ngày 28/01/2021" over a report of 2019), so only a long gap counts.
const HISTORY_GAP = 10;

/**
 * A province as it was at the event: "Huế" (a city from 2025) was Thừa Thiên Huế before;
 * "Kiên Giang" (merged into An Giang on 1 July 2025) is An Giang after.
 */
function provinceAsOf(
  name: string | null,
  date: string | null,
  year: number | null,
  c: Curated,
  stamps: Stamp[] = [],
  texts: string[] = [],
): { province: string | null; dateless?: string } {
  const p = name ? c.provinces.get(name) : undefined;
  if (!p) return { province: name };
  // (Named as the gazetteer names it: "Bà Rịa – Vũng Tàu", however the text wrote its dash.)
  name = p.name;
  const before = p.from ? formerProvince(p.name, c) : undefined;
  // With the event's year unknown, a page stamped before the new name existed reports an event
  // from before it too ("Thành đoàn Huế" on a page of 2016 is Thừa Thiên Huế's city); so does a
  // page that names the province by its old name ("TP Huế … tỉnh Thừa Thiên - Huế").
  if (year === null) {
    const stamped = stamps.map(
      (s) => `${s.year}-${String(s.month).padStart(2, "0")}-${String(s.day ?? 28).padStart(2, "0")}`,
    );
    if (before && stamped.length && stamped.every((d) => d < p.from!)) return { province: before.name };
    if (before && !stamped.length && texts.some((t) => namesProvince(t, before.name, c)))
      return { province: before.name };
    // (Nothing dates the page: today's name, which the corpus's own time may still change.)
    return before && !stamped.length ? { province: name, dateless: p.from } : { province: name };
  }
  if (p.from && year < Number(p.from.slice(0, 4))) return { province: formerProvince(p.name, c)?.name ?? name };
  const after = date ? date > (p.until ?? "9999") : year > Number((p.until ?? "9999").slice(0, 4));
  if (p.mergedInto && after) return { province: p.mergedInto };
  return { province: name };
}

/** Whether a text names a province by any of the gazetteer's names for it. */
function namesProvince(text: string, province: string, c: Curated): boolean {
  for (const m of normalizeText(text).matchAll(c.places.pattern)) if (c.places.to.get(m[0]) === province) return true;
  return false;
}

// What may stand beside a date in a page's stamp line: bullets, weekdays, times, zones, labels.
const STAMP_FURNITURE =
  /[•·|,()[\]]|\b(?:GMT|UTC)\s*[+-]?\s*\d*|\d{1,2}[:h]\d{2}(?::\d{2})?|\b(?:AM|PM)\b|thứ\s+(?:hai|ba|tư|năm|sáu|bảy|\d)|chủ\s+nhật|cập nhật|ngày đăng|đăng lúc|đăng ngày|ngày|lúc|nguồn\s*:?[^|•]*/giu;

/** "24/06/2023 18:04 GMT +7", "• Thứ Bảy, 24/06/2023 | 18:04": a line that is only a date stamp. */
function isStampLine(line: string): boolean {
  if (line.length > 80 || !/\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}/u.test(line)) return false;
  const rest = line.replace(/\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}/u, " ").replace(STAMP_FURNITURE, " ");
  return /^[\s:+-]*$/u.test(rest);
}

function titleFromLead(lead: string, m: DayPhrase | null): string {
  let s = m && m.index < 60 ? lead.slice(m.end).replace(/^[^,]{0,40}?,\s*/u, "") : lead;
  s = s.split(/(?<=[.!?])\s/u)[0] ?? s;
  const w = s.split(/\s+/);
  s = w.length > 30 ? `${w.slice(0, 30).join(" ")}…` : s.replace(/[.]$/, "");
  return s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
}

/** "Bài, ảnh: MINH CHÂU" → "Minh Châu"; "PV (tổng hợp)" → "PV". */
function cleanByline(line: string): string {
  let s = line
    .replace(
      /^(?:bài(?:\s+(?:và|,)\s*ảnh|,\s*ảnh)?|tin(?:\s*(?:và|,)\s*ảnh)?|ảnh|nhóm phóng viên|tác giả)\s*:\s*/iu,
      "",
    )
    .replace(/\s*\((?:tổng hợp|theo [^)]*|[^)]*\.(?:vn|com|net)[^)]*)\)$/iu, "")
    .replace(/\s*[-–]\s*(?:tổng hợp)$/iu, "")
    .trim();
  // Bylines set in capitals read better in title case; short ones ("PV", "TTXVN") are initials.
  if (s === s.toLocaleUpperCase("vi") && [...s.replace(/\s/g, "")].length > 4)
    s = s.toLocaleLowerCase("vi").replace(/(^|\s)(\p{L})/gu, (_m, sp, c) => sp + c.toLocaleUpperCase("vi"));
  return s;
}
