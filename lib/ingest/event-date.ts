/**
 * The event's date and year, chosen from scored evidence. A full date in the
 * event's own day phrase decides. Otherwise years count by where they stand:
 * the event sentence, the next one, the headline, the rest of the lead, the
 * body; a publication stamp is weak evidence, checked against the event's day.
 * Cited documents, periods ("2020-2025", "nhiệm kỳ"), targets ("đến năm
 * 2030") and history ("thành lập năm 1930") never count. No event, too little
 * evidence or a close second gives null, with the reason.
 */

/** News sites of this genre report events from the late 1990s on: a lead dated before is history. */
export const HISTORY_BEFORE = 1995;

// Day phrases that open the event sentence: "Ngày 29/11", "Sáng 22-12", "Chiều 30/6/2022",
// "Sáng nay (5/3)", "ngày 5 tháng 3 năm 2021".
const EVENT_DAY =
  /(?:^|[\s,(–-])(?:(?:vào\s+)?(?:(?:sáng|trưa|chiều|tối|đêm)(?:\s+(?:nay|qua))?|hôm\s+(?:nay|qua))\s*,?\s*\(?\s*(?:ngày\s+)?|ngày\s+)(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?![\d/])/giu;
const EVENT_DAY_LONG =
  /(?:^|[\s,(])(?:(?:sáng|trưa|chiều|tối|đêm)\s+)?ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,)\s*(\d{4}))?/giu;
// Events over several days are dated by the first: "Trong 2 ngày 14 và 15/9/2022", "ngày 14-15/9",
// "Trong 3 ngày (từ 29 - 31/12/2022)".
const EVENT_DAYS =
  /(?:^|[\s,(])ngày\s*\(?\s*(?:từ\s+)?(\d{1,2})\s*(?:và|-|–|đến)\s*(?:ngày\s+)?\d{1,2}\s*(?:[/-]|\s+tháng\s+)\s*(\d{1,2})(?:\s*(?:[/-]|\s+năm\s+)\s*(\d{4}))?(?![\d/])/giu;
// A date right after a document's name or number is the document's, not the event's.
const DOCUMENT_CUE =
  /(?:số\s+\S+|thành lập|ra đời|ngày sinh|sinh|quyết định|kế hoạch|chỉ thị|nghị quyết|kết luận|quy định|công văn|thông báo|hướng dẫn|nghị định|thông tư|luật|văn bản|ban hành|ký|[A-ZĐ]{2,}(?:\/[A-ZĐ]{1,})+)[^,.;]{0,40}$/iu;

const DEADLINE = /(?<!\p{L})(?:trước|chậm nhất|muộn nhất|hạn chót|hạn cuối)\s*(?:là\s*)?[\s,(]?$/iu;
// "Tính đến ngày 31/3, X đã tổ chức xong …": the day a tally was made, not the event's.
const TALLY_DAY = /(?<!\p{L})tính\s+(?:đến|tới)(?:\s+hết)?\s*$/iu;

export interface DayPhrase {
  index: number;
  end: number;
  day: number;
  month: number;
  year: number | null;
  text: string;
}

const SPAN_IN_BRACKETS = /\([^()]{0,30}?\d{4}\s*[-–]\s*[^()]{0,20}?\d{4}\s*\)/gu;

/** The first day phrase in a text that dates the event, not a cited document. */
export function findEventDay(text: string): DayPhrase | null {
  let best: DayPhrase | null = null;
  // "Kỷ niệm 100 năm ngày sinh … (7/7/1917 - 7/7/2017), sáng 7/7, …": a span in brackets dates
  // the occasion; the event's day comes after it.
  const spans = [...text.matchAll(SPAN_IN_BRACKETS)].map((m) => [m.index, m.index + m[0].length] as const);
  for (const re of [EVENT_DAY, EVENT_DAYS, EVENT_DAY_LONG])
    for (const m of text.matchAll(re)) {
      if (best && m.index >= best.index) break;
      if (spans.some(([a, b]) => m.index + m[0].length > a && m.index < b)) continue;
      const before = text.slice(Math.max(0, m.index - 60), m.index + 1);
      if (DOCUMENT_CUE.test(before)) continue;
      // "… thực hiện xong trước ngày 30/4/2017", "chậm nhất ngày 5/6": a deadline, no event's day.
      if (DEADLINE.test(text.slice(Math.max(0, m.index - 20), m.index + 1))) continue;
      // "… số 72/2025/NQLT-CP, ngày 20.2.2025": a date right after a document's code.
      if (/^[\s,(]*ngày/iu.test(m[0]) && /(?:số\s+\d+[/-]|[\p{Lu}\d]\/[\p{Lu}])[^.;]{0,40}$/u.test(before.trimEnd()))
        continue;
      if (!reportsEvent(text, m.index, m.index + m[0].length)) continue;
      const day = Number(m[1]);
      const month = Number(m[2]);
      if (day < 1 || day > 31 || month < 1 || month > 12) continue;
      best = {
        index: m.index,
        end: m.index + m[0].length,
        day,
        month,
        year: m[3] ? Number(m[3]) : null,
        text: m[0].trim(),
      };
      break;
    }
  return best;
}

/**
 * False when the day phrase at [from, to) dates something other than a held event: a
 * document issued or signed that day ("ngày 1/8/2003 Nghị quyết số 04 …", "… đã ký ban
 * hành …"), or an event still to come ("ngày 9.4 tới", "sẽ diễn ra", "dự kiến").
 */
function reportsEvent(text: string, from: number, to: number): boolean {
  const after = text.slice(to, to + 60);
  if (/^\s*(?:tới|sắp tới)(?!\p{L})/u.test(after)) return false;
  if (
    /^\s*,?\s*(?:nghị quyết|quyết định|chỉ thị|kết luận|kế hoạch|thông báo|công văn|hướng dẫn|quy định)(?!\p{L})/iu.test(
      after,
    )
  )
    return false;
  const start = Math.max(text.lastIndexOf(". ", from), text.lastIndexOf("\n", from)) + 1;
  const ends = [text.indexOf(". ", to), text.indexOf("\n", to)].filter((k) => k >= 0);
  const sentence = text.slice(start, ends.length ? Math.min(...ends) : text.length);
  // Only the sentence's own verb counts: "…, dự kiến chương trình năm 2022" after "X tổ chức hội
  // nghị" plans the next year's work; "ký kết" is a ceremony, "ký" alone a document signed
  // ("Thư ký" a secretary, "đăng ký" a registration, "lễ ký" a signing ceremony).
  const main = sentence.slice(0, Math.max(0, to - start) + 100);
  // ("ngày 13/1/2016, Sở X đã có công văn về …": a letter sent that day.)
  return !/(?<!\p{L})(?:sẽ|dự kiến|ban hành|(?<!thư |đăng |lễ )ký(?! kết| giao ước)|có\s+(?:công văn|văn bản|quyết định|chỉ thị|thông báo))(?!\p{L})/iu.test(
    main,
  );
}

/** A page's own date stamp ("Thứ Năm, ngày 5 tháng 10 năm 2023", "Cập nhật: 14/03/2022 10:25"). */
export interface Stamp {
  /** Null when the stamp gives only the month ("date 2025-08"). */
  day: number | null;
  month: number;
  year: number;
  text: string;
}

export function parseStamp(line: string): Stamp | null {
  const iso = /((?:19|20)\d{2})-(\d{2})-(\d{2})/u.exec(line);
  if (iso) return { day: Number(iso[3]), month: Number(iso[2]), year: Number(iso[1]), text: line };
  const m =
    /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})/u.exec(line) ??
    /(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:năm|,)\s*((?:19|20)\d{2})/iu.exec(line);
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  return { day, month, year: Number(m[3]), text: line };
}

export interface Evidence {
  year: number;
  weight: number;
  where: string;
  phrase: string;
}

export interface EventDate {
  date: string | null;
  year: number | null;
  /** True when the year is not written in the event's own day phrase. */
  inferred: boolean;
  /** What decided it, or why there is none. */
  how: string;
  evidence: Evidence[];
  /** The event's day comes after the page's stamps: the page announces it. */
  ahead?: boolean;
  /** Where the deciding evidence stood, when the year was scored ("event sentence", "lead", …). */
  where?: string;
}

// A year that belongs to something other than the event.
// ("tăng 5 đảng viên so với năm 2017", "so với cùng kỳ năm 2022": a year compared with;
// "từ nay đến 2030": a period's end; "Đến hết năm 2016, …": a tally's; "vụ án … xảy ra năm
// 2007": an incident's; "như năm 2016", "hồi năm 2016": a year compared with, or back then; "từ
// đầu 2016": a period's start.)
const NOT_EVENT_YEAR =
  /(?:so với(?:\s+cùng kỳ)?\s+năm|(?:như|bằng|hồi)\s+năm|từ\s+(?:đầu|cuối|giữa)(?:\s+năm)?|nhiệm kỳ|giai đoạn|khóa|khoá|đến năm|tới năm|trước năm|từ năm|sau năm|vào năm|cuối năm\s+(?=19)|thành lập|ra đời|kỷ niệm|kỉ niệm|truyền thống|tầm nhìn|định hướng đến|mục tiêu đến|ngày\s+\d{1,2}\s*[/-]\s*\d{1,2}\s*[/-]\s*$|năm học|niên khóa|năm mới|(?<!giáng\s)sinh năm|(?<!\p{L})SN\s*:?|(?<!\p{L})(?:gần|hơn|khoảng|trên|dưới)|chuyên đề(?:\s+năm)?|từ|đến|tới|(?:đến|tới)\s+(?:hết|cuối)\s+năm|xảy ra(?:\s+(?:vào|từ|trong))?(?:\s+năm)?)\s*$/iu;
// (Not a count: "gần 2000 người", "2000 hộ".)
const YEAR =
  /(?<![\d/.,-])((?:19|20)\d{2})(?![\d/]|\s*[-–]\s*(?:19|20)?\d{2}(?!\d)|\s+năm(?!\p{L})|\s+(?:người|hộ|con|cây|suất|phần|chiếc|tấn|lượt|đại biểu|hội viên|đoàn viên|học sinh|cán bộ)(?!\p{L}))/gu;
// A year a plan aims at: "phấn đấu trồng 200.000 cây xanh trong năm 2023".
// ("đưa ra mốc năm 2025": a milestone set.)
const TARGET = /(?:phấn đấu|mục tiêu|chỉ tiêu|dự kiến|định hướng|tầm nhìn|hướng tới|(?<!\p{L})mốc)[^.;]{0,60}$/iu;
// A year inside a period "2020-2025" or right after one's dash.
const IN_RANGE = /(?:19|20)\d{2}\s*[-–]\s*$/u;
// A whole year's review: "tổng kết công tác Mặt trận năm 2016" (not "sơ kết 6 tháng đầu năm 2023").
const YEAR_REVIEWED =
  /(?:tổng kết|nhìn lại|kiểm điểm|đánh giá kết quả)(?![^.;]{0,120}?(?:tháng|quý)[^.;]{0,20}?năm\s+(?:19|20)\d{2})[^.;]{0,120}?năm\s+((?:19|20)\d{2})(?!\d)/giu;
// ("bàn nhiệm vụ trọng tâm năm 2017" after "kiểm điểm việc phối hợp công tác năm 2016"; "thảo luận
// về những trọng tâm phối hợp công tác năm 2017".)
const PLAN = /(?:triển khai|phương hướng|kế hoạch|bàn\s+(?:các\s+)?nhiệm vụ|trọng tâm)[^.;]{0,60}năm\s*$/iu;
const REVIEW = /(?:tổng kết|sơ kết|nhìn lại|đánh giá|báo cáo|kiểm điểm)[^.;]{0,120}$/iu;
/** The first month in which a year's review may still be of that year (November). */
const REVIEW_LATE = 11;
// (An award, not a race or a tournament: "Khai mạc Giải việt dã … năm 2021" is held that year.)
const NAMED_FOR_YEAR =
  /(?<!\p{L})(?:(?:Bộ\s+)?[Ll]uật\s+\p{Lu}|Hiến pháp|[Gg]iải\s+(?:thưởng|[Bb]áo\s+chí)(?!\p{L})|[Cc]ờ thi đua|[Bb]ằng khen)[^,.;]{0,60}?(?:năm\s*|\s)(?:(?:19|20)\d{2}\s*(?:và|,)\s*)*$/u;

/** Years a sentence offers as the event's, with the month that may move them. */
function yearsIn(sentence: string, month: number | null, headline = false): { year: number; phrase: string }[] {
  const out: { year: number; phrase: string }[] = [];
  const reviewed = new Set([...sentence.matchAll(YEAR_REVIEWED)].map((m) => Number(m[1])));
  const planned = new Set(
    [...sentence.matchAll(YEAR)]
      .filter((m) => reviewed.has(Number(m[1]) - 1) && PLAN.test(sentence.slice(Math.max(0, m.index - 50), m.index)))
      .map((m) => Number(m[1])),
  );
  for (const m of sentence.matchAll(YEAR)) {
    const before = sentence.slice(Math.max(0, m.index - 50), m.index);
    // "Sáng 01/01, ngày đầu tiên của năm mới 2020": in its first weeks the new year greeted is the
    // event's own (in December it is the coming one).
    const newYear = /năm mới\s*$/iu.test(before) && month !== null && month <= 2;
    if (!newYear && (NOT_EVENT_YEAR.test(before) || IN_RANGE.test(before) || TARGET.test(before))) continue;
    // "Sáng 25/1, … tổng kết công tác năm 2018 và triển khai nhiệm vụ năm 2019": both years are
    // written, and the day's month says which is the meeting's (the planned one early in the
    // year, the reviewed one late in it); with no month, neither.
    const y = Number(m[1]);
    // "năm 2019 và 9 tháng đầu năm 2020": a period's first year; its last one is the time of writing.
    if (/^\s*(?:và|đến|-|–)\s*\d{1,2}\s+tháng\s+(?:đầu\s+)?năm\s+(?:19|20)\d{2}/u.test(sentence.slice(m.index + 4)))
      continue;
    // "Chiều 26/12, … triển khai nhiệm vụ năm 2023" (the headline may write only the plan): late in
    // a year, the year a plan is for is the coming one.
    if (month !== null && month >= 10 && PLAN.test(before) && !reviewed.has(y)) continue;
    // (A year is reviewed from its last weeks on: "Chiều 25/5, … đánh giá … năm 2016, triển khai
    // nhiệm vụ năm 2017" is in 2017; only November and December can be the reviewed year's.)
    if (reviewed.has(y - 1) && PLAN.test(before)) {
      if (month !== null && month < REVIEW_LATE)
        out.push({ year: y, phrase: sentence.slice(Math.max(0, m.index - 30), m.index + 4).trim() });
      continue;
    }
    if (reviewed.has(y) && planned.has(y + 1)) {
      if (month !== null)
        out.push({
          year: month < REVIEW_LATE ? y + 1 : y,
          phrase: sentence.slice(Math.max(0, m.index - 30), m.index + 4).trim(),
        });
      continue;
    }
    // Documents carry their year: "số 98/2023/QH15", "Nghị quyết 25-NQ/TW ngày 3/6/2013"; so do
    // laws ("Luật Hợp tác xã (HTX) năm 2012", "Luật Đất đai năm 2003 và 2013") and awards, given for
    // a year's work the year after ("Lễ trao Giải thưởng … năm 2016" in May 2017, "cờ thi đua năm 2016").
    if (DOCUMENT_CUE.test(before) && /[/-]\s*$|ngày[^,.;]{0,12}$/iu.test(before)) continue;
    if (NAMED_FOR_YEAR.test(before)) continue;
    // "Ngày 11/7, Cục X đã báo cáo … về lễ hội chọi trâu Đồ Sơn năm 2017": an edition's year names
    // the event a sentence tells of; it dates the sentence only when the sentence holds it.
    // (A headline naming the event with its year reports it: "Rộn ràng Ngày hội … năm 2019 ở thôn X".)
    if (!headline && EDITION.test(before) && !HOLDS.test(sentence)) continue;
    if (/\/\s*$/.test(before)) continue;
    const year = Number(m[1]);
    // The year a review is of ("tổng kết công tác dân vận năm 2014", its verb maybe further back:
    // "Để đánh giá kết quả … công tác dân vận năm 2009") dates a meeting late in that year; early
    // in a year ("Ngày 6/2, … tổng kết … năm 2014") it is likely the year before, which the text
    // does not write, and with no month known it may be either: no evidence then.
    if (
      (month === null || month <= 4) &&
      /năm\s*$/u.test(before) &&
      REVIEW.test(sentence.slice(Math.max(0, m.index - 120), m.index))
    )
      continue;
    out.push({ year, phrase: sentence.slice(Math.max(0, m.index - 30), m.index + 4).trim() });
  }
  // "Ngày 19/4, … giao ban … quý I/2024": a quarter and its year, met in the weeks after it (a
  // quarter's review in the next year's first weeks, "quý IV/2023" in January, is the next year's;
  // a plan for the next year's first quarter, "quý I/2025" in December, the year before's).
  for (const m of sentence.matchAll(QUARTER_YEAR)) {
    // (Only a meeting's quarter: "doanh thu quý 4/2016" is a figure's period, no event's time.)
    const before = sentence.slice(Math.max(0, m.index - 140), m.index);
    if (!QUARTER_MEETING.test(before) || DOCUMENT_CUE.test(before.slice(-60))) continue;
    const q = /^\d$/u.test(m[1]!) ? Number(m[1]) : QUARTERS.indexOf(m[1]!.toUpperCase()) + 1;
    const end = 3 * q;
    const y = Number(m[2]);
    const year = month === null ? y : end - month > 6 ? y + 1 : month - end > 8 ? y - 1 : y;
    out.push({ year, phrase: m[0] });
  }
  // "Hội nghị Báo cáo viên thường kỳ tháng 3/2025": a month and its year.
  for (const m of sentence.matchAll(MONTH_YEAR)) {
    const before = sentence.slice(Math.max(0, m.index - 60), m.index);
    // "từ sau đợt kiểm tra (tháng 3/2021)": the month of an earlier one.
    if (SINCE.test(before)) continue;
    if (!DOCUMENT_CUE.test(before)) out.push({ year: Number(m[1]), phrase: m[0] });
  }
  // "kỷ niệm 90 năm … (15/10/1930 - 15/10/2020)", "… (19/5/1890 – 19/5/2017)": an anniversary is
  // held in its period's last year,
  // or the year before when its day comes months after the anniversary's ("Chiều 16/12, … kỷ
  // niệm 80 năm … (6/1/1946 – 6/1/2026)": a meeting ahead of the day).
  for (const m of sentence.matchAll(ANNIVERSARY)) {
    const year = Number(m[1] ?? m[2]);
    // ("Giải … lần thứ XI (2016-2017)": a season a year long is no anniversary's span.)
    const first = Number(/((?:1\d|20)\d{2})\s*[-–*]/u.exec(m[0].slice(m[0].lastIndexOf("(")))?.[1] ?? 0);
    if (year - first < ANNIVERSARY_SPAN) continue;
    const endMonth = /(\d{1,2})\s*[/.-]\s*(?:19|20)\d{2}\s*\)$/u.exec(m[0])?.[1];
    const ahead = month !== null && endMonth !== undefined && month - Number(endMonth) >= 6;
    out.push({ year: ahead ? year - 1 : year, phrase: m[0].slice(-40) });
  }
  // "… đợt 2/9 và 7/11/2025": a full date in the sentence that no document owns.
  for (const m of sentence.matchAll(FULL_DATE)) {
    const before = sentence.slice(Math.max(0, m.index - 60), m.index);
    if (DOCUMENT_CUE.test(before) || IN_RANGE.test(before) || /[-–]\s*$/u.test(before)) continue;
    if (sentence.slice(m.index + m[0].length).match(/^\s*[-–*]/u)) continue;
    out.push({ year: Number(m[1]), phrase: m[0] });
  }
  return out;
}

const EDITION =
  /(?<!\p{L})(?:lễ hội|festival|liên hoan|hội chợ|tuần lễ|hội sách|hội thi|cuộc thi|ngày hội|giải|kỳ thi|apec)(?!\p{L})[^,.;:]{0,60}?(?:năm\s*|[-–]\s*)?$/iu;
const HOLDS =
  /(?<!\p{L})(?:tổ chức|khai mạc|bế mạc|diễn ra|khởi tranh|khai hội|ra quân|phát động|trao giải|tranh tài|họp|tiến hành|bước vào|tham dự)(?!\p{L})/iu;
/** The shortest span in brackets an anniversary has ("(1930 – 2020)"); shorter ones are seasons. */
const ANNIVERSARY_SPAN = 5;
const ANNIVERSARY =
  /kỷ niệm[^.;()]{0,120}\([^()]{0,30}(?:1\d|20)\d{2}\s*[-–*]\s*(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*)?((?:19|20)\d{2})\s*\)|(?<!(?:tổng kết|sơ kết|nhìn lại)\s)(?:chào mừng\s+)?\d+\s+năm[^.;()]{0,120}\(\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:1\d|20)\d{2}\s*[-–*]\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*((?:19|20)\d{2})\s*\)/giu;
// A day named relative to the report's own: "Chiều nay, …", "Tối qua, …" (not "Tối qua 3/2").
const RELATIVE_DAY = /^[^,.;]{0,20}?(?<!\p{L})((?:sáng|trưa|chiều|tối|đêm|hôm) (?:nay|qua))\s*,/iu;
/** True when a paragraph opens with a day named relative to the report's ("Chiều nay, …"). */
export const opensRelativeDay = (text: string) => RELATIVE_DAY.test(text.slice(0, 60));
// ("144/229 Hội CCB cơ sở đã tổ chức đại hội": a tally of many units' own, no day or month.)
const ALL_UNITS =
  /(?<![\d/]|(?:ngày|sáng|trưa|chiều|tối|đêm)\s)(\d{1,4})\s*\/\s*(\d{1,4})(?![\d/])\s+(?:[\p{L}]+\s+){0,3}?(?:thôn|tổ dân phố|khu dân cư|khu phố|xã|phường|ấp|khóm|bản|làng|chi hội|chi bộ|đơn vị|cơ sở|trường)(?!\p{L})/giu;
const tally = (m: RegExpMatchArray) => m[1] === m[2] || (Number(m[1]) < Number(m[2]) && Number(m[2]) > 12);
const REPORTED = /^[^.;]{0,120}?(?<!\p{L})cho biết\s*,?\s*(?:vừa|đã|mới)(?!\p{L})/iu;
const SINCE = /(?<!\p{L})(?:(?:kể\s+)?từ|sau|trước|hồi)(?:\s+[^.;()]{0,60}\(\s*|\s*)$/iu;
const TO_DATE = /(?<!\d)(\d{1,2})\s+tháng\s+đầu\s+năm\s+((?:19|20)\d{2})(?!\d)/giu;
const QUARTERS = ["I", "II", "III", "IV"];
const QUARTER_MEETING = /(?<!\p{L})(?:giao ban|sơ kết|hội nghị|họp|nhiệm vụ|kiểm điểm)(?!\p{L})[^.;]{0,120}$/iu;
const QUARTER_YEAR = /(?<!\p{L})quý\s+(IV|I{1,3}|[1-4])\s*[/-]\s*((?:19|20)\d{2})(?![\d/])/giu;
const MONTH_YEAR = /tháng\s+\d{1,2}\s*[/-]\s*((?:19|20)\d{2})(?![\d/])/giu;
const FULL_DATE = /(?<![\d/])\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*((?:19|20)\d{2})(?![\d/])/gu;

/** Sentences; "TP. Hồ Chí Minh", "ThS. Nguyễn …" do not end one. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…;])(?<!(?:^|[\s(])(?:TP|Tp|TT|TX|Q|P|H|X|ThS|Ths|TS|PGS|GS|BS|Mr|St)\.)\s+(?=[\p{Lu}"“(\d])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

export interface DateInput {
  title: string;
  /** Lead first, then the body's paragraphs. */
  paragraphs: string[];
  /** The sapo above the lead, when the page has one. */
  summary?: string;
  /** The page's date stamps above the story (a page may show today's date and its own). */
  stamps: Stamp[];
  /** Whether the page reports an event at all. */
  isEvent: boolean;
  /** The lead says it just happened ("vừa tổ chức", "vừa qua"): its stamp is the report's day. */
  recent?: boolean;
  /** findEventDay of the lead, when the caller has it already. */
  leadDay?: DayPhrase | null;
  /** The organizers' names: a year of history inside one ("… Quảng Trị năm 1972 huyện X") is the name's. */
  names?: string[];
}

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

function validDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

export function eventDate(input: DateInput): EventDate {
  const lead = input.paragraphs[0] ?? "";
  const leadSentences = sentences(lead);
  // The event's day phrase: in the lead's opening, else in the headline.
  let dayIn = 0;
  let day = input.leadDay !== undefined ? input.leadDay : findEventDay(lead);
  // The day phrase opens the lead, or follows a purpose clause ("Hướng tới kỷ niệm …, X tổ chức …").
  // A preamble of cited documents ("Thực hiện Hướng dẫn số … ; Kế hoạch số …. Được sự đồng ý
  // …, sáng ngày 14/02/2020, …") may push it further.
  if (day && day.index > (/^(?:thực hiện|căn cứ)(?!\p{L})/iu.test(lead) ? 700 : 400)) day = null;
  if (!day) {
    const t = findEventDay(input.title);
    if (t) {
      day = t;
      dayIn = -1;
    }
  }
  if (day)
    dayIn =
      dayIn === -1
        ? -1
        : Math.max(
            0,
            leadSentences.findIndex((s) => s.includes(day!.text)),
          );
  // "Ngày 4/12/2013, X được thành lập": a founding day is history, not an event.
  if (day && dayIn >= 0 && /được thành lập/iu.test(leadSentences[dayIn] ?? "")) {
    day = null;
    dayIn = 0;
  }

  // "Ngày 28/2, Tỉnh Đoàn X cho biết, vừa tổ chức …": the day is the report's, not the event's;
  // the year still stands (the report follows the event closely), the date does not.
  // ("Tính đến ngày 31/3, …" likewise: the year stands, the tally's day is no event's.)
  const reportDay =
    day !== null &&
    dayIn >= 0 &&
    (REPORTED.test(lead.slice(day.end, day.end + 160)) ||
      TALLY_DAY.test(lead.slice(Math.max(0, day.index - 20), day.index + 1)));
  // "Từ ngày 05/11 đến ngày 17/11/2022, 131/131 tổ dân phố … tổ chức Ngày hội": every unit of a
  // kind held its own, a round-up of many events, none of which dates the page.
  const opening = `${lead} ${input.paragraphs[1] ?? ""}`.slice(0, 500);
  const all = [...opening.matchAll(ALL_UNITS)].find(tally);
  if (all && /^[^.;]{0,120}?(?:tổ chức|ra quân|phát động)/iu.test(opening.slice(all.index + all[0].length)))
    return { date: null, year: null, inferred: false, how: `a round-up: "${all[0]}" each held one`, evidence: [] };
  if (!input.isEvent && !day)
    return { date: null, year: null, inferred: false, how: "no event reported", evidence: [] };

  // "Chiều nay, X tổ chức …" with the page's dated stamp: the day is the stamp's (the day
  // before for "tối qua"), the report written the day it happened.
  const relative = day ? null : RELATIVE_DAY.exec(lead.slice(0, 60));
  const dayStamp = input.stamps.find((s) => s.day !== null);
  if (relative && dayStamp && input.isEvent) {
    const t = new Date(Date.UTC(dayStamp.year, dayStamp.month - 1, dayStamp.day!));
    if (/qua$/iu.test(relative[1]!)) t.setUTCDate(t.getUTCDate() - 1);
    // A bare "Hôm nay, …" (no part of the day) opens speeches and letters, given before the page
    // was posted: the stamp gives the year, not the day.
    const date = /^hôm nay$/iu.test(relative[1]!) ? null : t.toISOString().slice(0, 10);
    return {
      date,
      year: t.getUTCFullYear(),
      inferred: true,
      how: `"${relative[1]}" in the lead, dated by the publication stamp "${dayStamp.text}"`,
      evidence: [{ year: t.getUTCFullYear(), weight: 6, where: "publication stamp", phrase: dayStamp.text }],
    };
  }

  if (day?.year != null && validDay(day.year, day.month, day.day)) {
    // The page's stamps say when it was written: a day after all of them is still ahead (a
    // notice: "Thời gian: Từ ngày 05 đến ngày 08 tháng 01 năm 2021" posted 31/12/2020), a day
    // years before all of them is history ("ngày 25/02/1983, Ban Thường vụ … quyết định").
    const gaps = input.stamps.map((s) =>
      daysBetween(day!.year!, day!.month, day!.day, s.year, s.month, s.day ?? daysInMonth(s.year, s.month)),
    );
    if (gaps.length && gaps.every((g) => g < -1))
      return {
        date: null,
        year: null,
        inferred: false,
        how: `the day "${day.text}" comes after the page's stamp: still ahead`,
        ahead: true,
        evidence: [],
      };
    if (gaps.length && gaps.every((g) => g > 730))
      return {
        date: null,
        year: null,
        inferred: false,
        how: `the day "${day.text}" is years before the page's stamp: history`,
        evidence: [],
      };
    return {
      date: reportDay ? null : iso(day.year, day.month, day.day),
      year: day.year,
      inferred: false,
      how: `full date in the event's day phrase "${day.text}"`,
      evidence: [{ year: day.year, weight: 100, where: "day phrase", phrase: day.text }],
    };
  }

  const month = day?.month ?? null;
  const evidence: Evidence[] = [];
  const add = (s: string, weight: number, where: string) => {
    for (const y of yearsIn(s, month, where === "headline"))
      evidence.push({ year: y.year, weight, where, phrase: y.phrase });
  };
  // With no day phrase, no sentence is known to report the event (the lead counts as lead),
  // unless the lead opens with "Vừa qua, …" / "… vừa tổ chức".
  const eventAt = day ? Math.max(0, dayIn) : input.recent ? 0 : -9;
  leadSentences.forEach((s, i) => {
    add(s, i === eventAt ? 6 : i === eventAt + 1 ? 4 : 3, i === eventAt ? "event sentence" : "lead");
    // "Năm 2019, X phối hợp với Y tổ chức …": the lead's own time anchor.
    const anchor = /^(?:trong\s+)?năm\s+((?:19|20)\d{2})\s*,/iu.exec(s);
    if (i === 0 && anchor && !day)
      evidence.push({ year: Number(anchor[1]), weight: 3, where: "the lead's opening", phrase: anchor[0] });
  });
  add(input.title, 4, "headline");
  if (input.summary) add(input.summary, 4, "sapo");
  // The body counts a little, each year at most three times.
  const bodyCounts = new Map<number, number>();
  // The sentence after the lead continues the report: it counts like the lead's own.
  const next = sentences(input.paragraphs[1] ?? "")[0];
  const nextCounted = next !== undefined && leadSentences.length <= 2;
  if (nextCounted) add(next, 3, "next sentence");
  // "Năm 2025, …" opening the next paragraph is its time anchor: it counts a little more than a
  // year inside it ("…, năm 2016 Chính phủ đã quyết định …").
  const nextAnchor = nextCounted && next ? /^(?:trong\s+)?năm\s+((?:19|20)\d{2})\s*,/iu.exec(next) : null;
  if (nextAnchor && next && yearsIn(next, month).some((y) => y.year === Number(nextAnchor[1])))
    evidence.push({
      year: Number(nextAnchor[1]),
      weight: 1,
      where: "the next paragraph's opening",
      phrase: nextAnchor[0],
    });
  // "Ngày 27/10, … kết quả 9 tháng đầu năm 2022": a period closing just before the event's day is
  // the year to date, so its year is the day's.
  for (const s of [...leadSentences, ...(nextCounted ? [next] : [])])
    for (const m of s.matchAll(TO_DATE)) {
      const n = Number(m[1]);
      if (month !== null && n < month && month <= n + 3)
        evidence.push({ year: Number(m[2]), weight: 1, where: "a period to date", phrase: m[0] });
    }
  input.paragraphs.slice(1, 6).forEach((p, i) => {
    // The next sentence, counted already, is not counted again as body.
    const rest = i === 0 && nextCounted ? p.slice(p.indexOf(next) + next.length) : p;
    for (const y of yearsIn(rest, month)) {
      const n = bodyCounts.get(y.year) ?? 0;
      if (n < 3) evidence.push({ year: y.year, weight: 1, where: "body", phrase: y.phrase });
      bodyCounts.set(y.year, n + 1);
    }
  });
  // The stamp that follows the event most closely is the report's own date; an event
  // day later in the year than the stamp was the year before.
  const stamped = input.stamps
    .map((s) => {
      const sDay = s.day ?? 31;
      const y = month !== null && day && month * 100 + day.day > s.month * 100 + sDay ? s.year - 1 : s.year;
      const gap = day ? daysBetween(y, day.month, day.day, s.year, s.month, s.day ?? day.day) : null;
      return { s, y, gap };
    })
    .sort((a, b) => (a.gap ?? 9999) - (b.gap ?? 9999))[0];
  if (stamped) {
    const { s, y, gap } = stamped;
    // Within days of the event: strong; within a season: moderate; otherwise weak.
    const weight =
      gap !== null && gap >= 0 && gap <= 7
        ? 6
        : (gap !== null && gap >= 0 && gap <= 90) || (!day && input.recent)
          ? 4
          : 2;
    evidence.push({ year: y, weight, where: "publication stamp", phrase: s.text });
  }

  // "vừa tổ chức tổng kết công tác năm 2016 [và triển khai nhiệm vụ năm 2017]" with no day: the
  // meeting falls late in the year reviewed or early in the next, so neither year, wherever the
  // text repeats it ("Năm qua, … năm 2016"), dates it; only the page's stamp may.
  if (month === null) {
    const reviewed = new Set<number>();
    for (const s of [...leadSentences.slice(0, Math.max(1, eventAt + 1)), input.title])
      for (const m of s.matchAll(YEAR_REVIEWED)) reviewed.add(Number(m[1]));
    if (reviewed.size)
      for (let i = evidence.length - 1; i >= 0; i--) {
        const e = evidence[i]!;
        if (e.where !== "publication stamp" && (reviewed.has(e.year) || reviewed.has(e.year - 1)))
          evidence.splice(i, 1);
      }
  }
  // ("Hội Chiến sĩ Thành cổ Quảng Trị năm 1972 huyện X tổ chức Đại hội": 1972 names the unit.)
  const named = new Set(
    (input.names ?? []).flatMap((n) =>
      [...n.matchAll(/năm\s+((?:19|20)\d{2})(?!\d)/gu)].map((m) => Number(m[1])).filter((y) => y < HISTORY_BEFORE),
    ),
  );
  if (named.size)
    for (let i = evidence.length - 1; i >= 0; i--)
      if (named.has(evidence[i]!.year) && /năm\s*\d{4}$/u.test(evidence[i]!.phrase)) evidence.splice(i, 1);
  const scores = new Map<number, number>();
  for (const e of evidence) scores.set(e.year, (scores.get(e.year) ?? 0) + e.weight);
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]);
  const [best, second] = ranked;
  if (!best) return { date: null, year: null, inferred: false, how: "no year in the text", evidence };
  if (best[1] < 4)
    return { date: null, year: null, inferred: false, how: `evidence too weak (${summarize(ranked)})`, evidence };
  if (second && second[1] * 1.5 > best[1])
    return { date: null, year: null, inferred: false, how: `evidence balanced (${summarize(ranked)})`, evidence };
  const year = best[0];
  const date = day && !reportDay && validDay(year, day.month, day.day) ? iso(year, day.month, day.day) : null;
  const top = evidence.filter((e) => e.year === year).sort((a, b) => b.weight - a.weight)[0]!;
  return { date, year, inferred: true, how: `${top.where}: "${top.phrase}"`, evidence, where: top.where };
}

const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function daysBetween(y1: number, m1: number, d1: number, y2: number, m2: number, d2: number): number {
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

const summarize = (ranked: [number, number][]) =>
  ranked
    .slice(0, 3)
    .map(([y, s]) => `${y}: ${s}`)
    .join(", ");
