import { fold } from "../text";
import type { Curated, District } from "./curated";
import { type DayPhrase, findEventDay, HISTORY_BEFORE, sentences } from "./event-date";
import {
  asDistrictsAre,
  COMMUNE_WORD,
  canonicalOrganizer,
  headlineOrganizers,
  isHistoryYear,
  jointHamlet,
  type Organizer,
  type OrgParse,
  type PlaceContext,
  type PlaceHow,
  recaseCapitals,
  sharedHamlet,
  spellOut,
  subjectOrganizers,
  uniqueProvince,
  words,
} from "./organizers";

/**
 * Who held the event and where, with how each was found: the subject of the
 * event sentence in the lead, else the headline, else an early body
 * sentence; places resolved from the text, the headline and the site.
 */
export interface OrganizerEvidence {
  organizers: string[];
  /** Names found whose place nothing resolves (left out, not guessed). */
  unresolved: string[];
  /** "…" placed in X from the text/site: names completed from elsewhere than the name itself. */
  placed: string[];
  how: string;
  /** True when a canonical name's place came from elsewhere in the text or the site. */
  placeInferred: boolean;
  province: string | null;
  provinceHow: string;
  provinceInferred: boolean;
  /** Whether the page reports an event (a day phrase or an organizer in its opening). */
  isEvent: boolean;
  /** Why the page reports no one event whatever days it names (a round-up, a programme ahead). */
  noEvent: string | null;
}

const LEVEL_PLACE =
  /(?<![\p{L}\p{M}])(huyện|quận|thị xã|thành phố|Thành phố|xã|phường|thị trấn|đặc khu)\s+((?:\p{Lu}[\p{L}\p{M}]*|\d+)(?:\s(?:\p{Lu}[\p{L}\p{M}]*|\d+)){0,3})/gu;
const COMMITTEE_PLACE =
  /(?<![\p{L}\p{M}])(Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|(?:Thành|Huyện|Quận|Thị) [Đđ]oàn)\s+((?:\p{Lu}[\p{L}\p{M}]*|\d+)(?:[\s-](?:\p{Lu}[\p{L}\p{M}]*|\d+)){0,3})/gu;
const LOCAL_BEFORE = /(?<![\p{L}\p{M}])(?:xã|phường|thị trấn|huyện|quận|thị xã|khu phố|thôn|ấp|bản)\s+$/iu;
const MANY_PROVINCES = 10;
/** How much naming (headline 3, lead 2, body 1; twice with "tỉnh") makes a province the page's own. */
const NAMED_OFTEN = 3;
const DISTRICT_LEVEL =
  /(?<![\p{L}\p{M}])(?:huyện|quận|thị xã|Huyện ủy|Quận ủy|Thị ủy|Huyện Đoàn|Huyện đoàn)(?![\p{L}\p{M}])/u;
const slugOf = (s: string) => fold(s).replace(/[^a-z]/g, "");
// A provincial unit named without its province: "Ban Dân vận Tỉnh ủy làm việc", "của tỉnh do".
// ("các tỉnh", "toàn tỉnh", "trong tỉnh" count many or none; "tỉnh bạn" is another, "tỉnh lộ" a road.)
const BARE_PROVINCE =
  /(?<![\p{L}\p{M}])(?:Tỉnh ủy|(?<!(?:các|những|nhiều|toàn|trong|ngoài|mỗi|giữa|cấp|số|\d+)\s)tỉnh)(?![\p{L}\p{M}])(?!\s+(?:bạn|lộ|lỵ)(?![\p{L}\p{M}]))(?!\s+\p{Lu})/u;
// A post's words, then the unit's, with no break between: "Bí thư Thành ủy ", "Chủ tịch UBND tỉnh ".
const TITLE_BEFORE =
  /(?<![\p{L}\p{M}])(?:Bí thư|Chủ tịch|Giám đốc|Trưởng [Bb]an|Trưởng|Ủy viên|Chủ nhiệm)(?![\p{L}\p{M}])[^,.;:()–-]*$/u;
const VENUE_BEFORE = /(?<![\p{L}\p{M}])tại\s+(?:thủ đô\s+)?$/iu;
// ("Hội Liên hiệp Thanh niên Việt Nam chỉ đạo": a name run on into its verb is no name.)
const VERB_END = /\s(?:chỉ đạo|phối hợp|chủ trì|tổ chức|đồng tổ chức|cùng|với|và)$/u;
// (Not "phố Hà Nội", "đường phố TP.HCM": the city's streets.)
const LANDMARK_BEFORE = /(?<![\p{L}\p{M}])(?:ngã (?:ba|tư|năm|sáu)|bến xe)\s+$/iu;
const PROVINCE_NAMED = /(?<![\p{L}\p{M}])(?:tỉnh|Tỉnh ủy|thành phố|Thành ủy|TP)\s+$/u;
// Words that start something other than a place after a committee word.
const NOT_PLACE = /^(?:Ban|Trưởng|Phó|Ủy|Bí|Chủ|Giám|Thường|Đồng|Hội|Sở|Văn|Đảng|Khóa|Khoá)$/u;
// A level's or committee's first word ends a place only when its second follows ("… Thành ủy",
// "… Huyện Đoàn", "… Thành phố"): "Châu Thành", "Yên Thành", "Trung Thành" are places.
const LEVEL_FIRST = /^(?:Tỉnh|Thành|Huyện|Quận|Thị)$/u;
const LEVEL_SECOND = /^(?:ủy|uỷ|Ủy|Uỷ|Đoàn|đoàn|phố|Phố|xã|Xã|trấn|Trấn)$/u;

// Words that open a sentence or a unit, never a place's name: "phường Báo cáo …" has lost its period.
const NOT_PLACE_START = /^(?:Báo|Đài|Công|Phòng|Trường|Tổ|Khu|Chi|Các|Những|Tại|Theo|Trong|Cán|Đoàn)$/u;

function cutPlace(p: string, after: string): string | null {
  const ws = p.split(" ");
  if (NOT_PLACE_START.test(ws[0] ?? "")) return null;
  // (The lower-case word after the capture may complete a committee: "xã Tân An Huyện ủy …".)
  const next = (k: number) => ws[k + 1] ?? /^\s+(\p{Ll}+)/u.exec(after)?.[1] ?? "";
  const out: string[] = [];
  for (const [k, w] of ws.entries()) {
    if (NOT_PLACE.test(w) || (LEVEL_FIRST.test(w) && LEVEL_SECOND.test(next(k)))) break;
    out.push(w);
  }
  return out.length ? out.join(" ") : null;
}

// What may follow a commune before the unit it belongs to: "xã X, huyện Y", "phường X (thị xã Y)",
// "thị trấn X (Y)", "xã X, Y, Z".
const HIGHER_LEVEL = /^\s*[,(–-]?\s*(?:thuộc\s+)?(?:huyện|quận|thị xã|thành phố|tỉnh)(?![\p{L}\p{M}])/iu;
const NEXT_NAME = /^\s*(\p{Lu}[\p{L}\p{M}]*(?:\s\p{Lu}[\p{L}\p{M}]*){0,3})/u;

/**
 * What a commune's mention names after it: a district by its bare name (which votes for no
 * province itself: "Hương Sơn" of "thị trấn Phố Châu (Hương Sơn)"), a unit that votes itself
 * ("huyện Y", a province: `null`), or nothing (`undefined`).
 */
function placeAfter(after: string, c: Curated): string | null | undefined {
  if (HIGHER_LEVEL.test(after)) return null;
  const sep = /^\s*[,(–-]/u.exec(after);
  if (!sep) return undefined;
  const ws = NEXT_NAME.exec(after.slice(sep[0].length))?.[1]?.split(" ") ?? [];
  for (let n = ws.length; n >= 1; n--) {
    const name = ws.slice(0, n).join(" ");
    if (c.provinces.has(name)) return null;
    if (c.districts.has(name)) return name;
  }
  return undefined;
}

/**
 * The province named right after a district's mention, if any: "huyện Phong Điền, tỉnh Thừa
 * Thiên Huế", "huyện Phong Điền (Thừa Thiên Huế)", "huyện Châu Thành tỉnh Tiền Giang".
 */
function provinceAfter(after: string, c: Curated): string | null {
  const rest = /^\s*[,(]?\s*(?:(?:tỉnh|thành phố|TP\.?)\s*)?/u.exec(after)![0].length;
  const tail = after.slice(rest);
  for (const m of tail.matchAll(c.places.pattern)) {
    const name = m.index === 0 ? c.places.to.get(m[0]) : undefined;
    return name ? (c.provinces.get(name)?.name ?? name) : null;
  }
  return null;
}

const unique = (xs: string[]) => (new Set(xs).size === 1 ? xs[0]! : null);

function mostNamed(counts: Map<string, number>): string | null {
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (!ranked[0]) return null;
  if (ranked[1] && ranked[1][1] === ranked[0][1]) return null;
  return ranked[0][0];
}

/** The district a headline opens with, by its bare name, when it is the article's province's. */
function headlineDistrict(title: string, province: string | null, c: Curated): District | null {
  if (!province) return null;
  const ws = title.trim().split(/\s+/u);
  for (let n = 3; n >= 1; n--) {
    const name = ws.slice(0, n).join(" ");
    const next = ws[n] ?? "";
    // ("Triệu Phong sơ kết", "Triệu Phong:"; not "Thanh Hóa Tuyên dương", a longer name.)
    if (!name || c.provinces.has(name) || !(next === ":" || /^\p{Ll}/u.test(next) || name.endsWith(":"))) continue;
    const found = c.districts.get(name.replace(/:$/u, ""))?.filter((d) => d.province === province) ?? [];
    if (found.length === 1) return found[0]!;
  }
  return null;
}

const bump = (m: Map<string, number>, k: string, n = 1) => m.set(k, (m.get(k) ?? 0) + n);

/** Places the text names, weighted by where (headline and lead count more). */
export function placeContext(
  title: string,
  lead: string,
  body: string[],
  hosts: (string | null)[],
  c: Curated,
  /** The sapo above the lead: it places the story as the lead does. */
  sapo: string | null = null,
): PlaceContext {
  const parts: [string, number, PlaceHow][] = [
    [spellOut(title, c), 3, "headline"],
    ...(sapo ? [[spellOut(sapo, c), 2, "text"] as [string, number, PlaceHow]] : []),
    [spellOut(lead, c), 2, "text"],
    ...body.slice(0, 5).map((p) => [spellOut(p, c), 1, "text"] as [string, number, PlaceHow]),
  ];
  const provinces = new Map<string, number>();
  const local = new Map<string, Map<string, number>>();
  const byCommittee = new Map<string, Map<string, number>>();
  const communes = new Map<
    string,
    { level: string; place: string; w: number; anchored: boolean; districts: Set<string> }
  >();
  let headlineProvince: string | null = null;
  for (const [text, w, where] of parts) {
    for (const m of text.matchAll(c.places.pattern)) {
      // (As the gazetteer writes it, "Bà Rịa – Vũng Tàu", as its districts' votes are.)
      const found = c.places.to.get(m[0]);
      const name = found && (c.provinces.get(found)?.name ?? found);
      if (!name) continue;
      // "phường Hòa Bình" is a ward, not the province of that name; "ngã ba Huế" (in Đà Nẵng) a
      // junction, "bến xe Đà Nẵng" a bus station.
      if (LOCAL_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      if (LANDMARK_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      // "Phó Thủ tướng Trương Hòa Bình", "ông Nguyễn Thái Bình": a person's given name.
      const word = /(\p{Lu}[\p{L}\p{M}]*)\s+$/u.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1];
      if (word && c.units.surnames.includes(word)) continue;
      // "Bí thư Thành ủy TP Hồ Chí Minh Nguyễn Thiện Nhân trình bày …": a person's title names the
      // province of the post, which is the page's only in a local story: it counts once.
      const next = /^\s+(\p{Lu}[\p{L}\p{M}]*)/u.exec(
        text.slice(m.index + m[0].length, m.index + m[0].length + 12),
      )?.[1];
      const titled =
        !!next && c.units.surnames.includes(next) && TITLE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index));
      // "Hội Chiến sĩ thành cổ Quảng Trị năm 1972 tỉnh …": a province in a unit's name, by its war year.
      const after = /^\s+năm\s+(\d{4})(?!\d)/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 12));
      if (after && isHistoryYear(after[1]!)) continue;
      // "tại Hà Nội": national bodies meet in the capital; the venue alone says nothing of the page's province.
      if (
        name === c.capital &&
        where !== "headline" &&
        VENUE_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))
      )
        continue;
      // "tỉnh X", "Tỉnh ủy X" name the province outright; a bare mention counts less.
      const named = PROVINCE_NAMED.test(text.slice(Math.max(0, m.index - 12), m.index));
      bump(provinces, name, titled ? 1 : named ? 2 * w : w);
      if (where === "headline") headlineProvince ??= name;
    }
    for (const m of text.matchAll(LEVEL_PLACE)) {
      // ("– Thành phố Cao Bằng": a city's level word capitalized mid-sentence is still one.)
      const level = m[1]!.toLocaleLowerCase("vi");
      const place = cutPlace(m[2]!, text.slice(m.index + m[0].length, m.index + m[0].length + 8));
      // ("thành phố Cao Bằng" in the province of that name is its capital city.)
      const capitalCity = level === "thành phố" && c.provinces.get(place ?? "")?.kind === "tỉnh";
      if (!place || (c.provinces.has(place) && !capitalCity)) continue;
      if (!local.has(level)) local.set(level, new Map());
      bump(local.get(level)!, place, w);
      if (COMMUNE_WORD.test(level)) {
        const key = `${level} ${place}`;
        const seen = communes.get(key) ?? { level, place, w: 0, anchored: false, districts: new Set<string>() };
        const after = placeAfter(text.slice(m.index + m[0].length, m.index + m[0].length + 60), c);
        seen.w += w;
        if (after !== undefined) seen.anchored = true;
        if (after) seen.districts.add(after);
        communes.set(key, seen);
        continue;
      }
      // A district votes for its province only when its name (at that level) is in one province,
      // and the text names no other province of such a district beside it: "huyện Phong Điền
      // (Thừa Thiên Huế)" is no vote for Cần Thơ, which has the only "huyện" of that name today.
      // (The province beside it votes itself. One that has no district of that name is another
      // item of a list: "thành phố Hải Dương, Bình Dương, Cần Thơ".)
      const beside = provinceAfter(text.slice(m.index + m[0].length, m.index + m[0].length + 40), c);
      const besideHome = beside && asDistrictsAre(beside, c);
      const holds = !!besideHome && (c.districts.get(place) ?? []).some((d) => d.province === besideHome);
      const home = uniqueProvince(c, place, level);
      if (holds && home !== besideHome) continue;
      if (home) bump(provinces, home, w);
    }
    for (const m of text.matchAll(COMMITTEE_PLACE)) {
      const place = cutPlace(m[2]!, text.slice(m.index + m[0].length, m.index + m[0].length + 8));
      if (!place) continue;
      // (A youth union's head, "Thành đoàn" or "Thành Đoàn", is one key.)
      const word = m[1]!.replace(/ đoàn$/u, " Đoàn");
      if (!byCommittee.has(word)) byCommittee.set(word, new Map());
      bump(byCommittee.get(word)!, place, w);
    }
  }
  // "xã Ea Kao", "phường Bàn Cờ": since July 2025 a commune is named with no district after it, and
  // its name alone may place the page. Named with its district anywhere in the text, every mention
  // of it is that district's commune: "xã Hưng Khánh, huyện Hưng Nguyên" votes only if that
  // district has such a commune (the gazetteers, of 2025, have lost communes merged before them,
  // and the one Hưng Khánh they know is another province's); "thị trấn Phố Châu (Hương Sơn)"
  // votes for Hà Tĩnh, which the district's bare name does not.
  for (const { level, place, w, anchored, districts } of communes.values()) {
    const home = anchored
      ? unique(
          (c.wards.get(place) ?? [])
            .filter((x) => x.kind === level && districts.has(x.district))
            .map((x) => asDistrictsAre(x.province, c)),
        )
      : uniqueProvince(c, place, level);
    if (home) bump(provinces, home, w);
  }
  // The site the text names ("(HBĐT) -"), else the page's own address.
  const hostDistrict = hosts.map((h) => c.districtOfHost(h)).find((d) => d) ?? null;
  // "binhhunghoaa.gov.vn": a commune's own site names its commune (and so its district and province).
  const hostWard = hosts.map((h) => c.wardOfHost(h)).find((w) => w) ?? null;
  let fromHost =
    hosts.map((h) => c.provinceOfHost(h)).find((p) => p) ?? hostDistrict?.province ?? hostWard?.province ?? null;
  // "yenminh.tuyenquang.gov.vn": a former district of a province merged into the site's. Districts
  // were abolished with the merger, so a text telling of a district-level body ("Hội CCB huyện")
  // is from before it, when the district was still its own province's.
  if (
    hostDistrict &&
    fromHost &&
    hostDistrict.province !== fromHost &&
    c.provinces.get(hostDistrict.province)?.mergedInto === fromHost &&
    DISTRICT_LEVEL.test(parts.map((p) => p[0]).join("\n"))
  )
    fromHost = hostDistrict.province;
  // A site publishes its own province's news: a strong hint, though the text can outweigh it.
  if (fromHost) bump(provinces, fromHost, 5);
  // "Huế" and "Thừa Thiên Huế" are one province renamed: their votes are one, under today's name
  // (which the event's date gives back its former name).
  for (const [name, n] of [...provinces]) {
    const now = c.provinces.get(name)?.renamedTo;
    if (now && provinces.has(now)) {
      bump(provinces, now, n);
      provinces.delete(name);
    }
  }
  let province = mostNamed(provinces);
  // "Bảng C có sự tham dự của Vĩnh Phúc, Bắc Ninh, …; Bảng D gồm …": a text naming that many
  // provinces tells of a regional or national event; the venue or host among them is no page's own.
  if (provinces.size >= MANY_PROVINCES) province = null;
  // "Ban Dân vận Tỉnh ủy làm việc với đoàn công tác … Tỉnh ủy Lào Cai": the page's own province
  // goes unnamed beside the one it names (a guest, a host visited): a site's province wins then.
  // (Only a site named for its province: a national paper's home city is no page's own.)
  const ownSite =
    fromHost !== null &&
    hosts.some(
      (h) =>
        h &&
        fold(h)
          .replace(/[^a-z]/g, "")
          .includes(slugOf(fromHost)),
    );
  // (Not when the other province merged into the site's: baocamau.vn carries Bạc Liêu's news of
  // before the merger, "Hội X tỉnh đã đến huyện Hồng Dân và huyện Vĩnh Lợi …".)
  if (
    ownSite &&
    province &&
    province !== fromHost &&
    c.provinces.get(province)?.mergedInto !== fromHost &&
    BARE_PROVINCE.test(`${title}\n${sentences(lead)[0] ?? ""}`)
  )
    province = fromHost;
  let provinceHow: PlaceHow = "text";
  if (province && province === fromHost && (provinces.get(province) ?? 0) <= 5) provinceHow = "source";
  else if (province && province === headlineProvince) provinceHow = "headline";
  if (!province) province = null;
  // "Bí thư Thành ủy Thành phố Hồ Chí Minh Nguyễn Thiện Nhân trình bày …" in a story of the
  // National Assembly: with no site to place the page, a province named once or twice in its
  // lead and body (a person's title, a venue, a delegate's home) is no sign of the page's own;
  // it takes being named more than in passing (a bare mention in the lead and one in the body),
  // well ahead of any other. (On papers reprinted by an aggregator, 400 files: right 95.9 % of
  // the 290 times one was shown, and 88.3 % of files right, a province or none.)
  const ranked = [...provinces.values()].sort((a, b) => b - a);
  const provinceInPassing =
    province !== null &&
    fromHost === null &&
    provinceHow === "text" &&
    (ranked[0]! < NAMED_OFTEN || ranked[0]! < 2 * (ranked[1] ?? 0));
  const localByLevel = new Map<string, string>();
  for (const [level, counts] of local) {
    const best = mostNamed(counts);
    if (best) localByLevel.set(level, best);
  }
  // "Triệu Phong sơ kết công tác Hội …", "Cẩm Xuyên: …": a headline opening with a district's bare
  // name (the article's province's) places a bare "huyện" when the text names no district.
  const headDistrict = headlineDistrict(title, province, c);
  if (headDistrict && !localByLevel.has(headDistrict.kind)) localByLevel.set(headDistrict.kind, headDistrict.name);
  // A district's own site places its bare "Huyện ủy" when the text names no district.
  // (Whatever level word the text uses: a town's site may still say "Huyện ủy" after an upgrade.)
  const siteDistrict = hostDistrict?.name ?? hostWard?.district;
  if (siteDistrict)
    for (const level of [hostDistrict?.kind ?? "huyện", "huyện", "quận", "thị xã", "thành phố"])
      if (!localByLevel.has(level)) localByLevel.set(level, siteDistrict);
  // Its bare "xã" / "phường" when the text names none.
  if (hostWard && !localByLevel.has(hostWard.kind)) localByLevel.set(hostWard.kind, hostWard.name);
  // A district's seat town mostly shares its name ("thị trấn Gò Dầu", huyện Gò Dầu): on the district's
  // site, a bare "Thị trấn" is that town when the gazetteer has it.
  if (hostDistrict && !localByLevel.has("thị trấn")) {
    const seat = c.wards.get(hostDistrict.name)?.find((w) => w.kind === "thị trấn" && w.district === hostDistrict.name);
    if (seat) localByLevel.set("thị trấn", seat.name);
  }
  const committees = new Map<string, string>();
  for (const [word, counts] of byCommittee) {
    const best = mostNamed(counts);
    // "Tỉnh ủy X" resolves a bare "Tỉnh ủy" only when X is a province.
    if (best && (word !== "Tỉnh ủy" || c.provinces.has(best))) committees.set(word, best);
  }
  // A bare "Thành ủy" is the city's own committee when the article's province is a city.
  const committeeHow = new Map<string, PlaceHow>();
  for (const [word, kind] of [
    ["Thành ủy", "thành phố"],
    ["Tỉnh ủy", "tỉnh"],
  ] as const)
    if (!committees.has(word) && province && c.provinces.get(province)?.kind === kind) {
      committees.set(word, province);
      committeeHow.set(word, provinceHow);
    }
  return {
    province,
    provinceHow,
    localByLevel,
    byCommittee: committees,
    byCommitteeHow: committeeHow,
    provinceInPassing,
  };
}

const ROUND_UP =
  /(?:các cấp (?:hội|Hội|Đoàn|công đoàn|Công đoàn|Mặt trận)|(?:^|,\s*)(?:nhiều|các) (?:địa phương|cơ quan|đơn vị)(?:, (?:cơ quan|đơn vị|trường học|doanh nghiệp))*|(?:\p{Lu}[\p{L}\p{M}]*\s){1,6}các (?:cấp|xã|phường|huyện)(?:, (?:thị trấn|phường|xã|thị xã|thành phố))*)(?=[^.;]{0,40}?(?:tổ chức|ra quân|phát động))/u;
const SINCE_THEN = /^(?:kể\s+)?từ\s+(?:đó|đấy|[^,.;]{1,40}?\s+(?:này|đó|ấy))(?:\s+(?:đến|tới)\s+nay)?\s*,/iu;
const YEAR_OPENING = /^(?:trong\s+)?năm\s+(?:19|20)\d{2}\s*,/iu;
// Verbs that hold an event, and the words that put one ahead ("sẽ tổ chức").
const HOLDING_VERBS = "tổ chức|diễn ra|khai mạc|ra quân|phát động";
const FUTURE_WORDS = String.raw`sẽ|dự kiến(?:\s+sẽ)?|sắp`;
// ("Lễ hội … sẽ được tổ chức tại …": the passive too.)
const AHEAD = new RegExp(String.raw`(?<!\p{L})(?:${FUTURE_WORDS})\s+(?:được\s+)?(?:${HOLDING_VERBS})(?!\p{L})`, "iu");
const ORGANIZING_VERB = new RegExp(String.raw`(?<!\p{L})(?:${HOLDING_VERBS})(?!\p{L})`, "iu");
const ANNOUNCES = new RegExp(String.raw`^\s*,?\s*cho biết\s*,?\s*(?:đang|${FUTURE_WORDS})(?!\p{L})`, "iu");
const FUTURE_AFTER = new RegExp(String.raw`^\s*,?\s*(?:${FUTURE_WORDS})(?!\p{L})`, "iu");
const FUTURE_MARK = new RegExp(String.raw`(?<!\p{L})(?:${FUTURE_WORDS})\s+$`, "iu");

/**
 * "Ban Thường trực Ủy ban MTTQ tỉnh X phối hợp với UBND tỉnh, các Sở … sẽ
 * tổ chức Chương trình …": the first organizing verb after the subject is
 * still to come, so the page announces an event, not one that was held.
 */
function heldAhead(sentence: string, subject: OrgParse, c: Curated): boolean {
  if (!sentence) return false;
  // The subject is written as the parse read it: abbreviations spelled out, brackets spaced.
  sentence = words(spellOut(sentence, c)).join(" ");
  // The subject as written, or (spelled out from an abbreviation) its place or last word.
  const anchors = [subject.asWritten, subject.place, subject.asWritten.split(" ").at(-1)];
  let end = -1;
  for (const a of anchors) {
    const at = a ? sentence.indexOf(a) : -1;
    if (at >= 0) {
      end = at + a!.length;
      break;
    }
  }
  if (end < 0) return false;
  const rest = sentence.slice(end);
  // ("Sở X cho biết đang phối hợp cùng Công ty Y tổ chức cuộc thi …": an announcement.)
  if (ANNOUNCES.test(rest)) return true;
  const m = ORGANIZING_VERB.exec(rest);
  // ("Hội sách … do Sở X tổ chức sẽ diễn ra từ ngày 1-7/6": the event the passive names is ahead.)
  if (m && m.index <= 240 && FUTURE_AFTER.test(rest.slice(m.index + m[0].length))) return true;
  return m !== null && m.index <= 240 && FUTURE_MARK.test(rest.slice(0, m.index));
}
// "Tính đến ngày 15/2, …", "Qua 5 năm thực hiện, …": a tally to date, no one event.
const TALLY = /^(?:tính đến|tính từ|từ đầu năm|từ đầu nhiệm kỳ|qua \d+ năm|sau \d+ năm)(?!\p{L})/iu;
// An opening that reports something that just happened.
export const JUST_HAPPENED =
  /(?:vừa qua|mới đây|hôm nay|(?:sáng|trưa|chiều|tối) nay|vừa tổ chức|vừa diễn ra|đã diễn ra)(?!\p{L})/iu;

/** Paragraphs read for a list page, and how many distinct dated units' events make one. */
const LIST_PARAGRAPHS = 5;
const LIST_EVENTS = 2;
const BULLET = /^\s*[●•▪■◆*+–-]\s/u;
// ("Thời gian: … ngày 28/3/2024", "Thời gian diễn ra đại hội 2 ngày, từ ngày 27 …": a notice's time.)
const NOTICE =
  /(?:^|[.;:]\s*|\n)thời gian(?: tổ chức| diễn ra)?(?:\s*:|[^.;:\n]{0,30}?,\s*từ ngày)\s*[^.;\n]{0,80}?\d{1,2}\s*[/.-]\s*\d{1,2}/iu;
// A headline that opens with a document's kind ("Đề cương tuyên truyền …", "QUYẾT ĐỊNH Ban hành
// …", "Điều chỉnh Kế hoạch …"): the page issues or reprints a document, whatever it tells of.
// ("Kế hoạch hóa gia đình" is family planning; "Hướng dẫn" is a document only when what it guides follows.)
const DOCUMENT_HEADLINE =
  /^\s*(?:điều chỉnh\s+)?(?:đề cương|kế hoạch(?!\s+hóa)|thông báo|thông tri|quyết định|chỉ thị|nghị quyết|công văn|thể lệ|quy chế|điều lệ|tờ trình|dự thảo|hướng dẫn(?=\s+(?:số|thực hiện|tổ chức|triển khai|về)(?!\p{L})))(?!\p{L})/iu;
// "Bản tin Mặt trận sáng 11/4 của Báo Đại Đoàn Kết gồm một số nội dung chính như sau: …": a news
// bulletin lists several units' stories.
const BULLETIN = /^bản tin(?!\p{L})[^.:]{0,80}?(?:gồm|có)(?: một số| các| những)? (?:nội dung|tin)(?!\p{L})/iu;
const PERIOD =
  /^(?:trong\s+)?(?:(?:những|nhiều|các|mấy)\s+năm\s+(?:qua|gần đây|vừa qua)|thời gian (?:qua|gần đây)|thời gian vừa qua|năm qua)\s*,/iu;
const GOES_ON =
  /^[*\s]*(?:trước đó|sau đó|cũng trong|ngoài ra|bên cạnh đó|đồng thời|tiếp đó|dịp này|nhân dịp này|tiếp theo)(?!\p{L})/iu;

/**
 * A list page (a section's front, a digest): two or more of its opening paragraphs each report
 * an event of their own, dated and held by a different unit ("Từ ngày 9/5 …, LĐLĐ huyện A tổ
 * chức …" / "Sáng 3-5, LĐLĐ thị xã B tổ chức …"). The page reports no one event, and no one of
 * them is its organizer. Bulleted items and paragraphs going on from the story are no list's.
 */
function listOfEvents(lead: string, body: string[], c: Curated): boolean {
  const units = new Set<string>();
  const days = new Set<string>();
  for (const p of [lead, ...body].slice(0, LIST_PARAGRAPHS)) {
    // ("● Ngày 17/10, Hội LHPN quận 5 tổ chức …": a bulleted item belongs to the story above it.)
    // ("Trước đó, ngày 5/3, …": a paragraph that goes on from the story is no item of a list.)
    if (BULLET.test(p) || GOES_ON.test(p)) continue;
    const s = sentences(p)[0] ?? "";
    const day = findEventDay(s);
    if (!day || day.index > 120) continue;
    const parsed = subjectOrganizers(s, c);
    if (!parsed?.[0]) continue;
    units.add(fold(parsed[0].asWritten));
    days.add(`${day.day}/${day.month}`);
  }
  return units.size >= LIST_EVENTS && days.size >= LIST_EVENTS;
}

export function findOrganizerEvidence(
  title: string,
  lead: string,
  body: string[],
  hosts: (string | null)[],
  c: Curated,
  /** findEventDay of the lead, when the caller has it already. */
  leadDay?: DayPhrase | null,
  /** The sapo above the lead, when the page has one. */
  sapo: string | null = null,
): OrganizerEvidence {
  // "LIÊN ĐOÀN LAO ĐỘNG HUYỆN X TỔ CHỨC …": a headline in capitals read in the case of names.
  title = recaseCapitals(title, c);
  const leadSentences = sentences(lead).slice(0, 3);
  let parsed: OrgParse[] | null = null;
  let where = "";
  let eventSentence = "";
  for (const s of leadSentences) {
    parsed = subjectOrganizers(s, c);
    if (parsed) {
      where = "the lead's event sentence";
      eventSentence = s;
      break;
    }
  }
  const opening = leadSentences[0] ?? "";
  // "Quy hoạch … là vấn đề “nóng” tại buổi họp báo … do UBND TP. Đà Nẵng tổ chức ngày 27/6." over
  // "Theo tin …, ngày 27/6, Chủ tịch UBND thành phố … đã chủ trì buổi họp báo": the sapo names who
  // held the event the lead tells of, on its day.
  const day = leadDay !== undefined ? leadDay : findEventDay(lead);
  if (!parsed && sapo && day) {
    for (const s of sentences(sapo).slice(0, 2)) {
      const d = findEventDay(s);
      const found = d && d.day === day.day && d.month === day.month ? subjectOrganizers(s, c) : null;
      if (found) {
        parsed = found;
        where = "the sapo, on the lead's event day";
        eventSentence = s;
        break;
      }
    }
  }
  // "Trong tháng 3, Tỉnh đoàn sẽ tổ chức …": the events are still ahead, whatever the headline says.
  const ahead = !parsed && AHEAD.test(opening);
  if (!parsed && title && !ahead) {
    parsed = headlineOrganizers(title, c);
    if (parsed) where = "the headline";
  }
  // "ngày 25/02/1983, Ban Thường vụ Tỉnh ủy … quyết định": a lead dated long before these sites
  // existed recounts history; whoever acted then held no event the page reports.
  const history = day?.year != null && day.year < HISTORY_BEFORE && day.index < 200;
  // "Năm 2011, Ban X đã phát động phong trào … Từ phong trào này, …": with no day,
  // a lead whose next sentence tells what followed since ("Từ đó đến nay", "Từ … này,") opens
  // with background, not the event the page reports.
  // ("Vừa qua, X tổ chức … Từ đó, giúp …": "thereby"; only after a bare year's opening, or with
  // "đến nay", does it mean "since".)
  const [first = "", second = ""] = sentences(lead);
  const since =
    !day && SINCE_THEN.test(second) && (YEAR_OPENING.test(first) || /^[^,]{0,50}?(?:đến|tới)\s+nay\s*,/iu.test(second));
  // Whatever its lead parses to, the page reports no one event when it recounts history, lists
  // several units' events ("Sáng 10/1, X …" / "Sáng 4/1, Y …"), announces something ahead
  // ("Thời gian: … ngày 28/3/2024. Địa điểm: …") or sums up a period with no day in its lead
  // ("Những năm qua, Hội ND tỉnh đã phối hợp … tổ chức các lớp …"); the first that holds says why.
  const noOneEvent =
    (history && `history recounted (the lead's day is in ${day!.year})`) ||
    // (Unless the lead opens with a day and a unit holding something: "Hướng dẫn thực hiện quy
    // chế dân chủ" over "Ngày 4/3, Ủy ban MTTQ tỉnh X tổ chức hội thảo …" heads a report.)
    (title &&
      DOCUMENT_HEADLINE.test(title) &&
      !(where === "the lead's event sentence" && day !== null && day.index < 60) &&
      "a document (its headline names its kind)") ||
    (BULLETIN.test(opening) && "a bulletin of several stories") ||
    (listOfEvents(lead, body, c) && "a list of events, each its own unit's and day's") ||
    ([lead, ...body.slice(0, 3)].some((p) => NOTICE.test(p)) &&
      "a notice of something ahead (its 'Thời gian:' field)") ||
    (PERIOD.test(opening) && (day === null || day.index > 200) && "a summary of a period's doings") ||
    (parsed !== null &&
      heldAhead(eventSentence, parsed[0]!, c) &&
      "an event still ahead (its unit 'sẽ tổ chức' it, or says it is preparing it)") ||
    null;
  if (noOneEvent) parsed = null;
  // "…, nhiều địa phương, cơ quan, đơn vị đã tổ chức …": a round-up of many units' doings reports
  // no one event (the items below it each have their own organizer and day).
  const noEvent: string | null =
    noOneEvent ??
    (since
      ? "history recounted (the lead's next sentence tells what followed since)"
      : parsed
        ? null
        : ahead
          ? "the events it tells of are still ahead"
          : ROUND_UP.test(opening) || TALLY.test(opening)
            ? "a round-up of many units' doings"
            : null);
  const isEvent = !noEvent && (parsed !== null || (day !== null && day.index < 200) || JUST_HAPPENED.test(opening));
  // Deeper in the story only "tổ chức" says who held it, and even then mostly of another doing
  // (a partner's, a follow-up's): on pages the rules were not written on, the subject of an early
  // body sentence was right 1 time in 7. It is named in the reason, not shown as the organizer,
  // unless the sentence is dated early on the lead's own event day (below).
  let bodyOnly: string | null = null;
  if (!parsed && isEvent)
    outer: for (const p of body.slice(0, 3))
      for (const s of sentences(p).slice(0, 3)) {
        if (!/tổ chức/iu.test(s)) continue;
        const found = subjectOrganizers(s, c);
        bodyOnly = found?.[0]?.asWritten ?? null;
        // "… Lễ tôn vinh … vừa diễn ra chiều 10/2." over "Chiều 10/2, tại …, Thành ủy, HĐND, UBND …
        // tổ chức Lễ tôn vinh …": a body sentence dated early on the lead's own event day tells of
        // that event, and its subject held it ("Nằm trong chuỗi hoạt động …, tối 10-6, UBND huyện X
        // phối hợp … tổ chức khai mạc …" under a sapo of "từ ngày 10-6").
        const d = findEventDay(s);
        if (found && day && d && d.index < 160 && d.day === day.day && d.month === day.month) {
          parsed = found;
          where = "a body sentence dated the lead's event day";
          eventSentence = s;
          bodyOnly = null;
        }
        if (bodyOnly || parsed) break outer;
      }
  const ctx = placeContext(title, lead, body, hosts, c, sapo);
  const provinceInferred = ctx.provinceHow !== "named";
  // The page's own province when no organizer gives one.
  const pageProvince = ctx.provinceInPassing ? null : ctx.province;
  const pageProvinceHow = pageProvince
    ? `places the ${ctx.provinceHow === "source" ? "site" : ctx.provinceHow} names`
    : ctx.province
      ? `none: the text names ${ctx.province} only in passing, and no site places the page`
      : "none";
  if (!parsed) {
    return {
      organizers: [],
      unresolved: [],
      placed: [],
      how: noEvent
        ? noEvent
        : bodyOnly
          ? `no organizer named in the event sentence ("${bodyOnly}" holds something in an early body sentence only: not shown)`
          : isEvent
            ? "no organizer named in the event sentence"
            : "no event reported",
      placeInferred: false,
      province: pageProvince,
      provinceHow: pageProvinceHow,
      provinceInferred,
      isEvent,
      noEvent,
    };
  }
  // The level and place the last of them gives; else its level alone ("Liên đoàn Lao động phối hợp
  // với Ban Vì sự tiến bộ phụ nữ quận"), the place then resolved as for any bare level word.
  const joint =
    // (A body of a unit, "Công đoàn cơ sở Cục X tỉnh Y", lends its unit's place to none.)
    [...parsed].reverse().find((o) => !o.body && o.place && (o.level || c.provinces.has(o.place))) ??
    (parsed.length > 1 ? parsed.slice(1).findLast((o) => o.level && !o.committee) : undefined);
  const orgs: Organizer[] = parsed.map((o) => {
    let one = canonicalOrganizer(o, ctx, c, joint);
    const shared = one.placeHow === "joint" && one.canonical?.startsWith(o.name) ? jointHamlet(o, joint) : null;
    if (shared) one = { ...one, canonical: `${o.name} ${shared}${one.canonical!.slice(o.name.length)}` };
    const hamlet = one.canonical ? null : sharedHamlet(o, parsed!);
    return hamlet ? { ...one, canonical: hamlet, province: ctx.province, level: "commune", placeHow: "joint" } : one;
  });
  // "Ban Tuyên giáo Trung ương, Ban Chỉ đạo Công tác thông tin đối ngoại tổ chức …": a national
  // body's partner named with no place or level is national too, named as written.
  if (orgs[0]?.canonical && orgs[0].level === "central")
    for (const [k, o] of parsed.entries())
      if (k > 0 && !orgs[k]!.canonical && !o.place && !o.level && !o.committee && !VERB_END.test(o.name))
        orgs[k] = {
          ...orgs[k]!,
          canonical: o.name.charAt(0).toLocaleUpperCase("vi") + o.name.slice(1),
          level: "central",
          placeHow: "named",
        };
  // The leading organizer unplaced: the others are not promoted to lead (a wrong first
  // organizer misleads more than none).
  const resolved = orgs[0]?.canonical ? orgs.filter((o) => o.canonical) : [];
  const names = [...new Set(resolved.map((o) => o.canonical!))];
  const lead0 = orgs[0]!;
  const province =
    resolved[0]?.province ??
    // A central body leading: the province of a provincial partner it held the event with, else none.
    (resolved[0]?.level === "central"
      ? (resolved.find((o) => o.province)?.province ?? null)
      : (resolved.find((o) => o.province)?.province ?? pageProvince));
  const fromOrg = resolved[0]?.province != null;
  // Background recounted: its actor still places the page (a central body in none), but held
  // no event it reports.
  if (since)
    return {
      organizers: [],
      unresolved: [],
      placed: [],
      how: noEvent!,
      placeInferred: false,
      province,
      provinceHow: province ? "the background's actor's place" : "none",
      provinceInferred: true,
      isEvent: false,
      noEvent,
    };
  return {
    organizers: names,
    unresolved: orgs.filter((o) => !o.canonical).map((o) => o.asWritten),
    // (A unit named as written with no place, "Công đoàn Trường Mầm non X", was placed by nothing.)
    placed: resolved
      .filter((o) => o.placeHow !== "named" && o.placeHow !== "none")
      .map(
        (o) =>
          `"${o.asWritten}" is ${o.canonical} (place from ${o.placeHow === "source" ? "the site" : `the ${o.placeHow}`})`,
      ),
    how: names.length
      ? `subject of ${where}: "${lead0.asWritten}"`
      : `"${lead0.asWritten}" in ${where} names no place the text resolves`,
    placeInferred: resolved.some((o) => o.placeHow !== "named" && o.placeHow !== "none"),
    province,
    provinceHow: fromOrg
      ? `the organizer's place (${resolved[0]!.placeHow === "named" ? "named" : `from ${resolved[0]!.placeHow}`})`
      : province === null
        ? resolved[0]?.level === "central"
          ? "none"
          : pageProvinceHow
        : province === pageProvince
          ? pageProvinceHow
          : "a joint organizer's place",
    provinceInferred: !(fromOrg && resolved[0]!.placeHow === "named"),
    isEvent,
    noEvent,
  };
}
