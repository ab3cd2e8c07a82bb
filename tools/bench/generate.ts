import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { TONE_MARKS } from "../../lib/text";
import { cap, type Language, language, type Organizer, type Province } from "./language";
import { mixSeed, Rng } from "./random";
import * as V from "./vocabulary";

/**
 * A deterministic generator of Vietnamese-like news articles in the input
 * format the app really reads: text scraped from party and mass-organization
 * sites, with page-header dates, a headline, photo captions, a lead that opens
 * with the event's day ("Sáng 12/3, Ban Dân vận Tỉnh ủy X tổ chức …"), body
 * paragraphs, a byline and the site's furniture ("Tin khác", comment
 * widgets). Article i of seed s is always the same bytes.
 */

/** Bump when the output changes: cached corpora are keyed by it. */
export const GENERATOR_VERSION = 1;

export const FIRST_YEAR = 2010;
export const LAST_YEAR = 2025;
/** Mean story length in syllables (lead + body), as in the real archives. */
export const MEAN_SYLLABLES = 650;

/** What the generator meant; ingestion should recover it from the text. */
export interface ArticleTruth {
  /** The headline, or null when the page has none (the title comes from the lead). */
  title: string | null;
  date: string;
  year: number;
  /** Organizers as the lead writes them. */
  organizers: string[];
  province: string;
  /** Syllables of lead and body. */
  syllables: number;
}

export interface GeneratedArticle {
  /** Path inside the corpus folder. */
  file: string;
  text: string;
  truth: ArticleTruth;
}

const WEEKDAYS = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];
const pad2 = (n: number) => String(n).padStart(2, "0");
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Per-article context shared by the sentence makers. */
interface Ctx {
  rng: Rng;
  lang: Language;
  year: number;
  month: number;
  day: number;
  org: Organizer;
  co: Organizer | null;
  province: Province;
  /** Words this article is about: they recur, as topic words do. */
  topicNouns: string[];
  topic: string;
  event: string;
  author: string;
}

function orgName(c: Ctx, o: Organizer): string {
  return c.rng.pick(o.written);
}

function noun(c: Ctx): string {
  return c.rng.chance(0.3) ? c.rng.pick(c.topicNouns) : c.lang.nouns.draw(c.rng);
}

function np(c: Ctx): string {
  const r = c.rng;
  const det = r.pick(["", "", "", "các", "những", "nhiều", "một số", "toàn thể"]);
  const mod = r.pick([
    "",
    "",
    "",
    () => `của ${noun(c)}`,
    () => c.lang.adjectives.draw(r),
    "trên địa bàn",
    "ở cơ sở",
    () => `tại ${r.pick(c.province.districts)}`,
    () => `cho ${r.pick(V.GROUPS)}`,
  ]);
  const m = typeof mod === "function" ? mod() : mod;
  return [det, noun(c), m].filter(Boolean).join(" ");
}

function vp(c: Ctx): string {
  const r = c.rng;
  const adv = r.pick([
    "",
    "",
    "",
    "đã",
    "đang",
    "sẽ",
    "tiếp tục",
    "luôn",
    "thường xuyên",
    "tích cực",
    "chủ động",
    "cần",
  ]);
  const tail = r.chance(0.3) ? ` ${c.lang.adjectives.draw(r)}` : "";
  return [adv, c.lang.verbs.draw(r), np(c)].filter(Boolean).join(" ") + tail;
}

function time(c: Ctx): string {
  return c.rng
    .pick(V.TIME_PHRASES)
    .replaceAll("{Y}", String(c.year))
    .replaceAll("{Y0}", String(c.year - c.rng.int(3, 5)));
}

function official(c: Ctx, o: Organizer = c.org): { role: string; name: string; org: string } {
  const p = c.rng.pick(o.officials);
  const org = o.written[0]!;
  // "Trưởng Ban Dân vận", not "Trưởng Ban Ban Dân vận".
  return { ...p, role: org.startsWith("Ban ") ? p.role.replace(/ Ban$/, "") : p.role, org };
}

function docRef(c: Ctx): string {
  const r = c.rng;
  // Cited documents predate the event, so they never date it.
  const y = c.year - r.int(1, 8);
  return `${r.pick(V.DOC_TYPES)} số ${r.int(1, 350)}-${r.pick(V.DOC_CODES)} ngày ${r.int(1, 28)}/${r.int(1, 12)}/${y} của ${r.pick(V.DOC_ISSUERS)}`;
}

const money = (r: Rng) => (r.chance(0.5) ? `${r.int(1, 99)} triệu đồng` : `${r.int(1, 9)},${r.int(1, 9)} tỷ đồng`);

/** Sentences of the genre, with slots. */
const TEMPLATES: ((c: Ctx) => string)[] = [
  (c) => {
    const o = official(c);
    return `Tham dự ${c.event} có đồng chí ${o.name}, ${o.role} ${o.org}; đại diện lãnh đạo ${np(c)} cùng ${c.rng.int(50, 300)} đại biểu là ${c.rng.pick(V.GROUPS)}.`;
  },
  (c) =>
    `Phát biểu tại ${c.rng.pick(["hội nghị", "buổi làm việc", "buổi lễ", "buổi đối thoại"])}, đồng chí ${official(c).name} ${c.rng.pick(["đề nghị", "yêu cầu", "nhấn mạnh"])} các cấp ủy, chính quyền ${time(c)} cần ${c.lang.verbs.draw(c.rng)} ${np(c)}, ${vp(c)}.`,
  (c) =>
    `Theo báo cáo, ${time(c)}, ${orgName(c, c.org)} đã tổ chức ${c.rng.int(2, 60)} ${c.rng.pick(["hội nghị", "buổi tuyên truyền", "lớp tập huấn", "cuộc đối thoại", "đợt kiểm tra"])} với hơn ${c.rng.int(1, 20)}.${c.rng.int(100, 999)} lượt người tham dự; ${vp(c)}.`,
  (c) =>
    `Trong năm ${c.year}, toàn ${c.province.city ? "thành phố" : "tỉnh"} có ${c.rng.int(20, 900)} mô hình “Dân vận khéo” được công nhận, trong đó có ${c.rng.int(5, 60)} mô hình cấp tỉnh.`,
  (c) =>
    `Dịp này, ${orgName(c, c.org)} đã trao bằng khen cho ${c.rng.int(3, 40)} tập thể và ${c.rng.int(5, 80)} cá nhân có thành tích xuất sắc trong ${c.topic}.`,
  (c) => `Thực hiện ${docRef(c)}, ${orgName(c, c.org)} đã ban hành kế hoạch, hướng dẫn các cơ sở ${vp(c)}.`,
  (c) =>
    `Qua đó, góp phần ${c.lang.verbs.draw(c.rng)} ${np(c)}, củng cố niềm tin của Nhân dân đối với Đảng, chính quyền.`,
  (c) =>
    `Các đại biểu đã tập trung thảo luận, đánh giá kết quả ${np(c)}, chỉ ra những hạn chế, nguyên nhân và đề xuất giải pháp ${time(c)}.`,
  (c) =>
    `Tổng kinh phí thực hiện hơn ${money(c.rng)}, trong đó Nhân dân đóng góp ${money(c.rng)} và hiến ${c.rng.int(100, 9000)} m2 đất để mở rộng ${c.rng.pick(["đường giao thông nông thôn", "kênh mương", "hẻm", "đường làng ngõ xóm"])}.`,
  (c) => `Nhiều hộ dân ở ${c.rng.pick(c.province.districts)} đã dần dần thay đổi nhận thức, tự nguyện ${vp(c)}.`,
  (c) => `${cap(c.rng.pick(c.province.districts))} tiếp tục dẫn đầu ${c.topic} với ${c.rng.int(60, 99)}% ${np(c)}.`,
  (c) =>
    `${cap(orgName(c, c.org))} đã hướng dẫn ${c.rng.pick(V.GROUPS)} thực hiện tốt quy chế dân chủ ở cơ sở, nhất là ${np(c)}.`,
  (c) =>
    `Đồng chí ${official(c).name} ghi nhận, biểu dương những kết quả đạt được ${time(c)}, đồng thời đề nghị ${vp(c)} ${c.lang.adjectives.draw(c.rng)}.`,
  (c) =>
    `Tỷ lệ ${np(c)} đạt ${c.rng.int(50, 99)},${c.rng.int(1, 9)}%, tăng ${c.rng.int(1, 9)}% so với cùng kỳ năm trước.`,
  (c) =>
    `Ý kiến của ${c.rng.pick(V.GROUPS)} được lắng nghe, tiếp thu và giải quyết kịp thời; ${c.rng.int(5, 200)} kiến nghị đã được trả lời, đạt tỷ lệ ${c.rng.int(80, 100)}%.`,
  (c) =>
    `Hội nghị cũng đã thông qua ${c.rng.pick(["quy chế phối hợp", "chương trình phối hợp", "kế hoạch liên tịch"])} giữa ${orgName(c, c.org)} và ${orgName(c, c.co ?? c.lang.publishers.draw(c.rng))} ${time(c)}.`,
  (c) =>
    `${cap(c.rng.pick(V.GROUPS))} ở ${c.rng.pick(c.province.districts)} hưởng ứng ${c.rng.pick(V.TOPICS)}, đóng góp ${money(c.rng)} xây dựng ${c.rng.int(2, 60)} căn nhà Đại đoàn kết.`,
  (c) =>
    `Đồng chí ${c.lang.personName(c.rng)}, ${c.rng.pick(V.ROLES)} ${c.rng.pick(["Hội Nông dân", "Ủy ban MTTQ", "Hội Cựu chiến binh", "Đoàn Thanh niên", "Hội LHPN"])} ${c.rng.pick(c.province.districts)}, chia sẻ kinh nghiệm ${np(c)}.`,
];

const CONNECTIVES: ((c: Ctx) => string)[] = [
  (c) => `, góp phần ${vp(c)}`,
  (c) => `, nhằm ${vp(c)}`,
  (c) => `; đồng thời ${vp(c)}`,
  (c) => `, qua đó ${vp(c)}`,
  (c) => ` với sự tham gia của ${np(c)}`,
  (c) => ` theo ${noun(c)}`,
  (c) => ` trong ${np(c)}`,
  (c) => `, ${vp(c)}`,
];

/** A free sentence from the word classes: [opener,] NP VP [connective…]. */
function freeSentence(c: Ctx): string {
  const r = c.rng;
  let s = `${np(c)} ${vp(c)}`;
  for (let k = r.int(0, 2); k > 0; k--) s += r.pick(CONNECTIVES)(c);
  if (r.chance(0.35)) s = `${r.pick(V.OPENERS).replaceAll("{Y}", String(c.year))}, ${s}`;
  return `${cap(s)}.`;
}

function sentence(c: Ctx): string {
  return c.rng.chance(0.4) ? c.rng.pick(TEMPLATES)(c) : freeSentence(c);
}

/** "Sáng 12/3", "Ngày 5 tháng 3 năm 2021", "Chiều nay (5/3)"… as the lead opens. */
function dayPhrase(c: Ctx): string {
  const { day: d, month: m, year: y } = c;
  return c.rng.pick([
    `Sáng ${d}/${m}`,
    `Chiều ${d}/${m}`,
    `Ngày ${d}/${m}`,
    `Sáng ${d}-${m}`,
    `Ngày ${d}/${m}/${y}`,
    `Vào sáng ${d}/${m}/${y}`,
    `Ngày ${d} tháng ${m} năm ${y}`,
    `Chiều nay (${d}/${m})`,
    `Vừa qua, ngày ${d}/${m}/${y}`,
    `Sáng ${pad2(d)}/${pad2(m)}`,
  ]);
}

function lead(c: Ctx): string {
  const r = c.rng;
  const who = c.co ? `${orgName(c, c.org)} phối hợp với ${orgName(c, c.co)}` : orgName(c, c.org);
  const where = r.chance(0.3) ? ` tại ${r.pick(c.province.districts)}` : "";
  let s = `${dayPhrase(c)}, ${who} tổ chức ${c.event} ${c.topic}${where} ${time(c)}.`;
  if (r.chance(0.6)) s += ` ${sentence(c)}`;
  return s;
}

function title(c: Ctx): string {
  const r = c.rng;
  const short = (o: Organizer) => o.written[0]!;
  return cap(
    r
      .pick(V.TITLES)
      .replaceAll("{P}", r.chance(0.5) ? c.province.name : cap(r.pick(c.province.districts)))
      .replaceAll("{D}", r.pick(c.province.districts))
      .replaceAll("{T}", c.topic)
      .replaceAll("{E}", c.event)
      .replaceAll("{O}", short(c.org))
      .replaceAll("{G}", r.pick(V.GROUPS))
      .replaceAll("{Y0}", String(c.year - r.int(3, 5)))
      .replaceAll("{Y}", String(c.year)),
  );
}

function caption(c: Ctx): string {
  const o = official(c);
  return c.rng
    .pick(V.CAPTIONS)
    .replaceAll("{R}", `${o.name}, ${o.role} ${o.org}`)
    .replaceAll("{O}", orgName(c, c.org))
    .replaceAll("{AU}", c.author.toLocaleUpperCase("vi"))
    .replaceAll("{A}", c.author);
}

function otherNews(c: Ctx, withDates: boolean): string[] {
  const r = c.rng;
  const out = [r.pick(["Tin khác", "Các tin khác", "Tin liên quan"])];
  const published = new Date(Date.UTC(c.year, c.month - 1, c.day));
  for (let k = r.int(3, 5); k > 0; k--) {
    out.push(`${r.pick(V.OTHER_NEWS)} ${r.pick(c.province.districts)}`);
    if (withDates) {
      out.push(`${cap(np(c))} ${vp(c)}…`);
      out.push(`${pad2(published.getUTCDate())}/${pad2(published.getUTCMonth() + 1)}/${published.getUTCFullYear()}`);
    }
  }
  return out;
}

function byline(c: Ctx): string {
  return c.rng.pick([
    c.author,
    c.author,
    c.author,
    "PV (tổng hợp)",
    `Bài, ảnh: ${c.author.toLocaleUpperCase("vi")}`,
    `${c.author} - ${c.lang.personName(c.rng).split(" ").slice(-2).join(" ")}`,
  ]);
}

// Old-style tone placement ("hoà", "thuỷ"), which part of the archives uses.
const TONE = `[${TONE_MARKS}]`;
const TO_OLD = new RegExp(
  `(?<![qQ])([oO])(${TONE})([aAeE])(?![\\p{L}\\p{M}\\p{N}])|(?<![qQ])([uU])(${TONE})([yY])(?![\\p{L}\\p{M}\\p{N}])`,
  "gu",
);
export function oldTonePlacement(text: string): string {
  return text
    .normalize("NFD")
    .replace(TO_OLD, (_m, o, t1, a, u, t2, y) => (o !== undefined ? `${o}${a}${t1}` : `${u}${y}${t2}`))
    .normalize("NFC");
}

/** Article i of a corpus; `attempt` > 0 rewrites it (used to avoid two articles with one title and date). */
export function generateArticle(seed: number, i: number, attempt = 0): GeneratedArticle {
  const lang = language();
  const rng = new Rng(mixSeed(seed, i, attempt));
  // Archives grow: later years hold more articles.
  const year =
    FIRST_YEAR + Math.min(LAST_YEAR - FIRST_YEAR, Math.floor((LAST_YEAR - FIRST_YEAR + 1) * Math.sqrt(rng.next())));
  const month = rng.int(1, 12);
  const day = rng.int(1, new Date(Date.UTC(year, month, 0)).getUTCDate());
  const org = lang.publishers.draw(rng);
  let co: Organizer | null = null;
  if (rng.chance(0.15)) {
    const same = lang.organizers.filter((o) => o !== org && o.province === org.province);
    co = same.length > 0 ? rng.pick(same) : null;
  }
  const topicNouns = Array.from({ length: 6 }, () => lang.nouns.draw(rng));
  const c: Ctx = {
    rng,
    lang,
    year,
    month,
    day,
    org,
    co,
    province: org.province,
    topicNouns,
    topic: rng.pick(V.TOPICS),
    event: rng.pick(V.EVENTS),
    author: lang.personName(rng).split(" ").slice(-2).join(" "),
  };

  const headline = rng.chance(0.94) ? title(c) : null;
  const leadText = lead(c);
  const target = rng.around(MEAN_SYLLABLES, 330, 250, 1400);
  let syllables = words(leadText);
  const paragraphs: string[] = [];
  const captionsInBody: number[] = [];
  while (syllables < target) {
    const sentences: string[] = [];
    for (let k = rng.int(2, 5); k > 0 && syllables < target; k--) {
      const s = sentence(c);
      sentences.push(s);
      syllables += words(s);
    }
    paragraphs.push(sentences.join(" "));
    if (rng.chance(0.2)) captionsInBody.push(paragraphs.length);
  }
  // The year is written out where the extractor looks when the lead lacks it.
  if (!/\d{4}/.test(leadText))
    paragraphs[0] = `Năm ${year}, ${paragraphs[0]!.charAt(0).toLocaleLowerCase("vi")}${paragraphs[0]!.slice(1)}`;

  const body: string[] = [];
  paragraphs.forEach((p, k) => {
    body.push(p);
    if (captionsInBody.includes(k + 1)) body.push(caption(c));
  });

  const published = new Date(Date.UTC(year, month - 1, day + rng.int(0, 3)));
  const pageDate = `${WEEKDAYS[published.getUTCDay()]}, ngày ${published.getUTCDate()} tháng ${published.getUTCMonth() + 1} năm ${published.getUTCFullYear()}`;
  const site = org.province.site;
  const lines: string[] = [];
  const style = rng.int(0, 5);
  const head = headline ?? "";
  switch (style) {
    case 0: // page date, headline, caption, "(site.vn) - " lead, comment widgets
      lines.push(
        pageDate,
        head,
        caption(c),
        `(${cap(site)}.vn) - ${leadText}`,
        ...body,
        c.author,
        "Ý kiến bạn đọc",
        "refresh",
        " ",
        "Tổng lượt bình luận",
        "Tin khác",
        "Thông báo",
      );
      break;
    case 1: // headline, lead, body, byline, source, dated "Tin khác" list, cookie banner
      lines.push(
        head,
        leadText,
        ...body,
        byline(c),
        `Nguồn tin: ${site}.gov.vn`,
        ...otherNews(c, true),
        "This website uses cookies. See Our policy to learn more.",
        "Read More",
      );
      break;
    case 2: // caption first, blank-ish lines, lead, body, "PV (tổng hợp)"
      lines.push(caption(c), " ", head, leadText, ...body, " ", " ", "PV (tổng hợp)");
      break;
    case 3: // headline, view counter, lead, body, byline
      lines.push(
        head,
        rng.pick([String(rng.int(100, 9999)), `Lượt xem: ${rng.int(100, 9999)}`]),
        leadText,
        ...body,
        byline(c),
      );
      break;
    case 4: // breadcrumb, update stamp, headline, lead, body, byline, related list
      lines.push(
        "Trang chủ > Tin tức > Dân vận",
        `Cập nhật: ${pad2(published.getUTCDate())}/${pad2(published.getUTCMonth() + 1)}/${published.getUTCFullYear()} ${pad2(rng.int(6, 22))}:${pad2(rng.int(0, 59))}`,
        head,
        leadText,
        ...body,
        byline(c),
        ...otherNews(c, false),
      );
      break;
    default: // short: headline, lead, body, byline, source
      lines.push(head, leadText, ...body, byline(c), `Nguồn: bao${site}.vn`);
  }
  let text = lines.filter((l) => l !== "").join("\n\n");
  if (rng.chance(0.2)) text = oldTonePlacement(text);
  if (rng.chance(0.02)) text = text.normalize("NFD"); // some pages come decomposed
  if (rng.chance(0.05)) text = text.replace(/\n/g, "\r\n");

  return {
    file: `${site}/${String(i).padStart(6, "0")}.txt`,
    text,
    truth: {
      title: headline,
      date: `${year}-${pad2(month)}-${pad2(day)}`,
      year,
      organizers: co ? [org.written[0]!, co.written[0]!] : [org.written[0]!],
      province: org.province.name,
      syllables,
    },
  };
}

/** What ingestion merges as a near-duplicate: same (loosely compared) title, same date. */
function titleDateKey(a: GeneratedArticle): string {
  const t = a.truth.title ?? a.text.split(/\n\s*\n/).find((l) => /tổ chức/.test(l)) ?? "";
  return `${t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ")}|${a.truth.date}`;
}

/** The articles of a corpus, in order, no two with the same title and date. */
export function* generateCorpus(n: number, seed: number): Generator<GeneratedArticle> {
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    let a = generateArticle(seed, i);
    for (let attempt = 1; seen.has(titleDateKey(a)) && attempt < 50; attempt++) a = generateArticle(seed, i, attempt);
    seen.add(titleDateKey(a));
    yield a;
  }
}

export interface CorpusInfo {
  dir: string;
  n: number;
  seed: number;
  version: number;
  bytes: number;
  syllables: number;
}

/**
 * Writes the corpus of n articles for a seed under root, or reuses it when a
 * complete one is there already (the marker is written last).
 */
export async function ensureCorpus(
  root: string,
  n: number,
  seed: number,
  onProgress?: (done: number, total: number) => void,
): Promise<CorpusInfo> {
  const dir = path.join(root, `corpus-${n}-s${seed}-v${GENERATOR_VERSION}`);
  const marker = `${dir}.json`;
  if (existsSync(marker)) {
    const info = JSON.parse(await readFile(marker, "utf8")) as CorpusInfo;
    if (info.n === n && info.seed === seed && info.version === GENERATOR_VERSION && existsSync(dir)) return info;
  }
  await rm(dir, { recursive: true, force: true });
  const info: CorpusInfo = { dir, n, seed, version: GENERATOR_VERSION, bytes: 0, syllables: 0 };
  const made = new Set<string>();
  let pending: Promise<void>[] = [];
  let done = 0;
  for (const a of generateCorpus(n, seed)) {
    const file = path.join(dir, a.file);
    const sub = path.dirname(file);
    if (!made.has(sub)) {
      await mkdir(sub, { recursive: true });
      made.add(sub);
    }
    const bytes = Buffer.from(a.text, "utf8");
    info.bytes += bytes.length;
    info.syllables += a.truth.syllables;
    pending.push(writeFile(file, bytes));
    if (pending.length >= 64) {
      await Promise.all(pending);
      pending = [];
    }
    if (++done % 5000 === 0) onProgress?.(done, n);
  }
  await Promise.all(pending);
  if (n % 5000 !== 0) onProgress?.(n, n);
  await writeFile(marker, JSON.stringify(info, null, 1));
  return info;
}
