import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCurated } from "./curated";
import { findEventDay } from "./event-date";
import { extractArticle } from "./extract";
import { subjectOrganizers } from "./organizers";

const root = path.resolve(__dirname, "../..");
const aliases = await loadCurated(path.join(root, "data"));
const extract = (text: string) => extractArticle(text, { id: "x", file: "x.txt" }, aliases);

const BODY = `Các đại biểu đã thảo luận, đóng góp nhiều ý kiến tâm huyết về công tác vận động quần chúng, thực hiện quy chế dân chủ ở cơ sở, bảo đảm an sinh xã hội.`;

describe("event date", () => {
  it.each([
    [
      "Ngày 5-3-2021, Hội Nông dân tỉnh Hà Tĩnh tổ chức hội nghị tập huấn cho hội viên nông dân toàn tỉnh.",
      "2021-03-05",
    ],
    [
      "Ngày 5/3/2021, Hội Nông dân tỉnh Hà Tĩnh tổ chức hội nghị tập huấn cho hội viên nông dân toàn tỉnh.",
      "2021-03-05",
    ],
    [
      "Ngày 5 tháng 3 năm 2021, Hội Nông dân tỉnh Hà Tĩnh tổ chức hội nghị tập huấn cho hội viên nông dân toàn tỉnh.",
      "2021-03-05",
    ],
    [
      "Sáng nay (5/3), Hội Nông dân tỉnh Hà Tĩnh tổ chức hội nghị tập huấn cho hội viên nông dân năm 2021.",
      "2021-03-05",
    ],
    [
      "Trong 2 ngày 14 và 15/9/2022, Hội Liên hiệp Phụ nữ tỉnh Quảng Ninh tổ chức Đại hội đại biểu phụ nữ tỉnh lần thứ XVI.",
      "2022-09-14",
    ],
    [
      "Trong 2 ngày (từ 21 - 22/10/2022), Hội Cựu chiến binh tỉnh Nghệ An tổ chức Đại hội đại biểu lần thứ VII.",
      "2022-10-21",
    ],
    [
      "Hôm qua (12/4/2023), Liên đoàn Lao động tỉnh Bình Dương tổ chức lễ phát động Tháng Công nhân cho người lao động.",
      "2023-04-12",
    ],
    [
      "Tối 15-10, Tỉnh Đoàn Hà Tĩnh tổ chức chương trình “Tuổi trẻ chung tay xây dựng nông thôn mới” năm 2022 tại huyện Kỳ Anh.",
      "2022-10-15",
    ],
    [
      // A signing ceremony ("lễ ký") is an event held that day.
      "Ngày 29-6-2017, UBND tỉnh Khánh Hòa và Tổng công ty Hàng không Việt Nam đã tổ chức lễ ký thỏa thuận hợp tác toàn diện.",
      "2017-06-29",
    ],
    [
      // A registration ("đăng ký") is no document signed that day.
      "Chiều 2/7/2017, Ban Quản lý Khu kinh tế tỉnh Quảng Ngãi tổ chức lễ trao giấy chứng nhận đăng ký đầu tư cho dự án.",
      "2017-07-02",
    ],
  ])("%s", (lead, date) => {
    expect(extract(`Tiêu đề bài viết về hội nghị\n\n${lead}\n\n${BODY}\n\nPV`).date).toBe(date);
  });

  it("ignores the page-header date and the dates in a 'Tin khác' list", () => {
    const a = extract(`Thứ Hai, ngày 14 tháng 3 năm 2022 - 10:25

Hà Tĩnh: Hội nghị dân vận khéo

Chiều 4/11, Ban Dân vận Tỉnh ủy Hà Tĩnh tổ chức hội nghị biểu dương điển hình “Dân vận khéo” giai đoạn 2016-2021.

${BODY}

Minh Châu

Tin khác

Hà Tĩnh tổ chức hội nghị xúc tiến đầu tư năm 2022

Ngày 10/3/2022, UBND tỉnh Hà Tĩnh tổ chức…

11/03/2022`);
    // The header's 14/3/2022 is four months after a 4/11 event: too weak to say 2021, and the
    // period "2016-2021" and the list's 2022 never count.
    expect(a).toMatchObject({ date: null, year: null, title: "Hà Tĩnh: Hội nghị dân vận khéo", author: "Minh Châu" });
    expect(a.warnings.some((w) => w.startsWith("year: evidence too weak"))).toBe(true);
    expect(a.body.join(" ")).not.toContain("xúc tiến");
  });

  it("never takes the year from a cited document", () => {
    const a = extract(
      `Quán triệt quy định mới\n\nSáng 20/9, Ban Dân vận Quận ủy Hải Châu tổ chức hội nghị quán triệt Quy định số 124-QĐ/TW ngày 4/8/2023 của Bộ Chính trị về công tác dân vận.\n\n${BODY}\n\nThu Hà`,
    );
    expect(a).toMatchObject({ date: null, year: null });
    expect(a.warnings).toContain("year: no year in the text");
  });

  it("takes the year written beside the day in the same or the next sentence, marked inferred", () => {
    const a = extract(
      `Hội nghị dân vận\n\nSáng 13/12, Ban Dân vận Tỉnh ủy Hà Tĩnh tổ chức hội nghị tổng kết công tác dân vận. Năm 2024, toàn tỉnh có 1.200 mô hình dân vận khéo.\n\n${BODY}\n\nThu Hà`,
    );
    expect(a).toMatchObject({ date: "2024-12-13", year: 2024 });
    expect(a.evidence.year?.inferred).toBe(true);
  });

  it("gives no year to a page that reports no event", () => {
    const a = extract(
      `Lịch sử Ban Dân vận\n\nBan Dân vận Tỉnh ủy được thành lập ngày 15/10/1930, trải qua 90 năm xây dựng và trưởng thành, luôn làm tốt công tác tham mưu cho cấp ủy về công tác dân vận.\n\n${BODY}\n\nThu Hà`,
    );
    expect(a).toMatchObject({ date: null, year: null, organizers: [] });
  });

  it("does not take a cited document's date for the event's", () => {
    expect(
      findEventDay("Thực hiện Kế hoạch số 12-KH/TU ngày 5/1/2022 của Tỉnh ủy, sáng 2/11, Ban Dân vận tổ chức"),
    ).toMatchObject({ day: 2, month: 11 });
  });

  it("gives the year alone when the lead names no day", () => {
    const a = extract(
      `Chăm lo hộ nghèo\n\nNăm 2019, Ủy ban MTTQ Việt Nam huyện Phong Điền phối hợp với Hội Chữ thập đỏ huyện tổ chức nhiều hoạt động chăm lo cho hộ nghèo trên địa bàn.\n\n${BODY}\n\nThanh Tâm`,
    );
    expect(a).toMatchObject({ date: null, year: 2019 });
    expect(a.organizers).toEqual([
      "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Phong Điền",
      "Hội Chữ thập đỏ huyện Phong Điền",
    ]);
  });
});

describe("organizers", () => {
  const lead = (clause: string) => extract(`Tiêu đề\n\nSáng 3/4/2024, ${clause}\n\n${BODY}\n\nHải Yến`).organizers;
  it.each([
    ["Ban Dân vận Tỉnh uỷ Hà Tĩnh tổ chức hội nghị giao ban công tác dân vận quý I.", ["Ban Dân vận Tỉnh ủy Hà Tĩnh"]],
    [
      "Ban Dân vận Huyện ủy Can Lộc tiến hành kiểm tra việc thực hiện quy chế dân chủ tại xã Thiên Lộc.",
      ["Ban Dân vận Huyện ủy Can Lộc"],
    ],
    [
      "Hội LHPN tỉnh Hà Tĩnh phối hợp Sở TN&MT tỉnh Hà Tĩnh tổ chức lễ ra mắt mô hình.",
      ["Hội Liên hiệp Phụ nữ tỉnh Hà Tĩnh", "Sở Tài nguyên và Môi trường tỉnh Hà Tĩnh"],
    ],
    [
      "Ban Dân vận Thành ủy Đà Nẵng và Ủy ban MTTQ Việt Nam thành phố Đà Nẵng phối hợp tổ chức hội nghị.",
      ["Ban Dân vận Thành ủy Đà Nẵng", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Đà Nẵng"],
    ],
    [
      "UBMTTQ TP.HCM phối hợp với Ban Dân vận Thành ủy TP. Hồ Chí Minh tổ chức hội nghị.",
      ["Ủy ban Mặt trận Tổ quốc Việt Nam TP Hồ Chí Minh", "Ban Dân vận Thành ủy TP Hồ Chí Minh"],
    ],
    [
      "tại Hội trường Thành ủy, Đảng ủy Khối Dân - Chính - Đảng thành phố Hồ Chí Minh tổ chức hội nghị.",
      ["Đảng ủy Khối Dân – Chính – Đảng TP Hồ Chí Minh"],
    ],
    ["Sở Tài nguyên và Môi trường tỉnh Lâm Đồng tổ chức hội thảo.", ["Sở Tài nguyên và Môi trường tỉnh Lâm Đồng"]],
    [
      "UBND tỉnh Nghệ An chủ trì, phối hợp với Ban Dân vận Tỉnh ủy Nghệ An tổ chức hội nghị đối thoại.",
      ["Ủy ban nhân dân tỉnh Nghệ An", "Ban Dân vận Tỉnh ủy Nghệ An"],
    ],
    ["tại TP Vinh, Ban Thường vụ Huyện ủy Quỳnh Lưu đã tổ chức hội nghị sơ kết.", ["Ban Thường vụ Huyện ủy Quỳnh Lưu"]],
  ])("%s", (clause, want) => {
    expect(lead(clause)).toEqual(want);
  });

  it("resolves a bare city-level committee from the source site, not the text", () => {
    const a = extract(
      `Giám sát chuyên đề\n\nSáng 2/11, Ban Dân vận Thành ủy phối hợp với Đảng ủy Khối các cơ quan thành phố tiến hành giám sát tại Sở Nội vụ, học tập kinh nghiệm của TP Hồ Chí Minh và TP Hồ Chí Minh năm 2021.\n\n${BODY}\n\nHoàng Tùng\n\nNguồn tin: haiphong.gov.vn`,
    );
    expect(a.organizers).toEqual(["Ban Dân vận Thành ủy Hải Phòng", "Đảng ủy Khối các cơ quan thành phố Hải Phòng"]);
    expect(a.source).toBe("haiphong.gov.vn");
  });

  it("resolves it from the text when there is no source, and says so", () => {
    const a = extract(
      `Tiêu đề\n\nChiều 16/7/2020, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban công tác dân vận của tỉnh Quảng Trị 6 tháng đầu năm.\n\n${BODY}\n\nThanh Huyền`,
    );
    expect(a.organizers).toEqual(["Ban Dân vận Tỉnh ủy Quảng Trị"]);
    expect(a.warnings.some((w) => w.startsWith("organizers:") && w.includes("Quảng Trị"))).toBe(true);
  });
});

describe("page furniture", () => {
  it("keeps captions apart, drops counters, breadcrumbs and widgets, derives a missing headline", () => {
    const a = extract(`Trang chủ > Tin tức > Dân vận

Ý kiến bạn đọc

Đồng chí Lê Văn Thành phát biểu tại hội nghị. Ảnh: THU HÀ

1.245 lượt xem

Sáng 9/5/2024, Ban Dân vận Quận ủy Lê Chân tổ chức hội nghị quán triệt các văn bản mới về công tác dân vận cho cán bộ chủ chốt.

Quang cảnh hội nghị.

${BODY}

Bài, ảnh: HẢI YẾN

Ý kiến bạn đọc

refresh

This website uses cookies. See Our policy to learn more.`);
    expect(a.title).toBe(
      "Ban Dân vận Quận ủy Lê Chân tổ chức hội nghị quán triệt các văn bản mới về công tác dân vận cho cán bộ chủ chốt",
    );
    expect(a.warnings).toContain("title: no headline, derived from the lead");
    expect(a.captions).toEqual(["Đồng chí Lê Văn Thành phát biểu tại hội nghị. Ảnh: THU HÀ", "Quang cảnh hội nghị."]);
    expect(a.body).toEqual([BODY]);
    expect(a.author).toBe("Hải Yến");
  });

  it("reads the source from the lead's prefix", () => {
    const a = extract(
      `Tiêu đề\n\n(Baoquangninh.com.vn) - Ngày 20/1/2021, Ủy ban MTTQ tỉnh phối hợp với Sở Lao động - Thương binh và Xã hội tỉnh tổ chức trao quà Tết.\n\n${BODY}\n\nHoàng Quân`,
    );
    expect(a.source).toBe("baoquangninh.com.vn");
    expect(a.organizers).toEqual([
      "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ninh",
      "Sở Lao động – Thương binh và Xã hội tỉnh Quảng Ninh",
    ]);
    expect(a.lead.startsWith("Ngày 20/1/2021")).toBe(true);
  });
});

describe("captions in the old tone style", () => {
  it.each(["Ảnh minh hoạ", "Ảnh minh họa"])("'%s' is a caption, never the title", (caption) => {
    const a = extract(
      `${caption}\n\nSáng 12/3, Ban Dân vận Tỉnh ủy Nghệ An tổ chức hội nghị tổng kết công tác dân vận năm 2023 với sự tham dự của các đồng chí lãnh đạo tỉnh.\n\nHội nghị đánh giá kết quả thực hiện quy chế dân chủ ở cơ sở.`,
    );
    expect(a.title).not.toContain("minh h");
    expect(a.captions.join(" ")).toContain(caption);
  });
});

// Patterns seen on real pages (data/eval/real), in sentences of our own.
describe("organizers on real pages", () => {
  const page = (text: string) => extract(`${text}\n\n${BODY}\n\nThu Hà`);
  it.each([
    // The organizer only in the headline.
    [
      "Ban Dân vận Tỉnh ủy Lào Cai: Sơ kết công tác dân vận 6 tháng\n\nHội nghị diễn ra sáng 8/7/2024 tại hội trường.",
      ["Ban Dân vận Tỉnh ủy Lào Cai"],
    ],
    // An abbreviation in brackets, a province in brackets.
    [
      "Tặng xe đạp\n\nSáng 14/3/2022, Liên đoàn Lao động (LĐLĐ) huyện Mường Lát (tỉnh Thanh Hóa) đã tổ chức buổi tặng xe đạp cho học sinh vùng cao.",
      ["Liên đoàn Lao động huyện Mường Lát"],
    ],
    // Joint organizers written with dashes, one level and place for all.
    [
      "Phát động Tháng Dân vận\n\nSáng 18/12/2025, Đảng ủy – HĐND – UBND – Ủy ban MTTQ xã Tây Sơn tổ chức lễ phát động Tháng Dân vận.",
      [
        "Đảng ủy xã Tây Sơn",
        "Hội đồng nhân dân xã Tây Sơn",
        "Ủy ban nhân dân xã Tây Sơn",
        "Ủy ban Mặt trận Tổ quốc Việt Nam xã Tây Sơn",
      ],
    ],
    // The unit reports its own event.
    [
      "Hội thi tìm hiểu lịch sử\n\nNgày 5/4/2025, Ban Thường vụ Tỉnh Đoàn Hà Giang cho biết, vừa tổ chức hội thi tìm hiểu lịch sử địa phương cho đoàn viên.",
      ["Ban Thường vụ Tỉnh Đoàn Hà Giang"],
    ],
    // "Đoàn công tác X" is X; a venue's owner before the subject is not an organizer.
    [
      "Tặng quà gia đình chính sách\n\nChiều 21/11/2023, Đoàn công tác Hội Cựu chiến binh huyện Tam Đường, tỉnh Lai Châu đến thăm ba gia đình chính sách ở bản Hon.",
      ["Hội Cựu chiến binh huyện Tam Đường"],
    ],
    [
      "Tập huấn trồng lúa\n\nSáng 11/3/2021, tại Hội trường, Hội Nông dân tỉnh Hậu Giang, Ban Thường vụ Hội Nông dân tỉnh đã khai mạc lớp tập huấn giống lúa mới.",
      ["Ban Thường vụ Hội Nông dân tỉnh Hậu Giang"],
    ],
    // Two provinces' committees under one committee word.
    [
      "Góp ý văn kiện\n\nTrong 2 ngày 21 và 22/3/2016, Tỉnh ủy Hà Nam và Ninh Bình đã tổ chức lấy ý kiến về dự thảo văn kiện.",
      ["Tỉnh ủy Hà Nam", "Tỉnh ủy Ninh Bình"],
    ],
    // The leading organizer when its partner does not parse as a unit.
    [
      "Trao quà Tết\n\nNgày 20/1/2024, Hội Chữ thập đỏ tỉnh Bến Tre phối hợp với Quỹ Hy vọng của Công ty An Phú trao 300 suất quà.",
      ["Hội Chữ thập đỏ tỉnh Bến Tre"],
    ],
    [
      "Bàn giao nhà\n\nTrong 2 ngày 3 - 4/9/2022, Ủy ban MTTQ Việt Nam huyện Đức Trọng cùng đại diện chính quyền các xã đã tổ chức lễ bàn giao nhà.",
      ["Ủy ban Mặt trận Tổ quốc Việt Nam huyện Đức Trọng"],
    ],
    // "cho biết" with no comma; a national association.
    [
      "Tặng quà\n\nNgày 9/2/2023, Hội Người cao tuổi Việt Nam cho biết vừa tổ chức hội nghị trực tuyến toàn quốc.",
      ["Hội Người cao tuổi Việt Nam"],
    ],
    // A local place followed by its province with no comma.
    [
      "Tập huấn\n\nNgày 16/5/2022, Hội đồng nhân dân huyện Kon Plông tỉnh Kon Tum, Hội Nông dân tỉnh Kon Tum tổ chức lớp tập huấn.",
      ["Hội đồng nhân dân huyện Kon Plông", "Hội Nông dân tỉnh Kon Tum"],
    ],
    // Neighbourhood units, their places after a comma or in brackets.
    [
      "Ngày hội đại đoàn kết\n\nTối 12-11-2021, Tổ dân phố số 4, phường Quang Trung (quận Hà Đông, Hà Nội) tổ chức Ngày hội Đại đoàn kết toàn dân tộc.",
      ["Tổ dân phố số 4 phường Quang Trung"],
    ],
    [
      "Ra quân vệ sinh kênh rạch\n\nNgày 14.6.2025, Ban Công tác Mặt trận khu phố 7 (phường An Khánh, TP.HCM) tổ chức buổi ra quân vớt rác trên kênh.",
      ["Ban Công tác Mặt trận khu phố 7 phường An Khánh"],
    ],
    // A commune's district after a comma.
    [
      "Kỷ niệm ngày thành lập\n\nSáng ngày 16/10/2019, Ban Chấp hành Hội LHPN thị trấn Tân Hiệp, huyện Tân Hiệp đã tổ chức kỷ niệm ngày thành lập Hội.",
      ["Ban Chấp hành Hội Liên hiệp Phụ nữ thị trấn Tân Hiệp"],
    ],
    // A place as the subject, kept as written.
    [
      "Tổng kết giảm nghèo\n\nNgày 23-8-2021, huyện Bảo Lâm tổ chức tổng kết 5 năm thực hiện chương trình giảm nghèo bền vững.",
      ["Huyện Bảo Lâm"],
    ],
    [
      "Khánh thành nhà văn hóa\n\nNgày 5/8/2025, Xã Tà Xùa, Sơn La tổ chức lễ khánh thành nhà văn hóa bản.",
      ["Xã Tà Xùa"],
    ],
    // A party committee of bodies is no round-up of "các cơ quan".
    [
      "Tổng kết công tác Đảng\n\nNgày 8/1/2026, Đảng ủy các cơ quan Đảng phường Tây Hồ tổ chức hội nghị tổng kết công tác xây dựng Đảng.",
      ["Đảng ủy các cơ quan Đảng phường Tây Hồ"],
    ],
    // A secretariat is a body of the unit after it ("Thư ký" signs no document).
    [
      "Kỷ niệm ngày truyền thống\n\nSáng ngày 15/10/2022, Ban Thư ký Hội Liên hiệp Thanh niên Việt Nam tỉnh Long An đã tổ chức chương trình kỷ niệm.",
      ["Ban Thư ký Hội Liên hiệp Thanh niên Việt Nam tỉnh Long An"],
    ],
    // A youth union is named one way however it is written.
    [
      "Ra quân tình nguyện\n\nSáng 2/6/2024, Đoàn Thanh niên tỉnh Quảng Bình tổ chức lễ ra quân chiến dịch tình nguyện hè.",
      ["Tỉnh Đoàn Quảng Bình"],
    ],
    [
      "Chăm lo Tết\n\nNgày 20/1/2026, Đoàn phường Hòa Phú tổ chức chương trình chăm lo Tết cho thiếu nhi.",
      ["Phường Đoàn Hòa Phú"],
    ],
    // A ward's city after it; a one-word head inside a place ("Vĩnh Trường") opens nothing.
    [
      "Hội thi gói bánh tét\n\nSáng 27-1-2022, Hội Liên hiệp Phụ nữ (LHPN) phường An Hội, TP. Bến Tre tổ chức Hội thi gói bánh tét.",
      ["Hội Liên hiệp Phụ nữ phường An Hội"],
    ],
    // A level given once, its place named elsewhere: every joint organizer is at that level.
    [
      "Hội thi áo dài quận Ninh Kiều\n\nNgày 19/10/2023, Liên đoàn Lao động phối hợp với Ban Vì sự tiến bộ phụ nữ quận tổ chức hội thi áo dài.",
      ["Liên đoàn Lao động quận Ninh Kiều", "Ban Vì sự tiến bộ phụ nữ quận Ninh Kiều"],
    ],
    // A batch of meetings that "vừa qua" says just happened is no habit.
    [
      "Tập huấn cán bộ đoàn tỉnh Hà Tĩnh\n\nTheo chương trình năm nay, vừa qua, Sở Nội vụ phối hợp với Tỉnh đoàn tổ chức 05 hội nghị tập huấn kỹ năng cho bí thư chi đoàn.",
      ["Sở Nội vụ tỉnh Hà Tĩnh", "Tỉnh Đoàn Hà Tĩnh"],
    ],
    // The unit's place after "của"; the committee's name in lower case.
    [
      "Sơ kết dân chủ cơ sở huyện Krông Pắc\n\nSáng ngày 22/07/2023, Ban Chỉ đạo quy chế dân chủ cơ sở của huyện tổ chức hội nghị sơ kết sáu tháng.",
      ["Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở huyện Krông Pắc"],
    ],
    // A union cell of an office is a body of it; its partners do not borrow the office's place.
    [
      "Giải bóng đá\n\nNgày 30/8/2019, Công đoàn cơ sở Chi cục Thuế tỉnh Bến Tre phối hợp với Hội Cựu chiến binh và Đoàn cơ sở tổ chức giải bóng đá.",
      ["Công đoàn cơ sở Chi cục Thuế tỉnh Bến Tre"],
    ],
    // A verb joined to the first verb of its clause shares its subject.
    [
      "An toàn thực phẩm\n\nNgày 3/11, Sở Y tế tỉnh Điện Biên kiểm tra bếp ăn của các trường bán trú và tổ chức buổi tập huấn về an toàn thực phẩm tại xã Thanh Xương.",
      ["Sở Y tế tỉnh Điện Biên"],
    ],
    [
      "Chuẩn bị bầu cử\n\nThường trực HĐND tỉnh Hòa Bình vừa ban hành quyết định lập Ủy ban bầu cử, đồng thời tổ chức buổi tập huấn cho các tổ bầu cử ở huyện.",
      ["Thường trực Hội đồng nhân dân tỉnh Hòa Bình"],
    ],
    // An emulation cluster of the unit after the dash is one organizer.
    [
      "Cụm thi đua số 2 - Hội Nông dân tỉnh Kon Tum tổ chức ký giao ước thi đua năm 2014\n\nSáng ngày 20/02/2014, tại huyện Đăk Hà, hội nghị ký kết giao ước thi đua đã diễn ra.",
      ["Cụm thi đua số 2 Hội Nông dân tỉnh Kon Tum"],
    ],
    // A byline's date run into the lead: its year may stand before a place as subject.
    [
      "Khánh thành nhà văn hóa\n\nbởi Thu Trang 4 Tháng 8, 2025 Xã Tà Xùa, Sơn La tổ chức lễ khánh thành nhà văn hóa bản vào cuối tuần, không cắt băng mà mời bà con cùng trồng cây quanh sân.",
      ["Xã Tà Xùa"],
    ],
    // A numbered neighbourhood written in lower case, its abbreviation in brackets.
    [
      "Ngày hội đại đoàn kết\n\nNgày 2/11/2025, khu dân cư (KDC) số 5, xã Hương Sơn đã tổ chức Ngày hội Đại đoàn kết toàn dân tộc.",
      ["Khu dân cư số 5 xã Hương Sơn"],
    ],
    // A department of the body after the dash; a paper, a radio-TV and a telecom named as they write themselves.
    [
      "Trao học bổng\n\nNgày 2/10/2022, Hội Khuyến học tỉnh Sóc Trăng phối hợp với Vụ Địa phương II - Ban Tổ chức Trung ương tổ chức trao học bổng.",
      ["Hội Khuyến học tỉnh Sóc Trăng", "Vụ Địa phương II Ban Tổ chức Trung ương"],
    ],
    [
      "Sơ kết phối hợp\n\nChiều 20-12-2022, Liên hiệp các tổ chức hữu nghị tỉnh Bình Phước phối hợp cùng Báo Bình Phước, Đài PT- TH Bình Phước và Viễn thông Bình Phước tổ chức hội nghị sơ kết.",
      [
        "Liên hiệp các tổ chức hữu nghị tỉnh Bình Phước",
        "Báo Bình Phước",
        "Đài Phát thanh – Truyền hình Bình Phước",
        "Viễn thông Bình Phước",
      ],
    ],
    // A partner's role in apposition ("- Trưởng khối thi đua …") is no part of the list.
    [
      "Sơ kết thi đua\n\nSáng ngày 08/7/2019, Ban Dân vận Tỉnh ủy Phú Yên phối hợp với Ban Dân vận Huyện ủy Tuy An - Trưởng khối thi đua Ban Dân vận các huyện tổ chức hội nghị sơ kết.",
      ["Ban Dân vận Tỉnh ủy Phú Yên", "Ban Dân vận Huyện ủy Tuy An"],
    ],
    // A second place for the same unit at its level, the district above after "thuộc"; a province's
    // department takes no commune's place.
    [
      "Bồi dưỡng pháp luật\n\nNgày 08/4/2024, Sở Tư pháp tỉnh Cao Bằng đã phối hợp với Ủy ban nhân dân xã Đức Long và xã Thụy Hùng thuộc huyện Thạch An tổ chức hội nghị.",
      ["Sở Tư pháp tỉnh Cao Bằng", "Ủy ban nhân dân xã Đức Long", "Ủy ban nhân dân xã Thụy Hùng"],
    ],
    [
      "Bồi dưỡng pháp luật\n\nNgày 08/4/2024, Sở Tư pháp phối hợp với Ủy ban nhân dân xã Đức Long thuộc huyện Thạch An tổ chức hội nghị.",
      ["Sở Tư pháp tỉnh Cao Bằng", "Ủy ban nhân dân xã Đức Long"],
    ],
    // The leading unit when its partner is no unit ("kết nối với nhóm …"), after a date with no comma.
    [
      "Trao quà\n\nChiều ngày 20/10/2020 Ban thường trực Ủy ban MTTQ Việt Nam xã Tam Lãnh kết nối với nhóm tình nguyện “Ánh Dương” tổ chức trao quà cho hộ nghèo.",
      ["Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Tam Lãnh"],
    ],
    // A club named for a day.
    [
      "Họp mặt\n\nSáng 16/10/2015, Câu lạc bộ 20/10 tỉnh Long An họp mặt kỷ niệm ngày thành lập Hội.",
      ["Câu lạc bộ 20/10 tỉnh Long An"],
    ],
    // A national body among provincial partners takes no province from them.
    [
      "Giao lưu\n\nNgày 15/8/2024, Ban Dân vận Trung ương, Ủy ban Dân tộc và Tỉnh ủy Lâm Đồng tổ chức chương trình giao lưu.",
      ["Ban Dân vận Trung ương", "Ủy ban Dân tộc", "Tỉnh ủy Lâm Đồng"],
    ],
    // A common misspelling of the Front's name ("Tổng Quốc").
    [
      "Lễ kỷ niệm\n\nSáng 6/5/2019, Tỉnh ủy, Ủy ban Mặt trận Tổng Quốc Việt Nam tỉnh Lai Châu tổ chức lễ kỷ niệm ngày thành lập tỉnh.",
      ["Tỉnh ủy Lai Châu", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lai Châu"],
    ],
    // A party organization of an agency, qualified in lower case.
    [
      "Đại hội Đảng bộ\n\nNgày 20/7/2020, tại Huế, Đảng bộ cơ quan thường trực Ban Chỉ đạo Tây Nguyên đã tổ chức Đại hội lần thứ IV.",
      ["Đảng bộ cơ quan thường trực Ban Chỉ đạo Tây Nguyên"],
    ],
    // One department, one name, however its words are joined.
    [
      "Hội thảo nông nghiệp\n\nNgày 14/5/2021, Sở Tài nguyên Môi trường và Sở Nông nghiệp - Phát triển Nông thôn tỉnh Bình Phước tổ chức hội thảo.",
      ["Sở Tài nguyên và Môi trường tỉnh Bình Phước", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Bình Phước"],
    ],
    // A common misspelling of the Front's name.
    [
      "Sơ kết\n\nChiều ngày 30/06/2021, Ủy ban Mật trận Tổ quốc Việt Nam xã Tân Thạnh đã tổ chức Hội nghị sơ kết.",
      ["Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Thạnh"],
    ],
    // Abbreviations in brackets, spaced or several, repeat the name before them.
    [
      "Trao quà\n\nSáng 2/6/2022, Hội Nạn nhân chất độc da cam ( NNCĐDC, DC ) tỉnh Bình Định tổ chức trao quà cho các gia đình nạn nhân.",
      ["Hội Nạn nhân chất độc da cam tỉnh Bình Định"],
    ],
    // A national body's name says so: no partner or site places it.
    [
      "Tập huấn\n\nNgày 14/5/2021, tại tỉnh Thái Bình, Trung tâm Khuyến nông Quốc gia phối hợp với Sở Nông nghiệp tỉnh Thái Bình tổ chức lớp tập huấn.",
      ["Trung tâm Khuyến nông Quốc gia", "Sở Nông nghiệp tỉnh Thái Bình"],
    ],
    // "Mặt trận TQVN", "UB MTTQVN": the rest of the front's name abbreviated.
    [
      "Hội nghị\n\nNgày 9/3/2023, Ủy ban Mặt trận TQVN huyện Hương Sơn tổ chức Hội nghị lần thứ 5.",
      ["Ủy ban Mặt trận Tổ quốc Việt Nam huyện Hương Sơn"],
    ],
    [
      "Hội nghị\n\nNgày 9/3/2023, UB MTTQVN huyện Hương Sơn tổ chức Hội nghị lần thứ 5.",
      ["Ủy ban Mặt trận Tổ quốc Việt Nam huyện Hương Sơn"],
    ],
    // A capitalized "Mới" after a capitalized word is a name's ("Chợ Mới"), not "just".
    [
      "Tổng kết\n\nNgày 21/01/2021, Liên đoàn Lao động huyện Chợ Mới tổ chức Hội nghị tổng kết công tác Công đoàn năm 2020.",
      ["Liên đoàn Lao động huyện Chợ Mới"],
    ],
    // Who closes a tournament ("bế mạc") held it, as who opens one does.
    [
      "Bế mạc giải\n\nChiều 20/4/2025, Liên đoàn Lao động tỉnh Điện Biên bế mạc Giải bóng chuyền công nhân, viên chức, lao động tỉnh.",
      ["Liên đoàn Lao động tỉnh Điện Biên"],
    ],
    // A school's own party cell or union, named by the school's own name, wherever it is.
    [
      "Đại hội chi bộ\n\nSáng 21/1/2020, Chi bộ Trường Tiểu học Kim Đồng tổ chức Đại hội chi bộ lần thứ II.",
      ["Chi bộ Trường Tiểu học Kim Đồng"],
    ],
    [
      "Hội thao\n\nNgày 5/3/2023, Công đoàn trường THCS Lê Lợi tổ chức hội thao chào mừng ngày 8/3.",
      ["Công đoàn Trường THCS Lê Lợi"],
    ],
    // The place above a commune's unit, written with its level but no comma, qualifies it;
    // a verb joined to the event's ("thành lập và ra mắt") shares its subject.
    [
      "Ra mắt tổ hợp tác\n\nNgày 6/5/2021, Hội Nông dân xã Hải Xuân Thành phố Móng Cái vừa thành lập và ra mắt tổ hợp tác nuôi trồng thủy sản.",
      ["Hội Nông dân xã Hải Xuân"],
    ],
    [
      "Hội nghị\n\nSáng 6/5/2021, Hội Cựu chiến binh xã Tân An huyện Cần Giuộc tổ chức hội nghị sơ kết.",
      ["Hội Cựu chiến binh xã Tân An"],
    ],
    // A bare party committee joined to a military command is the command's own committee;
    // joined to a place's council and government, the place's.
    [
      "Học tập nghị quyết\n\nNgày 3/1/2018, Đảng ủy – Ban Chỉ huy Quân sự huyện Tân Phú tổ chức học tập nghị quyết cho cán bộ, chiến sĩ.",
      ["Đảng ủy Ban Chỉ huy Quân sự huyện Tân Phú", "Ban Chỉ huy Quân sự huyện Tân Phú"],
    ],
    [
      "Ngày hội\n\nSáng 18/11/2024, Đảng ủy – HĐND – UBND phường Tân An tổ chức Ngày hội Đại đoàn kết.",
      ["Đảng ủy phường Tân An", "Hội đồng nhân dân phường Tân An", "Ủy ban nhân dân phường Tân An"],
    ],
    // A steering committee's name joins its tasks ("… và phong trào “Dân vận khéo”"), quotes dropped.
    [
      "Công nhận mô hình\n\nNgày 9/12/2022, Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở và phong trào “Dân vận khéo” huyện Na Rì tổ chức hội nghị bình xét mô hình.",
      ["Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở và phong trào Dân vận khéo huyện Na Rì"],
    ],
    // The military's abbreviations spelled out.
    [
      "Diễn tập\n\nNgày 12/8/2020, Bộ CHQS tỉnh Bình Phước tổ chức diễn tập khu vực phòng thủ.",
      ["Bộ Chỉ huy Quân sự tỉnh Bình Phước"],
    ],
    // A commune the text names whose name ends in "Thành" keeps it ("xã Yên Thành").
    [
      "Tập huấn\n\nSáng 5/3/2024, Hội Nông dân xã tổ chức hội nghị tập huấn kỹ thuật trồng lúa cho hội viên.\n\nHơn 100 hội viên của xã Yên Thành tham dự.",
      ["Hội Nông dân xã Yên Thành"],
    ],
    // A unit named for a year of the war keeps it, and a province inside its name
    // ("… Thành cổ Quảng Trị năm 1972 tỉnh X"); so the place after it is its own, not a bare place's event.
    [
      "Đại hội\n\nNgày 11/12/2023, Hội Cựu chiến binh Đường 9 – Khe Sanh năm 1968 tỉnh Hưng Yên tổ chức Đại hội đại biểu lần thứ II.",
      ["Hội Cựu chiến binh Đường 9 – Khe Sanh năm 1968 tỉnh Hưng Yên"],
    ],
    [
      "Đại hội\n\nNgày 11/12/2023, Hội Chiến sĩ Thành cổ Quảng Trị năm 1972 tỉnh Phú Thọ tổ chức Đại hội lần thứ III.",
      ["Hội Chiến sĩ Thành cổ Quảng Trị năm 1972 tỉnh Phú Thọ"],
    ],
    // "các đơn vị X, Y phối hợp tổ chức": the units listed; a youth union of a company is named for it.
    [
      "Hội thao\n\nSáng 22/3/2025, các đơn vị Thị đoàn Bình Long, Đoàn thanh niên Công ty TNHH MTV Cao su Bình Long phối hợp tổ chức Hội thao.",
      ["Thị Đoàn Bình Long", "Đoàn Thanh niên Công ty TNHH MTV Cao su Bình Long"],
    ],
    // A town's youth union is "Đoàn thị trấn X".
    [
      "Ra quân\n\nSáng 6/7/2024, Đoàn thanh niên thị trấn Võ Xu tổ chức ra quân chiến dịch thanh niên tình nguyện hè.",
      ["Đoàn thị trấn Võ Xu"],
    ],
    // A war year in a unit's name is no history the lead recounts, and the province in that
    // name is not the page's.
    [
      "Chi hội mới\n\nCập nhật: 31/01/2026\n\nNgày 30/1, Hội Chiến sĩ thành cổ Quảng Trị năm 1972 tỉnh tổ chức công bố quyết định thành lập Chi hội xã Lâm Thao. Dự hội nghị có lãnh đạo xã Lâm Thao, huyện Lâm Thao, tỉnh Phú Thọ.",
      ["Hội Chiến sĩ thành cổ Quảng Trị năm 1972 tỉnh Phú Thọ"],
    ],
    // "Công ty CP" is a joint-stock company, spelled out.
    [
      "Trao quà\n\nChiều 25/1/2024, Công đoàn cơ sở Công ty CP Cấp nước Bến Tre tổ chức trao quà Tết cho đoàn viên.",
      ["Công đoàn cơ sở Công ty Cổ phần Cấp nước Bến Tre"],
    ],
    // "T.P", "T P" abbreviate "thành phố".
    [
      "Gặp mặt\n\nSáng 6/5/2024, Hội Cựu chiến binh T P Sông Công tổ chức gặp mặt kỷ niệm 70 năm Chiến thắng Điện Biên Phủ.",
      ["Hội Cựu chiến binh thành phố Sông Công"],
    ],
    // A "Chi cục" named with no level is the province's, as a "Sở" is.
    [
      "Tập huấn\n\nNgày 14/7/2022, tại xã Vĩnh Hòa, Chi cục Phát triển nông thôn tổ chức tập huấn cho các hợp tác xã của tỉnh Sóc Trăng.",
      ["Chi cục Phát triển nông thôn tỉnh Sóc Trăng"],
    ],
    // An agency's chapter of the veterans' association.
    [
      "Gặp mặt\n\nSáng 6/12/2022, Hội Cựu chiến binh Văn phòng Ủy ban nhân dân tỉnh Quảng Bình tổ chức gặp mặt kỷ niệm ngày thành lập Hội.",
      ["Hội Cựu chiến binh Văn phòng Ủy ban nhân dân tỉnh Quảng Bình"],
    ],
    // The board that runs a fund is a body of the fund.
    [
      "Giải ngân\n\nChiều ngày 9/10/2023, Ban điều hành Quỹ Hỗ trợ nông dân tỉnh Bến Tre tổ chức giải ngân vốn cho 12 hộ hội viên.",
      ["Ban Điều hành Quỹ Hỗ trợ nông dân tỉnh Bến Tre"],
    ],
    // A commune's district after a comma, and a stray semicolon before the verb.
    [
      "Trao nhà\n\nNgày 10/12/2023, Ủy ban MTTQ Việt Nam huyện Mỏ Cày Nam phối hợp UBND xã Định Thủy, Mỏ Cày Nam; tổ chức trao tặng nhà đại đoàn kết.",
      ["Ủy ban Mặt trận Tổ quốc Việt Nam huyện Mỏ Cày Nam", "Ủy ban nhân dân xã Định Thủy"],
    ],
    // A district named without its level word, right after the unit's head.
    [
      "Hội nghị\n\nSáng 5/3/2023, Hội Khuyến học Quỳnh Lưu tổ chức hội nghị tổng kết công tác khuyến học.",
      ["Hội Khuyến học huyện Quỳnh Lưu"],
    ],
    // A commune's youth union written in lower case.
    [
      "Chủ nhật xanh\n\nHưởng ứng phong trào tình nguyện, ngày 14/9/2025, đoàn xã Quỳnh Lưu tổ chức ra quân dọn vệ sinh.",
      ["Xã Đoàn Quỳnh Lưu"],
    ],
    // A term after the place is no part of it.
    [
      "Hội nghị\n\nSáng 28/9, Ban Chấp hành Hội Nông dân tỉnh Phú Yên Khóa IX tổ chức hội nghị lần thứ 12.",
      ["Ban Chấp hành Hội Nông dân tỉnh Phú Yên"],
    ],
    // A representative opening the lead acts for the unit.
    [
      "Tặng quà công nhân\n\nĐại diện lãnh đạo Liên đoàn Lao động tỉnh Phú Thọ tặng quà công nhân có hoàn cảnh khó khăn tại khu công nghiệp Thụy Vân.",
      ["Liên đoàn Lao động tỉnh Phú Thọ"],
    ],
    // A province's deputies to the National Assembly are a unit of their own, not a delegation of one.
    [
      "Trao quà Tết\n\nNgày 20/01/2026, Đoàn đại biểu Quốc hội tỉnh Gia Lai phối hợp với Liên đoàn Lao động tỉnh tổ chức trao quà cho công nhân.",
      ["Đoàn đại biểu Quốc hội tỉnh Gia Lai", "Liên đoàn Lao động tỉnh Gia Lai"],
    ],
    // "đồng thời" starts a doing of its own after a document issued.
    [
      "Bầu cử\n\nThường trực HĐND tỉnh Phú Yên vừa ban hành Nghị quyết về thành lập Ủy ban bầu cử, đồng thời tổ chức hội nghị triển khai công tác bầu cử.",
      ["Thường trực Hội đồng nhân dân tỉnh Phú Yên"],
    ],
    // The passive's agent ("được X tổ chức") holds the event.
    [
      "Hội thi nấu ăn\n\nSáng 8/3/2023, hội thi nấu ăn ngon đã được Hội Liên hiệp Phụ nữ huyện Mộ Đức tổ chức tại nhà văn hóa huyện.",
      ["Hội Liên hiệp Phụ nữ huyện Mộ Đức"],
    ],
    // A district's unit followed by its province after a comma: the province is no unit.
    [
      "Giao lưu\n\nChương trình do Quận đoàn Ngô Quyền và Quận đoàn Kiến An, thành phố Hải Phòng phối hợp với Thị đoàn Quảng Yên, tỉnh Quảng Ninh tổ chức.",
      ["Quận Đoàn Ngô Quyền", "Quận Đoàn Kiến An", "Thị Đoàn Quảng Yên"],
    ],
  ])("%#: %s", (text, want) => {
    expect(page(text).organizers).toEqual(want);
  });

  it("reports no event, organizer or year for a round-up of many units' doings", () => {
    const a = page(
      "Mừng ngày 8.3\n\nHướng tới Ngày Quốc tế phụ nữ 8.3, ngày 7.3, các cơ quan, trường học ở huyện đã tổ chức gặp mặt và tặng hoa chị em.\n\n● Hội LHPN huyện Tây Sơn tổ chức Hội thi “Cắm hoa nghệ thuật” năm 2024 với 11 đội dự thi.",
    );
    expect([a.organizers, a.year, a.evidence.organizers?.how]).toEqual([[], null, "a round-up of many units' doings"]);
  });

  it("names a bare youth union's head as the text names it elsewhere, and a province's 'Thành Đoàn' never for the province", () => {
    const ra = (text: string) =>
      page(`${text}\n\nSáng ngày 11/10/2020, Ban Thường vụ Thành Đoàn tổ chức ra quân dọn rác tại bãi biển.`);
    expect(ra("Thành đoàn Tam Kỳ ra quân làm sạch bờ biển").organizers).toEqual(["Ban Thường vụ Thành Đoàn Tam Kỳ"]);
    // In a province (tỉnh), "Thành Đoàn" is one of its cities' unions: which one, the text does not say.
    expect(ra("Ra quân làm sạch bờ biển tỉnh Quảng Nam").organizers).toEqual([]);
    // … unless the text names the city: here the province's capital, of the province's name.
    expect(ra("Ra quân ở xã Chu Trinh – Thành phố Cao Bằng").organizers).toEqual(["Ban Thường vụ Thành Đoàn Cao Bằng"]);
    // In a city (thành phố) of province rank, the city's own.
    expect(ra("Ra quân làm sạch bờ biển thành phố Đà Nẵng").organizers).toEqual(["Ban Thường vụ Thành Đoàn Đà Nẵng"]);
  });

  it("names a province's bare 'thành phố' unit for the city the text names, never for the province", () => {
    const at = (text: string) =>
      page(`Kỷ niệm\n\nSáng 6/12/2023, Hội Cựu chiến binh thành phố tổ chức lễ kỷ niệm.\n\n${text}`);
    expect(at("Hội viên thành phố Sông Công tỉnh Thái Nguyên dự đông đủ.").organizers).toEqual([
      "Hội Cựu chiến binh thành phố Sông Công",
    ]);
    expect(at("Hội viên tỉnh Thái Nguyên dự đông đủ.").organizers).toEqual([]);
    // The province's capital, of the province's name, is a city too.
    expect(at("Hội viên thành phố Bắc Kạn dự đông đủ.").organizers).toEqual(["Hội Cựu chiến binh thành phố Bắc Kạn"]);
  });

  it("reads a headline in capitals as names are written", () => {
    const a = page(
      "HỘI CỰU CHIẾN BINH XÃ TÂN HIỆP TỔ CHỨC GẶP MẶT KỶ NIỆM NGÀY THÀNH LẬP HỘI\n\nSáng 6/12/2023, buổi gặp mặt diễn ra tại hội trường với sự tham dự của đông đảo hội viên.",
    );
    expect(a.organizers).toEqual(["Hội Cựu chiến binh xã Tân Hiệp"]);
    // The headline itself is kept as written.
    expect(a.title).toBe("HỘI CỰU CHIẾN BINH XÃ TÂN HIỆP TỔ CHỨC GẶP MẶT KỶ NIỆM NGÀY THÀNH LẬP HỘI");
  });

  it("reports no event, organizer or year for a list of events, each its own unit's and day's", () => {
    const a = page(
      "Hoạt động công đoàn\n\nNgày 12/3/2022, Liên đoàn Lao động huyện Vạn Ninh tổ chức giải bóng chuyền cho đoàn viên.\n\nĐể chào mừng ngày thành lập Đoàn, sáng 20-3, Liên đoàn Lao động thị xã Ninh Hòa tổ chức ngày hội thanh niên công nhân.\n\nChiều 25/3, Liên đoàn Lao động thành phố Cam Ranh tổ chức tập huấn cho cán bộ công đoàn cơ sở.",
    );
    expect([a.organizers, a.year, a.evidence.organizers?.how]).toEqual([
      [],
      null,
      "a list of events, each its own unit's and day's",
    ]);
    // Two teasers of two units' events on two days make a list too.
    const two = page(
      "Tin địa phương\n\nSáng 10/1, Ban Thường vụ Tỉnh ủy Hà Tĩnh tổ chức hội nghị tổng kết công tác năm 2024.\n\nSáng 4/1, Hội Nông dân tỉnh Hà Tĩnh tổ chức gặp mặt hội viên tiêu biểu.",
    );
    expect([two.organizers, two.year]).toEqual([[], null]);
    // A paragraph going on from the story ("Trước đó, …"), or a bulleted item, is no list's.
    for (const opener of ["Trước đó, ngày 4/1", "● Ngày 4/1"]) {
      const story = page(
        `Tổng kết\n\nSáng 10/1/2025, Ban Thường vụ Tỉnh ủy Hà Tĩnh tổ chức hội nghị tổng kết công tác năm 2024.\n\n${opener}, Hội Nông dân tỉnh Hà Tĩnh tổ chức gặp mặt hội viên tiêu biểu.`,
      );
      expect(story.organizers[0]).toBe("Ban Thường vụ Tỉnh ủy Hà Tĩnh");
    }
    // One unit's events on several days are one story's.
    const b = page(
      "Tuần lễ hiến máu\n\nNgày 12/3/2022, Liên đoàn Lao động huyện Vạn Ninh tổ chức ngày hội hiến máu.\n\nSáng 13/3, Liên đoàn Lao động huyện Vạn Ninh tổ chức tập huấn.\n\nChiều 14/3, Liên đoàn Lao động huyện Vạn Ninh tổ chức tổng kết.",
    );
    expect(b.organizers[0]).toBe("Liên đoàn Lao động huyện Vạn Ninh");
  });

  it("stops the story at other stories' teasers after the byline", () => {
    const a = extract(
      `Khai mạc hội thao\n\nHội thao kéo dài từ ngày 8/5 đến 8/6/2022 với 31 lượt thi giữa 18 đội của các khu công nghiệp trong tỉnh.\n\n${BODY}\n\nHồng Nhung\n\nChiều 12/3, Thường trực HĐND tỉnh Thái Bình tổ chức phiên họp thường kỳ tháng 3/2025 bàn về…\n\nNgày 11/3/2025, UBND tỉnh vừa ra Kế hoạch 72/KH-UBND triển khai…`,
    );
    expect(a.organizers).toEqual([]);
    expect(a.year).not.toBe(2025);
    expect(a.author).toBe("Hồng Nhung");
  });

  it("never takes a commune for the district of its name ('xã Ba Đình' is not Hà Nội's quận)", () => {
    const a = extractArticle(
      `Quán triệt nghị quyết\n\nSáng 2/10/2025, Đảng ủy xã Ba Đình tổ chức hội nghị quán triệt Nghị quyết Đại hội Đảng bộ xã.\n\n${BODY}`,
      { id: "x", file: "x.txt", url: "https://baothanhhoa.vn/xa-ba-dinh" },
      aliases,
    );
    expect([a.organizers, a.province]).toEqual([["Đảng ủy xã Ba Đình"], "Thanh Hóa"]);
  });

  it("reports no event for a programme still ahead, whatever the headline says", () => {
    const a = page(
      "Thành đoàn: Chuỗi hoạt động dịp Tháng Thanh niên\n\nCập nhật: 03-03-2018 | 14:20:05\n\nTrong tháng 3 - Tháng Thanh niên, Thành đoàn Đà Nẵng sẽ tổ chức loạt hoạt động thiết thực như dọn rác bờ biển, đối thoại giữa đoàn viên với lãnh đạo thành phố.",
    );
    expect([a.organizers, a.year, a.evidence.organizers?.how]).toEqual([
      [],
      null,
      "the events it tells of are still ahead",
    ]);
  });

  it("reports no event when the unit's first organizing verb after it is still ahead ('… phối hợp với Y, Z sẽ tổ chức')", () => {
    const a = page(
      `Phú Thọ sẽ tổ chức Liên hoan\n\nHướng tới kỷ niệm 95 năm Ngày thành lập Hội Nông dân Việt Nam (14/10/1930 - 14/10/2025), kỷ niệm 10 năm tổ chức Hội thi nhà nông đua tài, Ban Thường vụ Hội ND tỉnh Phú Thọ phối hợp với Sở Văn hóa, các huyện, thành phố trong tỉnh sẽ tổ chức Liên hoan "Nông dân vui khỏe".\n\n${BODY}`,
    );
    expect([a.organizers, a.year, a.evidence.organizers?.how]).toEqual([
      [],
      null,
      "an event still ahead (its unit 'sẽ tổ chức' it, or says it is preparing it)",
    ]);
  });

  it("reads a verb's words inside a unit's head as the name's ('Liên hiệp các tổ chức hữu nghị')", () => {
    const a = page(
      `Trao nhà tình nghĩa\n\nVừa qua, Liên hiệp các tổ chức hữu nghị tỉnh Sóc Trăng phối hợp với chính quyền xã Phú Tâm tổ chức trao nhà cho hộ nghèo.\n\n${BODY}`,
    );
    expect(a.organizers).toEqual(["Liên hiệp các tổ chức hữu nghị tỉnh Sóc Trăng"]);
  });

  it("takes who went to the places named for who handed over ('X đã đến huyện A và huyện B trao …')", () => {
    const a = page(
      `Trao mái ấm\n\nSáng 9/3/2023, Hội Cựu chiến binh tỉnh Trà Vinh đã đến huyện Cầu Kè và huyện Tiểu Cần trao 4 căn nhà cho hội viên khó khăn.\n\n${BODY}`,
    );
    expect(a.organizers).toEqual(["Hội Cựu chiến binh tỉnh Trà Vinh"]);
  });

  it("reads a room of a venue before the organizer as the venue's ('tại phòng họp số 2, UBND xã, X tổ chức')", () => {
    const a = page(
      `Hội nghị\n\nChiều 3/11/2022, tại phòng họp số 2, UBND xã, Ban Thường trực Ủy ban MTTQ Việt Nam xã Tân Lập tổ chức hội nghị kỷ niệm Ngày truyền thống Mặt trận.\n\n${BODY}`,
    );
    expect(a.organizers[0]).toBe("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Lập");
  });

  it("keeps a merged province's own news on its successor's paper ('tỉnh' beside that province's districts)", () => {
    const a = extractArticle(
      `Trao nhà nhân đạo tại huyện Hồng Dân\n\nSáng 6/4/2021, Hội Chữ thập đỏ tỉnh đã đến huyện Hồng Dân và huyện Vĩnh Lợi trao 2 căn nhà nhân đạo.\n\nCông ty Xổ số kiến thiết Bạc Liêu tài trợ kinh phí.\n\n${BODY}`,
      { id: "x", file: "x.txt", url: "https://baocamau.vn/trao-nha" },
      aliases,
    );
    expect([a.organizers, a.province]).toEqual([["Hội Chữ thập đỏ tỉnh Bạc Liêu"], "Bạc Liêu"]);
  });

  it("drops a repeated 'VN' after a spelled-out unit ('Hội LHTN VN tỉnh')", () => {
    const a = page(
      `Tình nguyện hè\n\nSáng 2/7/2022, Hội LHTN VN tỉnh Gia Lai tổ chức ra quân chiến dịch tình nguyện hè.\n\n${BODY}`,
    );
    expect(a.organizers).toEqual(["Hội Liên hiệp Thanh niên Việt Nam tỉnh Gia Lai"]);
  });

  it("keeps a neighbourhood's board with the ward named after it ('Ban điều hành KP X, phường Y')", () => {
    const a = page(
      `Ngày hội đại đoàn kết\n\nNgày 12/11/2021, Ban điều hành KP Phú Lợi 2, phường Tân Định tổ chức ngày hội đại đoàn kết toàn dân tộc.\n\n${BODY}`,
    );
    expect(a.organizers).toEqual(["Ban Điều hành khu phố Phú Lợi 2 phường Tân Định"]);
  });

  it("shares a joint organizer's hamlet with its unplaced partner ('Chi hội X và Chi hội Y thôn Z, xã W')", () => {
    const a = page(
      `Giao lưu văn nghệ\n\nSáng ngày 20/12/2022, Chi hội Nông dân và Chi hội Phụ nữ thôn Đông Thịnh, xã Hòa Lạc tổ chức giao lưu văn nghệ.\n\n${BODY}`,
    );
    expect(a.organizers).toEqual([
      "Chi hội Nông dân thôn Đông Thịnh xã Hòa Lạc",
      "Chi hội Phụ nữ thôn Đông Thịnh xã Hòa Lạc",
    ]);
  });

  it("spells out a department's abbreviation written with a hyphen ('Công đoàn ngành GD-ĐT', 'Sở NN-PTNT')", () => {
    const a = page(
      `Hội thi giáo viên\n\nSáng 4/11/2023, Công đoàn ngành GD-ĐT tỉnh Phú Yên phối hợp với Sở NN-PTNT tỉnh Phú Yên tổ chức hội thi.\n\n${BODY}`,
    );
    expect(a.organizers).toEqual([
      "Công đoàn ngành Giáo dục và Đào tạo tỉnh Phú Yên",
      "Sở Nông nghiệp và Phát triển nông thôn tỉnh Phú Yên",
    ]);
  });

  it("spells out a ministry's short forms ('Bộ KHĐT', 'Sở KH-ĐT', 'Bộ LĐ-TB-XH')", () => {
    const a = page(
      `Trao giấy chứng nhận\n\nChiều 2/7/2017, Bộ KHĐT cùng Sở KH-ĐT tỉnh Nam Định tổ chức trao Giấy chứng nhận đăng ký đầu tư.\n\n${BODY}`,
    );
    expect(a.organizers).toEqual(["Bộ Kế hoạch và Đầu tư", "Sở Kế hoạch và Đầu tư tỉnh Nam Định"]);
    const b = page(`Tổng kết\n\nSáng 5/1/2017, Bộ LĐ-TB-XH tổ chức hội nghị tổng kết công tác năm 2016.\n\n${BODY}`);
    expect(b.organizers).toEqual(["Bộ Lao động - Thương binh và Xã hội"]);
  });

  it("keeps a hamlet's word capitalized after its board's head ('Ban công tác mặt trận Khu phố 3 Phường X')", () => {
    const a = page(
      `Hội nghị khu phố\n\nNgày 8/12/2023 Ban công tác mặt trận Khu phố 5 Phường Tân Phong, thành phố Biên Hòa tổ chức Hội nghị nhiệm kỳ 2024 - 2026.\n\n${BODY}`,
    );
    expect(a.organizers).toEqual(["Ban Công tác Mặt trận Khu phố 5 phường Tân Phong"]);
  });

  it("names no organizer for an event the page announces before its day (a 'cms-publish-date' stamp)", () => {
    const a = page(
      `Đối thoại với hộ dân\n\ncms-publish-date 10/05/2019 | 08:15 | cms-view-count: 120\n\nỦy ban nhân dân tỉnh Bình Phước tổ chức đối thoại với các hộ dân khiếu nại về bồi thường.\n\nVào lúc 8 giờ 00, ngày 15/5/2019 (thứ tư), tại trụ sở UBND huyện, lãnh đạo UBND tỉnh chủ trì đối thoại.\n\n${BODY}`,
    );
    expect([a.organizers, a.year]).toEqual([[], null]);
  });

  it("takes a youth union's level from its head and its place from the site", () => {
    const a = extractArticle(
      `Thăm cựu thanh niên xung phong\n\nNgày 12/1/2023, Tỉnh đoàn phối hợp với Hội Cựu TNXP tỉnh thăm, trao quà cho cựu TNXP có hoàn cảnh khó khăn.\n\n${BODY}`,
      { id: "x", file: "x.txt", url: "https://baophuyen.vn/tham" },
      aliases,
    );
    expect(a.organizers[0]).toBe("Tỉnh Đoàn Phú Yên");
  });

  it("takes the lead from a line opening on a recent event, not the sapo before it", () => {
    const a = page(
      "Liên hoan nông dân\n\nLiên hoan Nông dân sản xuất giỏi lần thứ III vừa là dịp gặp gỡ, vừa ghi nhận công sức bà con bỏ ra để làm giàu trên đồng ruộng.\n\nVừa qua, tại TP. Buôn Ma Thuột, Trung ương Hội Nông dân Việt Nam đã tổ chức buổi gặp gỡ phóng viên về liên hoan.",
    );
    expect(a.organizers).toEqual(["Trung ương Hội Nông dân Việt Nam"]);
  });

  it("reports no one event for a tally to date", () => {
    const a = page(
      "Tết nhân ái\n\nTính đến ngày 10/2, thông qua phong trào Tết Nhân ái Xuân Giáp Thìn 2024, các cấp hội thuộc Hội Chữ thập đỏ tỉnh Nghệ An đã vận động, tổ chức trao tặng 50.000 suất quà.",
    );
    expect([a.organizers, a.year]).toEqual([[], null]);
  });

  it("keeps joint organizers named after a venue when 'và' joins them", () => {
    const a = page(
      "Hội thảo\n\nChiều 21/9/2022, tại Đà Nẵng, Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam và Ủy ban MTTQ thành phố Đà Nẵng tổ chức hội thảo về giám sát, phản biện xã hội.",
    );
    expect(a.organizers).toEqual([
      "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
      "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Đà Nẵng",
    ]);
    // A central body with a provincial partner: the partner's province; alone, none.
    expect(a.province).toBe("Đà Nẵng");
    const alone = page(
      "Sơ kết dân vận\n\nSáng 13/7/2023, tại Nghệ An, Ban Dân vận Trung ương tổ chức hội nghị sơ kết công tác dân vận.",
    );
    expect(alone.organizers).toEqual(["Ban Dân vận Trung ương"]);
    expect(alone.province).toBeNull();
  });

  it("places a provincial unit named bare (Đảng ủy Khối) in the article's province", () => {
    const a = extractArticle(
      `Bồi dưỡng đảng viên mới\n\nNgày 5/6/2023, Đảng ủy Khối Doanh nghiệp vừa tổ chức lớp bồi dưỡng lý luận chính trị.\n\n${BODY}`,
      { id: "x", file: "x.txt", url: "https://baoninhthuan.com.vn/boi-duong" },
      aliases,
    );
    expect(a.organizers).toEqual(["Đảng ủy Khối Doanh nghiệp tỉnh Ninh Thuận"]);
  });

  it.each([
    // A person chairs: no organizer.
    "Hội nghị giao ban\n\nSáng 8/7/2024, đồng chí Nguyễn Văn A, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị giao ban.",
    // A summary of doings, not one event.
    "Công tác dân tộc\n\nTriển khai đề án, thời gian qua, Ban Dân tộc tỉnh Sơn La đã tổ chức nhiều lớp tập huấn cho người có uy tín.",
    // A person's doings joined to an event verb: still no unit.
    "Kiểm tra\n\nNgày 12/10/2023, đồng chí Nguyễn Văn A kiểm tra công tác chuẩn bị và tổ chức hội nghị tại xã Đôn Phong.",
    // "toàn tỉnh" (province-wide) is a scope, no part of a name.
    "Hội Cựu chiến binh toàn tỉnh tổng kết phong trào thi đua giai đoạn 2014 – 2019\n\nSáng 12/6/2019, hội nghị tổng kết phong trào thi đua của cựu chiến binh tỉnh Quảng Nam diễn ra tại hội trường.",
    // The parties to an agreement are not its hosts.
    "Hội Nông dân tỉnh Yên Bái và Hội Nông dân tỉnh Phú Thọ ký kết chương trình phối hợp\n\nNgày 5/7/2023, tại trụ sở Hội Nông dân tỉnh Yên Bái diễn ra hội nghị ký kết chương trình phối hợp công tác.",
    // A period ("thời gian vừa qua") is no recent event.
    "Công tác hội\n\nThời gian vừa qua, Hội Nông dân tỉnh Lào Cai đã tổ chức nhiều lớp tập huấn kỹ thuật cho hội viên.",
    // A sentence fragment before the verb.
    "Phong trào thi đua\n\nPhong trào thi đua Dân vận khéo đã được các cấp tổ chức rộng khắp trong năm 2023.",
    // A place that goes on a venue or an address is no subject.
    "Ra quân làm đường\n\nSáng ngày 3/2/2018, tại thôn Kon Hring, xã Đăk Mar, huyện Đăk Hà, tỉnh Kon Tum đã tổ chức lễ ra quân.",
    "Ngày hội\n\nNgày 30/10/2018, khóm 4, phường 7, thành phố Bạc Liêu tổ chức Ngày hội Đại đoàn kết toàn dân tộc.",
    // "phường Báo cáo …" (a lost period) names no ward "Báo" to place a bare committee in.
    "Họp mặt\n\nSáng ngày 20/10/2023, Đảng ủy phường tổ chức họp mặt kỷ niệm truyền thống các ngành xây dựng Đảng. Tham dự có lãnh đạo UBND phường Báo cáo tại buổi họp mặt nêu rõ kết quả.",
    // An instruction to units is no event they held.
    "Giao nhiệm vụ\n\nTại buổi làm việc ngày 14/9/2021, đồng chí Lê Thị C yêu cầu các Ban xây dựng Đảng, Văn phòng Thị ủy chủ động chuẩn bị tổ chức tốt hội nghị.",
    // What a document is about ("ban hành Công văn … về việc tổ chức …") is no event held.
    "Bắn pháo hoa\n\nNgày 20/12/2024, Ủy ban nhân dân tỉnh Long An ban hành Công văn số 1234/UBND-VX về việc tổ chức bắn pháo hoa đêm giao thừa và tổ chức họp mặt đầu xuân.",
    // A period's doings ("Những năm qua, …") are no one event.
    "Bình đẳng giới\n\nNhững năm qua, Hội Nông dân tỉnh Thái Bình đã phối hợp với các ngành tổ chức các lớp tập huấn về bình đẳng giới cho hội viên.",
    // Carrying a programme out ("tổ chức thực hiện") holds no event.
    "Nhà đại đoàn kết\n\nChào mừng ngày thành lập tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hậu Giang tổ chức thực hiện công trình xây 50 căn nhà cho hộ nghèo.",
    // A head that needs a name ("Hội"), followed straight by its level, names no one unit.
    "Hội tỉnh Quảng Trị ký giao ước thi đua\n\nSáng 20/2/2024, Hội tỉnh Quảng Trị tổ chức ký kết giao ước thi đua giữa các hội trong khối.",
    // A school named by its kind alone is no one unit.
    "Đại hội\n\nSáng 21/1/2020, Chi bộ Trường Đại học tổ chức Đại hội chi bộ lần thứ II.",
    // A person did the sentence's doing; a unit whose work a later verb tells of held nothing.
    "Thăm Sở Nội vụ\n\nSáng 27/5/2021, đồng chí Nguyễn Văn A, Chủ tịch Ủy ban nhân dân tỉnh, đã đến thăm, chúc mừng Sở Nội vụ tỉnh Lạng Sơn đã hoàn thành các nhiệm vụ được giao trong tham mưu cho UBND tỉnh, Ủy ban bầu cử tỉnh triển khai công tác bầu cử.",
    // A news bulletin lists several units' stories.
    "Mặt trận\n\nBản tin Mặt trận sáng 12/5 gồm một số nội dung chính như sau: Nghệ An: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An tổ chức hội nghị; Hà Tĩnh: trao nhà Đại đoàn kết.",
  ])("no organizer: %s", (text) => {
    expect(page(text).organizers).toEqual([]);
  });

  it("names a province as it was: Thừa Thiên Huế before 2025, the merged province after July 2025", () => {
    const before = page("Giao ban dân vận\n\nChiều 12/4/2019, Ban Dân vận Tỉnh ủy Huế tổ chức hội nghị giao ban.");
    expect(before.organizers).toEqual(["Ban Dân vận Tỉnh ủy Thừa Thiên Huế"]);
    expect(before.province).toBe("Thừa Thiên Huế");
    const after = page(
      "Đại hội Đảng bộ\n\nSáng 11/8/2025, Hội Nông dân huyện Châu Thành, tỉnh Kiên Giang tổ chức hội nghị.",
    );
    expect(after.province).toBe("An Giang");
  });

  it("takes no province from a venue in the capital alone, where national bodies meet", () => {
    const venue = page(
      "Tôn vinh nông dân xuất sắc\n\nTối 2/12/2021, tại thủ đô Hà Nội, lễ tôn vinh nông dân xuất sắc toàn quốc đã diễn ra trang trọng.",
    );
    expect(venue.province).toBeNull();
    const named = page(
      "Ngày hội đại đoàn kết\n\nSáng 14/11/2021, tại phường Kim Liên, quận Đống Đa, thành phố Hà Nội, ngày hội đại đoàn kết đã diễn ra.",
    );
    expect(named.province).toBe("Hà Nội");
  });

  it("reads a lead dated long before these sites existed as history: no organizer, no year", () => {
    const a = page(
      "Lịch sử các Đảng bộ Khối\n\nSau khi sắp xếp lại, ngày 25/02/1983, Ban Thường vụ Tỉnh ủy Nghĩa Bình tiến hành thành lập các Đảng bộ Khối.",
    );
    expect(a.organizers).toEqual([]);
    expect(a.year).toBeNull();
    expect(a.warnings.some((w) => w.includes("history recounted"))).toBe(true);
  });

  it("keeps a regional body's name whole ('Tây Nam Bộ' is no ministry) and gives it no province", () => {
    const a = page(
      "Hội nghị công đoàn\n\nChiều 9/9/2021, tại Vĩnh Long, Công đoàn cơ quan thường trực Ban Chỉ đạo Tây Nam Bộ đã tổ chức hội nghị đoàn viên.",
    );
    expect(a.organizers).toEqual(["Công đoàn cơ quan thường trực Ban Chỉ đạo Tây Nam Bộ"]);
    expect(a.province).toBeNull();
  });

  it("reads an aggregator's source line with the original's address", () => {
    const a = extract(
      `Kiểm tra cơ sở\n\nNguồn Phú Yên: http://baophuyen.vn/141/269750/tham-xa.html\n\nSáng 12/3/2024, đồng chí Nguyễn Văn A đến kiểm tra hoạt động của hai xã.\n\n${BODY}`,
    );
    expect(a.source).toBe("http://baophuyen.vn/141/269750/tham-xa.html");
    expect(a.province).toBe("Phú Yên");
    expect(extract(`Tập huấn\n\nNguồn ảnh: Báo Phú Yên\n\n${BODY}`).source).toBeNull();
  });

  it("places a bare district unit from a site whose name closes with its district's, not its province's", () => {
    const at = (url: string) =>
      extractArticle(
        `Ra quân tình nguyện hè\n\nSáng 5/6/2020, Huyện Đoàn tổ chức lễ ra quân chiến dịch thanh niên tình nguyện hè.\n\n${BODY}`,
        { id: "x", file: "x.txt", url },
        aliases,
      );
    const district = at("http://tuoitregiongrieng.com/15");
    expect(district.organizers).toEqual(["Huyện Đoàn Giồng Riềng"]);
    expect(district.province).toBe("Kiên Giang");
    expect(at("http://tinhuyhaiduong.vn/news/1").organizers).toEqual([]);
  });

  it("places a bare commune unit from its commune's own site", () => {
    const at = (url: string) =>
      extractArticle(
        `Họp mặt\n\nSáng 20/10/2023, Hội Cựu chiến binh phường tổ chức họp mặt kỷ niệm ngày thành lập Hội.\n\n${BODY}`,
        { id: "x", file: "x.txt", url },
        aliases,
      );
    const ward = at("https://phuocbinh.tpthuduc.hochiminhcity.gov.vn/tin-tuc/1");
    expect([ward.organizers, ward.province]).toEqual([["Hội Cựu chiến binh phường Phước Bình"], "TP Hồ Chí Minh"]);
    // A commune's name on no commune's site places nothing.
    expect(at("https://phuocbinh-news.example.vn/1").organizers).toEqual([]);
  });

  it("places a bare 'Thị trấn' unit on a district's site in its seat town of the same name", () => {
    const a = extractArticle(
      `Trao quà\n\nSáng 5/2/2024, Ủy ban nhân dân Thị trấn tổ chức trao quà Tết cho hộ nghèo.\n\n${BODY}`,
      { id: "x", file: "x.txt", url: "https://godau.tayninh.gov.vn/tin/1" },
      aliases,
    );
    expect(a.organizers).toEqual(["Ủy ban nhân dân thị trấn Gò Dầu"]);
  });

  it("places a bare unit from a portal's sub-site named for its province", () => {
    const a = extractArticle(
      `Tọa đàm\n\nChiều 15-10-2020, Ban Dân vận Tỉnh ủy tổ chức tọa đàm kỷ niệm Ngày truyền thống công tác dân vận.\n\n${BODY}`,
      {
        id: "x",
        file: "x.txt",
        url: "https://dangcongsan.org.vn/tinhuyhagiang/Lists/XayDungDang/View_Detail.aspx?ItemID=1",
      },
      aliases,
    );
    expect(a.organizers).toEqual(["Ban Dân vận Tỉnh ủy Hà Giang"]);
  });

  it("or one named for its province alone ('vietnam.vn/ninhthuan/…')", () => {
    const a = extractArticle(
      `Hội nghị\n\nNgày 9/8, Tỉnh ủy tổ chức Hội nghị học tập, quán triệt các nghị quyết của Trung ương.\n\n${BODY}`,
      { id: "x", file: "x.txt", url: "https://vietnam.vn/ninhthuan/hoi-nghi-hoc-tap-nghi-quyet" },
      aliases,
    );
    expect(a.organizers).toEqual(["Tỉnh ủy Ninh Thuận"]);
  });

  it("places a bare unit from the site the page came from, and says the place was inferred", () => {
    const a = extractArticle(
      `Tọa đàm\n\nChiều 15-10-2020, Ban Dân vận Tỉnh ủy tổ chức tọa đàm kỷ niệm Ngày truyền thống công tác dân vận.\n\n${BODY}`,
      { id: "x", file: "x.txt", url: "https://baogialai.com.vn/toa-dam" },
      aliases,
    );
    expect(a.organizers).toEqual(["Ban Dân vận Tỉnh ủy Gia Lai"]);
    expect(a.evidence.organizers?.inferred).toBe(true);
    expect(a.warnings.some((w) => w.includes("place from the site"))).toBe(true);
  });
});

describe("years on real pages", () => {
  const page = (text: string) => extract(`${text}\n\n${BODY}\n\nThu Hà`);
  it.each([
    // A stamp line with bullets, weekday and time, the same day as the event.
    [
      "Bàn giao nhà\n\n• Thứ Bảy, 24/06/2023 | 18:04\n\nChiều 24/6, Ủy ban MTTQ tỉnh Sóc Trăng tổ chức bàn giao 30 căn nhà Đại đoàn kết.",
      2023,
    ],
    // An anniversary span in the event sentence.
    [
      "Hội thảo\n\nSáng 14-10, Ban Dân vận Tỉnh ủy Bình Định tổ chức hội thảo nhân 85 năm ngày truyền thống ngành Dân vận tỉnh nhà (15/10/1930-15/10/2015).",
      2015,
    ],
    // Early in a year, the year a review is of is no evidence; an anniversary span is.
    [
      "Kỷ niệm\n\nTối qua 3/2, Tỉnh ủy Quảng Trị tổ chức Lễ kỷ niệm 94 năm Ngày thành lập Đảng (3/2/1930 - 3/2/2024); tổng kết và trao Giải Báo chí tỉnh lần thứ V - năm 2023.",
      2024,
    ],
    // A year-review meeting writes both years; the day's month says which is the meeting's.
    [
      "Tổng kết\n\nSáng 20/1, Hội Nông dân huyện Tân Kỳ tổ chức hội nghị tổng kết công tác Hội năm 2022 và triển khai nhiệm vụ năm 2023.",
      2023,
    ],
    [
      "Tổng kết\n\nChiều 18/12, Hội Nông dân huyện Tân Kỳ tổ chức hội nghị tổng kết công tác Hội năm 2022; triển khai nhiệm vụ năm 2023.",
      2022,
    ],
    // A lead that reports something held ("đã tổ chức"), its holder no organizer: an event all the same.
    [
      "Nhân dịp 75 năm ngày Thương binh – Liệt sỹ (27/7/1947-27/7/2022), chi đoàn Đồn Biên phòng huyện Quảng Hòa đã tổ chức thắp nến tri ân và quét dọn nghĩa trang của xã.",
      2022,
    ],
    // An event under way ("đang phối hợp với Y tổ chức"): the page's stamp is its time.
    [
      "Giải cầu lông công đoàn\n\n14/08/2024, 09:12\n\nLiên đoàn Lao động thị xã Ninh Hòa đang phối hợp với Nhà Văn hóa thị xã tổ chức giải cầu lông mở rộng cho đoàn viên các công đoàn cơ sở.",
      2024,
    ],
    // "năm 2021 và 9 tháng đầu năm 2022": the period's first year is not the time of the meeting.
    [
      "Kiểm tra tiếp cận pháp luật\n\nNgày 27/10, Sở Tư pháp kiểm tra việc xây dựng xã đạt chuẩn tiếp cận pháp luật tại xã Đức Long.\n\nĐoàn đã thảo luận về kết quả thực hiện nhiệm vụ năm 2021 và 9 tháng đầu năm 2022.",
      2022,
    ],
    // A headline reporting an opening ("Khai mạc …") tells of an event, though the lead names no holder.
    [
      "Khai mạc Giải việt dã truyền thống năm 2021\n\nGiải chạy hướng tới 46 năm ngày miền Nam hoàn toàn giải phóng (30/4/1975 - 30/4/2021), thu hút khoảng 300 vận động viên.",
      2021,
    ],
    // A headline naming a festival with its year reports it held, though the lead names no day or holder.
    [
      "Rộn ràng Ngày hội Đại đoàn kết toàn dân tộc năm 2019 ở thôn Nà Lẹng\n\nHướng tới ngày truyền thống của Mặt trận, bà con trong thôn cùng nhau dọn vệ sinh đường làng và tham gia các trò chơi dân gian.",
      2019,
    ],
    // An anniversary months after the meeting's day: the meeting is the year before its period's end.
    [
      "Gặp mặt\n\nChiều 20/12, Hội Cựu chiến binh tỉnh Nam Định tổ chức gặp mặt kỷ niệm 80 năm Ngày Tổng tuyển cử đầu tiên (6/1/1946 – 6/1/2026).",
      2025,
    ],
    // A scraper's Markdown emphasis around the day.
    [
      "Ra quân\n\nSáng ngày **20/7/2025**, Đoàn Thanh niên xã Tân An ra quân dọn vệ sinh các tuyến đường __ấp Bình Chánh__.",
      2025,
    ],
    // The same in the passive ("đã được X trao tặng"), dated by the page's stamp.
    [
      "Cộng đồng\n\nThứ Sáu, 18/11/2022 08:30\n\nNhiều áo ấm và sách vở đã được Thành đoàn cùng các nhà hảo tâm trao tặng học sinh vùng cao huyện Si Ma Cai.",
      2022,
    ],
    // A month and its year.
    [
      "Báo cáo viên\n\nChiều 22/4, Ban Tuyên giáo và Dân vận Tỉnh ủy Tây Ninh tổ chức hội nghị báo cáo viên tháng 4/2025.",
      2025,
    ],
    // The occasion's year in the event sentence ("Giáng sinh" is no birth year).
    [
      "Thăm Tòa Giám mục\n\nSáng 19/12, Ủy ban MTTQ tỉnh Kon Tum đã đến thăm, chúc mừng Tòa Giám mục Kon Tum nhân dịp Lễ Giáng sinh năm 2024.",
      2024,
    ],
    // An anniversary span written with dots.
    [
      "Kỷ niệm\n\nChiều 6.3, Hội LHPN xã Cát Hanh tổ chức kỷ niệm 113 năm Ngày Quốc tế Phụ nữ (8.3.1910 - 8.3.2023).",
      2023,
    ],
    // "năm mới 2026" greets the coming year; the occasion's year is the event's.
    [
      "Thăm chúc mừng\n\nSáng 19/12, Đoàn đại biểu tỉnh Hà Nam đã đến thăm, chúc mừng Tòa Giám mục nhân dịp lễ Giáng sinh 2024, chào đón năm mới 2025.",
      2024,
    ],
    // In its first weeks, the new year greeted is the event's own.
    [
      "Thăm chúc Tết\n\nSáng 8/1, nhân dịp năm mới 2024, Ủy ban MTTQ tỉnh Kon Tum đã đến thăm, chúc Tết các gia đình chính sách.",
      2024,
    ],
    // An anniversary span after "chào mừng N năm", its dash lost in scraping.
    [
      "Gặp mặt\n\nChiều 7/11, thôn Đông Xá tổ chức buổi gặp mặt chào mừng 93 năm Ngày thành lập Mặt trận (18/11/1930 * 18/11/2023).",
      2023,
    ],
    // The next year's plan after the event's verb does not make the event a future one.
    [
      "Hội nghị\n\nSáng ngày 20/12/2022, Ban Thường trực Ủy ban MTTQ Việt Nam huyện Tây Giang tổ chức hội nghị đánh giá công tác Mặt trận năm 2022, dự kiến chương trình phối hợp năm 2023.",
      2022,
    ],
  ])("%#: %s", (text, year) => {
    expect(page(text).year).toBe(year);
  });

  it("takes the lead that ends its sentence over a headline naming a day, and an occasion's lead over a long headline", () => {
    const a = page(
      "Hà Tĩnh: Đại hội Hội Nông dân tỉnh lần thứ XI diễn ra ngày 12-13/10\n\nThứ Hai, 25/09/2023 09:15\n\nNgày 24/9, Hội Nông dân tỉnh Hà Tĩnh đã tổ chức buổi họp báo thông tin về Đại hội đại biểu lần thứ XI.",
    );
    expect([a.date, a.year]).toEqual(["2023-09-24", 2023]);
    const b = page(
      "Đoàn Thanh niên xã Phú Lâm tổ chức đêm văn nghệ với chủ đề “Sáng mãi niềm tin, tiếp bước cha anh trên quê hương”\n\nThu Hà\n\n15:40 03/09/2025\n\nHướng tới dịp cả nước mừng 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9, tối ngày 2/9, Đoàn Thanh niên xã Phú Lâm tổ chức đêm văn nghệ.",
    );
    expect([b.date, b.year]).toEqual(["2025-09-02", 2025]);
  });

  it("never takes for the lead a paragraph that goes on from another ('*Trước đó, sáng 1.3, …')", () => {
    const a = page(
      "Phụ nữ Bồng Sơn sôi nổi dịp 8/3\n\nChào mừng 114 năm Ngày Quốc tế Phụ nữ (8.3.1910 - 8.3.2024), chiều 5.3, Hội LHPN phường Bồng Sơn tổ chức giải kéo co cho hội viên.\n\nGiải có 7 đội tham dự.\n\n*Trước đó, sáng 4.3, Hội LHPN phường Bồng Sơn cũng tổ chức buổi nói chuyện chuyên đề về bình đẳng giới.",
    );
    expect([a.date, a.year]).toEqual(["2024-03-05", 2024]);
  });

  it("finds the day after a long preamble of cited documents, and a pledge signed ('ký giao ước') is an event", () => {
    const a = page(
      "Ký giao ước thi đua\n\nCăn cứ Hướng dẫn số 07/HD-CĐN ngày 14/12/2021 của Ban Thường vụ Công đoàn ngành Giáo dục về việc chia cụm, khối thi đua giữa các công đoàn cơ sở trực thuộc; Kế hoạch số 118/KH-CĐN ngày 28/12/2021 của Ban Thường vụ Công đoàn ngành về phát động phong trào thi đua dạy tốt, học tốt hướng tới các sự kiện lớn của ngành năm 2022. Với sự thống nhất của Thường trực Công đoàn ngành, chiều ngày 18/01/2022, Cụm thi đua các trường vùng ven biển tổ chức Hội nghị ký giao ước thi đua năm 2022.",
    );
    expect([a.date, a.year]).toEqual(["2022-01-18", 2022]);
  });

  it("gives no date when the day phrase is the report's ('Ngày 5/3, X cho biết, vừa tổ chức …')", () => {
    const a = page(
      "Phát động thi đua sản xuất\n\nNgày 12/9, Hội Nông dân tỉnh Quảng Bình cho biết, vừa tổ chức lễ phát động thi đua sản xuất giỏi năm 2023 tại huyện Lệ Thủy.",
    );
    expect([a.date, a.year]).toEqual([null, 2023]);
  });

  it("dates 'Chiều nay' by the page's stamp, and 'Tối qua' the day before, marked inferred", () => {
    const today = page(
      "Gặp mặt người có uy tín\n\ndate 2025-08-14 Chiều nay, Ủy ban MTTQ tỉnh Quảng Trị tổ chức buổi gặp mặt các già làng, người có uy tín tiêu biểu.",
    );
    expect([today.date, today.year, today.evidence.date?.inferred]).toEqual(["2025-08-14", 2025, true]);
    const yesterday = page(
      "Chào mừng Ngày Thầy thuốc\n\nCập nhật: 01/03/2024 08:10\n\nTối qua, Tỉnh Đoàn Bình Định tổ chức chương trình nghệ thuật chào mừng Ngày Thầy thuốc Việt Nam.",
    );
    expect(yesterday.date).toBe("2024-02-29");
    // A bare "Hôm nay" (a speech's opening) takes the stamp's year, not its day.
    const speech = page(
      "Phát biểu khai mạc kỳ họp\n\nCập nhật: 05/07/2023 09:30\n\nHôm nay, HĐND huyện khóa XX khai mạc Kỳ họp thứ Tám nhằm thảo luận, thông qua nhiều nghị quyết về kinh tế - xã hội.",
    );
    expect([speech.date, speech.year]).toEqual([null, 2023]);
  });

  it.each([
    // A review period is no anniversary span.
    "Tổng kết\n\nChiều qua 16.5, Hội Cựu giáo chức huyện Đức Thọ tổ chức hội nghị tổng kết 4 năm thực hiện phong trào thi đua dạy giỏi, học giỏi (2015 - 2018).",
    // A review held early in a year that writes only the year reviewed: likely the next year,
    // which the text does not write.
    "Tổng kết\n\nNgày 9/1, Ban Chỉ đạo QCDC tỉnh Ninh Bình tổ chức hội nghị tổng kết việc thực hiện quy chế dân chủ năm 2019.",
    // The year of the work reviewed, its verb further back, says nothing of the meeting's.
    "Giao ban\n\nNhằm nhìn lại những việc đã làm trong công tác tuyên giáo năm 2014 ở Hương Khê Ban Tuyên giáo Tỉnh ủy Hà Tĩnh đã tổ chức hội nghị giao ban.",
    // A term of office never dates an event.
    "Đại hội\n\nChiều 14/5, Hội Cựu chiến binh huyện Can Lộc tổ chức Đại hội đại biểu lần thứ VII, nhiệm kỳ 2022 – 2027.",
    // A year-review meeting with no day: the year reviewed and the year planned are not its
    // own (late in the one or early in the other), wherever the text repeats them.
    "Tổng kết\n\nHội Cựu chiến binh huyện Mường Lát vừa tổ chức tổng kết công tác Hội năm 2018 và triển khai nhiệm vụ năm 2019. Năm qua, các cấp hội đã hoàn thành kế hoạch năm 2018.",
    // A full date after the page's stamp is still ahead (a notice).
    "Thông báo tiếp xúc cử tri\n\nCập nhật: 28/11/2022\n\nThời gian: Từ ngày 06 đến ngày 09 tháng 12 năm 2022, Thường trực HĐND huyện phối hợp tổ chức tiếp xúc cử tri.",
    // One years before it is history, not the page's event.
    "Lịch sử Đảng bộ Khối\n\nĐăng ngày 12-03-2021\n\nSau khi sắp xếp lại tổ chức, ngày 14/05/1979, Ban Thường vụ Tỉnh ủy quyết định thành lập Đảng bộ Khối cơ quan tỉnh gồm 30 tổ chức cơ sở đảng.",
    // The month of an earlier meeting ("từ sau … (tháng 10/2022)") is not this one's.
    "Giao ban\n\nThường trực HĐND huyện Krông Chro vừa tổ chức hội nghị giao ban lần thứ Sáu. Tại đây, các đại biểu nghe tóm tắt kết quả công việc từ sau hội nghị giao ban lần thứ Năm (tháng 9/2022).",
    // Every unit of a kind holding its own ("45/45 khu dân cư … tổ chức"): a round-up, no one event.
    "Ngày hội ở khu dân cư\n\nTừ ngày 02/11 đến ngày 16/11/2023, 45/45 khu dân cư trên địa bàn huyện Cẩm Xuyên tổ chức Ngày hội Đại đoàn kết toàn dân tộc.",
    // A day-opening paragraph that says "cũng" (also) goes on from the story: not its lead.
    "Mô hình “Hũ gạo tình thương” ở tổ dân phố 5\n\n“Hũ gạo tình thương” ở tổ dân phố 5 là cách làm được hội viên nông dân gìn giữ từ năm 2019 tới nay, giúp nhiều hộ khó khăn trong tổ có thêm lương thực.\n\nSáng ngày 21/6/2023 Chi hội cũng đã góp gạo, đóng gói và trao 15 phần quà cho các hộ nghèo.",
    // A target year never does.
    "Đường hoa\n\nĐoàn Thanh niên tỉnh Hòa Bình phấn đấu làm mới ít nhất 120 km đường hoa trong năm 2025.",
    // A contest's year in the headline of its plan is no event's.
    "Kế hoạch tổ chức Hội thi Dân vận khéo năm 2024\n\nCác đơn vị đăng ký đội thi, chuẩn bị tiểu phẩm theo hướng dẫn của ban tổ chức.",
    // A year compared with ("so với năm 2017") is no event's.
    "Tổng kết công tác Đảng\n\nSáng 12/1, Đảng ủy xã Tân An tổ chức hội nghị tổng kết. Toàn Đảng bộ xã có 312 đảng viên, tăng 5 đảng viên so với năm 2017.",
    // A congress's preview ("Thời gian diễn ra đại hội 2 ngày, từ ngày …").
    "Đại hội Hội Cựu chiến binh\n\nĐại hội đại biểu Hội Cựu chiến binh thành phố lần thứ VII có chủ đề đoàn kết, đổi mới. Thời gian diễn ra đại hội 2 ngày, từ ngày 27 đến ngày 28/9/2017.",
    // A notice's "Thời gian:" field tells of something ahead.
    "Thông báo đối thoại\n\nỦy ban nhân dân xã Tân An thông báo tổ chức buổi đối thoại với Nhân dân. Thời gian: bắt đầu lúc 7 giờ 30 phút, ngày 28/3/2024. Địa điểm: hội trường xã.",
    // A headline naming a document's kind: the page issues it, whatever day it tells of.
    "Đề cương tuyên truyền kết quả Đại hội Hội Nông dân huyện Tân Phú\n\nĐại hội đại biểu Hội Nông dân huyện Tân Phú lần thứ X được tổ chức vào ngày 12 tháng 8 năm 2022 tại hội trường huyện.",
    "Điều chỉnh Kế hoạch tiếp xúc cử tri năm 2021\n\nVừa qua, Thường trực HĐND huyện có văn bản điều chỉnh Kế hoạch tiếp xúc cử tri của đại biểu HĐND huyện năm 2021.",
    // A document's place-and-date line is a stamp, not a headline: a day it disagrees with takes no year from it.
    "Hải Phòng, ngày 27 tháng 02 năm 2020\n\nSáng 24/7, Quận ủy Lê Chân tổ chức Hội nghị quán triệt Nghị quyết 45 của Bộ Chính trị cho cán bộ chủ chốt.",
    // A year inside a unit's name, from before these sites reported events.
    "Đại hội\n\nNgày 11/12, Hội Cựu chiến binh Đường 9 – Khe Sanh năm 1968 tỉnh Hưng Yên tổ chức Đại hội đại biểu lần thứ II.",
  ])("no year: %s", (text) => {
    expect(page(text).year).toBeNull();
  });

  it("reads a document's kind in a headline over a dated event held by a unit as news", () => {
    const a = page(
      "Hướng dẫn thực hiện quy chế dân chủ ở cơ sở\n\nNgày 4/3/2024, Ủy ban MTTQ Việt Nam tỉnh Thái Bình tổ chức hội thảo thực hiện quy chế dân chủ ở cơ sở.",
    );
    expect(a.organizers).toEqual(["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Thái Bình"]);
    expect(a.year).toBe(2024);
  });

  it("reads a headline that only begins like a document's kind as news", () => {
    const a = page(
      "Kế hoạch hóa gia đình: Hội LHPN xã Tân An tổ chức truyền thông\n\nSáng 12/3/2023, Hội LHPN xã Tân An tổ chức buổi truyền thông về kế hoạch hóa gia đình.",
    );
    expect(a.year).toBe(2023);
    expect(
      page(
        "Hướng dẫn người dân cài đặt VNeID\n\nSáng 5/4/2024, Đoàn Thanh niên xã Tân An tổ chức hướng dẫn người dân cài đặt VNeID.",
      ).year,
    ).toBe(2024);
  });
});

describe("a district's site from its address", () => {
  it("takes the label nearest the domain: the one before is a commune's, whatever district it spells", () => {
    // "giavien" folds to Gia Viễn (Ninh Bình); under Lê Chân's site it is a ward of Hải Phòng.
    expect(aliases.districtOfHost("giavien.lechan.gov.vn")?.name).toBe("Lê Chân");
    expect(aliases.districtOfHost("giavien.gov.vn")?.name).toBe("Gia Viễn");
  });
  it("does not take the province's own label for its capital city", () => {
    expect(aliases.districtOfHost("yenkhanh.ninhbinh.gov.vn")?.name).toBe("Yên Khánh");
    // A province office's sub-site is no district's.
    expect(aliases.districtOfHost("vpub.hungyen.gov.vn")).toBeNull();
  });
  it("reads a commune's site from its first label, never a district's or a province's", () => {
    expect(aliases.wardOfHost("chilangnam1.thanhmien.haiduong.gov.vn")?.name).toBe("Chi Lăng Nam");
    expect(aliases.wardOfHost("binhhunghoaa.gov.vn")?.district).toBe("Bình Tân");
    // The district's own site, named as its seat town is; a province's department.
    expect(aliases.wardOfHost("yenminh.tuyenquang.gov.vn")).toBeNull();
    expect(aliases.wardOfHost("longan.dms.gov.vn")).toBeNull();
    // A newspaper's name that spells some ward's.
    expect(aliases.wardOfHost("thanhnien.vn")).toBeNull();
  });
  it("reads hyphenated labels, a province's aliases, numbered districts and a ward's run-in level word", () => {
    expect(aliases.provinceOfHost("ttkhcn.baria-vungtau.gov.vn")).toBe("Bà Rịa – Vũng Tàu");
    expect(aliases.provinceOfHost("nhathieunhitphcm.com.vn")).toBe("TP Hồ Chí Minh");
    expect(aliases.districtOfHost("mttqquan5.vn")).toMatchObject({ name: "Quận 5", province: "TP Hồ Chí Minh" });
    expect(aliases.districtOfHost("quandoan12.vn")?.name).toBe("Quận 12");
    expect(aliases.wardOfHost("phuongnguyencutrinh.gov.vn")).toMatchObject({
      name: "Nguyễn Cư Trinh",
      district: "Quận 1",
    });
    // The label nearest the domain names the province: "binhphuocxuan" is a commune of An Giang.
    expect(aliases.provinceOfHost("binhphuocxuan.chomoi.angiang.gov.vn")).toBe("An Giang");
    // A number that is no district's ("quan13") names none.
    expect(aliases.districtOfHost("mttqquan13.vn")).toBeNull();
  });
  it("reads a district label with its level word run in ('halongcity', 'tpthuduc')", () => {
    expect(aliases.districtOfHost("honggai.halongcity.gov.vn")?.name).toBe("Hạ Long");
    expect(aliases.districtOfHost("phuocbinh.tpthuduc.hochiminhcity.gov.vn")?.name).toBe("Thủ Đức");
    expect(aliases.districtOfHost("quangxuong.thanhhoa.gov.vn")?.name).toBe("Quảng Xương");
    // A city of the province's name, when the label says city.
    expect(aliases.districtOfHost("tplaocai.laocai.gov.vn")).toMatchObject({ name: "Lào Cai", kind: "thành phố" });
  });
  it("reads a district from a union's site name run together ('tuoitrequeson') and a unique short label on a government address", () => {
    expect(aliases.districtOfHost("tuoitrequeson.vn")?.name).toBe("Quế Sơn");
    expect(aliases.districtOfHost("yenduong.babe.gov.vn")?.name).toBe("Ba Bể");
    expect(aliases.districtOfHost("babe.example.vn")).toBeNull();
  });
  it("reads a short district label only within the host's own province", () => {
    expect(aliases.districtOfHost("phucu.hungyen.dcs.vn")?.name).toBe("Phù Cừ");
    expect(aliases.districtOfHost("bavi.hanoi.gov.vn")?.name).toBe("Ba Vì");
    expect(aliases.districtOfHost("phucu.example.vn")).toBeNull();
  });
});

describe("a renamed province with the event's year unknown", () => {
  const page = (stamp: string) =>
    extract(
      `Tuổi trẻ cố đô tuyên dương thanh niên tiêu biểu\n${stamp}\nSáng 3/5, tại Nhà văn hóa thiếu nhi, Thành đoàn Huế tổ chức tuyên dương 30 đoàn viên tiêu biểu trong các phong trào.\n\n${BODY}`,
    );
  it("is named as it was when every stamp of the page predates the new name", () => {
    const a = page("Thứ Hai, 12/10/2015 09:10");
    expect(a.year).toBeNull();
    expect(a.province).toBe("Thừa Thiên Huế");
  });
  it("keeps the new name when the page is stamped after it", () => {
    const a = page("Thứ Hai, 12/10/2025 09:10");
    expect(a.year).toBeNull();
    expect(a.province).toBe("Huế");
  });
});

describe("the next paragraph's first sentence", () => {
  it("counts once, not again as body: alone it is too weak to date the event", () => {
    const a = extract(
      `Hưởng ứng ngày vì người cao tuổi\n\nNgày 12/8, Hội Liên hiệp Phụ nữ tỉnh Sơn La tổ chức lễ ra quân hưởng ứng ngày vì người cao tuổi.\nSau nhiều năm vận động, năm 2014 các bộ, ngành đã thống nhất chọn ngày 12/8 hằng năm làm ngày hành động vì người cao tuổi.\n${BODY}`,
    );
    expect(a.year).toBeNull();
    expect(a.date).toBeNull();
  });
  it("dates the event when it opens on the year ('Năm 2024, …'), its time anchor", () => {
    const a = extract(
      `Hưởng ứng ngày vì người cao tuổi\n\nNgày 12/8, Hội Liên hiệp Phụ nữ tỉnh Sơn La tổ chức lễ ra quân hưởng ứng ngày vì người cao tuổi.\nNăm 2024, các cấp hội đã vận động hơn 300 hội viên tham gia chăm sóc người cao tuổi neo đơn.\n${BODY}`,
    );
    expect(a).toMatchObject({ year: 2024, date: "2024-08-12" });
  });
});

describe("the page's own province left unnamed", () => {
  const at = (url: string, text: string) => extractArticle(text, { id: "x", file: "x.txt", url }, aliases);
  it("is the site's when a provincial unit goes without its place beside another province", () => {
    const a = at(
      "https://baoquangngai.example.vn/tiep-doan",
      `Ban Tuyên giáo Tỉnh ủy tiếp đoàn công tác Ban Tuyên giáo Tỉnh ủy Cà Mau\n\nNgày 4-10, lãnh đạo Ban Tuyên giáo Tỉnh ủy đã tiếp đoàn công tác của Ban Tuyên giáo Tỉnh ủy Cà Mau do đồng chí Trưởng ban dẫn đầu.\n\n${BODY}`,
    );
    expect(a.province).toBe("Quảng Ngãi");
  });
  it("is not taken from a site not named for the province", () => {
    const a = at(
      "https://tintuc.example.vn/tiep-doan",
      `Ban Tuyên giáo Tỉnh ủy tiếp đoàn công tác Ban Tuyên giáo Tỉnh ủy Cà Mau\n\nNgày 4-10, lãnh đạo Ban Tuyên giáo Tỉnh ủy đã tiếp đoàn công tác của Ban Tuyên giáo Tỉnh ủy Cà Mau do đồng chí Trưởng ban dẫn đầu.\n\n${BODY}`,
    );
    expect(a.province).toBe("Cà Mau");
  });
});

describe("a lead whose years lie a decade before the page's stamp", () => {
  const page = (stamp: string) =>
    extract(
      `${stamp}\n\nHọc tập tư tưởng của Bác về công tác tuyên truyền\n\nNhân kỷ niệm 60 năm ngày Bác viết tác phẩm (1947 - 2007), Ban Tuyên giáo Trung ương phát động cuộc thi tìm hiểu về tác phẩm của Bác.\n\n${BODY}`,
    );
  it("recounts history: no organizer, no year", () => {
    const a = page("Thứ Hai, 14/3/2022");
    expect(a.organizers).toEqual([]);
    expect(a.year).toBeNull();
  });
  it("still reports an event when the stamp is a year or two later (a banner of the reading day)", () => {
    expect(page("Thứ Hai, 14/3/2009").organizers).toEqual(["Ban Tuyên giáo Trung ương"]);
  });
});

describe("a lead that opens with background", () => {
  const page = (next: string) =>
    extract(
      `Lan tỏa phong trào học tập suốt đời\n\nNăm 2012, Hội Khuyến học Việt Nam đã phát động phong trào xây dựng gia đình học tập. ${next} nhiều địa phương đã có cách làm hay.\n\n${BODY}`,
    );
  it("gives no organizer and no year when the next sentence tells what followed since", () => {
    const a = page("Từ phong trào này,");
    expect(a.organizers).toEqual([]);
    expect(a.year).toBeNull();
    expect(a.evidence.organizers?.how).toMatch(/history recounted/);
  });
  it("keeps the bare year's organizer otherwise", () => {
    expect(page("Trong năm,").organizers).toEqual(["Hội Khuyến học Việt Nam"]);
  });
});

describe("a text naming many provinces", () => {
  const page = (teams: string) =>
    extract(
      `Hội thi cán bộ hội giỏi khu vực miền Trung\n\nSau 2 ngày thi tài sôi nổi tại tỉnh Quảng Bình, hội thi cán bộ hội giỏi khu vực miền Trung dành cho các đội tuyển cán bộ hội cơ sở đã kết thúc tốt đẹp với nhiều phần thi hấp dẫn, thiết thực. Các đội dự thi gồm ${teams} và đội chủ nhà Quảng Bình.\n\n${BODY}`,
    );
  it("places the regional event in none of them", () => {
    expect(
      page("Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Trị, Quảng Nam, Quảng Ngãi, Bình Định, Phú Yên, Khánh Hòa, Ninh Thuận")
        .province,
    ).toBeNull();
  });
  it("still places one naming a few", () => {
    expect(page("Hà Tĩnh, Quảng Trị").province).toBe("Quảng Bình");
  });
});

describe("a ministry named for its field", () => {
  it("is one unit even when its field is a unit's head ('Bộ Công an')", () => {
    const a = extract(
      `Tiêu đề\n\nSáng 3/4/2024, tại thành phố Điện Biên Phủ, Trung ương Hội Nông dân Việt Nam phối hợp với Bộ Công an, UBND tỉnh Điện Biên tổ chức lễ ra quân phòng chống tội phạm ở nông thôn.\n\n${BODY}\n\nHải Yến`,
    );
    expect(a.organizers).toEqual(["Trung ương Hội Nông dân Việt Nam", "Bộ Công an", "Ủy ban nhân dân tỉnh Điện Biên"]);
    expect(a.province).toBe("Điện Biên");
  });
});

describe("a former district's site on a merged province's portal", () => {
  const at = (text: string) =>
    extractArticle(text, { id: "x", file: "x.txt", url: "https://xinman.tuyenquang.example.vn/tin" }, aliases);
  it("places a text of district-level bodies in the district's own province of the time", () => {
    const a = at(
      `Hội nghị đã đánh giá toàn diện kết quả công tác hội năm qua, trong đó hội cựu chiến binh huyện đã tích cực tham gia xây dựng nông thôn mới và giúp hội viên phát triển kinh tế gia đình.\n\n${BODY}`,
    );
    expect(a.province).toBe("Hà Giang");
  });
  it("keeps the site's province when nothing in the text predates the merger", () => {
    const a = at(
      `Hội nghị đã đánh giá toàn diện kết quả công tác hội năm qua, trong đó hội cựu chiến binh xã đã tích cực tham gia xây dựng nông thôn mới và giúp hội viên phát triển kinh tế gia đình.\n\n${BODY}`,
    );
    expect(a.province).toBe("Tuyên Quang");
  });
});

describe("a bare 'tỉnh' that names another province", () => {
  it("does not make the site's province the page's ('tỉnh bạn')", () => {
    const a = extractArticle(
      `Đoàn công tác tỉnh bạn thăm mô hình dân vận khéo tại Cà Mau\n\nNgày 4-10, đoàn công tác tỉnh bạn do Ban Dân vận Tỉnh ủy Cà Mau hướng dẫn đã đến thăm các mô hình dân vận khéo tại huyện Trần Văn Thời, tỉnh Cà Mau.\n\n${BODY}`,
      { id: "x", file: "x.txt", url: "https://baoquangngai.example.vn/tham" },
      aliases,
    );
    expect(a.province).toBe("Cà Mau");
  });
});

describe("'Từ đó, …' after a recent event", () => {
  it("means 'thereby', not 'since': the organizer stands", () => {
    const a = extract(
      `Tập huấn kỹ thuật trồng cà phê\n\nVừa qua, Hội Nông dân huyện Krông Pắc tổ chức lớp tập huấn kỹ thuật trồng và chăm sóc cà phê cho 50 hội viên nông dân. Từ đó, giúp hội viên nắm vững kỹ thuật, áp dụng vào sản xuất.\n\n${BODY}`,
    );
    expect(a.organizers).toEqual(["Hội Nông dân huyện Krông Pắc"]);
  });
});

describe("a border guard command named 'Ban Chỉ huy'", () => {
  it("is a unit head of its own", () => {
    const a = extract(
      `Tiêu đề\n\nSáng 3/4/2024, tại xã Hải Sơn, Ban Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn tổ chức chương trình tặng quà cho hộ nghèo khu vực biên giới.\n\n${BODY}\n\nHải Yến`,
    );
    expect(a.organizers).toEqual(["Ban Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn"]);
  });
});

describe("a unit directed by another ('X chỉ đạo Y tổ chức')", () => {
  it("is the organizer, not the unit directing it", () => {
    const a = extract(
      `Tiêu đề\n\nSáng 3/4/2024, Hội Nông dân tỉnh Hà Tĩnh chỉ đạo Hội Nông dân huyện Can Lộc tổ chức hội thi nhà nông đua tài cho hội viên.\n\n${BODY}\n\nHải Yến`,
    );
    expect(a.organizers).toEqual(["Hội Nông dân huyện Can Lộc"]);
  });
});

describe("a plan's year late in the year", () => {
  it("is the coming one, in the headline too: the review's year dates the meeting", () => {
    const a = extract(
      `Hội Nông dân tỉnh triển khai nhiệm vụ năm 2025\n\nChiều 22/12, Hội Nông dân tỉnh Hà Tĩnh tổ chức hội nghị tổng kết năm 2024 và triển khai nhiệm vụ năm 2025.\n\nHội nghị đã thống nhất phương hướng, nhiệm vụ năm 2025 của các cấp hội. ${BODY}\n\nThu Hà`,
    );
    expect(a).toMatchObject({ year: 2024, date: "2024-12-22" });
  });
});

describe("a commune's committee whose name opens like a unit's ('Đảng ủy xã Trường Sơn')", () => {
  it("is the commune's party committee, not a body of a school", () => {
    const a = extract(
      `Tiêu đề\n\nSáng 3/2/2024, Đảng ủy xã Trường Sơn tổ chức lễ kỷ niệm Ngày thành lập Đảng cho đảng viên trong xã.\n\n${BODY}\n\nHải Yến`,
    );
    expect(a.organizers).toEqual(["Đảng ủy xã Trường Sơn"]);
  });
});

describe("a campaign carried out that another unit launched ('Thực hiện phong trào X do Y phát động')", () => {
  it("gives the launching unit no organizer's role", () => {
    const a = extract(
      `Tiêu đề\n\nHưởng ứng phong trào “Vì người nghèo” do Trung ương Hội Nông dân Việt Nam phát động, từ ngày 5 đến ngày 9 tháng 2 năm 2024, nhiều hộ gia đình trên địa bàn đã nhận quà của các nhà hảo tâm.\n\n${BODY}\n\nHải Yến`,
    );
    expect(a.organizers).toEqual([]);
  });
  it("still reads 'do X tổ chức' as the host", () => {
    const a = extract(
      `Tiêu đề\n\nSáng 5/2/2024, hội nghị tập huấn do Hội Nông dân tỉnh Hà Tĩnh tổ chức đã diễn ra tại hội trường.\n\n${BODY}\n\nHải Yến`,
    );
    expect(a.organizers).toEqual(["Hội Nông dân tỉnh Hà Tĩnh"]);
  });
});

describe("a plan rolled out ('X triển khai kế hoạch tổ chức …')", () => {
  it("with no day is a plan issued: no organizer", () => {
    const a = extract(
      `Tiêu đề\n\nBan Thường vụ Hội Cựu chiến binh huyện Hương Sơn triển khai kế hoạch tổ chức hội thao truyền thống cho hội viên các chi hội trong huyện.\n\n${BODY}\n\nHải Yến`,
    );
    expect(a.organizers).toEqual([]);
  });
  it("on a day is a meeting its unit held", () => {
    const a = extract(
      `Tiêu đề\n\nNgày 9/5/2023, Ủy ban MTTQ Việt Nam xã Thạnh Phú triển khai kế hoạch tổ chức hội thi nấu cơm dân tộc cho các chi hội trong xã.\n\n${BODY}\n\nHải Yến`,
    );
    expect(a.organizers).toEqual(["Ủy ban Mặt trận Tổ quốc Việt Nam xã Thạnh Phú"]);
  });
});

describe("a ward numbered in Roman numerals ('phường VII')", () => {
  it("is named like a numbered ward, its numeral kept", () => {
    const a = extract(
      `Tiêu đề\n\nSáng 12/6/2024, Đoàn phường IV tổ chức ra quân chiến dịch thanh niên tình nguyện hè trên địa bàn phường.\n\n${BODY}\n\nHải Yến`,
    );
    expect(a.organizers).toEqual(["Phường Đoàn Phường IV"]);
    const b = extract(
      `Tiêu đề\n\nSáng 12/6/2024, Hội Nông dân phường VIII tổ chức hội nghị tập huấn cho hội viên trên địa bàn phường.\n\n${BODY}\n\nHải Yến`,
    );
    expect(b.organizers).toEqual(["Hội Nông dân Phường VIII"]);
  });
});

describe("a person acting for a unit ('thay mặt X')", () => {
  it("makes the unit the organizer, the person's posts skipped", () => {
    const a = extract(
      `Tiêu đề\n\nChiều 13/10/2023, đồng chí Nguyễn Văn A, Phó Bí thư Tỉnh ủy, thay mặt Thường trực Tỉnh ủy Gia Lai đã đến thăm, chúc mừng cán bộ Ban Dân vận Tỉnh ủy.\n\n${BODY}\n\nHải Yến`,
    );
    expect(a.organizers).toEqual(["Thường trực Tỉnh ủy Gia Lai"]);
    const b = extract(
      `Tiêu đề\n\nSáng 2/9/2023, thay mặt Ban Thường vụ Huyện ủy Cờ Đỏ, đồng chí Trần Văn B, Bí thư Huyện ủy trao tặng quà cho các gia đình chính sách.\n\n${BODY}\n\nHải Yến`,
    );
    expect(b.organizers).toEqual(["Ban Thường vụ Huyện ủy Cờ Đỏ"]);
  });
  it("but not when the person only presents a report", () => {
    const a = extract(
      `Tiêu đề\n\nSáng 8/7/2024, tại Kỳ họp thứ 7 HĐND tỉnh Gia Lai; thay mặt UBND tỉnh, đồng chí Nguyễn Văn C, Phó Chủ tịch UBND tỉnh trình bày báo cáo kết quả giải quyết kiến nghị của cử tri trước và sau Kỳ họp thứ 6.\n\n${BODY}\n\nHải Yến`,
    );
    expect(a.organizers).toEqual([]);
  });
});

describe("an institution whose name ends in its place ('Bệnh viện Đa khoa Hà Đông')", () => {
  it("is named as written, the place giving its province", () => {
    const a = extract(
      `Sáng 26/2/2024, Bệnh viện Đa khoa Cờ Đỏ đã tổ chức lễ kỷ niệm Ngày Thầy thuốc Việt Nam cho cán bộ, nhân viên.\n\n${BODY}\n\nHải Yến`,
    );
    expect(a.organizers).toEqual(["Bệnh viện Đa khoa Cờ Đỏ"]);
    expect(a.province).toBe("Cần Thơ");
  });
});

describe("a lead with no day telling what its subject has just held ('X vừa tổng kết …')", () => {
  it("is the lead, before a longer paragraph of results", () => {
    const a = extract(
      `Tin tức: hội phụ nữ triển khai công tác hội\n\nHội LHPN huyện Thới Lai vừa tổng kết công tác năm 2022, triển khai nhiệm vụ năm 2023.\n\nTrong năm 2023, hội sẽ chú trọng hướng dẫn chị em vay vốn làm ăn, nhân rộng các tổ hợp tác do phụ nữ làm chủ và liên kết với trường nghề mở thêm lớp đào tạo ngắn hạn cho hội viên.\n\n${BODY}\n\nHải Yến`,
    );
    expect(a.organizers).toEqual(["Hội Liên hiệp Phụ nữ huyện Thới Lai"]);
  });
});

describe("a hamlet's unit named with its hamlet ('Chi hội Phụ nữ ấp Tân Trạch')", () => {
  it("is named in full, 'Chi hội Phụ nữ' kept (no 'Hội Phụ nữ' spelled out inside it)", () => {
    const a = extract(
      `Tiêu đề\n\nChiều ngày 15 tháng 3 năm 2023, Chi hội Phụ nữ ấp Mỹ Lợi đã phối hợp cùng Ban điều hành ấp tổ chức buổi nói chuyện về phòng chống bạo lực gia đình cho chị em trong ấp.\n\n${BODY}\n\nHải Yến`,
    );
    expect(a.organizers[0]).toBe("Chi hội Phụ nữ ấp Mỹ Lợi");
    const b = extract(
      `Tiêu đề\n\nSáng 3/4/2024, Chi bộ thôn 3 tổ chức hội nghị học tập nghị quyết cho đảng viên.\n\n${BODY}\n\nHải Yến`,
    );
    expect(b.organizers).toEqual(["Chi bộ thôn 3"]);
  });
});

describe("text wrapped at a fixed width ('… tổ\\nchức …')", () => {
  it("reads a line opening in lower case as going on the line before", () => {
    const a = extract(
      `Tiêu đề\n\nSáng 3/4/2024, Hội Nông dân huyện Cờ Đỏ tổ\nchức hội nghị tập huấn kỹ thuật trồng lúa cho hội viên\nnông dân trên địa bàn huyện.\n\n${BODY}\n\nHải Yến`,
    );
    expect(a.organizers).toEqual(["Hội Nông dân huyện Cờ Đỏ"]);
    expect(a.lead).toContain("tổ chức hội nghị tập huấn kỹ thuật trồng lúa cho hội viên nông dân");
  });
});

describe("a unit that belongs to another ('X trực thuộc Hội LHPN xã Y')", () => {
  it("takes the level and place of the unit it belongs to, which is no organizer", () => {
    const a = extract(
      `Tiêu đề\n\nChiều 6/3/2024, Chi hội phụ nữ ấp 4 trực thuộc Hội LHPN xã Long Điền tổ chức giao lưu văn nghệ mừng ngày 8/3 cho chị em trong ấp.\n\n${BODY}\n\nHải Yến`,
    );
    expect(a.organizers).toEqual(["Chi hội Phụ nữ ấp 4 xã Long Điền"]);
  });
});

describe("a line with no words at all ('|', a table's leftovers)", () => {
  it("is no headline", () => {
    const a = extract(
      `|\n|\nHội Nông dân huyện Cờ Đỏ tập huấn cho hội viên\n|\nSáng 3/4/2024, hội viên nông dân trên địa bàn huyện đã tham dự lớp tập huấn kỹ thuật trồng lúa.\n\n${BODY}\n\nHải Yến`,
    );
    expect(a.title).toBe("Hội Nông dân huyện Cờ Đỏ tập huấn cho hội viên");
  });
});

describe("a numbered ward as the subject ('Phường 10 tổ chức …')", () => {
  it("is kept as written when it opens its sentence", () => {
    const a = extract(
      `Phường 7 tổ chức hội nghị đối thoại giữa cấp ủy, chính quyền và nhân dân\n\nTối 10/5/2024, lãnh đạo Đảng ủy và Ủy ban nhân dân phường đã có buổi tiếp xúc, đối thoại trực tiếp với Nhân dân.\n\n${BODY}\n\nHải Yến`,
    );
    expect(a.organizers).toEqual(["Phường 7"]);
  });
  it("but not after a comma, where it goes on an address", () => {
    const a = extract(
      `Tiêu đề\n\nNgày 14/7/2023, khóm 5, phường 3 tổ chức lễ ra mắt mô hình tuyến phố văn minh.\n\n${BODY}\n\nHải Yến`,
    );
    expect(a.organizers).toEqual([]);
  });
});

describe("a unit right after its venue, with no comma ('tại xã X Huyện Đoàn Y tổ chức')", () => {
  it("is the subject; a youth head in lower case ('huyện Đoàn') reads as the head", () => {
    const a = extract(
      `Tiêu đề\n\nVừa qua tại xã Ea Kao huyện Đoàn Krông Pắc đã tổ chức lễ ra quân chiến dịch thanh niên tình nguyện hè với hơn 500 đoàn viên tham gia.\n\n${BODY}\n\nHải Yến`,
    );
    expect(a.organizers).toEqual(["Huyện Đoàn Krông Pắc"]);
  });
});

describe("a lead opened by its site's code ('(Baonghean.vn) - …'), with no day", () => {
  it("is the lead, though it ends with no full stop", () => {
    const a = extract(
      `Phong Điền khen thưởng hội viên nông dân sản xuất giỏi\n\n(Baocantho.vn) - Hội Nông dân huyện Phong Điền tổ chức hội nghị biểu dương 25 hộ nông dân sản xuất, kinh doanh giỏi và trao giấy khen cho các chi hội làm tốt công tác vận động\n\nThời gian qua, các cấp hội trong huyện đã chú trọng hỗ trợ vốn, kỹ thuật và đầu ra cho hội viên, giúp nhiều hộ vươn lên khá giàu, góp phần thay đổi diện mạo nông thôn.\n\n${BODY}\n\nHải Yến`,
    );
    expect(a.organizers).toEqual(["Hội Nông dân huyện Phong Điền"]);
  });
});

describe("'LĐLD' (Đ typed as D) for LĐLĐ", () => {
  it("is spelled out as Liên đoàn Lao động", () => {
    const a = extract(
      `Tiêu đề\n\nSáng 3/4/2024, LĐLD huyện Cờ Đỏ tổ chức gặp mặt cán bộ công đoàn qua các thời kỳ.\n\n${BODY}\n\nHải Yến`,
    );
    expect(a.organizers).toEqual(["Liên đoàn Lao động huyện Cờ Đỏ"]);
  });
});

describe("a provisional body ('BCH Lâm thời Đoàn Khối …')", () => {
  it("is a body of the unit after it, 'Lâm thời' kept whatever its case", () => {
    const a = extract(
      `Tiêu đề\n\nSáng 22/3/2023, BCH Lâm thời Hội Doanh nhân trẻ tỉnh Quảng Bình tổ chức hội nghị ra mắt và triển khai chương trình hoạt động.\n\n${BODY}\n\nHải Yến`,
    );
    expect(a.organizers).toEqual(["Ban Chấp hành Lâm thời Hội Doanh nhân trẻ tỉnh Quảng Bình"]);
  });
});

describe("a partner named with its hamlet's word alone ('… phối hợp cùng Ban điều hành ấp')", () => {
  it("is of the hamlet its joint organizer names", () => {
    const a = extract(
      `Tiêu đề\n\nChiều ngày 15 tháng 3 năm 2023, Chi hội Phụ nữ ấp Mỹ Lợi đã phối hợp cùng Ban điều hành ấp tổ chức buổi nói chuyện về phòng chống bạo lực gia đình cho chị em trong ấp.\n\n${BODY}\n\nHải Yến`,
    );
    expect(a.organizers).toEqual(["Chi hội Phụ nữ ấp Mỹ Lợi", "Ban Điều hành ấp Mỹ Lợi"]);
  });
});

describe("an opening verb ('khai giảng'), capitalized mid-sentence ('… phối hợp với Y Khai giảng lớp …')", () => {
  it("is an organizing verb still", () => {
    const a = extract(
      `Tiêu đề\n\nSáng 11/12/2023, tại Hà Nội, Trường Chính trị tỉnh Hà Tĩnh phối hợp với Ban Tổ chức Tỉnh ủy Hà Tĩnh Khai giảng lớp bồi dưỡng kiến thức cho cán bộ.\n\n${BODY}\n\nHải Yến`,
    );
    expect(a.organizers).toEqual(["Trường Chính trị tỉnh Hà Tĩnh", "Ban Tổ chức Tỉnh ủy Hà Tĩnh"]);
    const b = extract(
      `Tiêu đề\n\nSáng 11/12/2023, Trường Chính trị tỉnh Hà Tĩnh khai giảng lớp bồi dưỡng kiến thức cho cán bộ.\n\n${BODY}\n\nHải Yến`,
    );
    expect(b.organizers).toEqual(["Trường Chính trị tỉnh Hà Tĩnh"]);
  });
});

describe("a veterans' liaison board ('Ban Liên lạc Sư đoàn 471 Thái Nguyên')", () => {
  it("is named as it writes itself, no level word added", () => {
    const a = extract(
      `Tiêu đề\n\nSáng 3/4/2024, Ban Liên lạc Trung đoàn 24 Hà Tĩnh tổ chức gặp mặt truyền thống cho các cựu chiến binh.\n\n${BODY}\n\nHải Yến`,
    );
    expect(a.organizers).toEqual(["Ban Liên lạc Trung đoàn 24 Hà Tĩnh"]);
    expect(a.province).toBe("Hà Tĩnh");
  });
});

describe("words that open like a unit's head but name an event or a place (units.json notUnits)", () => {
  it("never make a contest ('Hội thi …') an organizer", () => {
    const a = extract(
      `Hội thi Dân vận khéo huyện Mê Linh năm 2024\n\nNgày 6/8/2024, Hội thi Dân vận khéo huyện Mê Linh tổ chức vòng chung khảo.\n\n${BODY}\n\nHải Yến`,
    );
    expect(a.organizers.filter((o) => o.startsWith("Hội thi"))).toEqual([]);
  });
  it("never make a city centre ('Trung tâm thành phố X') an organizer", () => {
    const a = extract(
      `Tiêu đề\n\nTối 2/9/2024, tại Quảng trường Chiến Thắng, Trung tâm thành phố Lạng Sơn, tỉnh Lạng Sơn tổ chức lễ kỷ niệm.\n\n${BODY}\n\nHải Yến`,
    );
    expect(a.organizers.filter((o) => o.startsWith("Trung tâm"))).toEqual([]);
  });
});

describe("a province's department with a provincial city as partner ('Sở X phối hợp với UBND TP. Y')", () => {
  it("is the province's department, not the city's", () => {
    const a = extract(
      `Tiêu đề\n\nSáng 12/8/2023, Sở Tư pháp phối hợp với UBND TP. Bạc Liêu tổ chức hội nghị tuyên truyền pháp luật.\n\n${BODY}\n\nHải Yến`,
    );
    expect(a.organizers[0]).toBe("Sở Tư pháp tỉnh Bạc Liêu");
    expect(a.province).toBe("Bạc Liêu");
  });
});

describe("'QLTT' in a unit's name", () => {
  it("is spelled out as Quản lý thị trường", () => {
    const a = extract(
      `Tiêu đề\n\nNgày 5/3/2021, Cục QLTT tỉnh Phú Yên tổ chức hội nghị tổng kết công tác.\n\n${BODY}\n\nHải Yến`,
    );
    expect(a.organizers).toEqual(["Cục Quản lý thị trường tỉnh Phú Yên"]);
  });
});

describe("a day right before the subject after a long clause ('…, vào ngày 4 tháng 3 năm 2023 X đã tổ chức nhiều hoạt động')", () => {
  it("anchors the sentence: the subject held the event", () => {
    const a = extract(
      `Tiêu đề\n\nThực hiện Kế hoạch số 12/KH-LĐLĐ ngày 10 tháng 02 năm 2023 của Liên đoàn Lao động huyện Tân Trụ về việc kỷ niệm ngày Quốc tế Phụ nữ, vào ngày 06 tháng 3 năm 2023 Công đoàn cơ sở trường Tiểu học Bình Lãng đã tổ chức nhiều hoạt động thiết thực.\n\n${BODY}\n\nHải Yến`,
    );
    expect(a.organizers).toEqual(["Công đoàn cơ sở Trường Tiểu học Bình Lãng"]);
  });
  it("leaves an unanchored summary of doings with no organizer", () => {
    const a = extract(
      `Tiêu đề\n\nThực hiện Kế hoạch số 12/KH-LĐLĐ của Liên đoàn Lao động huyện Tân Trụ về việc kỷ niệm ngày Quốc tế Phụ nữ, thời gian qua Công đoàn cơ sở trường Tiểu học Bình Lãng đã tổ chức nhiều hoạt động thiết thực.\n\n${BODY}\n\nHải Yến`,
    );
    expect(a.organizers).toEqual([]);
  });
});

describe("a school's own unit written in lower case ('công đoàn trường mầm non X', 'Liên đội trường Y')", () => {
  it("is the unit, its head in the canonical case", () => {
    const a = extract(
      `Tiêu đề\n\nNhân dịp kỷ niệm ngày Quốc tế Phụ nữ 8/3, công đoàn trường mầm non Hoa Sen đã tổ chức buổi gặp mặt, tặng hoa chúc mừng toàn thể cán bộ, giáo viên, nhân viên nữ của nhà trường.\n\nBuổi gặp mặt diễn ra vui tươi.\n\nHải Yến`,
    );
    expect(a.organizers).toEqual(["Công đoàn Trường mầm non Hoa Sen"]);
    // Named as written: no place came from elsewhere.
    expect(a.evidence.organizers?.inferred).toBe(false);
    expect(a.warnings.filter((w) => w.includes("place from"))).toEqual([]);
    const b = extract(
      `Tiêu đề\n\nHướng tới ngày thành lập Đội, Liên đội trường Tiểu học Lê Lợi đã tổ chức lễ kết nạp đội viên mới cho các em học sinh ưu tú của khối 3 tại sân trường.\n\nBuổi lễ diễn ra trang trọng.\n\nHải Yến`,
    );
    expect(b.organizers).toEqual(["Liên đội Trường Tiểu học Lê Lợi"]);
  });
  it("names no unit for a lower-case union with no school named", () => {
    const a = extract(
      `Tiêu đề\n\nNhân dịp kỷ niệm ngày Quốc tế Phụ nữ 8/3, công đoàn các trường đã tổ chức nhiều buổi gặp mặt.\n\n${BODY}\n\nHải Yến`,
    );
    expect(a.organizers).toEqual([]);
  });
});

describe("a body's term between its name and the verb ('… khóa X, nhiệm kỳ 2023-2028 đã tổ chức')", () => {
  it("is no part of the unit", () => {
    const a = extract(
      `Tiêu đề\n\nSáng 22/9/2025, Ban Chấp hành Hội Cựu chiến binh tỉnh Yên Bái khóa VII, nhiệm kỳ 2022-2027 đã tổ chức Hội nghị lần thứ 5 để thảo luận, đóng góp ý kiến vào dự thảo văn kiện.\n\n${BODY}\n\nHải Yến`,
    );
    expect(a.organizers).toEqual(["Ban Chấp hành Hội Cựu chiến binh tỉnh Yên Bái"]);
  });
});

describe("a school written in lower case after a day ('ngày 22/10/2021 trường Tiểu học X tổ chức')", () => {
  it("is the school, capitalized", () => {
    const a = extract(
      `Tiêu đề\n\nĐược sự nhất trí của Phòng Giáo dục và Đào tạo, ngày 22/10/2021 trường Tiểu học Hòa Bình long trọng tổ chức Hội nghị viên chức, người lao động năm học 2021-2022.\n\nHội nghị diễn ra trang trọng.\n\nHải Yến`,
    );
    expect(a.organizers).toEqual(["Trường Tiểu học Hòa Bình"]);
  });
});

describe("a verb phrase after a unit's head ('Ban Chỉ đạo thống nhất chọn huyện X tổ chức …')", () => {
  it("is the sentence's, never part of an organizer's name", () => {
    const a = extract(
      `Tiêu đề\n\nSáng 12/4/2019, Ban Chỉ đạo Đại hội đại biểu các dân tộc thiểu số tỉnh Hà Giang họp phiên thứ nhất. Ban Chỉ đạo thống nhất chọn huyện Bắc Mê tổ chức Đại hội điểm cấp huyện trong tháng 5.\n\n${BODY}\n\nHải Yến`,
    );
    expect(a.organizers.filter((o) => /thống nhất|chọn/u.test(o))).toEqual([]);
  });
});

describe("a board of a school's union written in lower case ('Ban chấp hành công đoàn trường Tiểu học X')", () => {
  it("is the board, named as written", () => {
    const a = extract(
      `Tiêu đề\n\nHòa trong không khí vui tươi chào mừng Ngày Quốc tế Phụ nữ 8/3, sáng ngày 8/3/2024, Ban chấp hành công đoàn trường Tiểu học Kim Đồng tổ chức gặp mặt kỉ niệm tại phòng Hội đồng sư phạm.\n\nBuổi gặp mặt diễn ra vui tươi.\n\nHải Yến`,
    );
    expect(a.organizers).toEqual(["Ban Chấp hành Công đoàn Trường Tiểu học Kim Đồng"]);
  });
});

describe("an aside in parentheses between the subject and the verb ('X, tỉnh Y (sau sáp nhập …) tổ chức')", () => {
  it("is a note on the unit, which still held the event", () => {
    const a = extract(
      `Tiêu đề\n\nSáng ngày 13/10/2025, Ban Thường vụ Đảng ủy phường Nam Định, tỉnh Ninh Bình (sau sáp nhập tỉnh Nam Định, Hà Nam) tổ chức lễ phát động ủng hộ đồng bào bị thiệt hại do bão lũ.\n\n${BODY}\n\nHải Yến`,
    );
    expect(a.organizers).toEqual(["Ban Thường vụ Đảng ủy phường Nam Định"]);
  });
});

describe("a unit going back to its roots ('X phối hợp với Y về nguồn')", () => {
  it("held the trip", () => {
    const a = extract(
      `Tiêu đề\n\nNgày 21/12/2024, Hội Cựu chiến binh tỉnh Bạc Liêu phối hợp với Hội Chữ thập đỏ tỉnh về nguồn, thực hiện chương trình "Nghĩa tình đồng đội" tại xã Vĩnh Hậu.\n\n${BODY}\n\nHải Yến`,
    );
    expect(a.organizers[0]).toBe("Hội Cựu chiến binh tỉnh Bạc Liêu");
  });
});

describe("a unit named only in an early body sentence", () => {
  it("is named in the reason, never shown as the organizer", () => {
    const a = extract(
      `Tiêu đề\n\nSáng 5/6/2024, hội nghị giám sát việc thực hiện chính sách đối với người có công đã diễn ra tại xã Tân Hòa.\n\nTrước đó, Thường trực Hội đồng nhân dân huyện Tân Hòa đã tổ chức khảo sát tại 3 xã.\n\n${BODY}\n\nHải Yến`,
    );
    expect(a.organizers).toEqual([]);
    expect(a.evidence.organizers?.how).toMatch(/early body sentence only/u);
  });

  it("is shown when the sentence opens on the lead's own event day, the same event told again", () => {
    const a = extract(
      `Tôn vinh doanh nghiệp\n\nĐó là phát biểu của ông Nguyễn Văn A, Bí thư Tỉnh ủy Quảng Nam tại Lễ tôn vinh doanh nghiệp tiêu biểu vừa diễn ra chiều 10/2.\n\nÔng Nguyễn Văn A, Bí thư Tỉnh ủy, phát biểu tại Lễ tôn vinh những doanh nghiệp tiêu biểu. Doanh nghiệp cần nỗ lực hơn nữa! Chiều 10/2, tại Trung tâm Hành chính, Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ tỉnh Quảng Nam tổ chức Lễ tôn vinh doanh nghiệp tiêu biểu.\n\n${BODY}`,
    );
    expect(a.organizers[0]).toBe("Tỉnh ủy Quảng Nam");
    expect(a.evidence.organizers?.how).toMatch(/body sentence dated the lead's event day/u);
  });

  it("is shown when the lead's event day dates it after an opening clause", () => {
    const a = extract(
      `Hội chợ sâm\n\nCó nhiều cây sâm đẹp với giá hàng trăm triệu đồng đang được trưng bày và bán cho du khách gần xa ở hội chợ sâm núi của huyện Nam Trà My từ ngày 10-6-2017.\n\nNằm trong chuỗi hoạt động Festival Di sản Quảng Nam lần thứ 6, tối 10-6, UBND huyện Nam Trà My phối hợp với các cơ quan liên quan tổ chức khai mạc lễ hội sâm. Hội chợ gồm nhiều gian hàng quảng bá sâm.\n\n${BODY}`,
    );
    expect(a.organizers).toEqual(["Ủy ban nhân dân huyện Nam Trà My"]);
  });

  it("is read from the sapo when the lead, on the same day, names a person", () => {
    const a = extract(
      `Họp báo\n\nQuy hoạch bán đảo là một trong những vấn đề “nóng” tại buổi họp báo 6 tháng đầu năm do UBND TP. Đà Nẵng tổ chức ngày 27/6/2017.\n\nNgày 27/6, Chủ tịch UBND thành phố Huỳnh Văn A đã chủ trì buổi họp báo 6 tháng đầu năm. Trả lời báo chí, ông A khẳng định thành phố đã rà soát lại toàn bộ quy hoạch.\n\n${BODY}`,
    );
    expect(a.organizers).toEqual(["Ủy ban nhân dân thành phố Đà Nẵng"]);
  });

  it("is not shown when that sentence is another day's", () => {
    const a = extract(
      `Tôn vinh doanh nghiệp\n\nĐó là phát biểu của ông Nguyễn Văn A, Bí thư Tỉnh ủy Quảng Nam tại Lễ tôn vinh doanh nghiệp tiêu biểu vừa diễn ra chiều 10/2.\n\nÔng Nguyễn Văn A, Bí thư Tỉnh ủy, phát biểu tại Lễ tôn vinh những doanh nghiệp tiêu biểu. Doanh nghiệp cần nỗ lực hơn nữa! Chiều 8/2, Ủy ban MTTQ tỉnh Quảng Nam tổ chức họp báo về lễ tôn vinh.\n\n${BODY}`,
    );
    expect(a.organizers).toEqual([]);
  });
});

describe("a partner named by its place alone", () => {
  it("keeps the leading unit of 'UBND huyện X và xã Y tổ chức'", () => {
    const a = extract(
      `Họp dân\n\nSáng 7-2-2017, UBND huyện Gia Lâm và xã Bát Tràng đã tổ chức cuộc họp với doanh nghiệp và người dân.\n\n${BODY}`,
    );
    expect(a.organizers).toEqual(["Ủy ban nhân dân huyện Gia Lâm"]);
  });
});

describe("a standing body written in lower case", () => {
  it("is its unit's body: 'thường trực Thành ủy - HĐND - UBND thành phố X'", () => {
    const a = extract(
      `Giao ban\n\nNgày 23/6/2017, thường trực Thành ủy - HĐND - UBND thành phố Hải Phòng đã tổ chức hội nghị giao ban quý II.\n\n${BODY}`,
    );
    expect(a.organizers[0]).toBe("Thường trực Thành ủy Hải Phòng");
  });
});

describe("a decision carried out", () => {
  it("holds no event: 'Sở Y tế tỉnh X cho biết đã triển khai quyết định kỷ luật'", () => {
    const a = extract(
      `Kỷ luật\n\nNgày 13/7/2017, Sở Y tế tỉnh Cà Mau cho biết đã triển khai quyết định kỷ luật bằng hình thức khiển trách ông A.\n\n${BODY}`,
    );
    expect(a.organizers).toEqual([]);
  });
});

describe("a diplomatic mission", () => {
  it.each([
    [
      "Tối 17/6/2017, Đại sứ quán Ấn Độ tại Việt Nam phối hợp Ủy ban nhân dân thành phố Hà Nội tổ chức Ngày Quốc tế Yoga.",
      ["Đại sứ quán Ấn Độ tại Việt Nam", "Ủy ban nhân dân thành phố Hà Nội"],
      "Hà Nội",
    ],
    [
      "Tối 8/6/2017, Tổng lãnh sự quán Nga tại Thành phố Hồ Chí Minh đã tổ chức lễ kỷ niệm ngày Quốc khánh Liên bang Nga.",
      ["Tổng Lãnh sự quán Nga tại TP Hồ Chí Minh"],
      "TP Hồ Chí Minh",
    ],
    [
      "Ngày 10/7/2017, Đại sứ quán Việt Nam tại Hà Lan đã chủ trì tổ chức triển lãm tranh về đất nước Việt Nam.",
      ["Đại sứ quán Việt Nam tại Hà Lan"],
      null,
    ],
  ])("is named with its post: %s", (lead, organizers, province) => {
    const a = extract(`Sự kiện\n\n${lead}\n\n${BODY}`);
    expect(a.organizers).toEqual(organizers);
    expect(a.province).toBe(province);
  });

  it("ends its name at its post ('Đại sứ quán Mỹ tại Riyadh cảnh báo …' is no unit's name)", () => {
    const a = extract(
      `Cảnh báo\n\nNgày 5/6/2017, Đại sứ quán Mỹ tại Riyadh cảnh báo công dân về nguy cơ an ninh.\n\n${BODY}`,
    );
    expect(a.organizers).toEqual([]);
  });
});

describe("'Xã hội' inside a name", () => {
  it("is society, no commune: 'Trung tâm Khoa học Xã hội và Nhân văn Nghệ An'", () => {
    const a = extract(
      `Kỷ niệm\n\nChiều 24/5/2017, Trung tâm Khoa học Xã hội và Nhân văn Nghệ An tổ chức lễ kỷ niệm 10 năm thành lập.\n\n${BODY}`,
    );
    expect(a.organizers).toEqual(["Trung tâm Khoa học Xã hội và Nhân văn Nghệ An"]);
  });
});

describe("a People's Council's committee", () => {
  it.each([
    ["Ban Pháp chế HĐND tỉnh Nghệ An", "Ban Pháp chế Hội đồng nhân dân tỉnh Nghệ An"],
    ["Ban Văn hóa - Xã hội HĐND TPHCM", "Ban Văn hóa - Xã hội Hội đồng nhân dân TP Hồ Chí Minh"],
    ["Ban Kinh tế – Ngân sách HĐND tỉnh Long An", "Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh Long An"],
  ])("is a body of the council: %s", (unit, canonical) => {
    const a = extract(`Hội thảo\n\nNgày 23-5-2017, ${unit} tổ chức hội thảo khoa học về an toàn thực phẩm.\n\n${BODY}`);
    expect(a.organizers).toEqual([canonical]);
  });
});

describe("an institute with no place", () => {
  it("is a national body, named as written; a procuracy is not", () => {
    const a = extract(
      `Hội thảo\n\nSáng 14/7/2017, Viện Chiến lược và Phát triển giao thông vận tải đã tổ chức hội thảo về đề án vận tải công cộng.\n\n${BODY}`,
    );
    expect(a.organizers).toEqual(["Viện Chiến lược và Phát triển giao thông vận tải"]);
    expect(a.province).toBeNull();
    const b = extract(
      `Hội nghị\n\nSáng 14/7/2017, Viện Kiểm sát nhân dân tổ chức hội nghị triển khai công tác.\n\n${BODY}`,
    );
    expect(b.organizers).toEqual([]);
  });
});

describe("a national body's partners", () => {
  it("are national too when named with no place ('Ban Chỉ đạo Công tác thông tin đối ngoại', 'Hội Nhà báo VN')", () => {
    const a = extract(
      `Trao giải\n\nNgày 31/5/2017, tại Hà Nội, Ban Tuyên giáo Trung ương, Ban Chỉ đạo Công tác thông tin đối ngoại, Hội Nhà báo VN tổ chức Lễ trao Giải thưởng toàn quốc về thông tin đối ngoại.\n\n${BODY}`,
    );
    expect(a.organizers).toEqual([
      "Ban Tuyên giáo Trung ương",
      "Ban Chỉ đạo Công tác thông tin đối ngoại",
      "Hội Nhà báo Việt Nam",
    ]);
    expect(a.province).toBeNull();
  });

  it("never takes a name run on into its verb", () => {
    const a = extract(
      `Tình nguyện\n\nNgày 5/7/2017, Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh, Hội Liên hiệp Thanh niên Việt Nam chỉ đạo tổ chức chương trình tình nguyện hè.\n\n${BODY}`,
    );
    expect(a.organizers.some((o) => o.endsWith("chỉ đạo"))).toBe(false);
  });
});

describe("a foreign partner", () => {
  it("is named in full, not placed by the leading unit's place ('Quỹ Toyota Mobility Foundation')", () => {
    const a = extract(
      `Giao thông\n\nSáng 3/7/2017, UBND thành phố Đà Nẵng phối hợp với Quỹ Toyota Mobility Foundation tổ chức lễ khởi động dự án giao thông thông minh.\n\n${BODY}`,
    );
    expect(a.organizers).toEqual(["Ủy ban nhân dân thành phố Đà Nẵng", "Quỹ Toyota Mobility Foundation"]);
  });
});

describe("a university", () => {
  it("is named whole: 'Trường Đại học X' opens with its kind, no second unit", () => {
    const a = extract(
      `Bổ nhiệm\n\nNgày 6/2/2017, Trường Đại học Sư phạm Đà Nẵng (trực thuộc Đại học Đà Nẵng) đã tổ chức lễ công bố quyết định bổ nhiệm hiệu trưởng.\n\n${BODY}`,
    );
    expect(a.organizers).toEqual(["Trường Đại học Sư phạm Đà Nẵng"]);
    expect(a.province).toBe("Đà Nẵng");
  });
});

describe("the press inside a name", () => {
  it("is no newspaper, and an international desk takes no partner's province", () => {
    const a = extract(
      `Triển lãm\n\nNgày 9/6/2017, Trung tâm Báo chí và Hợp tác truyền thông Quốc tế phối hợp với Sở Thông tin và Truyền thông tỉnh Thanh Hóa tổ chức triển lãm ảnh.\n\n${BODY}`,
    );
    expect(a.organizers).toEqual([
      "Trung tâm Báo chí và Hợp tác truyền thông Quốc tế",
      "Sở Thông tin và Truyền thông tỉnh Thanh Hóa",
    ]);
  });
});

describe("a court at its work", () => {
  it("holds no event: 'Tòa án nhân dân … tổ chức phiên xét xử'", () => {
    const a = extract(
      `Xét xử vụ án\n\nNgày 11/7/2017, Tòa án nhân dân tỉnh Nghệ An tổ chức phiên xét xử sơ thẩm vụ án tham ô tài sản.\n\n${BODY}`,
    );
    expect(a.organizers).toEqual([]);
  });
});

describe("a headline opening with a district's bare name ('Triệu Phong sơ kết …')", () => {
  it("places a bare 'huyện' unit of the lead", () => {
    const a = extract(
      `Cam Lộ sơ kết công tác Hội 6 tháng đầu năm 2020\n\nNgày 24/7/2020, Hội Nông dân huyện tổ chức hội nghị Ban Chấp hành mở rộng sơ kết công tác Hội và phong trào nông dân 6 tháng đầu năm tỉnh Quảng Trị.\n\n${BODY}\n\nHải Yến`,
    );
    expect(a.organizers).toEqual(["Hội Nông dân huyện Cam Lộ"]);
  });
  it("places nothing when the name is a longer one's start ('Cam Lộ Xanh …')", () => {
    const a = extract(
      `Cam Lộ Xanh sơ kết 6 tháng đầu năm 2020\n\nNgày 24/7/2020, Hội Nông dân huyện tổ chức hội nghị Ban Chấp hành mở rộng sơ kết công tác Hội và phong trào nông dân 6 tháng đầu năm tỉnh Quảng Trị.\n\n${BODY}\n\nHải Yến`,
    );
    expect(a.organizers).toEqual([]);
  });
});

describe("'Tổ chức' capitalized as the verb mid-sentence ('… phường Tổ chức Hội nghị …')", () => {
  it("is the verb after a lower-case word and before an event's name", () => {
    const a = extract(
      `Tiêu đề\n\nSáng ngày 12/01/2026, tại Hội trường phường Tân An, Đảng ủy các cơ quan Đảng phường Tổ chức Hội nghị tổng kết công tác năm 2025.\n\n${BODY}\n\nHải Yến`,
    );
    expect(a.organizers).toEqual(["Đảng ủy các cơ quan Đảng phường Tân An"]);
  });
  it("stays a name in 'Ban Tổ chức Hội nghị'", () => {
    const a = extract(
      `Tiêu đề\n\nSáng ngày 12/01/2026, Ban Tổ chức Hội nghị đã họp phiên trù bị tại Hội trường phường Tân An.\n\n${BODY}\n\nHải Yến`,
    );
    expect(a.organizers.filter((o) => o.startsWith("Đảng ủy"))).toEqual([]);
  });
});

describe("a province named only in passing, on a page no site places", () => {
  it("is not the page's province: a person's title in a national story", () => {
    const a = extract(
      `Cử tri gửi nhiều kiến nghị tới kỳ họp\n\nChiều 16/5, Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam đã tổng hợp các ý kiến, kiến nghị của cử tri cả nước gửi tới Quốc hội.\n\nÔng Trần Văn Bình, Phó Chủ tịch, Bí thư Thành ủy Thành phố Hồ Chí Minh, trình bày báo cáo tổng hợp.\n\n${BODY}`,
    );
    expect(a.province).toBeNull();
    expect(a.evidence?.province?.how).toMatch(/only in passing/);
  });
  it("counts a post's province once ('Bí thư Thành ủy TP Hồ Chí Minh Nguyễn Văn A'): in passing alone", () => {
    const a = extract(
      `Kỳ họp Quốc hội\n\nChiều 16/5, Bí thư Thành ủy TP Hồ Chí Minh Nguyễn Văn An trình bày báo cáo tổng hợp ý kiến cử tri cả nước gửi tới Quốc hội.\n\n${BODY}`,
    );
    expect(a.province).toBeNull();
  });
  it("is when the lead names it with its level ('tỉnh Nghệ An')", () => {
    const a = extract(`Kiến nghị cử tri

Chiều 16/5, cử tri tỉnh Nghệ An đã gửi nhiều kiến nghị tới Quốc hội.

${BODY}`);
    expect(a.province).toBe("Nghệ An");
  });
  it("still is when the text names it again and again", () => {
    const a = extract(
      `Cử tri gửi nhiều kiến nghị\n\nChiều 16/5, tại tỉnh Nghệ An, cử tri các huyện của tỉnh Nghệ An đã gửi nhiều kiến nghị tới đoàn đại biểu Quốc hội tỉnh Nghệ An.\n\n${BODY}`,
    );
    expect(a.province).toBe("Nghệ An");
  });
  it("still places a unit the text names without its province", () => {
    const a = extract(
      `Tiêu đề\n\nSáng 10/3, Ban Dân vận Tỉnh ủy tổ chức hội nghị triển khai nhiệm vụ; đồng chí Lê Văn An, Bí thư Tỉnh ủy Hà Tĩnh dự.\n\n${BODY}`,
    );
    expect(a.organizers).toEqual(["Ban Dân vận Tỉnh ủy Hà Tĩnh"]);
  });
});

describe("a national association whose name holds a hamlet's word ('Hội Xuất bản Việt Nam')", () => {
  it("is national: no province of the page's", () => {
    const a = extract(
      `Quán triệt công tác xuất bản\n\nNgày 19/5, tại TP Hồ Chí Minh, Ban Tuyên giáo Trung ương phối hợp với Hội Xuất bản Việt Nam tổ chức hội nghị quán triệt về công tác xuất bản.\n\n${BODY}`,
    );
    expect(a.organizers).toEqual(["Ban Tuyên giáo Trung ương", "Hội Xuất bản Việt Nam"]);
    expect(a.province).toBeNull();
  });
});

describe("a review and the coming year's tasks in other words ('kiểm điểm … năm X, bàn nhiệm vụ trọng tâm năm X+1')", () => {
  it("takes the planned year for a day early in the year", () => {
    const a = extract(
      `Hội nghị liên tịch\n\nSáng 12/2, Ủy ban nhân dân tỉnh Phú Yên và Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị liên tịch, kiểm điểm việc phối hợp công tác năm 2018, bàn nhiệm vụ trọng tâm năm 2019.\n\n${BODY}`,
    );
    expect(a.year).toBe(2019);
  });
  it("takes the reviewed year for a day late in it", () => {
    const a = extract(
      `Hội nghị liên tịch\n\nSáng 20/12, Ủy ban nhân dân tỉnh Phú Yên và Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị liên tịch, kiểm điểm việc phối hợp công tác năm 2018, bàn nhiệm vụ trọng tâm năm 2019.\n\n${BODY}`,
    );
    expect(a.year).toBe(2018);
  });
});

describe("a period's end with no 'năm' ('từ nay đến 2030')", () => {
  it("is no event year", () => {
    const a = extract(
      `Góp ý đề án giao thông\n\nNgày 16/6, Ủy ban MTTQ Việt Nam tỉnh Bắc Giang tổ chức hội nghị góp ý đề án hạn chế xe tải theo lộ trình từ nay đến 2030.\n\n${BODY}`,
    );
    expect(a.year).toBeNull();
  });
});

describe("an event still ahead in the passive ('X sẽ được tổ chức')", () => {
  it("reports no event: no organizer, no year", () => {
    const a = extract(
      `Tháng 4 sôi động với lễ hội hoa\n\nVới nhiều hoạt động hấp dẫn, Lễ hội Hoa lần thứ 3 sẽ được tổ chức tại thành phố Đà Lạt từ ngày 8-4 đến 12-4-2019.\n\n${BODY}`,
    );
    expect([a.organizers, a.year]).toEqual([[], null]);
  });
});

describe("joint hosts right after a city as the venue ('tại TP X, Thành ủy, HĐND, UBND … thành phố tổ chức')", () => {
  it("keeps the first host: a city owns no hall", () => {
    const a = extract(
      `Lễ đón nhận danh hiệu\n\nSáng 23/6/2021, tại TP Cần Thơ, Thành ủy, HĐND, UBND thành phố tổ chức Lễ đón nhận danh hiệu Anh hùng Lao động.\n\n${BODY}`,
    );
    expect(a.organizers[0]).toBe("Thành ủy Cần Thơ");
  });
  it("still drops a hall's owner ('tại Hội trường, Hội X, Ban Thường vụ Hội … khai mạc')", () => {
    const a = extract(
      `Tập huấn\n\nSáng 23/6/2021, tại Hội trường, Hội Nông dân tỉnh Nghệ An, Ban Thường vụ Hội Nông dân tỉnh khai mạc lớp tập huấn kỹ năng.\n\n${BODY}`,
    );
    expect(a.organizers[0]).toBe("Ban Thường vụ Hội Nông dân tỉnh Nghệ An");
  });
});

describe("'QĐND' in a unit's name", () => {
  it("is spelled out", () => {
    const a = extract(
      `Gặp mặt báo chí\n\nSáng 10-2-2017, tại Hà Nội, Tổng cục Chính trị QĐND Việt Nam tổ chức gặp mặt lãnh đạo các cơ quan báo chí.\n\n${BODY}`,
    );
    expect(a.organizers).toEqual(["Tổng cục Chính trị Quân đội nhân dân Việt Nam"]);
  });
});

describe("central bodies of the press, the Front's presidium and the Buddhist Sangha", () => {
  it.each([
    [
      "Chiều 6/7/2017, tại Hà Nội, Thông tấn xã Việt Nam và Trung ương Hội Liên hiệp Phụ nữ Việt Nam tổ chức lễ ký kết chương trình phối hợp.",
      ["Thông tấn xã Việt Nam", "Trung ương Hội Liên hiệp Phụ nữ Việt Nam"],
    ],
    [
      "Chiều 12/7/2017 tại Hà Nội, Tạp chí Cộng sản tổ chức hội nghị triển khai quyết định về công tác cán bộ.",
      ["Tạp chí Cộng sản"],
    ],
    [
      "Chiều 10/2/2017, Ủy ban Thường vụ Quốc hội và Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam tổ chức hội nghị tổng kết quy chế phối hợp.",
      ["Ủy ban Thường vụ Quốc hội", "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"],
    ],
    [
      "Sáng 10-5-2017, tại Hà Nội, T.Ư Giáo hội Phật giáo Việt Nam tổ chức Đại lễ Phật đản.",
      ["Trung ương Giáo hội Phật giáo Việt Nam"],
    ],
  ])("%s", (lead, want) => {
    const a = extract(`Tiêu đề\n\n${lead}\n\n${BODY}`);
    expect([a.organizers, a.province]).toEqual([want, null]);
  });
  it("keeps a province's board of the Sangha, and its partners", () => {
    const a = extract(
      `Đại lễ cầu siêu\n\nTối 11/5/2017, tại Nghĩa trang Liệt sỹ huyện Nghi Lộc, Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Nghệ An phối hợp với Tỉnh ủy, HĐND, UBND tỉnh Nghệ An tổ chức Đại lễ cầu siêu.\n\n${BODY}`,
    );
    expect(a.organizers[0]).toBe("Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Nghệ An");
  });
});

describe("a unit's own short form in brackets before its partner ('X (T.Ư Hội NDVN) phối hợp với Y')", () => {
  it("is skipped: both units hold the event", () => {
    const a = extract(
      `Tết trồng cây\n\nSáng 6/2/2017, Trung ương Hội Nông dân Việt Nam (T.Ư Hội NDVN) phối hợp với UBND tỉnh Phú Thọ tổ chức Lễ phát động Tết trồng cây.\n\n${BODY}`,
    );
    expect(a.organizers).toEqual(["Trung ương Hội Nông dân Việt Nam", "Ủy ban nhân dân tỉnh Phú Thọ"]);
  });
});

describe("the coming year's focus after a review ('tổng kết … năm X, thảo luận về những trọng tâm … năm X+1')", () => {
  it("takes the planned year for a day early in the year", () => {
    const a = extract(
      `Hội nghị tổng kết\n\nChiều 14/2, Ủy ban nhân dân tỉnh Bình Định và Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết quy chế phối hợp công tác năm 2018, thảo luận về những trọng tâm phối hợp công tác năm 2019.\n\n${BODY}`,
    );
    expect(a.year).toBe(2019);
  });
});

describe("years that belong to a law or a prize, not to the event", () => {
  it("leaves a law's year ('Luật Hợp tác xã năm 2012') out", () => {
    const a = extract(
      `Sơ kết luật\n\nChiều 17/6, tại tỉnh Thái Bình, Ban Chỉ đạo tổ chức hội nghị sơ kết 5 năm thực hiện Luật Hợp tác xã (HTX) năm 2012 của các tỉnh đồng bằng.\n\n${BODY}`,
    );
    expect(a.year).toBeNull();
  });
  it("leaves a prize's year ('Lễ trao Giải thưởng … năm 2016') out", () => {
    const a = extract(
      `Trao giải\n\nNgày 31/5, tại Hà Nội, Ban Tuyên giáo Trung ương tổ chức Lễ trao Giải thưởng toàn quốc về thông tin đối ngoại năm 2016.\n\n${BODY}`,
    );
    expect(a.year).toBeNull();
  });
  it("keeps a race's ('Khai mạc Giải việt dã … năm 2021')", () => {
    const a = extract(
      `Khai mạc giải\n\nSáng 6/3, Ủy ban nhân dân huyện Quỳnh Lưu tổ chức khai mạc Giải việt dã truyền thống năm 2021.\n\n${BODY}`,
    );
    expect(a.year).toBe(2021);
  });
});

describe("a review of last year with this year's tasks, mid-year ('Chiều 25/5, … đánh giá kết quả … năm X, triển khai nhiệm vụ năm X+1')", () => {
  it("is in the planned year: a year is reviewed only from its last weeks", () => {
    const a = extract(
      `Hội đồng giáo dục quốc phòng\n\nChiều 25/5, Hội đồng Giáo dục quốc phòng và an ninh tỉnh Nam Định tổ chức hội nghị đánh giá kết quả thực hiện nhiệm vụ năm 2018, triển khai nhiệm vụ năm 2019.\n\n${BODY}`,
    );
    expect(a.year).toBe(2019);
  });
});

describe("a day on which a letter was sent ('ngày 13/1/2016, Sở X đã có công văn …')", () => {
  it("dates no event", () => {
    const a = extract(
      `Áo dài đến trường\n\nGiám đốc Sở Giáo dục và Đào tạo tỉnh Bình Dương vừa gửi văn bản tới các trường. Theo đó, ngày 13/1/2019, Sở Giáo dục và Đào tạo tỉnh Bình Dương đã có công văn về việc khuyến khích nữ sinh mặc áo dài.\n\n${BODY}`,
    );
    expect(a.year).toBeNull();
  });
});

describe("a province's name inside a person's name ('Phó Thủ tướng Trương Hòa Bình')", () => {
  it("is no place of the page's", () => {
    const a = extract(
      `Phó Thủ tướng Trương Hòa Bình: Đẩy mạnh cải cách hành chính\n\nChiều 30/5, tại Trụ sở Chính phủ, Phó Thủ tướng Trương Hòa Bình chủ trì hội nghị trực tuyến sơ kết công tác cải cách hành chính.\n\n${BODY}`,
    );
    expect(a.province).toBeNull();
  });
  it("still reads the province after a unit's name ('Hội Nông dân tỉnh Hòa Bình')", () => {
    const a = extract(
      `Hội Nông dân Hòa Bình tập huấn\n\nChiều 30/5, Hội Nông dân tỉnh Hòa Bình tổ chức tập huấn cho hội viên.\n\n${BODY}`,
    );
    expect(a.province).toBe("Hòa Bình");
  });
});

describe("the Party's Secretariat, a ministry written with a comma, 'UBTƯ', a regional steering committee", () => {
  it.each([
    [
      "Sáng 18/5/2017, tại Hà Nội, Ban Bí thư Trung ương Đảng tổ chức hội nghị toàn quốc trực tuyến.",
      ["Ban Bí thư Trung ương Đảng"],
    ],
    [
      "Sáng 18/5/2017, Ban Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh tổ chức hội nghị trực tuyến.",
      ["Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"],
    ],
    [
      "Sáng 27/5/2017, tại Hà Nội, Bộ Lao động, Thương binh và Xã hội (LĐTBXH) tổ chức phát động Tháng hành động vì trẻ em.",
      ["Bộ Lao động - Thương binh và Xã hội"],
    ],
    [
      "Chiều 21/6/2017, tại Hà Nội, UBTƯ MTTQ Việt Nam tổ chức Hội nghị Đoàn Chủ tịch lần thứ 12.",
      ["Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"],
    ],
    ["Sáng 9/6/2017, tại Cần Thơ, Ban Chỉ đạo Tây Nam Bộ tổ chức hội nghị sơ kết.", ["Ban Chỉ đạo Tây Nam Bộ"]],
    [
      "Tối 16-5-2017, tại Quân khu 4, Quân ủy Trung ương, Bộ Quốc phòng tổ chức chương trình giao lưu điển hình.",
      ["Quân ủy Trung ương", "Bộ Quốc phòng"],
    ],
    ["Sáng 3/3/2017, Bộ KH&ĐT tổ chức hội nghị triển khai nhiệm vụ.", ["Bộ Kế hoạch và Đầu tư"]],
    [
      "Ngày 22/5/2017, Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam, khóa XIV đã khai mạc trọng thể kỳ họp thứ 3.",
      ["Quốc hội"],
    ],
    ["Sáng 6-2-2017, Đại học Huế tổ chức lễ công bố quyết định bổ nhiệm.", ["Đại học Huế"]],
    [
      "Chiều 8-2-2017, Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa và Hội Liên lạc với người Việt Nam ở nước ngoài tỉnh đã tổ chức gặp gỡ kiều bào.",
      [
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Khánh Hòa",
        "Hội Liên lạc với người Việt Nam ở nước ngoài tỉnh Khánh Hòa",
      ],
    ],
  ])("%s", (lead, want) => {
    expect(extract(`Tiêu đề\n\n${lead}\n\n${BODY}`).organizers).toEqual(want);
  });
});

describe("an anniversary's span in brackets before the event's day ('Kỷ niệm 127 năm … (19/5/1890 – 19/5/2017), sáng 17-5, …')", () => {
  it("dates the event in the span's last year, even from a birth year before 1900", () => {
    const a = extract(
      `Trồng cây nhớ ơn Bác\n\nChào mừng kỷ niệm 127 năm ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2017), sáng 17-5, Hội Nông dân tỉnh Bến Tre đã tổ chức lễ phát động trồng cây.\n\n${BODY}`,
    );
    expect([a.year, a.date]).toEqual([2017, "2017-05-17"]);
  });
  it("never takes the span's first day for the event's (no history recounted)", () => {
    const a = extract(
      `Dâng hương\n\nKỷ niệm 100 năm ngày sinh đồng chí Nguyễn Văn Cừ (7/7/1912 - 7/7/2012), sáng 7/7, Tỉnh ủy, HĐND, UBND tỉnh Bắc Ninh tổ chức lễ dâng hương tại khu lưu niệm.\n\n${BODY}`,
    );
    expect([a.organizers[0], a.year]).toEqual(["Tỉnh ủy Bắc Ninh", 2012]);
  });
});

describe("a national body beside a province's ('Thông tấn xã Việt Nam phối hợp với UBND tỉnh X')", () => {
  it.each([
    [
      "Sáng 16/6/2017, tại Hà Tĩnh, Thông tấn xã Việt Nam phối hợp với UBND tỉnh Hà Tĩnh tổ chức hội thảo.",
      ["Thông tấn xã Việt Nam", "Ủy ban nhân dân tỉnh Hà Tĩnh"],
    ],
    [
      "Sáng 16/6/2017, Cục Văn hóa cơ sở (Bộ Văn hóa, Thể thao và Du lịch) phối hợp với UBND tỉnh Quảng Trị tổ chức liên hoan.",
      ["Cục Văn hóa cơ sở", "Ủy ban nhân dân tỉnh Quảng Trị"],
    ],
  ])("takes no place of the province's: %s", (lead, want) => {
    expect(extract(`Tiêu đề\n\n${lead}\n\n${BODY}`).organizers).toEqual(want);
  });
});

describe("abbreviations of ministries and departments as papers type them", () => {
  it.each([
    ["Sáng 8/2/2017, Sở GD&DT TP Hồ Chí Minh tổ chức hội nghị sơ kết học kỳ.", "Sở Giáo dục và Đào tạo TP Hồ Chí Minh"],
    [
      "Sáng 8/2/2017, Bộ NN & PTNT phối hợp với UBND tỉnh Bình Định tổ chức hội nghị.",
      "Bộ Nông nghiệp và Phát triển nông thôn",
    ],
    ["Sáng 8/2/2017, Bộ GTVT tổ chức hội nghị triển khai nhiệm vụ.", "Bộ Giao thông vận tải"],
  ])("%s", (lead, want) => {
    expect(extract(`Tiêu đề\n\n${lead}\n\n${BODY}`).organizers[0]).toBe(want);
  });
});

describe("what is held every year, with no day of this year's ('… hàng năm, … Lễ hội do UBND xã X tổ chức')", () => {
  it("names no organizer of an event the page reports", () => {
    const a = extract(
      `Độc đáo lễ hội xuống đồng\n\nLễ hội xuống đồng được diễn ra vào ngày 8 tháng Giêng hàng năm, tại xã Chi Lăng, huyện Tràng Định, tỉnh Lạng Sơn, Lễ hội do UBND xã Chi Lăng tổ chức.\n\n${BODY}`,
    );
    expect(a.organizers).toEqual([]);
  });
  it("still does with this year's day ('Sáng 5/3, … Ngày hội được tổ chức hằng năm')", () => {
    const a = extract(
      `Ngày hội\n\nSáng 5/3/2023, Hội Liên hiệp Phụ nữ huyện Tràng Định tổ chức Ngày hội phụ nữ, hoạt động được tổ chức hằng năm.\n\n${BODY}`,
    );
    expect(a.organizers).toEqual(["Hội Liên hiệp Phụ nữ huyện Tràng Định"]);
  });
});

describe("a unit's head followed by what it proposed ('Cục đề xuất lãnh đạo Bộ tổ chức …')", () => {
  it("is no unit named 'Cục đề xuất …'", () => {
    const a = extract(
      `Báo cáo lễ hội\n\nNgày 11/7/2017, Cục Văn hóa cơ sở đã báo cáo Bộ trưởng về lễ hội. Cục đề xuất lãnh đạo Bộ tổ chức buổi làm việc với UBND thành phố.\n\n${BODY}`,
    );
    expect(a.organizers.filter((o) => o.includes("đề xuất"))).toEqual([]);
  });
});

describe("the year an incident happened ('vụ án … xảy ra năm 2007')", () => {
  it("is no event year", () => {
    const a = extract(
      `Xét xử vụ án\n\nNgày 29/6, Viện Kiểm sát nhân dân tỉnh Quảng Trị tổ chức phiên tòa rút kinh nghiệm vụ án lừa đảo xảy ra năm 2007 tại huyện Hải Lăng.\n\n${BODY}`,
    );
    expect(a.year).toBeNull();
  });
});

describe("'Q' for quận before a district's name ('UBND Q Thanh Khê', 'UBND Q.1')", () => {
  it.each([
    ["Sáng 6/2/2017, UBND Q Thanh Khê tổ chức lễ phát động Tết trồng cây.", "Ủy ban nhân dân quận Thanh Khê"],
    ["Sáng 6/2/2017, UBND Q.1 tổ chức lễ phát động Tết trồng cây.", "Ủy ban nhân dân Quận 1"],
  ])("%s", (lead, want) => {
    expect(extract(`Tiêu đề\n\n${lead}\n\n${BODY}`).organizers[0]).toBe(want);
  });
});

describe("a law's years listed ('Luật Đất đai năm 2003 và 2013')", () => {
  it("date no event", () => {
    const a = extract(
      `Họp báo\n\nNgày 29/5, UBND thành phố Hà Nội tổ chức họp báo về những vướng mắc giữa Luật Đất đai năm 2003 và 2013 trong việc cấp giấy chứng nhận.\n\n${BODY}`,
    );
    expect(a.year).toBeNull();
  });
});

describe("a photo's caption and credit glued to the paragraph that opens the story ('… Ảnh: Internet Ngày 25/5/2017, …')", () => {
  it("starts the story after the credit", () => {
    const a = extract(
      `Kỷ luật cán bộ\n\nBan Bí thư đã quyết định kỷ luật một cán bộ.\n\nÔng Nguyễn Văn A, nguyên Bí thư Tỉnh ủy. Ảnh: Internet Ngày 25/5/2017, tại Hà Nội, Ban Chấp hành Đảng bộ tỉnh Phú Yên tổ chức hội nghị triển khai quyết định của Bộ Chính trị về công tác cán bộ.\n\n${BODY}`,
    );
    expect([a.organizers[0], a.year]).toEqual(["Ban Chấp hành Đảng bộ tỉnh Phú Yên", 2017]);
  });
});

describe("a tally's cut-off year ('Đến hết năm 2016, …')", () => {
  it("dates no event", () => {
    const a = extract(
      `Hội nghị\n\nSáng 28/6, Ban Thường vụ Tỉnh ủy Nghệ An tổ chức hội nghị. Đến hết năm 2016, toàn tỉnh có 500 mô hình dân vận khéo.\n\n${BODY}`,
    );
    expect(a.year).toBeNull();
  });
});

describe("a caption with no credit glued to the opening paragraph ('… cho doanh nghiệp Ngày 6.2, UBND tỉnh …')", () => {
  it("starts the story at the capitalized day", () => {
    const a = extract(
      `Họp mặt doanh nghiệp\n\nTỉnh kiên quyết thu hồi các dự án chậm triển khai; ưu tiên kêu gọi, thu hút các doanh nghiệp có năng lực, kinh nghiệm đầu tư vào tỉnh những dự án lớn, công nghệ hiện đại.\n\nLãnh đạo tỉnh trao giấy chứng nhận đầu tư và tặng hoa chúc mừng cho các doanh nghiệp Ngày 6.2.2017, UBND tỉnh Bình Thuận tổ chức họp mặt doanh nghiệp và nhà đầu tư Xuân Đinh Dậu.\n\n${BODY}`,
    );
    expect([a.organizers[0], a.year]).toEqual(["Ủy ban nhân dân tỉnh Bình Thuận", 2017]);
  });
});

describe("an award's year ('trao tặng cờ thi đua năm 2016') and a prize's season in brackets ('lần thứ XI (2016-2017)')", () => {
  it("dates no event", () => {
    const a = extract(
      `Kỷ niệm 10 năm thành lập\n\nChiều 24/5, Ban Quản lý khu kinh tế tỉnh Hà Tĩnh tổ chức lễ kỷ niệm 10 năm thành lập. Dịp này, UBND tỉnh đã trao tặng cờ thi đua năm 2016 cho đơn vị.\n\n${BODY}`,
    );
    expect(a.year).toBeNull();
    const b = extract(
      `Trao giải báo chí\n\nChiều 21-6, nhân kỷ niệm 92 năm Ngày Báo chí cách mạng Việt Nam, Hội Nhà báo thành phố Cần Thơ tổ chức trao Giải báo chí Phan Ngọc Hiển lần thứ XI (2016-2017).\n\n${BODY}`,
    );
    expect(b.year).toBeNull();
  });
  it("still dates an anniversary by its span ('(1930 – 2020)')", () => {
    const a = extract(
      `Kỷ niệm\n\nSáng 3/2, Tỉnh ủy Cần Thơ tổ chức lễ kỷ niệm 90 năm Ngày thành lập Đảng (1930 – 2020).\n\n${BODY}`,
    );
    expect(a.year).toBe(2020);
  });
});

describe("the culture ministry written with a dash or without 'và' ('Bộ Văn hóa - Thể thao và Du lịch')", () => {
  it("is named as units.json names it", () => {
    const a = extract(
      `Tọa đàm\n\nSáng 1/6/2017, Bộ Văn hóa - Thể thao và Du lịch phối hợp với UBND thành phố Đà Nẵng tổ chức tọa đàm. Sở GD-DT TP.HCM dự.\n\n${BODY}`,
    );
    expect(a.organizers[0]).toBe("Bộ Văn hóa, Thể thao và Du lịch");
  });
});

describe("a caption glued to the story with no credit, ended by a capitalized day after a word, a number or a quote", () => {
  it.each([
    [
      "Bí thư Thành ủy phát biểu chỉ đạo tại hội nghị báo cáo viên được tổ chức sáng 12-4 Sáng nay (12-4), Ban Tuyên giáo Thành ủy Cần Thơ tổ chức hội nghị báo cáo viên quý II.",
      "Ban Tuyên giáo Thành ủy Cần Thơ",
    ],
    [
      "Ông Trần Văn B chính thức nhận nhiệm vụ Phó trưởng ban Tổ chức Tỉnh ủy từ ngày 3/4 Ngày 3/4, Ban Tổ chức Tỉnh ủy Long An tổ chức hội nghị công bố quyết định về công tác cán bộ.",
      "Ban Tổ chức Tỉnh ủy Long An",
    ],
    [
      "Chủ tịch UBND huyện Trần Văn C: “Phải làm đến nơi đến chốn, không để dân phải chờ” Chiều ngày 9/3 Huyện ủy Chợ Gạo tổ chức hội nghị sơ kết công tác dân vận quý I năm 2017.",
      "Huyện ủy Chợ Gạo",
    ],
  ])("%s", (line, want) => {
    const a = extract(
      `Hội nghị\n\nTóm tắt bài viết nói về công tác của địa phương trong thời gian gần đây với nhiều kết quả nổi bật, được cán bộ và nhân dân đồng tình, ủng hộ, đánh giá cao.\n\n${line} ${BODY}`,
    );
    expect(a.organizers[0]).toBe(want);
  });
  it("is not cut at a sentence's end, nor after a site's code", () => {
    const a = extract(
      `Giám sát\n\nThực hiện kế hoạch năm 2021, nhằm đánh giá kết quả công tác dân vận chính quyền năm 2021. Sáng 2/11, Ban Dân vận Thành ủy Hải Phòng tổ chức giám sát chuyên đề.\n\n${BODY}`,
    );
    expect(a.lead).toMatch(/^Thực hiện kế hoạch/u);
    const b = extract(
      `Giao ban\n\n(Baonghean.vn) - Chiều 16/7, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban.\n\n${BODY}`,
    );
    expect([b.source, b.province]).toEqual(["baonghean.vn", "Nghệ An"]);
  });
});

describe("a caption glued to the story, ended by a credit in brackets ('(Ảnh: …) Theo phóng viên …')", () => {
  it("starts the story after the credit, and never takes the caption for the lead", () => {
    const a = extract(
      `Xúc tiến đầu tư\n\nLãnh đạo tỉnh cam kết sẵn sàng tạo mọi điều kiện thuận lợi nhất cho các nhà đầu tư nước ngoài, đặc biệt là các nhà đầu tư đến từ châu Âu, đến tìm hiểu cơ hội.\n\nPhó Chủ tịch UBND tỉnh Tây Ninh giới thiệu tiềm năng của tỉnh. (Ảnh: Minh Anh) Theo phóng viên thường trú, ngày 2/6, UBND tỉnh Tây Ninh tổ chức hội thảo xúc tiến đầu tư tại Singapore. ${BODY}`,
    );
    expect(a.organizers[0]).toBe("Ủy ban nhân dân tỉnh Tây Ninh");
  });
  it("a caption that holds a day is no lead ('… tại buổi làm việc chiều 10-2 Ngày 10-2, …')", () => {
    const a = extract(
      `Làm việc\n\nBí thư đề nghị các sở, ngành quan tâm hơn nữa tới đời sống, nhà ở của công nhân đang làm việc ở các khu công nghiệp, khu chế xuất trên địa bàn.\n\nBí thư Tỉnh ủy tại buổi làm việc chiều 10-2 Ngày 10-2, Ban Thường vụ Tỉnh ủy Bình Dương tổ chức hội nghị làm việc với Liên đoàn Lao động tỉnh. ${BODY}`,
    );
    expect(a.lead).toMatch(/^Ngày 10-2, Ban Thường vụ/u);
  });
});

describe("the sapo above a lead that opens with the day", () => {
  it("dates the event as the headline does ('… (27/7/1947-27/7/2017)')", () => {
    const a = extract(
      `Liên hoan tuyên truyền\n\nLiên hoan là hoạt động thiết thực nhân kỷ niệm 70 năm Ngày Thương binh – Liệt sĩ (27/7/1947-27/7/2017) của cả nước.\n\nBan tổ chức trao hoa cho các đội. (Ảnh: Hải Nam) Tối 3/7, Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Bình tổ chức khai mạc liên hoan tuyên truyền lưu động. ${BODY}`,
    );
    expect(a.year).toBe(2017);
  });
});

describe("a year compared with or back then ('như năm 2016', 'hồi năm 2016', 'hồi tháng 1/2016')", () => {
  it("dates no event", () => {
    const a = extract(
      `Gặp mặt\n\nChiều 10/2, Thành ủy Quy Nhơn tổ chức gặp mặt doanh nghiệp. Thành phố hỗ trợ gần 20 tỷ đồng như năm 2016 và ông A được bầu hồi tháng 1/2016.\n\n${BODY}`,
    );
    expect(a.year).toBeNull();
    const b = extract(
      `Họp báo\n\nChiều 27/6, Sở Nội vụ tỉnh Yên Bái tổ chức họp báo về việc bổ nhiệm cán bộ của Sở hồi năm 2016.\n\n${BODY}`,
    );
    expect(b.year).toBeNull();
  });
});

describe("a foreign body named with a Vietnamese partner ('Phòng Thương mại … Île-de-France và UBND tỉnh X')", () => {
  it("is named as written, never placed in the partner's province", () => {
    const a = extract(
      `Hội thảo\n\nNgày 31/5, Phòng Thương mại và Công nghiệp vùng Paris Île-de-France và UBND tỉnh Long An tổ chức hội thảo về môi trường đầu tư.\n\n${BODY}`,
    );
    expect(a.organizers).toEqual([
      "Phòng Thương mại và Công nghiệp vùng Paris Île-de-France",
      "Ủy ban nhân dân tỉnh Long An",
    ]);
  });
});

describe("a ministry written with the country's name ('Bộ Ngoại giao Việt Nam')", () => {
  it("is named as the ministry names itself", () => {
    const a = extract(`Họp báo\n\nChiều 8/6, Bộ Ngoại giao Việt Nam tổ chức họp báo thường kỳ.\n\n${BODY}`);
    expect(a.organizers[0]).toBe("Bộ Ngoại giao");
  });
});

describe("an ampersand spaced inside an abbreviation ('Phòng GD &ĐT')", () => {
  it("is spelled out", () => {
    const a = extract(
      `Hội thi\n\nSáng 5/4, Phòng GD &ĐT quận Tây Hồ (Hà Nội) tổ chức hội thi giáo viên dạy giỏi.\n\n${BODY}`,
    );
    expect(a.organizers[0]).toBe("Phòng Giáo dục và Đào tạo quận Tây Hồ");
  });
});

describe("a first long paragraph that dates nothing, over one whose first sentence dates the event", () => {
  it("is a sapo: the story opens with the dated paragraph", () => {
    const a = extract(
      `Bảo vệ trẻ em\n\nTháng hành động vì trẻ em là dịp để cả xã hội hiểu, thực hiện sâu sắc hơn nữa những việc làm cụ thể nhằm nâng cao đời sống tinh thần, vật chất cho trẻ em.\n\nLễ phát động Tháng hành động vì trẻ em do Sở Lao động – Thương binh và Xã hội tỉnh Phú Thọ phối hợp với UBND thành phố Việt Trì tổ chức đã diễn ra sáng 1/6/2017 tại quảng trường. ${BODY}`,
    );
    expect([a.organizers[0], a.year]).toEqual(["Sở Lao động – Thương binh và Xã hội tỉnh Phú Thọ", 2017]);
  });
});

describe("an ordinal before a unit ('kỳ họp thứ 4 HĐND thành phố … khai mạc')", () => {
  it("ends no date: the session, not the council, is the subject", () => {
    const a = extract(
      `Kỳ họp\n\nSáng 5/7, kỳ họp thứ 4 HĐND thành phố Cần Thơ khóa IX khai mạc tại hội trường thành phố.\n\n${BODY}`,
    );
    expect(a.organizers).toEqual([]);
  });
});

describe("a province renamed since, on a page with no stamp that names it by its old name", () => {
  it("is the old province ('TP Huế … tỉnh Thừa Thiên - Huế')", () => {
    const a = extract(
      `Ra quân\n\nSáng 6/2, UBND TP Huế tổ chức lễ ra quân chỉnh trang đô thị. Tỉnh Thừa Thiên - Huế đã đầu tư nhiều công trình.\n\n${BODY}`,
    );
    expect(a.province).toBe("Thừa Thiên Huế");
    const b = extract(`Ra quân\n\nSáng 6/2, UBND TP Huế tổ chức lễ ra quân chỉnh trang đô thị.\n\n${BODY}`);
    expect(b.province).toBe("Huế");
  });
});

describe("abbreviations of a company and of the Front written with 'VN' ('Cty TNHH', 'UB MTTQ VN')", () => {
  it("are spelled out", () => {
    const a = extract(
      `Khánh thành\n\nNgày 4/7, UBND quận Lê Chân và Cty TNHH Hưng Thịnh đã tổ chức lễ khánh thành cây cầu mới.\n\n${BODY}`,
    );
    expect(a.organizers).toEqual(["Ủy ban nhân dân quận Lê Chân", "Công ty TNHH Hưng Thịnh"]);
    const b = extract(`Kỷ niệm\n\nSáng 24/6, UB MTTQ VN thành phố Hà Nội tổ chức lễ kỷ niệm.\n\n${BODY}`);
    expect(b.organizers[0]).toBe("Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội");
  });
});

describe("a newspaper, a group or a company named by its own name ('Báo Giao thông vận tải', 'Tổng công ty X', 'Công ty Cổ phần Y 14')", () => {
  it.each([
    ["Sáng 20/6, Báo Giao thông vận tải tổ chức tọa đàm về an toàn giao thông.", "Báo Giao thông vận tải"],
    ["Sáng 3/6, Tổng công ty Sông Đà tổ chức đại hội đồng cổ đông thường niên.", "Tổng Công ty Sông Đà"],
    ["Sáng 3/6, Công ty Cổ phần Sông Đà 10 tổ chức lễ khởi công nhà máy.", "Công ty Cổ phần Sông Đà 10"],
  ])("%s", (lead, want) => {
    expect(extract(`Tiêu đề\n\n${lead}\n\n${BODY}`).organizers[0]).toBe(want);
  });
});

describe("an association's central body that units.json does not list ('Trung ương Hội Sinh viên Việt Nam')", () => {
  it("is a unit, in a list too", () => {
    const a = extract(
      `Ra quân\n\nNgày 11/6, Bộ GD&ĐT, Trung ương Hội Sinh viên Việt Nam, Báo Tuổi Trẻ phối hợp tổ chức lễ ra quân chương trình tiếp sức mùa thi.\n\n${BODY}`,
    );
    expect(a.organizers).toEqual(["Bộ Giáo dục và Đào tạo", "Trung ương Hội Sinh viên Việt Nam", "Báo Tuổi Trẻ"]);
  });
  it("a list whose earlier item did not parse gives no later item as the leading one", () => {
    const a = extract(`Ra quân\n\nNgày 11/6, Hội tỉnh Hòa Bình, Báo Tuổi Trẻ phối hợp tổ chức lễ ra quân.\n\n${BODY}`);
    expect(a.organizers).toEqual([]);
  });
});

describe("units a person directs ('Phó Thủ tướng X chỉ đạo Bộ A, Bộ B phối hợp với UBND tỉnh Y kiểm tra')", () => {
  it("are given a task and hold no event", () => {
    const a = extract(
      `Chỉ đạo\n\nNgày 5/6, Phó Thủ tướng Nguyễn Văn D chỉ đạo 2 bộ, Bộ Công Thương, Bộ Tài chính phối hợp với UBND tỉnh Long An tiến hành kiểm tra kho hàng.\n\n${BODY}`,
    );
    expect(a.organizers).toEqual([]);
  });
  it("a unit directing another still leaves the directed one holding the event", () => {
    const a = extract(
      `Ra quân\n\nSáng 5/6, Hội LHPN tỉnh Nghệ An chỉ đạo Hội LHPN thị xã Cửa Lò tổ chức ra quân vệ sinh môi trường.\n\n${BODY}`,
    );
    expect(a.organizers[0]).toBe("Hội Liên hiệp Phụ nữ thị xã Cửa Lò");
  });
});

describe("a province whose name holds a dash, however the text writes it ('Bà Rịa - Vũng Tàu', 'Bà Rịa-Vũng Tàu')", () => {
  it.each(["Bà Rịa - Vũng Tàu", "Bà Rịa-Vũng Tàu", "Bà Rịa – Vũng Tàu"])("%s", (written) => {
    const a = extract(`Họp mặt\n\nNgày 6/2, UBND tỉnh ${written} tổ chức họp mặt doanh nghiệp đầu xuân.\n\n${BODY}`);
    expect([a.organizers[0], a.province]).toEqual(["Ủy ban nhân dân tỉnh Bà Rịa – Vũng Tàu", "Bà Rịa – Vũng Tàu"]);
  });
});

describe("a milestone set ('đưa ra mốc năm 2025')", () => {
  it("dates no event", () => {
    const a = extract(
      `Hội thảo\n\nChiều 30/6, Sở Giao thông vận tải tỉnh Long An tổ chức hội thảo, trong đó Bộ Giao thông vận tải đưa ra mốc năm 2025 cho tuyến đường mới.\n\n${BODY}`,
    );
    expect(a.year).toBeNull();
  });
});

describe("a headline 'Unit: …' over a lead that names no organizer", () => {
  it("names who held it when what follows is an event ('…: Tổng kết công tác năm 2023')", () => {
    const a = extract(
      `Hội Nông dân huyện Cờ Đỏ: Tổng kết công tác Hội năm 2023\n\nSáng 20/12, hội nghị tổng kết công tác Hội năm 2023 đã diễn ra tại hội trường huyện với sự tham dự của nhiều đại biểu.\n\n${BODY}`,
    );
    expect(a.organizers[0]).toBe("Hội Nông dân huyện Cờ Đỏ");
  });
  it("names who said or did something else otherwise ('Bộ Công Thương: Chưa có phương án …')", () => {
    const a = extract(
      `Bộ Công Thương: Chưa có phương án xử lý vụ việc\n\nSáng 14/7, tại buổi họp báo thường kỳ, Thứ trưởng Nguyễn Văn E cho biết các cơ quan đang xem xét vụ việc.\n\n${BODY}`,
    );
    expect(a.organizers).toEqual([]);
  });
});

describe("a unit that says it is preparing an event ('Sở X cho biết đang phối hợp cùng Công ty Y tổ chức cuộc thi')", () => {
  it("announces it: no event held", () => {
    const a = extract(
      `Cuộc thi\n\nSáng 10/2, Sở Giáo dục và Đào tạo tỉnh Long An cho biết đang phối hợp cùng Công ty ABC tổ chức cuộc thi toán quốc tế dành cho học sinh.\n\n${BODY}`,
    );
    expect(a.organizers).toEqual([]);
  });
});

describe("events still ahead, written in ways the first rule missed", () => {
  it.each([
    "Hội sách Thiếu nhi 2017 do Sở Thông tin và Truyền thông tỉnh Nam Định tổ chức sẽ diễn ra từ ngày 1-7/6 tại quảng trường.",
    "Tháng 4/2017, Sở GD&ĐT TPHCM phối hợp cùng Công ty ABC (đơn vị đại diện của hiệp hội quốc tế) sẽ tổ chức cuộc thi toán lần II.",
  ])("%s", (lead) => {
    const a = extract(`Cuộc thi\n\n${lead}\n\n${BODY}`);
    expect([a.organizers, a.year]).toEqual([[], null]);
  });
});

describe("a head that needs a name, standing alone ('Đồng thời, Sở cũng tiến hành xử phạt …')", () => {
  it("names no unit", () => {
    const a = extract(
      `Xử phạt\n\nNgày 12/5, Sở Y tế TPHCM cho biết nhiều phòng khám đang bị tạm ngừng hoạt động. Đồng thời, Sở cũng tiến hành xử phạt nhiều phòng khám sai phạm.\n\n${BODY}`,
    );
    expect(a.organizers).toEqual([]);
  });
});

describe("a stock exchange ('Sở Giao dịch Chứng khoán Hà Nội')", () => {
  it("is an institution named as written, no city's department", () => {
    const a = extract(
      `Đấu giá\n\nNgày 24/5, Sở Giao dịch Chứng khoán Hà Nội tổ chức phiên đấu giá cổ phần.\n\n${BODY}`,
    );
    expect([a.organizers[0], a.province]).toEqual(["Sở Giao dịch Chứng khoán Hà Nội", "Hà Nội"]);
  });
});

describe("a ministry's field written with a dash and its short form in brackets ('Bộ Giáo dục - Đào tạo (GD – ĐT)')", () => {
  it("is named as the ministry names itself", () => {
    const a = extract(
      `Họp báo\n\nChiều 24/6, Bộ Giáo dục - Đào tạo (GD – ĐT) đã tổ chức buổi họp báo về kỳ thi.\n\n${BODY}`,
    );
    expect(a.organizers[0]).toBe("Bộ Giáo dục và Đào tạo");
  });
});

describe("a sapo over a story whose first sentence says who held something ('Tại buổi họp báo … do UBND TP.HCM tổ chức, …')", () => {
  it("opens the story there", () => {
    const a = extract(
      `Họp báo\n\nNhiều vấn đề về trật tự đô thị được lãnh đạo các quận nêu ra và giải đáp, được báo chí quan tâm theo dõi trong nhiều tháng qua.\n\nTại buổi họp báo tình hình kinh tế xã hội 5 tháng đầu năm 2017 do UBND TP.HCM tổ chức, bà Nguyễn Thị A, Phó Chủ tịch UBND quận 1 thông tin về việc sắp xếp lại vỉa hè. ${BODY}`,
    );
    expect(a.organizers[0]).toBe("Ủy ban nhân dân TP Hồ Chí Minh");
  });
  it("or right after a caption ('… tặng hoa cho em A. Ngày 29.5, … Sở GD-ĐT tỉnh X đã tổ chức …')", () => {
    const a = extract(
      `Tuyên dương\n\nEm Phạm Văn B đã giành huy chương vàng tại cuộc thi quốc tế năm nay và được lãnh đạo tỉnh, thầy cô giáo, bạn bè trong trường khen thưởng, động viên kịp thời.\n\nBí thư Tỉnh ủy Quảng Trị Nguyễn Văn H (bìa phải) tặng hoa, tiền thưởng cho em Phạm Văn B. Ngày 29.5, tại trường THPT thị xã, Sở GD-ĐT tỉnh Quảng Trị đã tổ chức lễ tuyên dương. ${BODY}`,
    );
    expect(a.organizers[0]).toBe("Sở Giáo dục và Đào tạo tỉnh Quảng Trị");
  });
  it("places the story by a province the sapo names", () => {
    const a = extract(
      `Khai mạc\n\nLễ hội diễn ra tại tỉnh Quảng Nam với nhiều hoạt động văn hóa đặc sắc, thu hút đông đảo du khách trong và ngoài nước.\n\nDu khách xem biểu diễn. (Ảnh: Minh Anh) Tối 9/6, Ban tổ chức lễ hội khai mạc chương trình nghệ thuật tại bãi biển. ${BODY}`,
    );
    expect(a.province).toBe("Quảng Nam");
  });
});

describe("a deadline ('thực hiện xong trước ngày 30/4/2017')", () => {
  it("is no event's day", () => {
    expect(
      findEventDay("Nhiều nhiệm vụ UBND tỉnh Long An yêu cầu các ngành thực hiện xong trước ngày 30/4/2017."),
    ).toBeNull();
  });
});

describe("'bộ' or 'sở' before lower-case words ('Bộ thay đổi thời gian …')", () => {
  it("is no ministry or department", () => {
    const a = extract(
      `Thay đổi\n\nSở dĩ có sự thay đổi này là do năm nay Bộ thay đổi thời gian tổ chức kỳ thi, vì vậy Sở phải điều chỉnh lịch.\n\n${BODY}`,
    );
    expect(a.organizers).toEqual([]);
  });
});

describe("a unit given the lead of a task ('ông X đã giao Sở Xây dựng chủ trì, phối hợp …', 'UBND TP chỉ đạo Viện X chủ trì')", () => {
  it.each([
    "Chủ tịch tỉnh Trần Văn F (đội mũ) trong lần kiểm tra khu du lịch vào tháng 3.2017 Theo đó, ông F đã giao Sở Xây dựng chủ trì, phối hợp với các Sở: TN-MT, Du lịch, KH-ĐT, Bộ chỉ huy Quân sự TP, UBND Q.Ngũ Hành Sơn và các cơ quan liên quan khẩn trương triển khai thực hiện.",
    "UBND TP.HCM chỉ đạo Viện Nghiên cứu và phát triển TP.HCM chủ trì phối hợp các sở ngành nghiên cứu giải pháp.",
  ])("%s", (sentence) => {
    expect(subjectOrganizers(sentence, aliases)).toBeNull();
  });
});

describe("abbreviations of departments ('Sở VH-TT-DL', 'Sở VH-TT', 'Sở GDCK')", () => {
  it.each([
    ["Sở VH-TT-DL tỉnh Quảng Trị", "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Trị"],
    ["Sở VH-TT tỉnh Quảng Trị", "Sở Văn hóa và Thể thao tỉnh Quảng Trị"],
    ["Sở GDCK Hà Nội", "Sở Giao dịch Chứng khoán Hà Nội"],
  ])("%s", (written, want) => {
    const a = extract(`Tiêu đề\n\nSáng 6/2, ${written} tổ chức gặp mặt đầu năm.\n\n${BODY}`);
    expect(a.organizers[0]).toBe(want);
  });
});

describe("an edition's year in a sentence that does not hold the event ('… đã báo cáo … về lễ hội chọi trâu năm 2017')", () => {
  it("dates nothing; in one that holds it, it does", () => {
    const a = extract(
      `Báo cáo\n\nNgày 11/7, Cục Văn hóa cơ sở đã báo cáo Bộ trưởng về sự cố tại lễ hội chọi trâu Đồ Sơn năm 2017.\n\n${BODY}`,
    );
    expect(a.year).toBeNull();
    const b = extract(
      `Khai mạc\n\nTối 9/6, Festival Di sản Quảng Nam lần thứ VI - năm 2017 chính thức khai mạc tại bãi biển Tam Thanh.\n\n${BODY}`,
    );
    expect(b.year).toBe(2017);
  });
});

describe("a time phrase between the subject and its verb ('Sở X ngày hôm qua 12-5 đã tổ chức')", () => {
  it("is no part of the unit", () => {
    const a = extract(
      `Hội nghị\n\nSở NN&PTNT tỉnh Long An ngày hôm qua 12-5 đã tổ chức hội nghị bàn giải pháp tiêu thụ nông sản.\n\n${BODY}`,
    );
    expect(a.organizers[0]).toBe("Sở Nông nghiệp và Phát triển nông thôn tỉnh Long An");
  });
});

describe("a newspaper written in lower case ('báo Hà Nội Mới phối hợp với …'), and a military region ('Quân khu 7')", () => {
  it("are units", () => {
    const a = extract(
      `Cuộc thi\n\nSáng 20/5, báo Tuổi Trẻ phối hợp với Sở Văn hóa và Thể thao thành phố tổ chức cuộc thi ảnh.\n\n${BODY}`,
    );
    expect(a.organizers[0]).toBe("Báo Tuổi Trẻ");
    const b = extract(`Khảo sát\n\nChiều 6/7, Quân khu 7 đã tổ chức khảo sát thực địa tìm hài cốt liệt sĩ.\n\n${BODY}`);
    expect(b.organizers[0]).toBe("Quân khu 7");
  });
});

describe("a period's start ('từ đầu 2016')", () => {
  it("dates no event", () => {
    const a = extract(
      `Tọa đàm\n\nSáng 20/5, Báo Tuổi Trẻ tổ chức tọa đàm về giá đất tăng mạnh tại khu Đông từ đầu 2016.\n\n${BODY}`,
    );
    expect(a.year).toBeNull();
  });
});

describe("a ministry or department written with other capitals or a dash ('Bộ Công thương', 'Bộ Thông tin - Truyền thông')", () => {
  it.each([
    ["Bộ Công thương", "Bộ Công Thương"],
    ["Bộ Giao thông Vận tải", "Bộ Giao thông vận tải"],
    ["Bộ Nông nghiệp và Phát triển Nông thôn", "Bộ Nông nghiệp và Phát triển nông thôn"],
    ["Bộ Thông tin - Truyền thông", "Bộ Thông tin và Truyền thông"],
    ["Sở Công thương tỉnh Bắc Giang", "Sở Công Thương tỉnh Bắc Giang"],
    // A head typed twice, as a site printed it.
    ["Sở Sở Công thương Bắc Giang", "Sở Công Thương tỉnh Bắc Giang"],
  ])("%s is %s", (written, canonical) => {
    const a = extract(
      `Hội nghị\n\nSáng 5/6, ${written} tổ chức hội nghị xúc tiến thương mại cho các doanh nghiệp trong nước.\n\n${BODY}`,
    );
    expect(a.organizers[0]).toBe(canonical);
  });
  it("a national broadcaster takes no province from the text", () => {
    const a = extract(
      `Chương trình\n\nTối 5/6, Đài Truyền hình Việt Nam tổ chức chương trình giao lưu nghệ thuật tại tỉnh Ninh Bình.\n\n${BODY}`,
    );
    expect(a.organizers[0]).toBe("Đài Truyền hình Việt Nam");
  });
});

describe("a ministry's whole name ('Bộ Kế hoạch và Đầu tư') takes no lower-case word after it", () => {
  it.each([
    ["Sáng 5/6, Bộ Giáo dục và Đào tạo cấm các trường tổ chức thi tuyển vào lớp 6.", null],
    [
      "Ngày 5/6, công tác quy hoạch từ năm 2001 đến nay vừa được Vụ Quản lý quy hoạch, Bộ Kế hoạch và Đầu tư đánh giá, tổng kết tại hội nghị.",
      null,
    ],
    [
      "Bộ Công Thương chủ trì, Cục Xúc tiến Thương mại chỉ đạo, Công ty VINEXAD tổ chức triển lãm Vietnam Expo tại Hà Nội từ ngày 5/4.",
      "Bộ Công Thương",
    ],
  ])("%s", (lead, organizer) => {
    const a = extract(`Tin tức\n\n${lead}\n\n${BODY}`);
    expect(a.organizers[0] ?? null).toBe(organizer);
  });
});

describe("more ways a ministry or a union is written ('Bộ NNPTNT', 'Bộ TT-TT', 'Thể thao & Du lịch', 'Đoàn TNCS HCM')", () => {
  it.each([
    ["Bộ NNPTNT", "Bộ Nông nghiệp và Phát triển nông thôn"],
    ["Bộ TT-TT", "Bộ Thông tin và Truyền thông"],
    ["Bộ Văn hóa, Thể thao & Du lịch", "Bộ Văn hóa, Thể thao và Du lịch"],
    ["Bộ Văn hóa Thể thao Du lịch", "Bộ Văn hóa, Thể thao và Du lịch"],
    ["Trung ương Đoàn TNCS HCM", "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"],
    ["Sở Văn Hóa - Thể Thao Khánh Hòa", "Sở Văn hóa và Thể thao tỉnh Khánh Hòa"],
  ])("%s is %s", (written, canonical) => {
    const a = extract(
      `Hội nghị\n\nSáng 5/6, ${written} tổ chức hội nghị tổng kết công tác cho các đơn vị trong cả nước.\n\n${BODY}`,
    );
    expect(a.organizers[0]).toBe(canonical);
  });
});

describe("a birth year ('(SN 2005)'), a count ('gần 2000 người') and a law named for its year ('Luật Đất đai 2013')", () => {
  it.each([
    "Sáng 5/6, Hội Cựu chiến binh xã Tân Phú tổ chức trao học bổng cho em Nguyễn Văn A (SN 2005), học sinh nghèo vượt khó.",
    "Sáng 5/6, Hội Nông dân huyện Cờ Đỏ tổ chức tập huấn cho gần 2000 hội viên nông dân.",
    "Sáng 5/6, Sở Tư pháp tỉnh Bình Dương tổ chức hội nghị phổ biến Luật Đất đai 2013 cho cán bộ cơ sở.",
  ])("date no event: %s", (lead) => {
    expect(extract(`Tin tức\n\n${lead}\n\n${BODY}`).year).toBeNull();
  });
});

describe("a front committee printed as central with a local level ('Ủy ban Trung ương MTTQ VN tỉnh Hà Tĩnh')", () => {
  it("is the province's", () => {
    const a = extract(
      `Lễ kỷ niệm\n\nSáng 11/6, Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh tổ chức lễ kỷ niệm ngày truyền thống.\n\n${BODY}`,
    );
    expect(a.organizers[0]).toBe("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh");
    expect(a.province).toBe("Hà Tĩnh");
  });
});

describe("a ceremony conducted or co-held ('làm lễ', 'cử hành', 'đồng tổ chức')", () => {
  it("makes its subject the organizer ('X đã làm lễ ra quân …')", () => {
    const a = extract(
      `Ra quân\n\nSáng 12/4, Huyện đoàn Nghi Lộc đã làm lễ ra quân chiến dịch tình nguyện hè.\n\n${BODY}`,
    );
    expect([a.organizers, a.province]).toEqual([["Huyện Đoàn Nghi Lộc"], "Nghệ An"]);
  });
  it("as 'cử hành' does ('X long trọng cử hành lễ kỷ niệm …')", () => {
    const a = extract(
      `Kỷ niệm\n\nSáng 12/4, Hội Cựu chiến binh tỉnh Nghệ An long trọng cử hành lễ kỷ niệm ngày thành lập.\n\n${BODY}`,
    );
    expect(a.organizers).toEqual(["Hội Cựu chiến binh tỉnh Nghệ An"]);
  });
  it("keeps both co-holders, the first leading ('X và Y đồng tổ chức …')", () => {
    const a = extract(
      `Hội thảo\n\nSáng 5/3, Hội Nông dân tỉnh Bình Phước và Sở Công Thương tỉnh Bình Phước đồng tổ chức hội thảo về cà phê.\n\n${BODY}`,
    );
    expect(a.organizers).toEqual(["Hội Nông dân tỉnh Bình Phước", "Sở Công Thương tỉnh Bình Phước"]);
  });
});

describe("a page's clock with its zone in square brackets ('Thứ 3, 26/11/2024, 22:44[GMT+7]')", () => {
  it("is a stamp, not the headline", () => {
    const a = extract(
      `Thứ 3, 26/11/2024, 22:44[GMT+7]\n\nHội nghị cán bộ chủ chốt huyện Kiến Xương\n\nSáng 20/11, Huyện ủy Kiến Xương tổ chức hội nghị cán bộ chủ chốt.\n\n${BODY}`,
    );
    expect([a.title, a.year]).toEqual(["Hội nghị cán bộ chủ chốt huyện Kiến Xương", 2024]);
  });
});

describe("a year of history in a unit's name ('Hội Chiến sĩ Thành cổ Quảng Trị năm 1972 huyện X')", () => {
  it("is no evidence against the page's stamp", () => {
    const a = extract(
      `Đại hội Hội Chiến sĩ Thành cổ Quảng Trị năm 1972 huyện Tiền Hải\n\nThứ 6, 25/11/2022 | 16:59\n\nSáng 25/11, Hội Chiến sĩ Thành cổ Quảng Trị năm 1972 huyện Tiền Hải tổ chức Đại hội lần thứ I.\n\n${BODY}`,
    );
    expect([a.year, a.date]).toEqual([2022, "2022-11-25"]);
  });
});

describe("a tally of units' own events ('tính đến ngày 31-3, toàn tỉnh có 144/229 Hội … đã tổ chức …')", () => {
  it("dates no event and names no organizer", () => {
    const a = extract(
      `Hơn nửa số hội cơ sở đã đại hội\n\n08:04, 03/04/2022\n\nPhó chủ tịch Hội Nông dân tỉnh cho biết, tính đến ngày 31-3, toàn tỉnh có 95/160 Hội Nông dân cơ sở đã tổ chức thành công đại hội.\n\n${BODY}`,
    );
    expect([a.organizers, a.year, a.date]).toEqual([[], null, null]);
  });
  it("a day after 'tính đến' is the tally's, not the event's ('Tính đến ngày 31/3, X đã tổ chức xong …')", () => {
    const a = extract(
      `Đại hội điểm\n\nThứ Hai, 03/04/2022\n\nTính đến ngày 31/3, Hội Nông dân huyện Lệ Thủy đã tổ chức xong đại hội điểm ở xã Sen Thủy.\n\n${BODY}`,
    );
    expect([a.organizers, a.year, a.date]).toEqual([["Hội Nông dân huyện Lệ Thủy"], 2022, null]);
  });
});

describe("partners that write the leading unit's level again without its place ('Thành đoàn TP X, Hội LHTN Việt Nam thành phố và Hội Sinh viên Việt Nam thành phố')", () => {
  const lead = `Ra quân\n\nNgày 12-7, Thành đoàn thành phố Hồ Chí Minh, Hội Liên hiệp thanh niên Việt Nam thành phố và Hội Sinh viên Việt Nam thành phố tổ chức lễ ra quân chiến dịch tình nguyện hè.\n\n${BODY}`;
  it("are the leading unit's city's, a national body's name included", () => {
    expect(extract(lead).organizers).toEqual([
      "Thành Đoàn TP Hồ Chí Minh",
      "Hội Liên hiệp Thanh niên Việt Nam TP Hồ Chí Minh",
      "Hội Sinh viên Việt Nam TP Hồ Chí Minh",
    ]);
  });
  it("even on another city's site", () => {
    const a = extractArticle(lead, { id: "x", file: "x.txt", url: "https://hanoimoi.vn/ra-quan-1.html" }, aliases);
    expect(a.organizers.slice(1)).toEqual([
      "Hội Liên hiệp Thanh niên Việt Nam TP Hồ Chí Minh",
      "Hội Sinh viên Việt Nam TP Hồ Chí Minh",
    ]);
  });
});

describe("a scraper's stamp line right under the headline ('Tiêu đề\\ndate 2026-01-19 Ngày 19-1, …')", () => {
  it("is not joined to the headline as wrapped text, and dates the event", () => {
    const a = extract(
      `Phường Tân Khánh khởi công sửa chữa nhà đại đoàn kết\ndate 2026-01-19 Ngày 19-1, Ủy ban MTTQ Việt Nam phường Tân Khánh tổ chức lễ khởi công sửa chữa nhà Đại đoàn kết cho 2 hộ nghèo.\n\n${BODY}`,
    );
    expect([a.title, a.date]).toEqual(["Phường Tân Khánh khởi công sửa chữa nhà đại đoàn kết", "2026-01-19"]);
  });
});

describe("the poor fund's campaign board ('Ban Vận động Quỹ “Vì người nghèo” xã X')", () => {
  it("is a unit, alone or as a partner", () => {
    const a = extract(
      `Bàn giao nhà\n\nSáng 29-1, Ủy ban MTTQ Việt Nam xã Tân Phong phối hợp Ban Vận động Quỹ “Vì người nghèo” xã tổ chức lễ bàn giao nhà đại đoàn kết.\n\n${BODY}`,
    );
    expect(a.organizers).toEqual([
      "Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Phong",
      "Ban Vận động Quỹ Vì người nghèo xã Tân Phong",
    ]);
  });
});

describe("a meeting's quarter and its year ('giao ban … quý I/2024')", () => {
  it("dates a meeting in the weeks after the quarter", () => {
    const a = extract(
      `Giao ban quý I\n\nNgày 19/4, Thường trực HĐND tỉnh Ninh Thuận tổ chức cuộc họp giao ban với Mặt trận và các đoàn thể chính trị - xã hội tỉnh quý I/2024.\n\n${BODY}`,
    );
    expect([a.year, a.date]).toEqual([2024, "2024-04-19"]);
  });
  it("a review of the last quarter early in the next year is that next year's", () => {
    const a = extract(
      `Sơ kết quý IV\n\nNgày 10/1, Hội Nông dân tỉnh Ninh Thuận tổ chức hội nghị sơ kết công tác Hội quý IV/2023.\n\n${BODY}`,
    );
    expect(a.year).toBe(2024);
  });
  it("a figure's quarter dates nothing ('doanh thu quý 4/2016')", () => {
    const a = extract(
      `Kết quả kinh doanh\n\nNgày 10/1, Công ty Điện lực Ninh Thuận cho biết doanh thu quý 4/2016 tăng mạnh so với cùng kỳ.\n\n${BODY}`,
    );
    expect(a.year).toBeNull();
  });
});

describe("a police unit by its short form ('CATP', 'CAQ', 'CAH') and a unit's youth union ('Đoàn Thanh niên Công an quận X')", () => {
  it("is spelled out and placed", () => {
    const a = extract(`Ra quân\n\nSáng 4/6, Công an TP Đà Nẵng phối hợp CAQ Liên Chiểu tổ chức lễ ra quân.\n\n${BODY}`);
    expect(a.organizers).toEqual(["Công an thành phố Đà Nẵng", "Công an quận Liên Chiểu"]);
  });
  it("the youth union of a police unit or a department is that unit's", () => {
    const a = extract(
      `Tình nguyện\n\nSáng 4/6, Đoàn Thanh niên CAH Tương Dương tổ chức lễ ra quân chiến dịch tình nguyện hè.\n\n${BODY}`,
    );
    expect([a.organizers, a.province]).toEqual([["Đoàn Thanh niên Công an huyện Tương Dương"], "Nghệ An"]);
  });
});

describe("forces sent out ('X đã tổ chức lực lượng đến hiện trường')", () => {
  it("is no event held", () => {
    const a = extract(
      `Cháy xưởng\n\nRạng sáng 5/6, một xưởng gỗ bốc cháy. Công an quận Liên Chiểu đã tổ chức lực lượng đến hiện trường chữa cháy.\n\n${BODY}`,
    );
    expect(a.organizers).toEqual([]);
  });
});

describe("a commune named without its district (the gazetteer of July 2025)", () => {
  const lead = (unit: string, day = "Sáng 12/9/2025") =>
    `Hội nghị\n\n${day}, ${unit} tổ chức hội nghị triển khai công tác dân vận năm 2025.\n\n${BODY}`;

  it.each([
    ["Ủy ban MTTQ Việt Nam phường Ea Kao", "Đắk Lắk"],
    ["Đảng ủy phường Bàn Cờ", "TP Hồ Chí Minh"],
    ["Đảng ủy đặc khu Phú Quốc", "An Giang"],
  ])("places %s by the one province that has it", (unit, province) => {
    expect(extract(lead(unit)).province).toBe(province);
  });

  it("places a town named with its district's bare name, as written before the merger", () => {
    const a = extract(lead("Hội Nông dân thị trấn Phố Châu (Hương Sơn)", "Sáng 12/9/2019"));
    expect(a.province).toBe("Hà Tĩnh");
  });

  it("takes no province from a commune whose district is named and holds no commune of that name", () => {
    // The one Hưng Khánh the lists know is Lào Cai's; huyện Hưng Nguyên's was merged away earlier.
    const a = extract(lead("Hội Nông dân xã Hưng Khánh, huyện Hưng Nguyên", "Sáng 12/9/2019"));
    expect(a.province).not.toBe("Lào Cai");
  });
});

describe("a junction named for a province", () => {
  it("is no vote for it: 'ngã ba Huế' is in Đà Nẵng", () => {
    const a = extract(
      `Dự án nút giao ngã ba Huế\n\nViệc hoàn trả vốn cho dự án nút giao thông khác mức ngã ba Huế, TP Đà Nẵng chưa thể thực hiện trong giai đoạn 2016 – 2020.\n\nDự án nút giao ngã ba Huế có tổng mức đầu tư lớn. Người dân Đà Nẵng mong dự án sớm hoàn thành.`,
    );
    expect(a.province).toBe("Đà Nẵng");
  });
});

describe("a province renamed", () => {
  it("counts its old and new names as one province's mentions, given back as it was at the event", () => {
    const a = extract(
      `Ngư dân gặp nạn\n\nSáng 12/9/2019, tại vùng biển Huế, một ngư dân của thị xã Hương Thủy gặp nạn khi đánh bắt.\n\nLực lượng cứu hộ của Huế đã đưa anh vào bờ. Cơ quan chức năng tỉnh Thừa Thiên Huế đang làm rõ. Một tàu của Đà Nẵng cũng tham gia tìm kiếm, tàu Đà Nẵng đã về bờ.`,
    );
    expect(a.province).toBe("Thừa Thiên Huế");
  });
});

describe("a district's province written beside it", () => {
  const lead = (unit: string) =>
    `Hội nghị\n\nChiều 12/7/2017, ${unit} đã tổ chức hội nghị sơ kết công tác hội.\n\n${BODY}`;

  it.each([
    "Hội Nông dân huyện Phong Điền (Thừa Thiên Huế)",
    "Hội Nông dân huyện Phong Điền, tỉnh Thừa Thiên Huế",
    "Hội Nông dân huyện Phong Điền (Thừa Thiên- Huế)",
  ])("places %s there, not in the one province whose district of that name is still a huyện", (unit) => {
    const a = extract(lead(unit));
    expect(a.organizers).toEqual(["Hội Nông dân huyện Phong Điền"]);
    expect(a.province).toBe("Thừa Thiên Huế");
  });

  it("reads a province typed with a space on one side of its dash", () => {
    const a = extract(
      `Hội nghị\n\nChiều 12/7/2017, Hội Nông dân tỉnh đã tổ chức hội nghị sơ kết.\n\nHội viên nông dân tỉnh Bà Rịa- Vũng Tàu đã đóng góp nhiều ý kiến. Nông dân Bà Rịa -Vũng Tàu thi đua sản xuất giỏi.`,
    );
    expect(a.organizers).toEqual(["Hội Nông dân tỉnh Bà Rịa – Vũng Tàu"]);
  });
});

describe("partners left unnamed", () => {
  it("keeps the leading unit of 'X phối hợp các cơ quan chức năng tổ chức'", () => {
    const a = extract(
      `Lễ hội\n\nTối 10-6-2017, tại trung tâm huyện Trà Bồng, UBND tỉnh Quảng Ngãi phối hợp các cơ quan chức năng tổ chức Lễ hội quế lần thứ nhất.\n\n${BODY}`,
    );
    expect(a.organizers).toEqual(["Ủy ban nhân dân tỉnh Quảng Ngãi"]);
  });
});
