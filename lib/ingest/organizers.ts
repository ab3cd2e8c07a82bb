import { normalizeText } from "../text";
import { type Curated, formerProvince, type Level, rewrite } from "./curated";
import { findEventDay, HISTORY_BEFORE } from "./event-date";

/**
 * Organizers: who held the event. A candidate is the subject of the event
 * sentence ("X tổ chức", "X phối hợp với Y tổ chức", "do X tổ chức", "X chủ
 * trì") and must parse, whole, as a list of organizations: each opens with a
 * unit head of data/units.json, then its name, a party committee, a level
 * word and a place. Anything else (a date, a person, a sentence fragment) is
 * no candidate at all. The canonical name is unit + level + place, the place
 * resolved from the text when the name leaves it out.
 */

/** One organization as parsed from the text. */
export interface OrgParse {
  asWritten: string;
  /** Unit head and the rest of its name: "Ban Dân vận", "Sở Nội vụ", "Hội Nông dân". */
  name: string;
  /** Party committee: "Tỉnh ủy", "Huyện ủy", "Đảng ủy"… */
  committee: string | null;
  /** Level word, lower case: "tỉnh", "huyện", "xã"… */
  level: string | null;
  /** Place as written after the committee or level ("Nghệ An", "Quận 3", "Trung ương"). */
  place: string | null;
  /** A body of the unit named before it: "Ban Thường vụ", "Thường trực". */
  body?: string;
  /** The unit it belongs to, named in brackets after it: "Cục Văn hóa cơ sở (Bộ Văn hóa, …)". */
  parent?: string;
  /** The province written after a local place: "huyện Phong Điền, tỉnh Thừa Thiên Huế", "(Tiền Giang)". */
  within?: string;
}

/** Where the place of a canonical name came from. */
export type PlaceHow = "named" | "text" | "headline" | "source" | "joint" | "none";

export interface Organizer {
  asWritten: string;
  /** The canonical name, or null when its place could not be resolved. */
  canonical: string | null;
  /** Province the unit belongs to (its own place, or its district's province). */
  province: string | null;
  level: Level | "central" | null;
  placeHow: PlaceHow;
}

const lower = (s: string) => s.toLocaleLowerCase("vi");
const isUpper = (w: string) => /^\p{Lu}/u.test(w);
const isNumber = (w: string) => /^\d+$/.test(w);
/** "VII" in "phường VII": wards and districts numbered in Roman numerals. */
const isRoman = (w: string) => /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV)$/u.test(w);

/** Words and the punctuation that separates organizations. */
export function words(text: string): string[] {
  // "da cam/dioxin", "Sóc Trăng-Bạc Liêu": a slash or dash between letters joins one word.
  return text.match(/[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}&'’]*(?:[-/][\p{L}\p{M}\p{N}&]+)*|[,;:()–-]/gu) ?? [];
}

/**
 * A headline written in capitals ("LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHONG ĐIỀN TỔ CHỨC …") in the case
 * names are parsed in: unit heads and committee words as data/units.json writes them, a place
 * the gazetteer knows after a level or committee word capitalized, every other word in lower
 * case ("Liên đoàn Lao động huyện Phong Điền tổ chức …"). Any other headline is returned as is.
 */
export function recaseCapitals(title: string, c: Curated): string {
  const letters = title.replace(/[^\p{L}]/gu, "");
  if (letters.length < 12 || letters.replace(/[^\p{Lu}]/gu, "").length < letters.length * 0.9) return title;
  const g = grammarOf(c);
  const low = lower(title);
  const tokens = [...low.matchAll(/[\p{L}\p{M}\p{N}]+/gu)];
  const ws = tokens.map((t) => t[0]);
  const capital = new Set<number>();
  const capitalizePlace = (i: number) => {
    for (let n = Math.min(4, ws.length - i); n >= 1; n--) {
      const name = ws
        .slice(i, i + n)
        .map(capitalized)
        .join(" ");
      if (c.provinces.has(name) || c.districts.has(name) || c.wards.has(name)) {
        for (let k = i; k < i + n; k++) capital.add(k);
        return n;
      }
    }
    return 0;
  };
  for (let i = 0; i < ws.length; ) {
    // ("HỘI NGHỊ", "HỘI THI": an event, though "Hội" is a head.)
    const event = matchTable(ws, i, g.notUnits, 4);
    if (event) {
      i += event;
      continue;
    }
    const head = matchTable(ws, i, g.heads, g.maxHead);
    const committee = matchCommittee(ws, i, g);
    const level = head || committee ? 0 : matchLevel(ws, i, g);
    if (head) {
      const text = (g.headText.get(ws.slice(i, i + head).join(" ")) ?? "").split(" ");
      for (const [k, w] of text.entries()) if (isUpper(w)) capital.add(i + k);
      i += head;
    } else if (committee) {
      capital.add(i);
      i += committee;
      i += capitalizePlace(i);
    } else if (level) {
      i += level;
      i += capitalizePlace(i);
    } else i += capitalizePlace(i) || 1;
  }
  const out = [...low];
  for (const k of capital) {
    const at = tokens[k]!.index!;
    out.splice(at, 1, low[at]!.toLocaleUpperCase("vi"));
  }
  return out.join("");
}
const capitalized = (w: string) => w.charAt(0).toLocaleUpperCase("vi") + w.slice(1);

/** Spells out abbreviations and variant names, so that one unit is written one way. */
export function spellOut(text: string, c: Curated): string {
  // Extraction spells the same headline and sentences out several times: remember the last few.
  const memo = spelled.get(c) ?? new Map<string, string>();
  spelled.set(c, memo);
  const hit = memo.get(text);
  if (hit !== undefined) return hit;
  // "Ủy ban Mặt trận Tổ quốc (MTTQ) tỉnh", "Hội Cựu chiến binh ( CCB)", "Hội Người khuyết tật …
  // (NKT, NNDC, BTNKT&BVQTE) tỉnh": the abbreviations in brackets repeat the name.
  const plain = normalizeText(text)
    // ("(GD – ĐT)": a dash between its parts, spaced.)
    .replace(
      /\s*\(\s*[\p{Lu}\d][\p{Lu}\d&.-]{1,11}(?:\s*[-–]\s*[\p{Lu}\d][\p{Lu}\d&.]{0,8})?(?:\s*,\s*[\p{Lu}\d][\p{Lu}\d&.-]{1,11}){0,5}\s*\)/gu,
      "",
    )
    .replace(/\s+/g, " ")
    // ("Sở Sở Công thương Bắc Giang": a head typed twice is one head.)
    .replace(/(?<![\p{L}\p{M}])(Sở|Bộ|Ban|Hội|Cục|Phòng|Ủy ban) \1(?![\p{L}\p{M}])/gu, "$1")
    // ("Phòng GD &ĐT", "NN & PTNT": an ampersand between capitals, however spaced, joins one abbreviation.)
    .replace(/(?<=\p{Lu})\s*&\s*(?=\p{Lu})/gu, "&")
    // ("Bộ Văn hóa, Thể thao & Du lịch": between words, an ampersand is "và".)
    .replace(/(?<=\p{Ll})\s+&\s+(?=\p{Lu})/gu, " và ");
  const out = rewrite(rewrite(plain, c.spellOut), c.names);
  if (memo.size >= 256) memo.clear();
  memo.set(text, out);
  return out;
}
const spelled = new WeakMap<Curated, Map<string, string>>();

// Single-syllable words that end a name: function words, time words. (Syllables of
// verbs such as "triển" in "triển khai" also open names: "Phát triển Nông thôn".)
const NOT_IN_NAME = new Set(
  (
    "đã vừa đang sẽ được bị là có cũng đều rất nhằm để theo tại ở trong của cho với từ khi nếu thì mà này đó " +
    "năm ngày tháng sáng chiều tối trưa đêm nay qua cùng do toàn"
  ).split(" "),
);

// Verbs that end a unit's name in lower case: what the unit decided, asked or chose.
// ("Cục đề xuất lãnh đạo Bộ tổ chức buổi làm việc": the department proposed; "kiến nghị", "đề xuất".)
const NAME_ENDING_VERBS = new Set([
  "thống nhất",
  "yêu cầu",
  "đề nghị",
  "đề xuất",
  "kiến nghị",
  "quyết định",
  "thông qua",
  "giao cho",
]);

interface Phrase {
  words: string[];
  key: string;
}
const phrase = (s: string): Phrase => {
  const w = words(normalizeText(s));
  return { words: w, key: lower(w.join(" ")) };
};

/** Compiled lookups over data/units.json, built once per Curated. */
interface Grammar {
  heads: Map<string, number>; // key → word count
  /** How each head is written in canonical names ("hội cựu chiến binh" → "Hội Cựu chiến binh"). */
  headText: Map<string, string>;
  maxHead: number;
  committees: Map<string, { word: string; level: Level }>;
  levels: Map<string, Level>;
  roles: Set<string>;
  prefixes: Map<string, number>;
  /** Words that open like a head but name an event or a place ("Hội thi", "Trung tâm thành phố"). */
  notUnits: Map<string, number>;
  partyBoards: Set<string>;
  /** Heads whose bare name is the article's province's unit. */
  provincial: RegExp;
  /** Central bodies named with no place and nothing national in the name ("Tạp chí Cộng sản"). */
  national: Set<string>;
  /** Ministries' and departments' whole names ("bộ kế hoạch và đầu tư"): nothing in lower case follows in the name. */
  closed: Set<string>;
}

const grammars = new WeakMap<Curated, Grammar>();
function grammarOf(c: Curated): Grammar {
  let g = grammars.get(c);
  if (g) return g;
  const heads = new Map<string, number>();
  const headText = new Map<string, string>();
  for (const h of [...c.units.heads, ...Object.keys(c.units.names)]) {
    const p = phrase(h);
    heads.set(p.key, p.words.length);
    headText.set(p.key, p.words.join(" "));
  }
  g = {
    heads,
    headText,
    maxHead: Math.max(...heads.values()),
    committees: new Map(Object.entries(c.units.committees).map(([w, level]) => [lower(w), { word: w, level }])),
    levels: new Map(Object.entries(c.units.levels).map(([w, level]) => [lower(w), level])),
    roles: new Set(c.units.roles.map(lower)),
    prefixes: new Map(c.units.prefixes.map((p) => [phrase(p).key, phrase(p).words.length])),
    notUnits: new Map(c.units.notUnits.map((p) => [phrase(p).key, phrase(p).words.length])),
    national: new Set(c.units.national.map(lower)),
    provincial: new RegExp(
      `^(?:${c.units.provincial.map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?:\\s|$)`,
      "iu",
    ),
    // (A ministry's or department's name is one of a few: "Bộ Kế hoạch và Đầu tư đánh giá" is the
    // ministry and its verb.)
    closed: new Set(
      Object.keys(c.units.names)
        .filter((n) => /^(?:Bộ|Sở)\s/u.test(n))
        .map((n) => phrase(n).key),
    ),
    // Boards of a party committee take the committee in their name ("Ban Dân vận Huyện ủy").
    partyBoards: new Set(
      [
        "Ban Dân vận",
        "Ban Tuyên giáo",
        "Ban Tuyên giáo và Dân vận",
        "Ban Tổ chức",
        "Ban Nội chính",
        "Ủy ban Kiểm tra",
      ].map((h) => phrase(h).key),
    ),
  };
  grammars.set(c, g);
  return g;
}

function matchTable(ws: string[], i: number, table: Map<string, number>, max: number): number {
  for (let n = Math.min(max, ws.length - i); n >= 1; n--) {
    if (table.get(lower(ws.slice(i, i + n).join(" "))) === n) return n;
  }
  return 0;
}
/** "Trung ương Hội Sinh viên …": the central body of a head that units.json does not list as one name. */
function centralOfHead(ws: string[], i: number, g: Grammar): boolean {
  return (
    ws[i] === "Trung" &&
    ws[i + 1] === "ương" &&
    !matchTable(ws, i, g.heads, g.maxHead) &&
    isUpper(ws[i + 2] ?? "") &&
    matchTable(ws, i + 2, g.heads, g.maxHead) > 0
  );
}
/** Whether a unit's name opens at i: a head, or an association's central body. */
function opensUnit(ws: string[], i: number, g: Grammar): boolean {
  return matchTable(ws, i, g.heads, g.maxHead) > 0 || centralOfHead(ws, i, g);
}
function matchLevel(ws: string[], i: number, g: Grammar): number {
  // ("Trung tâm Khoa học Xã hội và Nhân văn", "Bảo hiểm Xã hội": society, no commune.)
  if (ws[i] === "Xã" && ws[i + 1] === "hội") return 0;
  if (i + 1 < ws.length && g.levels.has(lower(`${ws[i]} ${ws[i + 1]}`))) return 2;
  return i < ws.length && g.levels.has(lower(ws[i]!)) ? 1 : 0;
}
function matchCommittee(ws: string[], i: number, g: Grammar): number {
  return i + 1 < ws.length && g.committees.has(lower(`${ws[i]} ${ws[i + 1]}`)) ? 2 : 0;
}

const EMBASSY = /^(?:đại sứ quán|tổng lãnh sự quán|lãnh sự quán)$/u;

/** A place: capitalized words or a number ("Nghệ An", "Quận 3", "Trung ương", "Cờ Đỏ"), at most 5 words. */
const TERM = /^(?:Khóa|Khoá|Nhiệm|Lần)$/u;
function matchPlace(ws: string[], i: number, g: Grammar, c: Curated): number {
  if (lower(ws[i] ?? "") === "trung" && lower(ws[i + 1] ?? "") === "ương") return 2;
  // A place the gazetteer knows is taken whole ("Hải Phòng", though "Phòng" opens names too).
  for (let n = PLACE_WORDS; n >= 1; n--) {
    const name = ws.slice(i, i + n).join(" ");
    if (n > ws.length - i || !(c.provinces.has(name) || c.districts.has(name))) continue;
    // …unless the name goes on ("xã Tân Thành A" is not huyện Tân Thành).
    const next = ws[i + n];
    if (next && !TERM.test(next) && (isNumber(next) || (isUpper(next) && !matchTable(ws, i + n, g.heads, g.maxHead))))
      break;
    return n;
  }
  let n = 0;
  while (i + n < ws.length && n < 5) {
    const w = ws[i + n]!;
    if (!(isUpper(w) || (n > 0 && isNumber(w)) || (n === 0 && isNumber(w)))) break;
    // "… tỉnh Bình Định Khóa VIII": a term is no part of the place.
    if (n > 0 && TERM.test(w)) break;
    // A unit's head ends the place ("… Cờ Đỏ Hội Nông dân"), unless it is one word that opens
    // nothing after it: "phường Vĩnh Trường," is no school.
    const head = n > 0 ? matchTable(ws, i + n, g.heads, g.maxHead) : 0;
    if (head && (head > 1 || isUpper(ws[i + n + 1] ?? ""))) break;
    if (n > 0 && matchCommittee(ws, i + n, g)) break;
    // "xã Quảng Nghĩa Thành phố Móng Cái": a capitalized level word and a name start the place above.
    const lv = n > 0 ? matchLevel(ws, i + n, g) : 0;
    if (lv && isUpper(ws[i + n + lv] ?? "")) break;
    if (g.roles.has(lower(w))) break;
    n++;
  }
  // "Quận 3", "Phường 5": a level word and a number are one place.
  return n;
}

// Units whose name is followed by their place or level at once.
const PLACE_NAMED = new Set([
  "tỉnh đoàn",
  "thành đoàn",
  "huyện đoàn",
  "quận đoàn",
  "thị đoàn",
  "ủy ban nhân dân",
  "hội đồng nhân dân",
]);
// Bodies of a unit, named before it.
// (Also a party or union cell inside a unit: "Đảng ủy Văn phòng HĐND tỉnh", "Công đoàn Sở Y tế".)
const SUB_BODIES = new Set([
  "ban thường vụ",
  "ban thường trực",
  "thường trực",
  "ban chấp hành",
  "ban thư ký",
  "ban đại diện",
  // "Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam": the Front's presidium.
  "đoàn chủ tịch",
  // "Ban Điều hành Quỹ Hỗ trợ nông dân tỉnh X": the board that runs a fund.
  "ban điều hành",
  // "Ban Pháp chế HĐND tỉnh X", "Ban Văn hóa - Xã hội HĐND TPHCM": a People's Council's committees.
  "ban pháp chế",
  "ban văn hóa - xã hội",
  "ban kinh tế - ngân sách",
  "ban kinh tế - xã hội",
  "ban kinh tế",
  "ban dân tộc",
  "ban đô thị",
  "văn phòng",
  "đảng ủy",
  "đảng bộ",
  "chi bộ",
  "công đoàn",
  "công đoàn cơ sở",
  // "Đoàn Thanh niên Công an quận X", "Chi đoàn Sở Y tế tỉnh Y": a unit's youth union.
  "đoàn thanh niên",
  "chi đoàn",
  // "Hội Cựu chiến binh Văn phòng HĐND tỉnh X": an agency's chapter of the veterans' association.
  "hội cựu chiến binh",
]);

/** Parses one organization at ws[i]; returns it and where it ends, or null. */
function parseOne(ws: string[], i: number, g: Grammar, c: Curated): { org: OrgParse; end: number } | null {
  const start = i;
  // "Đoàn công tác Hội Cựu chiến binh …", "Đoàn Ủy ban MTTQ tỉnh …": a delegation of a unit is the
  // unit, when a unit follows ("Đoàn Thanh niên" is a unit itself).
  // ("Đoàn đại biểu Quốc hội tỉnh X" is a unit of its own, a head longer than the prefix.)
  const prefix = matchTable(ws, i, g.prefixes, 4);
  if (
    prefix &&
    matchTable(ws, i + prefix, g.heads, g.maxHead) &&
    isUpper(ws[i + prefix]!) &&
    matchTable(ws, i, g.heads, g.maxHead) <= prefix
  )
    i += prefix;
  // "Hội thi Dân vận khéo", "Trung tâm thành phố": an event or a place, though "Hội", "Trung tâm" are heads.
  if (matchTable(ws, i, g.notUnits, 4)) return null;
  // "Trung ương Hội Sinh viên Việt Nam", "Trung ương Hội Luật gia Việt Nam": an association's
  // central body, named before it as units.json names the few it lists.
  if (centralOfHead(ws, i, g)) {
    const inner = parseOne(ws, i + 2, g, c);
    if (inner && !inner.org.level && !inner.org.place && !inner.org.committee && !inner.org.body)
      return {
        org: { ...inner.org, name: `Trung ương ${inner.org.name}`, asWritten: ws.slice(start, inner.end).join(" ") },
        end: inner.end,
      };
  }
  // "Đoàn phường Tân Uyên": the youth union of a place (a delegation is "Đoàn công tác …").
  // ("Ngày 21/9/2025, đoàn xã Thanh Hà tổ chức ra quân": written in lower case, still the union.)
  const youth = (ws[i] === "Đoàn" || ws[i] === "đoàn") && matchLevel(ws, i + 1, g) > 0;
  const headLen = matchTable(ws, i, g.heads, g.maxHead) || (youth ? 1 : 0);
  // ("…, công đoàn trường mầm non Phú Tân đã tổ chức": a school's own unit, written in lower case
  // on the school's own site, is still the unit when the school's name follows.)
  const ofSchool =
    headLen > 1 &&
    LOWER_SCHOOL_UNITS.has(lower(ws.slice(i, i + headLen).join(" "))) &&
    /^trường$/iu.test(ws[i + headLen] ?? "") &&
    ws.slice(i + headLen + 1, i + headLen + 4).some((w) => isUpper(w));
  // ("ngày 22/10/2021 trường Tiểu học Khe Mo long trọng tổ chức": the school itself.)
  const school = headLen === 1 && ws[i] === "trường" && SCHOOL_KIND.test(ws[i + 1] ?? "");
  // ("Sáng 20/5, báo Hà Nội Mới phối hợp với …": a newspaper written in lower case, its name after.)
  const press = headLen === 1 && ws[i] === "báo" && isUpper(ws[i + 1] ?? "");
  // "khu dân cư số 7, xã Dân Chủ": a numbered neighbourhood is a unit however its head is written.
  const numbered =
    headLen > 1 &&
    NEIGHBOURHOOD.has(lower(ws.slice(i, i + headLen).join(" "))) &&
    (isNumber(ws[i + headLen] ?? "") || (lower(ws[i + headLen] ?? "") === "số" && isNumber(ws[i + headLen + 1] ?? "")));
  if (!headLen || !(isUpper(ws[i]!) || numbered || youth || ofSchool || school || press)) return null;
  const written = youth ? ["Đoàn"] : school ? ["Trường"] : press ? ["Báo"] : ws.slice(i, i + headLen);
  // Heads keep their canonical case; one-word heads ("Hội", "Sở") keep the text's.
  const nameParts = headLen > 1 ? (g.headText.get(lower(written.join(" ")))?.split(" ") ?? written) : written;
  i += headLen;
  // "Hội tỉnh Hòa Bình tổ chức ký kết …": a head that needs a name, followed straight by a
  // level, names no one unit (which of the province's associations?).
  // ("Đồng thời, Sở cũng tiến hành xử phạt …": nor does one standing alone, the unit named before.)
  if (NAMELESS_HEADS.has(lower(nameParts.join(" "))) && (matchLevel(ws, i, g) || i >= ws.length)) return null;
  // ("Bộ thay đổi thời gian …", "Bộ chỉ đạo các đơn vị …": a one-word head before lower-case words
  // is the word "bộ" or "sở" in a sentence, not a ministry or a department.)
  if (
    headLen === 1 &&
    /^(?:bộ|sở)$/u.test(lower(nameParts[0]!)) &&
    /^\p{Ll}/u.test(ws[i] ?? "") &&
    !matchLevel(ws, i, g)
  )
    return null;
  // "Ban Thường vụ Hội Nông dân tỉnh", "Thường trực Hội đồng nhân dân": a body of another unit.
  // "Đảng bộ cơ quan thường trực Ban Chỉ đạo Tây Nam Bộ": a few lower-case words may qualify the body.
  // (A level word is no qualifier: "Đảng ủy xã Trường Minh" is the commune's committee, though
  // "Trường" opens a school's name.)
  let q = 0;
  if (SUB_BODIES.has(lower(nameParts.join(" "))))
    while (
      q < 4 &&
      // ("Ban Chấp hành Lâm thời Đoàn Khối …": a provisional body, whatever its case.)
      (/^\p{Ll}/u.test(ws[i + q] ?? "") || (/^lâm$/iu.test(ws[i + q] ?? "") && /^thời$/iu.test(ws[i + q + 1] ?? ""))) &&
      !NOT_IN_NAME.has(ws[i + q]!) &&
      !matchJoiner(ws, i + q) &&
      !matchLevel(ws, i + q, g)
    )
      q++;
  if (!matchTable(ws, i + q, g.heads, g.maxHead)) q = 0;
  // ("Ban chấp hành công đoàn trường Tiểu học X": the unit inside may be written in lower case
  // where parseOne takes it so, a school's union or a commune's youth union.)
  if (
    SUB_BODIES.has(lower(nameParts.join(" "))) &&
    matchTable(ws, i + q, g.heads, g.maxHead) &&
    (isUpper(ws[i + q]!) || q === 0)
  ) {
    const inner = parseOne(ws, i + q, g, c);
    if (inner)
      return {
        org: {
          ...inner.org,
          asWritten: ws.slice(start, inner.end).join(" "),
          body: [[...nameParts, ...ws.slice(i, i + q)].join(" "), inner.org.body].filter(Boolean).join(" "),
        },
        end: inner.end,
      };
  }
  let committee: string | null = null;
  let level: string | null = null;
  let place: string | null = null;
  const headKey = lower(nameParts.join(" "));
  // "Đảng ủy các cơ quan Đảng phường X": a party committee of bodies, named before its place.
  const headCommittee = lower(ws[i] ?? "") === "các" ? undefined : g.committees.get(headKey);
  if (headCommittee) committee = headCommittee.word;

  // The rest of the name: capitalized words, short lower-case runs, "X và Y" / "X, Y" inside one name.
  // Units named for their place alone ("Huyện Đoàn M'Drak", "Ủy ban nhân dân tỉnh") have no more name.
  let lowerRun = 0;
  // (A district's name right after a head, "Hội Khuyến học Nghi Lộc", is its place; an
  // institution's, "Bệnh viện Đa khoa Hà Đông", is part of its name.)
  const headEnd = i;
  const bareDistrict = (k: number) => k === headEnd && !INSTITUTION.test(nameParts.join(" ")) && districtEnds(ws, k, c);
  // ("Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở và phong trào “Dân vận khéo” huyện X": a
  // steering committee's name joins its tasks, the campaign's quotes no part of it.)
  const steering = headKey.startsWith("ban chỉ đạo");
  while (i < ws.length && !committee && !PLACE_NAMED.has(lower(nameParts.join(" ")))) {
    const w = ws[i]!;
    if (matchCommittee(ws, i, g) || matchLevel(ws, i, g) || g.roles.has(lower(w))) break;
    if ((/^\p{Ll}/u.test(w) || w === "và") && g.closed.has(lower(nameParts.join(" ")))) break;
    if (lower(w) === "trực" && lower(ws[i + 1] ?? "") === "thuộc") break;
    // "X phối hợp với Y", "X chủ trì, …": a joiner in lower case ends the name.
    if (/^\p{Ll}/u.test(w) && w !== "và" && matchJoiner(ws, i)) break;
    if (isUpper(w) && (provinceAt(ws, i, c) || bareDistrict(i))) {
      // (…unless a year of the war follows: "Hội Chiến sĩ Thành cổ Quảng Trị năm 1972 tỉnh X".)
      const n = placeLength(ws, i, c);
      if (!(n && lower(ws[i + n] ?? "") === "năm" && isHistoryYear(ws[i + n + 1] ?? ""))) break;
      nameParts.push(...ws.slice(i, i + n));
      i += n;
      continue;
    }
    if (lower(w) === "trung" && lower(ws[i + 1] ?? "") === "ương") break;
    // "Đại sứ quán Ấn Độ tại Việt Nam", "Tổng Lãnh sự quán Nhật Bản tại TP Hồ Chí Minh": a mission's
    // post is part of its name.
    // (The post's name ends the mission's: "Đại sứ quán Mỹ tại Riyadh cảnh báo …".)
    if (w === "tại" && EMBASSY.test(headKey) && isUpper(ws[i + 1] ?? "")) {
      nameParts.push(w);
      i++;
      // (A post in a province is the mission's place, "… tại TP Hồ Chí Minh"; one abroad, its name.)
      if (provinceAt(ws, i, c)) break;
      while (
        i < ws.length &&
        (isUpper(ws[i]!) || (ws[i] === "," && isUpper(ws[i + 1] ?? "") && !opensUnit(ws, i + 1, g)))
      )
        nameParts.push(ws[i++]!);
      break;
    }
    if (w === "và" || w === "," || w === "-" || w === "–") {
      const next = ws[i + 1];
      // Joins two words of one name only when no new unit follows.
      // "các cơ quan và doanh nghiệp": a lower-case word after "và" can open no new unit.
      const inLowerRun =
        w === "và" &&
        next !== undefined &&
        !isUpper(next) &&
        (lowerRun > 0 || steering) &&
        !NOT_IN_NAME.has(lower(next));
      if (!inLowerRun && (!next || !isUpper(next) || opensUnit(ws, i + 1, g) || provinceAt(ws, i + 1, c))) break;
      nameParts.push(w === "," ? "," : w);
      i++;
      if (!inLowerRun) lowerRun = 0;
      continue;
    }
    if (steering && /^["“”]$/u.test(w) && lowerRun > 0) {
      i++;
      continue;
    }
    // "Hội Chiến sĩ Thành cổ Quảng Trị năm 1972 tỉnh X": a unit named for a year of the war (one
    // before these sites reported events, so no event's) keeps it.
    if (lower(w) === "năm" && nameParts.length > headLen && isHistoryYear(ws[i + 1] ?? "")) {
      nameParts.push(w, ws[i + 1]!);
      i += 2;
      lowerRun = 0;
      continue;
    }
    // "Câu lạc bộ 20/10": a club named for a day.
    const dayName = headKey === "câu lạc bộ" && nameParts.length === headLen && /^\d{1,2}\/\d{1,2}$/u.test(w);
    if (isUpper(w) || isNumber(w) || dayName) {
      // ("Tây Nam Bộ", "Bắc Trung Bộ": a region, not a ministry.)
      const region = w === "Bộ" && /^(?:Nam|Bắc|Trung)$/u.test(ws[i - 1] ?? "");
      // ("Bộ Công an": a ministry is named for its field, which may be a unit's head.)
      const ministry = headKey === "bộ" && nameParts.length === headLen;
      // ("Đoàn Thanh niên Công ty TNHH X", "Công đoàn Trường Y": a body of an institution is named
      // for it, right after its own head.)
      const ofInstitution =
        nameParts.length === headLen && BODY_OF_INSTITUTION.has(headKey) && INSTITUTION.test(ws.slice(i).join(" "));
      // ("Ban công tác mặt trận Khu phố 3 Phường X": a hamlet's word capitalized after its board's head is the board's.)
      const hamlet = nameParts.length === headLen && HAMLET_START.test(`${lower(w)} ${lower(ws[i + 1] ?? "")} `);
      // ("Trung tâm Báo chí và Hợp tác truyền thông Quốc tế": the press, no newspaper; "Trường Đại
      // học Vinh": a university's kind, no university of its own.)
      const kindWord =
        (w === "Báo" && ws[i + 1] === "chí") ||
        (headKey === "trường" && nameParts.length === headLen && w === "Đại" && ws[i + 1] === "học");
      if (
        !kindWord &&
        matchTable(ws, i, g.heads, g.maxHead) &&
        !/^(?:Việt|Nam)$/u.test(w) &&
        !region &&
        !ministry &&
        !ofInstitution &&
        !hamlet
      )
        break;
      lowerRun = 0;
    } else {
      if (NOT_IN_NAME.has(lower(w)) || ++lowerRun > 6 || !/^\p{L}/u.test(w)) break;
      // ("Ban Chỉ đạo thống nhất chọn huyện X tổ chức …": a verb phrase after a head is the
      // sentence's, never a name's.)
      if (NAME_ENDING_VERBS.has(`${lower(w)} ${lower(ws[i + 1] ?? "")}`) || lower(w) === "chọn") break;
    }
    nameParts.push(w);
    i++;
  }
  // "Chi hội Phụ nữ ấp 2 trực thuộc Hội LHPN xã Tân Hiệp": the unit it belongs to gives its level
  // and place, and is no organizer of its own.
  if (lower(ws[i] ?? "") === "trực" && lower(ws[i + 1] ?? "") === "thuộc" && !committee) {
    const parent = isUpper(ws[i + 2] ?? "") ? parseOne(ws, i + 2, g, c) : null;
    if (parent?.org.level && parent.org.place && !parent.org.committee)
      return {
        org: {
          asWritten: ws.slice(start, parent.end).join(" "),
          name: nameParts.join(" ").replace(/ ,/g, ","),
          committee: null,
          level: parent.org.level,
          place: parent.org.place,
        },
        end: parent.end,
      };
  }
  // "Tổ dân phố số 6, phường Trần Hưng Đạo": a neighbourhood's commune after a comma.
  // ("Ban điều hành khu phố Xa Cam II, phường Hưng Chiến": so does a unit named for its neighbourhood.)
  if (
    (NEIGHBOURHOOD.has(headKey) || HAMLET_NAMED.test(` ${nameParts.join(" ")}`)) &&
    ws[i] === "," &&
    g.levels.get(lower(ws[i + 1] ?? "")) === "commune"
  )
    i++;
  // "Ban Chỉ đạo … của huyện Hàm Tân", "Ban Dân vận của Huyện ủy": the unit's place after "của".
  if (lower(ws[i] ?? "") === "của" && !committee && (matchLevel(ws, i + 1, g) || matchCommittee(ws, i + 1, g))) i++;
  const cLen = committee ? 0 : matchCommittee(ws, i, g);
  if (cLen) {
    committee = g.committees.get(lower(ws.slice(i, i + cLen).join(" ")))!.word;
    i += cLen;
  }
  const lLen = matchLevel(ws, i, g);
  if (lLen) {
    const pLen = matchPlace(ws, i + lLen, g, c);
    const word = lower(ws.slice(i, i + lLen).join(" "));
    // "Quận 3", "Phường VII" are names of their own; "quận Bình Thạnh" a level and a name.
    if (pLen && (isNumber(ws[i + lLen]!) || (pLen === 1 && isRoman(ws[i + lLen]!)))) {
      place = `${ws[i]!.charAt(0).toLocaleUpperCase("vi")}${ws[i]!.slice(1)} ${ws.slice(i + lLen, i + lLen + pLen).join(" ")}`;
      level = word;
      i += lLen + pLen;
    } else {
      level = word;
      i += lLen;
      if (pLen) {
        place = ws.slice(i, i + pLen).join(" ");
        i += pLen;
      }
    }
  } else {
    const pLen = matchPlace(ws, i, g, c);
    if (pLen) {
      place = ws.slice(i, i + pLen).join(" ");
      i += pLen;
      // "Hội Khuyến học Nghi Lộc": a district named without its level word takes the one level
      // every district of that name has.
      const kinds = new Set((c.districts.get(place) ?? []).map((d) => d.kind));
      if (!c.provinces.has(place) && kinds.size === 1) level = [...kinds][0]!;
    }
  }
  // "Cục Cảnh sát … (Bộ Công an)": the body a unit belongs to, in brackets.
  let parent: string | undefined;
  if (ws[i] === "(") {
    const close = ws.indexOf(")", i);
    const owner = close > i + 1 && close - i <= 12 ? parseOrganizations(ws.slice(i + 1, close), c) : null;
    if (owner) {
      parent = owner[0]!.name;
      i = close + 1;
    }
  }
  // "Trung ương Hội Nông dân Việt Nam (T.Ư Hội NDVN) phối hợp …": the name's own short form.
  if (ws[i] === "(") {
    const close = ws.indexOf(")", i);
    const inner = ws.slice(i + 1, close);
    if (close > i + 1 && inner.length <= 6 && isUpper(inner[0]!) && inner.some((w) => /^\p{Lu}{3,}$/u.test(w)))
      i = close + 1;
  }
  let within: string | undefined;
  // "… khóa XII": the term is no part of the name.
  if (TERM_WORD.test(ws[i] ?? "") && /^[IVXLC]+$/u.test(ws[i + 1] ?? "")) i += 2;
  // "Liên đoàn Lao động huyện A Lưới (tỉnh Thừa Thiên Huế)", "Ban Công tác Mặt trận khu phố 6
  // (phường Xuân Hòa, TP Hồ Chí Minh)": the places above the unit's, in brackets.
  if (ws[i] === "(") {
    const close = ws.indexOf(")", i);
    const items = close > i + 1 && close - i <= 12 ? addressItems(ws.slice(i + 1, close), g, c) : null;
    if (items && (place || level || items[0]!.level)) {
      if (!place && !level) ({ level, place } = items[0]!);
      else within = items.map((x) => x.place).find((x) => c.provinces.has(x));
      i = close + 1;
    }
  }
  // "Hội Cựu chiến binh huyện Chợ Gạo, tỉnh Tiền Giang", "HĐND huyện Kon Plông tỉnh Kon Tum",
  // "Hội LHPN thị trấn Kiên Lương, huyện Kiên Lương": the places above a local place.
  for (let k = 0; k < 2 && place && level && g.levels.get(level) !== "province"; k++) {
    // (", huyện Y", "thuộc huyện Y", "tỉnh Y")
    const comma = ws[i] === "," || lower(ws[i] ?? "") === "thuộc" ? 1 : 0;
    if (!comma && lower(ws[i] ?? "") !== "tỉnh") break;
    const lv = matchLevel(ws, i + comma, g);
    const pl = matchPlace(ws, i + comma + lv, g, c);
    const named = ws.slice(i + comma + lv, i + comma + lv + pl).join(" ");
    const above = lv ? g.levels.get(lower(ws.slice(i + comma, i + comma + lv).join(" "))) : null;
    const fits =
      pl &&
      (c.provinces.has(named)
        ? !above || CITY_LEVELS.has(above)
        : g.levels.get(level) === "commune" &&
          (above === "district" || above === "city") &&
          ws[i + comma + lv + pl] !== "(");
    if (!fits) break;
    if (c.provinces.has(named)) within = named;
    i += comma + lv + pl;
  }
  const name = nameParts.join(" ").replace(/ ,/g, ",");
  // "Cụm thi đua số 1 – Ủy ban MTTQ Việt Nam tỉnh Gia Lai", "Vụ Địa phương III - Ban Tổ chức Trung ương":
  // an emulation cluster or a department of the unit after the dash.
  if (/^(?:cụm thi đua|khối thi đua|vụ|cục)$/u.test(headKey) && !place && !level && (ws[i] === "-" || ws[i] === "–")) {
    const inner = isUpper(ws[i + 1] ?? "") ? parseOne(ws, i + 1, g, c) : null;
    if (inner && !inner.org.body)
      return {
        org: { ...inner.org, asWritten: ws.slice(start, inner.end).join(" "), body: name },
        end: inner.end,
      };
  }
  return {
    org: {
      asWritten: ws.slice(start, i).join(" ").replace(/ ,/g, ","),
      name,
      committee,
      level,
      place,
      ...(parent ? { parent } : {}),
      ...(within && place && !c.provinces.has(place) ? { within } : {}),
    },
    end: i,
  };
}

// What a school's name opens with after "trường", and the school's own units that its site may
// write in lower case ("công đoàn trường mầm non X").
const SCHOOL_KIND = /^(?:Mầm|Tiểu|Trung|THCS|THPT|PTDTBT|PTDTNT|Phổ)$/u;
const LOWER_SCHOOL_UNITS = new Set(["công đoàn", "công đoàn cơ sở", "liên đội", "chi đoàn", "chi bộ"]);
// Units of a neighbourhood, named with their number before their commune.
const NEIGHBOURHOOD = new Set(["tổ dân phố", "khu phố", "khu dân cư", "ban công tác mặt trận"]);

/** "quận Hoàn Kiếm, Hà Nội": places only, each at a level or known to the gazetteer; else null. */
function addressItems(ws: string[], g: Grammar, c: Curated): { level: string | null; place: string }[] | null {
  const items: { level: string | null; place: string }[] = [];
  for (let i = 0; i < ws.length; ) {
    const lv = matchLevel(ws, i, g);
    const pl = matchPlace(ws, i + lv, g, c);
    if (!pl) return null;
    const place = ws.slice(i + lv, i + lv + pl).join(" ");
    if (!lv && !c.provinces.has(place) && !c.districts.has(place)) return null;
    items.push({ level: lv ? lower(ws.slice(i, i + lv).join(" ")) : null, place });
    i += lv + pl;
    if (i < ws.length && ws[i++] !== ",") return null;
  }
  return items.length ? items : null;
}

/** A district's name at ws[i] that ends the words (or their clause): the unit's place, left bare. */
function districtEnds(ws: string[], i: number, c: Curated): boolean {
  for (let n = PLACE_WORDS; n >= 1; n--)
    if (c.districts.has(ws.slice(i, i + n).join(" ")) && (i + n === ws.length || /^[,;:()–-]$/.test(ws[i + n]!)))
      return true;
  return false;
}
function provinceAt(ws: string[], i: number, c: Curated): boolean {
  return placeLength(ws, i, c) > 0;
}
/** How many words the province named at i takes ("Bà Rịa – Vũng Tàu": five, its dash one), or 0. */
function placeLength(ws: string[], i: number, c: Curated): number {
  for (let n = PLACE_WORDS; n >= 1; n--) if (c.provinces.has(ws.slice(i, i + n).join(" "))) return n;
  return 0;
}
/** The most words a place's name takes, a dash between its parts counted ("Bà Rịa – Vũng Tàu"). */
const PLACE_WORDS = 5;

// What may join two organizers of one event.
const JOINERS = [
  ["chủ", "trì", ",", "phối", "hợp", "với"],
  ["chủ", "trì", "phối", "hợp", "với"],
  ["chủ", "trì", ",", "phối", "hợp"],
  ["phối", "hợp", "với"],
  ["phối", "hợp", "cùng"],
  ["phối", "hợp"],
  ["cùng", "với"],
  ["và"],
  ["cùng"],
  ["với"],
  [","],
  ["–"],
  ["-"],
];
function matchJoiner(ws: string[], i: number): number {
  // "X đã phối hợp với Y tổ chức": an adverb may stand before the joiner.
  const a = /^(?:đã|vừa|đang)$/u.test(lower(ws[i] ?? "")) ? 1 : 0;
  for (const j of JOINERS) if (j.every((w, k) => lower(ws[i + a + k] ?? "") === w)) return a + j.length;
  return 0;
}

/**
 * Words at ws[i] that name the province above a district's or commune's unit just parsed
 * ("tỉnh Quảng Ninh", "TP Hải Phòng", "Hải Phòng"), or 0.
 */
function provinceAfter(ws: string[], i: number, prev: OrgParse | undefined, g: Grammar, c: Curated): number {
  if (!prev?.place || c.provinces.has(prev.place) || prev.place === "Trung ương") return 0;
  const lv = matchLevel(ws, i, g);
  const levelWord = lower(ws.slice(i, i + lv).join(" "));
  const pl = matchPlace(ws, i + lv, g, c);
  const name = ws.slice(i + lv, i + lv + pl).join(" ");
  if (!pl) return 0;
  if ((!lv || /^(?:tỉnh|thành phố|tp)$/u.test(levelWord)) && c.provinces.has(name)) return lv + pl;
  // ("UBND xã Phước Ngãi, Ba Tri; …": a commune's district after it.)
  const commune = /^(?:xã|phường|thị trấn)$/u.test(prev.level ?? "");
  return commune && (!lv || /^(?:huyện|quận|thị xã|thành phố)$/u.test(levelWord)) && c.districts.has(name)
    ? lv + pl
    : 0;
}

/** The whole word list as organizations, or null when any part is not one. */
export function parseOrganizations(ws: string[], c: Curated): OrgParse[] | null {
  const g = grammarOf(c);
  const out: OrgParse[] = [];
  let i = 0;
  while (i < ws.length) {
    const one = parseOne(ws, i, g, c);
    const upper = one || ws[i - 1] !== "," ? 0 : provinceAfter(ws, i, out.at(-1), g, c);
    if (upper) {
      // "Quận đoàn Lê Chân, thành phố Hải Phòng phối hợp với …": the province of the unit just
      // named, no unit of its own.
      i += upper;
    } else if (!one) {
      // "Tỉnh ủy Đồng Tháp và Bến Tre", "Ủy ban nhân dân xã Đội Cấn và xã Chí Minh": a second place
      // for the unit just named (at its own level, the places above it after "thuộc" or a comma).
      const prev = out.at(-1);
      const lv = prev?.level && !prev.committee ? matchLevel(ws, i, g) : 0;
      const levelWord = lower(ws.slice(i, i + lv).join(" "));
      const sameLevel = lv > 0 && g.levels.get(levelWord) === g.levels.get(prev!.level!);
      const pl = prev?.place && (sameLevel || !lv) ? matchPlace(ws, i + lv, g, c) : 0;
      const name = ws.slice(i + lv, i + lv + pl).join(" ");
      const atLevel = sameLevel && pl > 0 && !isNumber(ws[i + lv]!);
      if (!prev || !pl || !(atLevel || (c.provinces.has(name) && c.provinces.has(prev.place!)))) return null;
      out.push({
        ...prev,
        asWritten: ws.slice(i, i + lv + pl).join(" "),
        level: atLevel ? levelWord : prev.level,
        place: name,
      });
      i += lv + pl;
      if (atLevel && lower(ws[i] ?? "") === "thuộc") {
        const up = matchLevel(ws, i + 1, g);
        const upPl = up ? matchPlace(ws, i + 1 + up, g, c) : 0;
        if (upPl) i += 1 + up + upPl;
      }
    } else {
      out.push(one.org);
      i = one.end;
      // "Hội LHPN xã Quảng Nghĩa Thành phố Móng Cái", "xã Tân An huyện Cần Giuộc": the place above
      // it, written with its level word but no comma.
      const up = matchLevel(ws, i, g) ? provinceAfter(ws, i, one.org, g, c) : 0;
      if (up && matchLevel(ws, i, g) < up) i += up;
    }
    if (i === ws.length) break;
    // "Ban Dân vận Huyện ủy X - Trưởng khối thi đua …": the unit's role in apposition ends the list.
    if ((ws[i] === "-" || ws[i] === "–") && g.roles.has(lower(ws[i + 1] ?? "")) && isUpper(ws[i + 1]!)) break;
    const j = matchJoiner(ws, i);
    if (!j || i + j >= ws.length) return null;
    i += j;
  }
  return out.length ? out : null;
}

// A sentence whose subject is a person (after its day): "Sáng 27/5, đồng chí X, …".
const PERSON_SUBJECT = /^(?:[^,]{0,40}\s,\s)?(?:đồng chí|Đồng chí|đ\/c|Đ\/c)\s\p{Lu}/u;
// Heads of a body inside an institution ("Đoàn Thanh niên Công ty …", "Chi bộ Trường …").
const BODY_OF_INSTITUTION = new Set(
  ["Đoàn Thanh niên", "Chi đoàn", "Công đoàn", "Công đoàn cơ sở", "Chi bộ", "Đảng bộ", "Liên đội", "Chi hội"].map(
    lower,
  ),
);
/** A year written before these sites reported events: a history's, or a unit's name's ("… năm 1972"). */
export const isHistoryYear = (w: string) => /^(?:19|20)\d{2}$/u.test(w) && Number(w) < HISTORY_BEFORE;
// Heads that are no unit without a name of their own ("Hội Nông dân", "Trung tâm Y tế").
const NAMELESS_HEADS = new Set(
  [
    "Hội",
    "Chi hội",
    "Liên đoàn",
    "Liên hiệp",
    "Ban",
    "Hội đồng",
    "Trung tâm",
    "Phòng",
    "Sở",
    "Cục",
    "Văn phòng",
    "Quỹ",
    "Viện",
    "Trường",
    "Đài",
    "Báo",
  ].map(lower),
);

// Verbs whose subject is the organizer; adverbs that may stand between.
const TRIGGERS = [
  "phối hợp tổ chức",
  "đồng tổ chức",
  "tổ chức",
  "chủ trì",
  "tiến hành",
  "triển khai",
  "khai mạc",
  "bế mạc",
  "khai giảng",
  "phát động",
  "ra mắt",
  "tổng kết",
  "sơ kết",
  "họp",
  "đăng cai tổ chức",
  "đến thăm",
  "thăm",
  "tọa đàm",
  "gặp mặt",
  "họp mặt",
  "giao ban",
  "trao tặng",
  "trao",
  "tặng quà",
  "ký kết",
  "tập huấn",
  "mở lớp",
  "đối thoại",
  "biểu dương",
  "tuyên dương",
  "khánh thành",
  "bàn giao",
  "ra quân",
  "kỷ niệm",
  "về nguồn",
  "làm lễ",
  "cử hành",
].map((t) => t.split(" "));
// Looked up by their first word: most words open no trigger.
const TRIGGERS_BY_FIRST = new Map<string, string[][]>();
for (const tr of TRIGGERS) TRIGGERS_BY_FIRST.set(tr[0]!, [...(TRIGGERS_BY_FIRST.get(tr[0]!) ?? []), tr]);
const EVENT_NAMES = /^(?:Hội nghị|Hội thi|Đại hội|Lễ|Chương trình|Ngày hội|Buổi)(?:\s|$)/u;
const CAPITALIZED_VERBS = new Set(["khai giảng", "khai mạc", "phát động"]);
const PRIMARY = new Set([
  "phối hợp tổ chức",
  "đồng tổ chức",
  "tổ chức",
  "chủ trì",
  "khai mạc",
  "bế mạc",
  "đăng cai tổ chức",
  "phát động",
  "ra mắt",
]);
const ADVERBS = [
  "đã",
  "vừa",
  "đang",
  "mới",
  "long trọng",
  "đồng loạt",
  "chính thức",
  "trang trọng",
  "thành công",
  "cũng",
  "tiếp tục",
  "lần đầu tiên",
  "vừa qua",
  "mới đây",
  "hôm nay",
  // "X vừa thành lập và ra mắt tổ …": a verb joined to the event's, sharing its subject.
  "thành lập và",
  // "X cho biết, vừa tổ chức …": the unit reports its own event.
  "cho biết ,",
  "cho hay ,",
  "cho biết",
  "cho hay",
].map((a) => a.split(" "));
/**
 * Where the subject ends before an aside in parentheses right before the verb ("Ban Thường vụ
 * Đảng ủy phường X, tỉnh Y (sau sáp nhập tỉnh Z) tổ chức"): a note on the unit, no part of it,
 * unless it is the unit's address.
 */
function stripAside(ws: string[], end: number, g: Grammar): number {
  if (ws[end - 1] !== ")") return end;
  const open = ws.lastIndexOf("(", end - 1);
  if (open <= 0 || end - open > 16 || ws.slice(open + 1, end - 1).includes("(")) return end;
  // ("Ban Công tác Mặt trận khu phố 7 (phường An Khánh, TP.HCM)": an address places the unit.)
  if (!/^\p{Ll}/u.test(ws[open + 1] ?? "") || matchLevel(ws, open + 1, g)) return end;
  let e = open;
  while (e > 0 && ws[e - 1] === ",") e--;
  return e;
}

// A body's term ("khóa XII"), in either tone placement.
const TERM_WORD = /^(?:khóa|khoá)$/iu;
const ROMAN_OR_NUMBER = /^(?:[IVXLC]+|\d{1,2})$/u;
const YEAR_SPAN = /^(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}$/u;
/**
 * Where the subject ends before ws[end]: a body's term after its name stripped ("Ban Chấp hành
 * Hội Nông dân tỉnh X khóa X, nhiệm kỳ 2023-2028 đã tổ chức"): the term is no part of the unit.
 */
function stripTerm(ws: string[], end: number): number {
  for (let again = true; again; ) {
    again = false;
    // "nhiệm kỳ 2023-2028" (the span one word, or three around a dash)
    const span = YEAR_SPAN.test(ws[end - 1] ?? "")
      ? 1
      : YEAR_SPAN.test(ws.slice(Math.max(0, end - 3), end).join(""))
        ? 3
        : 0;
    if (span && lower(ws[end - span - 2] ?? "") === "nhiệm" && lower(ws[end - span - 1] ?? "") === "kỳ") {
      end -= span + 2;
      again = true;
    } else if (ROMAN_OR_NUMBER.test(ws[end - 1] ?? "") && TERM_WORD.test(ws[end - 2] ?? "")) {
      end -= 2;
      again = true;
    }
    if (again) while (end > 0 && ws[end - 1] === ",") end--;
  }
  return end;
}

const DAY_NUMBER = /^\d{1,2}[/-]\d{1,2}(?:[/-]\d{4})?$/u;
const TIME_WORDS = new Set(["vào", "ngày", "hôm", "qua", "nay", "sáng", "trưa", "chiều", "tối"]);
/**
 * Where the subject ends before a time phrase between it and the verb ("Sở X ngày hôm qua 12-5
 * đã tổ chức", "Hội Y sáng nay tổ chức"), or end as it is.
 */
function stripTime(ws: string[], end: number): number {
  let e = end;
  if (DAY_NUMBER.test(ws[e - 1] ?? "")) e--;
  const numbered = e < end;
  while (e > 0 && TIME_WORDS.has(ws[e - 1]!)) e--;
  // A day number alone is no time phrase ("Quận 12 tổ chức"); nor is "qua" or "nay" alone.
  const span = ws.slice(e, end);
  const timed = span.some((w) => /^(?:ngày|sáng|trưa|chiều|tối|hôm)$/u.test(w)) && (numbered || span.length >= 2);
  return timed && e > 0 ? e : end;
}

/** Where the subject ends before ws[end]: adverb phrases ("đã long trọng") stripped. */
function stripAdverbs(ws: string[], end: number): number {
  for (let again = true; again; ) {
    again = false;
    const timeless = stripTime(ws, end);
    if (timeless < end) {
      end = timeless;
      again = true;
    }
    for (const a of ADVERBS)
      if (
        end >= a.length &&
        a.every((w, k) => lower(ws[end - a.length + k]!) === w) &&
        // "Liên đoàn Lao động huyện Chợ Mới tổ chức": a capitalized word after a capitalized one is a name's.
        !(isUpper(ws[end - a.length]!) && end - a.length > 0 && isUpper(ws[end - a.length - 1]!))
      ) {
        end -= a.length;
        again = true;
      }
  }
  return end;
}
const HABITUAL =
  /^(?:nhiều|thường xuyên|hàng|hằng|định kỳ|các|hơn|trên|gần|\d+ (?:cuộc|buổi|lớp|hội nghị|đợt))(?:\s|$)/iu;
const ANCHORED = /^(?:trong\s+)?năm\s+(?:19|20)\d{2}|^(?:sáng|chiều|tối|ngày|hôm)\s/iu;
// A day (with its month) a few words before the verb, only a unit's name between.
const DAY_JUST_BEFORE =
  /(?<!\p{L})(?:ngày|sáng|chiều|tối)\s+\d{1,2}(?:\s*[/.-]\s*\d{1,2}|\s+tháng\s+\d{1,2})(?:[^,;:]*)$/iu;
const EVERY_YEAR = /(?<![\p{L}\p{M}])(?:hàng|hằng) năm(?![\p{L}\p{M}])/iu;
const JUST_NOW = /(?<![\p{L}\p{M}])(?:vừa qua|mới đây|vừa tổ chức|(?:sáng|chiều|tối) nay)(?![\p{L}\p{M}])/iu;
const HABITUAL_BEFORE = /(?:thường xuyên|thường|luôn|hằng năm|hàng năm|định kỳ)$/iu;
// Words after which a subject may begin (besides punctuation and the sentence start).
const OPENERS = new Set(["do", "qua", "đây", "nay", "rồi", "đó", "sau"]);

/** True when the verb at t is words of a unit's head that opens before it ("Liên hiệp các tổ chức hữu nghị"). */
function insideHead(ws: string[], t: number, g: Grammar): boolean {
  for (let k = 1; k < g.maxHead && k <= t; k++) {
    const n = matchTable(ws, t - k, g.heads, g.maxHead);
    if (n > k && isUpper(ws[t - k]!)) return true;
  }
  return false;
}

/**
 * "X đã đến huyện A và huyện B trao …", "X về xã Y tặng quà": the end of the
 * subject before a trip to places (level words and their names, joined by
 * "và" or commas) that ends right at the verb; `end` unchanged otherwise.
 */
function beforeTrip(ws: string[], end: number, g: Grammar, c: Curated): number {
  const go = ws.slice(Math.max(0, end - 16), end).findLastIndex((w) => /^(?:đến|về|tới)$/u.test(lower(w)));
  if (go < 0) return end;
  const at = Math.max(0, end - 16) + go;
  let i = at + 1;
  let places = 0;
  while (i < end) {
    const lv = matchLevel(ws, i, g);
    if (!lv) break;
    const n = matchPlace(ws, i + lv, g, c);
    if (!n) break;
    i += lv + n;
    places++;
    if (i < end && (ws[i] === "và" || ws[i] === ",")) i++;
  }
  if (places === 0 || i !== end) return end;
  return stripAdverbs(ws, at);
}

/** The organizations that are the subject of an event verb in one sentence, leading one first. */
export function subjectOrganizers(sentence: string, c: Curated): OrgParse[] | null {
  // "Lễ hội … diễn ra vào ngày 12 tháng Giêng hàng năm, …, do UBND xã X tổ chức": what is held
  // every year, with no day of this year's, is no event the page reports.
  if (EVERY_YEAR.test(sentence) && !findEventDay(sentence) && !JUST_NOW.test(sentence)) return null;
  const ws = words(spellOut(sentence, c));
  const g = grammarOf(c);
  // "Ngày 23/6, thường trực Thành ủy - HĐND - UBND thành phố …": a unit's standing body written in
  // lower case before the unit's name is still its body. ("Công đoàn cơ quan thường trực Ban Chỉ
  // đạo …" qualifies a name, as written.)
  for (let k = 0; k + 2 < ws.length; k++)
    if (
      ws[k] === "thường" &&
      ws[k + 1] === "trực" &&
      !/^\p{Ll}/u.test(ws[k - 1] ?? "") &&
      isUpper(ws[k + 2]!) &&
      matchTable(ws, k + 2, g.heads, g.maxHead)
    )
      ws[k] = "Thường";
  // Each event verb's subject; the one naming most organizers wins, the first on a tie
  // ("X chủ trì, phối hợp với Y tổ chức": the subject of "tổ chức" names both).
  let best: OrgParse[] | null = null;
  let bestPrimary = false;
  for (let t = 0; t < ws.length; t++) {
    // Verbs are written in lower case: "Ban Tổ chức" is a name, not "tổ chức".
    // ("X phối hợp với Y Khai giảng lớp …": an opening verb capitalized mid-sentence is still one;
    // it opens no unit's name.)
    // ("Đảng ủy các cơ quan Đảng phường Tổ chức Hội nghị …": so is "Tổ chức" after a lower-case
    // word and before an event's name; "Ban Tổ chức Hội nghị" stays a name.)
    const heldCapital =
      t > 0 &&
      ws[t] === "Tổ" &&
      ws[t + 1] === "chức" &&
      /^\p{Ll}/u.test(ws[t - 1]!) &&
      lower(ws[t - 1]!) !== "ban" &&
      EVENT_NAMES.test(`${ws[t + 2] ?? ""} ${ws[t + 3] ?? ""}`);
    const midCapital =
      heldCapital ||
      (t > 0 && /^[\p{L}\p{N}]/u.test(ws[t - 1]!) && CAPITALIZED_VERBS.has(lower(`${ws[t]} ${ws[t + 1] ?? ""}`)));
    const at = midCapital ? [lower(ws[t]!), lower(ws[t + 1]!)] : [ws[t]!, ws[t + 1]];
    const trig = TRIGGERS_BY_FIRST.get(at[0]!)?.find((tr) =>
      tr.every((w, k) => (k < 2 ? (at[k] ?? "") : (ws[t + k] ?? "")) === w),
    );
    if (!trig) continue;
    // "Liên hiệp các tổ chức hữu nghị tỉnh X trao …": a verb's words inside a unit's name are the name's.
    if (insideHead(ws, t, g)) continue;
    // "CAQ X đã tổ chức lực lượng đến hiện trường": forces sent out, no event held.
    if (trig.join(" ") === "tổ chức" && /^lực$/iu.test(ws[t + 2] ?? "") && /^lượng$/iu.test(ws[t + 3] ?? "")) continue;
    // "Tòa án nhân dân tỉnh X tổ chức phiên xét xử …": a court at its work, no event held.
    if (
      trig.join(" ") === "tổ chức" &&
      /^(?:phiên (?:tòa|xét xử)|xét xử)/iu.test(`${ws[t + 2] ?? ""} ${ws[t + 3] ?? ""} ${ws[t + 4] ?? ""}`)
    )
      continue;
    // "Sở Y tế tỉnh X cho biết đã triển khai quyết định kỷ luật ông A": a decision carried out.
    if (trig.join(" ") === "triển khai" && /^quyết$/iu.test(ws[t + 2] ?? "") && /^định$/iu.test(ws[t + 3] ?? ""))
      continue;
    // "X triển khai kế hoạch tổ chức Ngày hội …": a plan issued for events ahead, no event held,
    // unless a day opens the sentence ("Ngày 28/10, X triển khai kế hoạch …": a meeting held for it).
    if (
      trig.join(" ") === "triển khai" &&
      /^kế$/iu.test(ws[t + 2] ?? "") &&
      /^hoạch$/iu.test(ws[t + 3] ?? "") &&
      (findEventDay(sentence)?.index ?? 99) > 60
    )
      continue;
    // "X ban hành Công văn … về việc tổ chức bắn pháo hoa": what a document is about, no event held.
    // (So is every verb after it in the document's subject: "… về việc tổ chức X và tổ chức Y".)
    if (/^(?:việc|về)$/u.test(lower(ws[t - 1] ?? ""))) continue;
    const issued = ws.slice(0, t).findLastIndex((w, k) => lower(w) === "ban" && lower(ws[k + 1] ?? "") === "hành");
    // ("… ban hành NQ về X, đồng thời tổ chức hội nghị": "đồng thời" starts a doing of its own.)
    const scope = issued >= 0 ? ws.slice(issued, t).map(lower) : [];
    if (scope.includes("về") && !scope.includes("thời") && !scope.includes(";")) continue;
    // "X tổ chức thực hiện công trình …": carries a programme out, holds no event.
    if (
      trig.at(-1) === "chức" &&
      lower(ws[t + trig.length] ?? "") === "thực" &&
      lower(ws[t + trig.length + 1] ?? "") === "hiện"
    )
      continue;
    // "X đã tổ chức nhiều buổi …", "thường xuyên tổ chức": a summary of doings, not one event,
    // unless the sentence is anchored in a time ("Năm 2019, X … tổ chức nhiều hoạt động").
    // ("…, vừa qua, X tổ chức 03 hội nghị": a recent batch, when "vừa qua" stands alone, not
    // "thời gian vừa qua", a period.)
    const justNow =
      /^(?:vừa|mới)$/u.test(lower(ws[t - 1] ?? "")) ||
      ws.slice(0, t).some((w, k) => lower(w) === "vừa" && ws[k + 1] === "qua" && (k === 0 || ws[k - 1] === ","));
    const habitual =
      !justNow &&
      (HABITUAL.test(ws.slice(t + trig.length, t + trig.length + 3).join(" ")) ||
        HABITUAL_BEFORE.test(ws.slice(Math.max(0, t - 3), t).join(" ")));
    // ("…, vào ngày 04 tháng 3 năm 2023 Công đoàn trường X đã tổ chức nhiều hoạt động": a day just
    // before the subject anchors it too, however long the clause before.)
    if (
      habitual &&
      !ANCHORED.test(sentence.trim()) &&
      (findEventDay(sentence)?.index ?? 99) > 60 &&
      !DAY_JUST_BEFORE.test(ws.slice(Math.max(0, t - 16), t).join(" "))
    )
      continue;
    let end = stripTerm(ws, stripAside(ws, stripAdverbs(ws, t), g));
    // "Hội X tỉnh đã đến huyện A và huyện B trao 3 mái ấm": who went there did the handing over.
    end = beforeTrip(ws, end, g, c);
    // "Đoàn X, do ông Y làm trưởng đoàn, đã đến thăm": who led the delegation is not part of it.
    const tail = ws
      .slice(Math.max(0, end - 4), end)
      .map(lower)
      .join(" ");
    const led = ws.slice(0, end).lastIndexOf("do");
    if (led > 0 && /(?:làm trưởng đoàn|dẫn đầu)(?: ,)?$/u.test(tail)) {
      end = led;
      while (end > 0 && ws[end - 1] === ",") end--;
    }
    // "X phối hợp với Y và các đơn vị liên quan, tổ chức": the unnamed rest and the comma go.
    const rest = ws
      .slice(0, end)
      .findLastIndex((w, k) => /^(?:các|một|nhiều)$/u.test(w) && lower(ws[k - 1] ?? "") === "và");
    if (rest > 0 && ws.slice(rest, end).every((w) => !isUpper(w) || w === ",") && end - rest <= 10) end = rest - 1;
    // ("X phối hợp UBND xã Y; tổ chức trao nhà": a stray semicolon before the verb.)
    while (end > 0 && (ws[end - 1] === "," || ws[end - 1] === ";")) end--;
    for (let s = 0; s < end; s++) {
      const before = s === 0 ? "" : lower(ws[s - 1]!);
      // "Hội LHPN tỉnh X chỉ đạo Hội LHPN thị xã Y tổ chức": the unit directed holds the event.
      const directed = before === "đạo" && lower(ws[s - 2] ?? "") === "chỉ";
      // "Vừa qua tại xã Ea Tar Huyện Đoàn Cư M'gar đã tổ chức": a unit right after its venue.
      const venued = s > 0 && isUpper(ws[s]!) && afterPlaceVenue(ws, s, c);
      // "Hội thi đã được Hội Nông dân huyện tổ chức": the passive's agent holds it.
      const agent = before === "được" && PRIMARY.has(trig.join(" "));
      // A number ends a date ("ngày 5/3", "Tháng 8, 2025") the subject may follow; "năm 1972"
      // inside a name ("Hội Chiến sĩ thành cổ Quảng Trị năm 1972 tỉnh X") ends none.
      // ("ngày 22 tháng 8 năm 2023 Đảng ủy xã tổ chức" still ends a date.)
      // ("kỳ họp thứ 4 HĐND thành phố … khai mạc": an ordinal ends no date; the session is the subject.)
      const dated =
        /\d/.test(before) &&
        (lower(ws[s - 2] ?? "") !== "năm" || isNumber(ws[s - 3] ?? "")) &&
        lower(ws[s - 2] ?? "") !== "thứ";
      // "Sáng 22/3, các đơn vị Thị đoàn X, Đoàn Thanh niên Y phối hợp tổ chức": the units listed.
      const listed = before === "vị" && lower(ws[s - 2] ?? "") === "đơn" && lower(ws[s - 3] ?? "") === "các";
      if (
        s > 0 &&
        !/^[,;:()–-]$/.test(before) &&
        !OPENERS.has(before) &&
        !dated &&
        !directed &&
        !venued &&
        !agent &&
        !listed
      )
        continue;
      // "Thực hiện phong trào X do Trung ương Hội … phát động, …": who launched the campaign the
      // clause carries out held no event of this page.
      if (before === "do" && carriesOut(ws, s - 1)) continue;
      // "Phó Thủ tướng X chỉ đạo 3 bộ, Bộ Công Thương, … phối hợp với UBND tỉnh Y kiểm tra …",
      // "Phó Thủ tướng X yêu cầu …; Bộ Kế hoạch và Đầu tư chủ trì, phối hợp …": units a person
      // directs are given a task, and hold no event the page reports.
      if (DIRECTED_BY_PERSON.test(ws.slice(0, s).join(" "))) continue;
      // "UBND TP chỉ đạo Viện X chủ trì phối hợp …", "ông Y đã giao Sở Xây dựng chủ trì, phối hợp
      // …": a unit given the lead of a task, not one holding an event.
      if (trig[0] === "chủ" && ASSIGNS.test(ws.slice(Math.max(0, s - 2), s).join(" "))) continue;
      // "Bộ X, Hội Y chưa biết, Báo Z phối hợp tổ chức": a list whose earlier item opens like a
      // unit but did not parse; its later items alone would put the wrong one first.
      if (before === ",") {
        const from = ws.slice(0, s - 1).lastIndexOf(",") + 1;
        if (s - 1 - from >= 2 && opensUnit(ws, from, g) && isUpper(ws[from]!)) break;
      }
      const opens = before === "" || before === "," || OPENERS.has(before) || directed || agent || listed;
      let orgs =
        parseOrganizations(ws.slice(s, end), c) ??
        (opens || dated ? leadingPartner(ws, s, end, c) : null) ??
        // ("… 19 Tháng 8, 2025 Xã Tu Mơ Rông tổ chức": a date's year may stand before a place.)
        ((opens || (dated && /^(?:19|20)\d{2}$/u.test(before))) && PRIMARY.has(trig.join(" ")) && !inAddress(ws, s, c)
          ? placeSubject(ws.slice(s, end), c, s === 0)
          : null);
      // "tại Hội trường, Hội Nông dân tỉnh X, Ban Thường vụ Hội … khai mạc": the first is the
      // venue's owner, when a comma (not "và") joins it to the next.
      if (
        orgs &&
        orgs.length > 1 &&
        before === "," &&
        afterVenue(ws, s - 1, c) &&
        ws[s + words(orgs[0]!.asWritten).length] === ","
      )
        orgs = orgs.slice(1);
      // "X và Y ký kết chương trình phối hợp": the parties to an agreement, not its hosts (one unit
      // signing, "Khối thi đua X ký kết giao ước", holds the signing of its members).
      if (orgs && orgs.length > 1 && trig.join(" ") === "ký kết") break;
      if (orgs) {
        // Most organizers first; on a tie, "tổ chức"-like verbs before the others ("đối thoại").
        const primary = PRIMARY.has(trig.join(" "));
        if (!best || orgs.length > best.length || (orgs.length === best.length && primary && !bestPrimary)) {
          best = orgs;
          bestPrimary = primary;
        }
        break;
      }
    }
    // "Đồng chí X, Phó Bí thư Tỉnh ủy, thay mặt Thường trực Tỉnh ủy đã thăm …", "Thay mặt Ban
    // Thường vụ Tỉnh ủy, đồng chí X trao …": a person acting for a unit; the unit held the event.
    if (!best && ON_BEHALF_VERBS.has(trig.join(" "))) {
      const orgs = onBehalfOf(ws, end, c);
      if (orgs) {
        best = orgs;
        bestPrimary = PRIMARY.has(trig.join(" "));
      }
    }
    // "Sáng 27/5, đồng chí X, Chủ tịch …, đã đến thăm, chúc mừng Sở Nội vụ đã hoàn thành … tham
    // mưu cho UBND tỉnh, Ủy ban bầu cử tỉnh triển khai …": a person did the sentence's doing;
    // the verbs after it tell of others' work, not who held the event.
    if (!best && PERSON_SUBJECT.test(ws.slice(0, t).join(" "))) break;
    // "Sở Tư pháp kiểm tra … và tổ chức hội nghị", "Thường trực HĐND tỉnh vừa ban hành …, đồng
    // thời tổ chức hội nghị": the verb shares the subject of the first verb of its clause.
    if (!best && PRIMARY.has(trig.join(" "))) {
      const orgs = sharedSubject(ws, end, c);
      if (orgs) {
        best = orgs;
        bestPrimary = true;
      }
    }
  }
  return best;
}

const ASSIGNS = /(?:^|\s)(?:giao(?: cho)?|chỉ đạo|yêu cầu|đề nghị)$/u;
// A person's title, then (past a name and a unit) a verb that directs others.
const DIRECTED_BY_PERSON =
  /(?:^|\s)(?:(?:Phó\s)?(?:Thủ tướng|Chủ tịch|Bộ trưởng|Thứ trưởng|Bí thư|Giám đốc)|(?:ông|bà|đồng chí)\s\p{Lu})\s?[^;:]{0,80}?(?<!\p{L})(?:yêu cầu|chỉ đạo|giao(?=\s(?:cho|nhiệm vụ|\p{Lu}))|đề nghị)(?!\p{L})/u;
// Clause openers of a campaign or plan carried out: "Thực hiện Kế hoạch …", "Hưởng ứng phong trào …".
const CARRIES_OUT = /^(?:thực hiện|hưởng ứng|triển khai|căn cứ|theo|tiếp tục thực hiện)$/u;
/** True when the clause holding ws[k] opens on carrying out a campaign or plan. */
function carriesOut(ws: string[], k: number): boolean {
  let start = k;
  while (start > 0 && !/^[,;:()]$/.test(ws[start - 1]!)) start--;
  const open = (n: number) => lower(ws.slice(start, start + n).join(" "));
  return k - start >= 2 && (CARRIES_OUT.test(open(1)) || CARRIES_OUT.test(open(2)) || CARRIES_OUT.test(open(3)));
}

// What a person does for a unit: visits, gifts, and the organizing verbs.
const ON_BEHALF_VERBS = new Set([
  ...PRIMARY,
  "đến thăm",
  "thăm",
  "trao tặng",
  "trao",
  "tặng quà",
  "tuyên dương",
  "biểu dương",
]);
/**
 * The unit after the last "thay mặt" shortly before ws[end] (the person's name and posts
 * between), up to the verb or the clause's comma.
 */
function onBehalfOf(ws: string[], end: number, c: Curated): OrgParse[] | null {
  // "Đại diện lãnh đạo Liên đoàn Lao động tỉnh tặng quà …": opening the sentence, its
  // representative acting for the unit.
  const rep =
    lower(ws[0] ?? "") === "đại" && lower(ws[1] ?? "") === "diện"
      ? lower(ws[2] ?? "") === "lãnh" && lower(ws[3] ?? "") === "đạo"
        ? 4
        : 2
      : 0;
  if (rep && end > rep && !ws.slice(rep, end).some((w) => /^[,;:]$/.test(w))) {
    const orgs = parseOrganizations(ws.slice(rep, end), c);
    if (orgs?.length === 1) return orgs;
  }
  for (let k = end - 3; k >= Math.max(0, end - 24); k--) {
    if (lower(ws[k]!) !== "thay" || lower(ws[k + 1]!) !== "mặt") continue;
    // No other clause between: "Thay mặt X, đồng chí Y trao" ends at the comma.
    const comma = ws.indexOf(",", k + 2);
    const stop = comma > 0 && comma < end ? comma : end;
    if (ws.slice(k + 2, stop).some((w) => /^[;:]$/.test(w))) return null;
    const orgs = stop > k + 2 ? parseOrganizations(ws.slice(k + 2, stop), c) : null;
    return orgs?.length === 1 ? orgs : null;
  }
  return null;
}

// Verbs of a unit's own doings that another verb may follow with "và" / "đồng thời".
const FIRST_VERBS = ["kiểm tra", "ban hành", "làm việc", "khảo sát", "giám sát", "hướng dẫn", "chỉ đạo"].map((v) =>
  v.split(" "),
);
function sharedSubject(ws: string[], end: number, c: Curated): OrgParse[] | null {
  let k = end;
  if (lower(ws[k - 1] ?? "") === "và") k--;
  else if (lower(ws[k - 2] ?? "") === "đồng" && ws[k - 1] === "thời") k -= ws[k - 3] === "," ? 3 : 2;
  else return null;
  // The nearest such verb before the joined one; its subject runs back to the clause's start.
  for (let v = k - 1; v > 0; v--) {
    const verb = FIRST_VERBS.find((fv) => fv.every((w, j) => ws[v + j] === w));
    if (!verb) continue;
    const subjEnd = stripAdverbs(ws, v);
    let s = subjEnd - 1;
    while (s > 0 && !/^[,;:()–-]$/.test(ws[s - 1]!)) s--;
    const orgs = subjEnd > s ? parseOrganizations(ws.slice(s, subjEnd), c) : null;
    // No ";" or ":" between the two verbs: one sentence of one subject.
    return orgs && !ws.slice(v + verb.length, k).some((w) => /^[;:]$/.test(w)) ? orgs : null;
  }
  return null;
}

// Clause openers after which a comma goes on with the same address or venue: "khóm 2,
// phường 1", "tại thôn X, xã Y", "các ấp 18, 19, xã Z", "Đến ngày 24/8, tỉnh X tổ chức thành công".
const ADDRESS_CLAUSE = /^(?:tại|ở|đến|khóm|ấp|thôn|bản|tổ|khu|xóm|buôn|các|số|\d+)$/u;
/** True when the clause before the comma at ws[s - 1] is part of an address or a venue. */
function inAddress(ws: string[], s: number, c: Curated): boolean {
  if (ws[s - 1] !== ",") return false;
  const g = grammarOf(c);
  let k = s - 2;
  while (k > 0 && !/^[,:;]$/.test(ws[k - 1]!)) k--;
  // The clause opens on a venue, a hamlet, a number or a level word ("phường 1, …").
  if (ADDRESS_CLAUSE.test(lower(ws[k] ?? "")) || matchLevel(ws, k, g)) return true;
  // "Hội LHPN phường Vĩnh Trường, TP Nha Trang tổ chức": a place right after a unit's place.
  let j = s - 2;
  while (j > k && (isUpper(ws[j]!) || isNumber(ws[j]!))) j--;
  return j < s - 2 && (matchLevel(ws, j, g) === 1 || (j > 0 && matchLevel(ws, j - 1, g) === 2));
}

/**
 * A place as the subject ("huyện Bác Ái tổ chức", "Xã Tu Mơ Rông, Quảng Ngãi tổ chức"): the
 * place's authorities held it, and the text says no more; kept as written, level and place.
 */
function placeSubject(ws: string[], c: Curated, opensSentence = false): OrgParse[] | null {
  const g = grammarOf(c);
  const lv = matchLevel(ws, 0, g);
  const pl = lv ? matchPlace(ws, lv, g, c) : 0;
  // A numbered ward ("Phường 10 tổ chức …") only opening its sentence: after a comma, "phường 1,"
  // goes on an address more often than not.
  const numbered = pl > 0 && (isNumber(ws[lv]!) || isRoman(ws[lv]!));
  if (!pl || (numbered && !(opensSentence && pl === 1))) return null;
  const level = lower(ws.slice(0, lv).join(" "));
  const place = numbered
    ? `${ws[0]!.charAt(0).toLocaleUpperCase("vi")}${ws[0]!.slice(1)} ${ws[lv]}`
    : ws.slice(lv, lv + pl).join(" ");
  let i = lv + pl;
  // The places above it: ", Quảng Ngãi", ", huyện Y", "(quận Y, Hà Nội)".
  if (ws[i] === "(" && ws.at(-1) === ")" && addressItems(ws.slice(i + 1, -1), g, c)) i = ws.length;
  else if (ws[i] === "," && addressItems(ws.slice(i + 1), g, c)) i = ws.length;
  if (i !== ws.length) return null;
  return [{ asWritten: ws.join(" ").replace(/ ,/g, ","), name: "", committee: null, level, place }];
}

/**
 * The leading organizers alone when their partners do not parse ("X phối hợp với Quỹ Y của
 * Tập đoàn Z tổ chức", "X cùng đại diện xã Y tổ chức"): who leads is still said.
 */
function leadingPartner(ws: string[], s: number, end: number, c: Curated): OrgParse[] | null {
  const g = grammarOf(c);
  for (let k = s + 1; k < end - 1; k++) {
    // ("X kết nối với nhóm tình nguyện Y tổ chức": a partner found, not a co-host named as a unit.)
    // ("X phối hợp các cơ quan chức năng tổ chức": partners left unnamed, in lower case.)
    const unnamed = /^(?:các|những|nhiều)$/u.test(ws[k + 2] ?? "") && ws.slice(k + 3, end).every((w) => !isUpper(w));
    // ("UBND huyện Gia Lâm và xã Bát Tràng tổ chức": a partner named by its place alone.)
    const lv = ws[k] === "và" ? matchLevel(ws, k + 1, g) : 0;
    const pl = lv > 0 ? matchPlace(ws, k + 1 + lv, g, c) : 0;
    const placeOnly = pl > 0 && k + 1 + lv + pl === end;
    const partner =
      placeOnly ||
      ws[k] === "cùng" ||
      (/^(?:phối|kết|liên)$/u.test(ws[k]!) &&
        /^(?:hợp|nối|kết)$/u.test(ws[k + 1] ?? "") &&
        (/^(?:với|cùng)$/u.test(ws[k + 2] ?? "") || (ws[k] === "phối" && unnamed)));
    if (!partner) continue;
    let cut = stripAdverbs(ws, k);
    while (cut > s && ws[cut - 1] === ",") cut--;
    return parseOrganizations(ws.slice(s, cut), c);
  }
  return null;
}

/** True when ws[s] follows at once a venue "tại <level> <place>" ("tại xã Ea Tar Hội …"). */
function afterPlaceVenue(ws: string[], s: number, c: Curated): boolean {
  const g = grammarOf(c);
  for (let k = s - 2; k >= Math.max(0, s - 7); k--) {
    if (lower(ws[k]!) !== "tại") continue;
    const lv = matchLevel(ws, k + 1, g);
    return lv > 0 && k + 1 + lv < s && matchPlace(ws, k + 1 + lv, g, c) === s - (k + 1 + lv);
  }
  return false;
}

/**
 * True when the part ending at ws[comma] is a bare venue ("tại Hội trường,"), so
 * the unit after it is the venue's owner ("…, Hội Nông dân tỉnh X, Ban Thường vụ … khai mạc").
 */
function afterVenue(ws: string[], comma: number, c: Curated): boolean {
  let k = comma - 1;
  while (k > 0 && ws[k - 1] !== ",") k--;
  if (!/^(?:tại|ở)$/u.test(lower(ws[k] ?? ""))) return false;
  // "tại TP Hải Phòng, Thành ủy, HĐND, UBND thành phố tổ chức": a city or district owns no hall;
  // the unit after it is the first host.
  const capital = lower(`${ws[k + 1] ?? ""} ${ws[k + 2] ?? ""}`) === "thủ đô" ? 2 : 0;
  const place = ws.slice(k + 1 + (capital || matchLevel(ws, k + 1, grammarOf(c))), comma).join(" ");
  if (c.provinces.has(place) || c.districts.has(place)) return false;
  // "tại Hội trường,"; "tại phòng họp số 2," (a room's words, lower case or numbers, may run longer).
  return comma - k <= 3 || (comma - k <= 6 && ws.slice(k + 1, comma).every((w) => !isUpper(w)));
}

/** A headline that opens with its organizer: "Ban Dân vận Tỉnh ủy Lào Cai: Sơ kết …". */
export function headlineOrganizers(title: string, c: Curated): OrgParse[] | null {
  const colon = spellOut(title, c).split(/:\s/u);
  if (colon.length < 2) return subjectOrganizers(title, c);
  // "Hội Nông dân huyện X: Tổng kết công tác năm 2023" names who held what follows; "Bộ Công
  // Thương: Chưa có phương án …", "Đảng bộ quận X: Đổi mới tư duy …" name who said or did it.
  const held = HEADLINE_EVENT.test(colon.slice(1).join(": "));
  return (held ? parseOrganizations(words(colon[0]!), c) : null) ?? subjectOrganizers(title, c);
}
// What a headline after "Unit:" names when the unit held it: a meeting, a ceremony, a campaign.
const HEADLINE_EVENT =
  /^\s*(?:[^,.;:]{0,40}?\s)?(?:tổ chức|hội nghị|hội thảo|tọa đàm|tổng kết|sơ kết|khai mạc|bế mạc|ra quân|phát động|lễ|đại hội|hội thi|hội diễn|liên hoan|tập huấn|gặp mặt|họp mặt|trao|tặng|thăm|ký kết|giao ban|đối thoại|kỷ niệm|tuyên dương|khen thưởng|ra mắt|diễn đàn|giải)(?!\p{L})/iu;

/** What the text says about places, to resolve a name that leaves its place out. */
export interface PlaceContext {
  /** Province of the article, and how it was found. */
  province: string | null;
  provinceHow: PlaceHow;
  /** District-level places named with their level word ("huyện" → most named "Cờ Đỏ"). */
  localByLevel: Map<string, string>;
  /** Places named right after a committee word ("Huyện ủy" → "Nghi Lộc"). */
  byCommittee: Map<string, string>;
  /** Where each of those came from, when not from the committee named with its place. */
  byCommitteeHow?: Map<string, PlaceHow>;
  /**
   * The province is named only in passing, on a page no site places: it may place a unit the
   * text names without its province, but is not the page's own province.
   */
  provinceInPassing?: boolean;
}

const CITY_LEVELS = new Set(["province", "city"]);

/** The canonical name of a parsed organization, its place resolved from the context. */
export function canonicalOrganizer(o: OrgParse, ctx: PlaceContext, c: Curated, joint?: OrgParse): Organizer {
  // "Đảng ủy – Ban Chỉ huy Quân sự Quận 1", "Đảng ủy, Công an huyện X": a bare party committee
  // joined to a body that is no place's government is that body's own committee.
  if (
    o.name === "Đảng ủy" &&
    !o.level &&
    !o.place &&
    !o.body &&
    joint &&
    joint !== o &&
    (ARMED_BODY.test(joint.name) || INSTITUTION.test(joint.name))
  ) {
    const body = canonicalUnit(joint, ctx, c, joint);
    if (body.canonical) return { ...body, asWritten: o.asWritten, canonical: `Đảng ủy ${body.canonical}` };
  }
  const unit = canonicalUnit(o, ctx, c, joint);
  return o.body && unit.canonical ? { ...unit, canonical: `${o.body} ${unit.canonical}` } : unit;
}

/** Place words written in capitals ("CHIỀNG EN") read as names ("Chiềng En"). */
const titleCase = (p: string) =>
  /\p{Ll}/u.test(p) || p.replace(/[^\p{L}]/gu, "").length < 3
    ? p
    : p.replace(/\p{Lu}{2,}/gu, (w) => (isRoman(w) ? w : w.charAt(0) + w.slice(1).toLocaleLowerCase("vi")));

/**
 * A name national by its own words: one that ends in "Việt Nam" beyond its head ("Hội Người cao
 * tuổi Việt Nam", "Thông tấn xã Việt Nam"), or a central body listed in units.json ("Tạp chí Cộng sản").
 */
const CENTRAL_FRONT = "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam";
const LOCAL_FRONT = "Ủy ban Mặt trận Tổ quốc Việt Nam";

function nationalByName(name: string, g: Grammar): boolean {
  return (/\sViệt Nam$/u.test(name) && !g.heads.has(lower(name))) || g.national.has(lower(name));
}

function canonicalUnit(o: OrgParse, ctx: PlaceContext, c: Curated, joint?: OrgParse): Organizer {
  const g = grammarOf(c);
  // ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh", as a site printed it: a front
  // committee with a local level is the place's, not the central one.)
  if (o.name === CENTRAL_FRONT && o.level && g.levels.get(o.level) !== undefined) o = { ...o, name: LOCAL_FRONT };
  const committee = o.committee ? g.committees.get(lower(o.committee))! : null;
  let levelWord = o.level;
  let place = o.place && !c.provinces.has(o.place) ? titleCase(o.place) : o.place;
  let how: PlaceHow = place ? "named" : "none";
  // "Ban Dân vận, Hội Nông dân huyện X": a level and place given once apply to all.
  const jointLevel = g.levels.get(joint?.level ?? "") ?? null;
  // (A province's department, "Sở Tư pháp", is at no commune's or district's level.)
  const jointFits =
    (!committee || committee.level === "any" || committee.level === jointLevel) &&
    !(g.provincial.test(o.name) && (jointLevel === "district" || jointLevel === "commune")) &&
    // Nor at a provincial city's ("UBND TP. Sóc Trăng", the city of the province Sóc Trăng).
    !(g.provincial.test(o.name) && jointLevel === "city" && c.provinces.get(joint?.place ?? "")?.kind === "tỉnh");
  // Central and regional bodies (Ban Chỉ đạo Tây Bắc, … Tây Nam Bộ) belong to no province.
  // National bodies alone (a ministry, the ethnic-affairs committee) take no partner's province.
  // ("Trung tâm Khuyến nông Quốc gia": a national body's name says so.)
  // ("Thông tấn xã Việt Nam phối hợp với UBND tỉnh X": a name ending in "Việt Nam" is national too.)
  // ("Hội Sinh viên Việt Nam thành phố": a national body's name with a level after it is that
  // level's chapter.)
  const central =
    // ("Trung tâm Báo chí và Hợp tác truyền thông Quốc tế": an international desk is a national body's.)
    /Trung ương|Quốc gia|Tây Bắc|Tây Nguyên|Tây Nam Bộ|Quốc tế$/u.test(o.name) ||
    NATIONAL_ONLY.test(o.name) ||
    (nationalByName(o.name, g) && !(levelWord && g.levels.get(levelWord) !== undefined)) ||
    // ("Cục Văn hóa cơ sở (Bộ Văn hóa, Thể thao và Du lịch) phối hợp với UBND tỉnh X": a ministry's.)
    /^Bộ\s/u.test(o.parent ?? "");
  // (An institution's own unit is named for it, not for a partner's place.)
  const ownName =
    (OF_INSTITUTION.test(o.name) && /^[\p{Lu}\d]/u.test(o.name.split(" ").at(-1)!)) || OWN_NAMED.test(o.name);
  // "Phòng Thương mại và Công nghiệp vùng Paris Île-de-France … và UBND tỉnh Bình Dương": a foreign
  // body, named in words no Vietnamese name is spelt with, is named in full and placed by nothing here.
  if (!levelWord && !committee && !place && FOREIGN_WORD.test(o.name))
    return { asWritten: o.asWritten, canonical: o.name, province: null, level: null, placeHow: "named" };
  if (
    !place &&
    !levelWord &&
    !central &&
    !ownName &&
    jointFits &&
    joint?.place &&
    (joint.level || c.provinces.has(joint.place))
  ) {
    levelWord = joint.level;
    place = joint.place;
    how = "joint";
  } else if (!place && !levelWord && !central && !ownName && jointFits && joint?.level && !joint.place && o !== joint) {
    levelWord = joint.level;
  } else if (
    !place &&
    levelWord &&
    joint?.place &&
    levelWord === (joint.level ?? c.provinces.get(joint.place)?.kind) &&
    !central &&
    jointFits &&
    o !== joint
  ) {
    // "Thành đoàn TP Hồ Chí Minh, Hội LHTN Việt Nam thành phố …": a level word written again
    // without its place is the partner's place of that level, whatever site printed it.
    place = joint.place;
    how = "joint";
  }
  // A Sở is a province's department (data/units.json "provincial"): with no level written,
  // the article's province is its place.
  if (!levelWord && !committee && !place && g.provincial.test(o.name) && ctx.province) {
    levelWord = c.provinces.get(ctx.province)?.kind ?? null;
  }
  // "Tỉnh Đoàn", "Huyện Đoàn": the head says its level; the text or the site, its place.
  // ("Thành Đoàn" is the union of whatever province-level unit the article is in.)
  const youthLevel = LEVEL_OF_YOUTH_HEAD.get(o.name);
  // "Ban Thường vụ Thành Đoàn" under the headline "Thành Đoàn Phan Rang-Tháp Chàm …": the head
  // named with its place elsewhere in the text.
  const namedYouth = youthLevel && !place && !levelWord ? ctx.byCommittee.get(o.name) : undefined;
  if (namedYouth && youthLevel) {
    place = namedYouth;
    levelWord = c.provinces.has(namedYouth) ? (c.provinces.get(namedYouth)?.kind ?? null) : youthLevel;
    how = "text";
  } else if (!levelWord && !committee && !place && youthLevel) {
    // (A province's is "Tỉnh Đoàn": its "Thành Đoàn" is a city's, which the text leaves unnamed.)
    // (A province's is "Tỉnh Đoàn": its "Thành Đoàn" is that of the city the text names, if one.)
    const kind = ctx.province ? (c.provinces.get(ctx.province)?.kind ?? null) : null;
    const provincial = youthLevel === "tỉnh" || youthLevel === "thành phố";
    const city = youthLevel === "thành phố" && kind === "tỉnh";
    levelWord = !provincial ? youthLevel : city ? null : kind;
    if (city && ctx.localByLevel.has("thành phố")) {
      place = ctx.localByLevel.get("thành phố")!;
      levelWord = "thành phố";
      how = "text";
    }
  }
  const levelOfWord = levelWord ? (g.levels.get(levelWord) ?? null) : null;
  let level: Level | "central" | null = committee?.level ?? levelOfWord;
  if (place === "Trung ương" || (central && !place)) {
    return {
      asWritten: o.asWritten,
      canonical: place ? `${o.name} Trung ương` : o.name.replace(MINISTRY_OF_COUNTRY, ""),
      province: null,
      level: "central",
      placeHow: "named",
    };
  }

  // "thành phố Bạc Liêu" is the city of a province of that name: a local unit.
  let capital = levelWord === "thành phố" && c.provinces.get(place ?? "")?.kind === "tỉnh";
  let local = levelOfWord === "district" || levelOfWord === "commune" || capital;
  const province = place && !local ? c.provinces.get(place) : undefined;
  if (!place) {
    const committeeWord = committee?.word;
    if (committeeWord && ctx.byCommittee.has(committeeWord)) {
      place = ctx.byCommittee.get(committeeWord)!;
      how = ctx.byCommitteeHow?.get(committeeWord) ?? "text";
    } else if (level === "district" || level === "commune" || (level === "any" && levelWord)) {
      const key = levelWord ?? lower(committeeWord ?? "").replace(/ ủy$/u, "");
      const local = ctx.localByLevel.get(key);
      if (local) {
        place = local;
        how = "text";
      }
    } else if ((level && CITY_LEVELS.has(level)) || (!level && !committee && !levelWord)) {
      // Province level, or a unit named with no level at all ("Hội Nông dân"): the article's province.
      // ("Hội Cựu chiến binh thành phố" in a province (tỉnh) is one of its cities': the one the
      // text names, or none.)
      const cityOfProvince = levelWord === "thành phố" && c.provinces.get(ctx.province ?? "")?.kind === "tỉnh";
      if (cityOfProvince) {
        const city = ctx.localByLevel.get("thành phố");
        if (city) {
          place = city;
          how = "text";
        }
      } else if (level && ctx.province) {
        place = ctx.province;
        how = ctx.provinceHow;
      }
    }
  }
  // "Bệnh viện Đa khoa Hà Đông", "Trung tâm Y tế Cờ Đỏ": an institution whose own name ends in a
  // place the gazetteer knows is named in full as written; the place gives its province.
  if (!place && !levelWord && !committee && INSTITUTION.test(o.name)) {
    const ws = o.name.split(" ");
    for (let n = Math.min(PLACE_WORDS, ws.length - 2); n >= 1; n--) {
      const tail = ws.slice(-n).join(" ");
      const home = c.provinces.has(tail) ? tail : c.districts.has(tail) ? uniqueProvince(c, tail, null) : undefined;
      if (home === undefined) continue;
      return { asWritten: o.asWritten, canonical: o.name, province: home, level: null, placeHow: "named" };
    }
  }
  // "Chi bộ Trường Mầm non Thiên Nga", "Công đoàn trường Tiểu học Tương Bình Hiệp", "Trường Chính
  // trị Nguyễn Văn Linh": a school, college or hospital named by its own name (or its party cell,
  // union or youth branch) is that one unit, named as written ("Trường" capitalized); the
  // article's province is its own.
  const ofInstitution = !place && !levelWord && !committee && ownName && !INSTITUTION_KIND_END.test(o.name);
  if (ofInstitution) {
    const name = o.name.replace(
      /(?<=\s)(trường|bệnh viện|công ty)(?=\s)/u,
      (w) => w.charAt(0).toLocaleUpperCase("vi") + w.slice(1),
    );
    return {
      asWritten: o.asWritten,
      canonical: name.charAt(0).toLocaleUpperCase("vi") + name.slice(1),
      province: ctx.province,
      level: null,
      placeHow: ctx.province ? ctx.provinceHow : "none",
    };
  }
  // "Chi hội Phụ nữ ấp Tân Trạch", "Chi bộ thôn 3": a hamlet's unit named with its hamlet is named
  // in full, as a commune's is without its province; the article's province is its own.
  // ("Hội Xuất bản Việt Nam" is the national one: "bản Việt Nam" is no hamlet.)
  if (!place && !levelWord && !committee && HAMLET_NAMED.test(o.name) && !nationalByName(o.name, g))
    return {
      asWritten: o.asWritten,
      canonical: o.name.charAt(0).toLocaleUpperCase("vi") + o.name.slice(1),
      province: ctx.province,
      level: "commune",
      placeHow: ctx.province ? ctx.provinceHow : "none",
    };
  if (!place) {
    // A unit with no place at all is only right as written when it is national ("Bộ Nội vụ").
    // A name that ends in "Việt Nam" beyond its head ("Hội Người cao tuổi Việt Nam") is national too.
    const national =
      !committee &&
      !levelWord &&
      // (A diplomatic mission is named whole by its country and post: "Đại sứ quán Việt Nam tại Hà Lan";
      // an institute with no place, "Viện Chiến lược và Phát triển giao thông vận tải", is a ministry's.)
      (/^(?:Bộ|Tổng cục|Cục|Học viện|Tổng Liên đoàn|Ủy ban Thường vụ Quốc hội|Quốc hội|Chính phủ|Đại sứ quán|Tổng Lãnh sự quán|Lãnh sự quán|Viện(?! [Kk]iểm sát))(?:\s|$)/u.test(
        o.name,
      ) ||
        nationalByName(o.name, g));
    return {
      asWritten: o.asWritten,
      // ("Bộ Ngoại giao Việt Nam": a ministry's own name does not hold the country's.)
      canonical: national ? o.name.replace(MINISTRY_OF_COUNTRY, "") : null,
      province: null,
      level: national ? "central" : level,
      placeHow: "none",
    };
  }
  // (A place found above for "thành phố" may be the capital of the province of its name.)
  capital = levelWord === "thành phố" && c.provinces.get(place)?.kind === "tỉnh";
  local ||= capital;
  let prov = local ? undefined : (c.provinces.get(place) ?? province);
  // "Tỉnh ủy Huế": a province-level name for a city that was a province before it was renamed.
  if (prov && prov.kind === "thành phố" && (level === "province" || levelWord === "tỉnh")) {
    const before = formerProvince(prov.name, c);
    if (before) {
      prov = before;
      place = before.name;
    }
  }
  if (prov && !level) level = prov.kind === "tỉnh" ? "province" : "city";
  if (prov) place = prov.name;
  // (A district's province as the text writes it beside it, "huyện Phong Điền (Thừa Thiên Huế)",
  // else the one province the gazetteer has it in at that level, unless the article's own
  // province has one of that name at another level: Thừa Thiên Huế's Phong Điền was a "huyện"
  // before it became a "thị xã", Cần Thơ's still is.)
  const homes = new Set((c.districts.get(place) ?? []).map((d) => d.province));
  const districtProvince = prov
    ? null
    : capital
      ? place
      : o.within
        ? (c.provinces.get(o.within)?.name ?? o.within)
        : ctx.province && homes.has(asDistrictsAre(ctx.province, c)) && !COMMUNE_WORD.test(levelWord ?? "")
          ? asDistrictsAre(ctx.province, c)
          : (uniqueProvince(c, place, levelWord) ?? (local ? ctx.province : null));
  if (!prov && (level === "province" || level === "city") && committee?.level === "province") {
    // "Tỉnh ủy X" where X is no province the gazetteer knows: not a name to trust.
    return { asWritten: o.asWritten, canonical: null, province: null, level, placeHow: "none" };
  }
  let canonical: string;
  const placeWithLevel = (lw: string | null): string => {
    if (place === "TP Hồ Chí Minh") return place;
    if (prov) return `${prov.kind} ${place}`;
    return lw && !/^(?:Quận|Phường)\s(?:\d|[IVX]+$)/u.test(place!) ? `${lw} ${place}` : place!;
  };
  // "Đoàn Thanh niên tỉnh X", "Đoàn phường Y" are "Tỉnh Đoàn X", "Phường Đoàn Y": one unit, one name.
  const youthOf = YOUTH_UNION.test(o.name) && !o.committee ? YOUTH_BY_LEVEL[levelWord ?? ""] : undefined;
  if (youthOf && place) {
    const home = prov ? prov.name : districtProvince;
    return { asWritten: o.asWritten, canonical: `${youthOf} ${place}`, province: home, level, placeHow: how };
  }
  const isBoard = g.partyBoards.has(lower(o.name));
  const youth = LEVEL_OF_YOUTH_HEAD.has(o.name);
  if (committee) {
    // "Đảng ủy xã X", "Ban Dân vận Tỉnh ủy X".
    const cw = committee.word === "Đảng ủy" && levelWord ? `Đảng ủy ${levelWord}` : committee.word;
    canonical = `${o.name === committee.word ? "" : `${o.name} `}${cw} ${place}`;
  } else if (isBoard && (levelWord || prov)) {
    const lw = levelWord ?? (prov?.kind === "tỉnh" ? "tỉnh" : "thành phố");
    const cw = boardCommittee(lw);
    canonical = `${o.name} ${cw} ${place}`;
  } else if (youth) {
    canonical = `${o.name} ${place}`;
  } else if (!levelWord && INSTITUTION.test(o.name)) {
    // Institutions are named as they write themselves: "Trung tâm Khuyến nông Hà Nội".
    canonical = `${o.name} ${place}`;
  } else {
    canonical = `${o.name} ${placeWithLevel(levelWord)}`;
  }
  canonical = canonical
    .replace(/\s*-\s*(?=\S)/g, (m) => (/\s/.test(m) ? " – " : "-"))
    .replace(/\s+/g, " ")
    .trim();
  return {
    asWritten: o.asWritten,
    canonical: canonical.charAt(0).toLocaleUpperCase("vi") + canonical.slice(1),
    province: prov ? prov.name : districtProvince,
    level,
    placeHow: how,
  };
}

// A name ending in its hamlet: "… ấp Tân Trạch", "… thôn 3", "… khu phố số 6".
const HAMLET_WORD = "ấp|thôn|khóm|bản|xóm|buôn|tổ dân phố|khu phố|khu dân cư";
const HAMLET_NAMED = new RegExp(
  String.raw`\s(${HAMLET_WORD})\s((?:số\s)?(?:\d+[A-Z]?|\p{Lu}[\p{L}\p{M}]*(?:\s\p{Lu}[\p{L}\p{M}]*){0,3}(?:\s\d+)?))$`,
  "u",
);
const HAMLET_BARE = new RegExp(String.raw`\s(${HAMLET_WORD})$`, "u");
/** A hamlet's word anywhere in a name. */
const HAMLET_INSIDE = new RegExp(String.raw`\s(?:${HAMLET_WORD})\s`, "u");
/** A hamlet's word opening the next words ("khu phố 3", "ấp Tân Trạch"), in lower case. */
const HAMLET_START = new RegExp(String.raw`^(?:${HAMLET_WORD})\s`, "u");

/**
 * "Chi Hội Cựu chiến binh và Chi Hội Phụ nữ thôn Cập Nhất, xã Tiền Tiến": the
 * hamlet a joint organizer's name ends in is the unplaced partner's too, with
 * the place the two share. The hamlet phrase ("thôn Cập Nhất"), or null.
 */
export function jointHamlet(o: OrgParse, joint: OrgParse | undefined): string | null {
  // (A name holding a hamlet's word already, bare or named, keeps its own: sharedHamlet.)
  if (!joint || joint === o || o.level || o.place || o.committee || HAMLET_INSIDE.test(` ${o.name} `)) return null;
  const m = HAMLET_NAMED.exec(` ${joint.name}`);
  return m ? `${m[1]} ${m[2]}` : null;
}

/**
 * "Chi hội Phụ nữ ấp X phối hợp cùng Ban điều hành ấp": a partner named with its
 * hamlet's word alone is of the hamlet a joint organizer names ("Ban điều hành ấp Tân Trạch").
 */
export function sharedHamlet(o: OrgParse, partners: OrgParse[]): string | null {
  const word = o.level || o.place || o.committee ? undefined : HAMLET_BARE.exec(o.name)?.[1];
  if (!word) return null;
  const named = partners.map((p) => HAMLET_NAMED.exec(p.name)).find((m) => m?.[1] === word);
  return named ? `${o.name.charAt(0).toLocaleUpperCase("vi")}${o.name.slice(1)} ${named[2]}` : null;
}
// Institutions, and veterans' or alumni's liaison boards, named as they write themselves
// ("Trung tâm Khuyến nông Hà Nội", "Ban Liên lạc Sư đoàn 471 Thái Nguyên").
// ("Sở Giao dịch Chứng khoán Hà Nội", a stock exchange, is no city's department.)
const INSTITUTION =
  /^(?:Trung tâm|Trường|Đại học|Báo|Đài|Bệnh viện|Công ty|Tổng công ty|Viện|Bảo tàng|Thư viện|Câu lạc bộ|Viễn thông|Điện lực|Bưu điện|Ban Liên lạc|Sở Giao dịch)(?:\s|$)/u;
// Armed forces and police, which have a party committee of their own ("Đảng ủy Quân sự",
// "Đảng ủy Công an"), as institutions do.
const ARMED_BODY =
  /^(?:Ban Chỉ huy Quân sự|Bộ Chỉ huy Quân sự|Ban Chỉ huy Bộ đội Biên phòng|Bộ Chỉ huy Bộ đội Biên phòng|Bộ đội Biên phòng|Đồn Biên phòng|Công an)(?:\s|$)/u;
// A school's, college's or hospital's own unit: its party cell, union or youth branch, or the
// institution itself, named with a proper name after its kind.
const OF_INSTITUTION =
  /^(?:(?:Chi bộ|Đảng bộ|Đảng ủy|Công đoàn(?: cơ sở)?|Chi đoàn|Đoàn(?: Thanh niên)?|Liên đội)\s+(?:\p{Ll}+\s+){0,2})?(?:Trường|trường|Bệnh viện|bệnh viện|Đại học|Học viện|Công ty|công ty|Tổng công ty)\s+\S+\s+\S/u;
// A newspaper, a group or a company named by its own name ("Báo Giao thông vận tải", "Tổng công ty
// Viglacera", "Công ty Cổ phần Licogi 14"): one unit wherever it stands, named as written.
const OWN_NAMED =
  /^(?:Báo|Tạp chí|Tập đoàn|Tổng [Cc]ông ty|Công ty)\s+(?:(?:[Cc]ổ phần|CP|TNHH|[Tt]rách nhiệm hữu hạn)\s+)?[\p{Lu}\d]/u;
// A name that ends in its kind, not its own name ("Trường Đại học", "Bệnh viện Đa khoa").
const INSTITUTION_KIND_END =
  /(?:Mầm non|Tiểu học|THCS|THPT|Đại học|Cao đẳng|Trung cấp|Đa khoa|Chính trị|Y tế|Quân y|Nhi|Phổ thông)$/u;
// Heads of bodies that exist only nationally ("Bộ Chỉ huy Quân sự", "Bộ đội Biên phòng" are provincial too).
const NATIONAL_ONLY =
  /^(?:Bộ(?! Chỉ huy| đội)|Tổng cục|Ủy ban Dân tộc|Ủy ban Thường vụ Quốc hội|Quốc hội|Chính phủ|Tổng Liên đoàn)(?:\s|$)/u;
// A capitalized word with a letter no Vietnamese word is spelt with ("Île-de-France", "Jica", "Ford").
// (Vietnamese writes no f, j, w or z: "Quỹ Toyota Mobility Foundation", "Île-de-France".)
const FOREIGN_WORD = /(?<![\p{L}\p{M}])(?:[FJWZ]\p{Ll}|\p{Lu}[\p{L}\p{M}-]*[fjwzFJWZÎîÏïËëÖöÜüÇçÑñßÅåØøÆæ])/u;
const MINISTRY_OF_COUNTRY = /(?<=^Bộ(?! Chỉ huy| đội)\s.+)\sViệt Nam$/u;
const YOUTH_UNION = /^Đoàn(?: Thanh niên(?: Cộng sản Hồ Chí Minh)?)?$/u;
const YOUTH_BY_LEVEL: Record<string, string> = {
  tỉnh: "Tỉnh Đoàn",
  "thành phố": "Thành Đoàn",
  huyện: "Huyện Đoàn",
  quận: "Quận Đoàn",
  "thị xã": "Thị Đoàn",
  xã: "Xã Đoàn",
  phường: "Phường Đoàn",
  // (A town's is written "Đoàn thị trấn X", as the set names it.)
  "thị trấn": "Đoàn thị trấn",
};
// The same table read the other way: the level word each youth-union head stands for.
const LEVEL_OF_YOUTH_HEAD = new Map(Object.entries(YOUTH_BY_LEVEL).map(([level, head]) => [head, level]));

/** The level words of a commune, ward, town or special zone. */
export const COMMUNE_WORD = /^(?:xã|phường|thị trấn|đặc khu)$/u;

/** The province of a district-level name, when only one province has a unit of that name (and level). */
export function uniqueProvince(c: Curated, place: string, levelWord: string | null): string | null {
  // A commune that shares a district's name ("xã Ba Đình", "quận Ba Đình") is not that district.
  if (levelWord !== null && COMMUNE_WORD.test(levelWord)) return communeProvince(c, place, levelWord);
  const all = c.districts.get(place) ?? [];
  const atLevel = levelWord ? all.filter((d) => d.kind === levelWord) : all;
  // A district renamed at another level ("huyện" become "thị xã") is still itself.
  const homes = new Set((atLevel.length ? atLevel : all).map((d) => d.province));
  return homes.size === 1 ? [...homes][0]! : null;
}

/**
 * A province named as its districts are in the gazetteer: a city renamed from a province in 2025
 * ("Huế") by its former name ("Thừa Thiên Huế"), which the Statistics Office's list of early 2025
 * already dropped; extraction moves a page's province forward when its date is after the renaming.
 */
export function asDistrictsAre(province: string, c: Curated): string {
  return formerProvince(province, c)?.name ?? province;
}

/**
 * The province of a commune, ward or town, when the lists before and after July 2025 agree on
 * one: one province had it before (data/wards.json) and none or the one that province became has
 * it after (data/communes-2025.json), or only one has it after and none before. The earlier
 * province is given: extraction moves a page's province forward when its date is after the merger.
 */
export function communeProvince(c: Curated, place: string, levelWord: string): string | null {
  const before = new Set((c.wards.get(place) ?? []).filter((w) => w.kind === levelWord).map((w) => w.province));
  const after = new Set((c.communes.get(place) ?? []).filter((w) => w.kind === levelWord).map((w) => w.province));
  if (before.size > 1 || after.size > 1) return null;
  const [listed] = before;
  const old = listed === undefined ? undefined : asDistrictsAre(listed, c);
  const [now] = after;
  if (old === undefined) return now ?? null;
  if (now === undefined || now === old) return old;
  const p = c.provinces.get(old);
  return p?.mergedInto === now || p?.renamedTo === now ? old : null;
}

/** A board's committee at a level: "huyện" → "Huyện ủy", "xã" → "Đảng ủy xã". */
function boardCommittee(levelWord: string): string {
  const map: Record<string, string> = {
    tỉnh: "Tỉnh ủy",
    "thành phố": "Thành ủy",
    huyện: "Huyện ủy",
    quận: "Quận ủy",
    "thị xã": "Thị ủy",
  };
  return map[levelWord] ?? `Đảng ủy ${levelWord}`;
}

/** A hand-given organizer name (a sidecar's) in canonical form, its place as written. */
export function canonicalName(name: string, c: Curated): string {
  const spelled = spellOut(name, c).replace(/^[\s,.:;–-]+|[\s,.:;–-]+$/g, "");
  const parsed = parseOrganizations(words(spelled), c);
  const empty: PlaceContext = { province: null, provinceHow: "none", localByLevel: new Map(), byCommittee: new Map() };
  const one = parsed?.length === 1 ? canonicalOrganizer(parsed[0]!, empty, c).canonical : null;
  const s = one ?? spelled;
  return s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
}
