/**
 * Word lists for the synthetic corpus: the register of provincial party and
 * mass-organization news (dân vận, Mặt trận, hội đoàn thể). Each list is in
 * rough order of frequency, most common first: the generator draws from it
 * with Zipf weights. Tone placement is the modern "hòa"/"ủy" form; the
 * generator rewrites some articles into the old "hoà"/"uỷ" form.
 */

const split = (s: string) =>
  s
    .split(/\s*[,\n]\s*/)
    .map((w) => w.trim())
    .filter(Boolean);

/** Nouns and noun phrases of the genre (subjects and objects). */
export const NOUNS = split(`
công tác, dân vận, cán bộ, đảng viên, nhân dân, chính quyền, cơ sở, hoạt động, nhiệm vụ, kết quả,
phong trào, mô hình, chương trình, kế hoạch, nội dung, hiệu quả, địa phương, đơn vị, hội viên, đoàn viên,
quy chế dân chủ ở cơ sở, dân chủ, hệ thống chính trị, cấp ủy, chính sách, pháp luật, nghị quyết, chủ trương, tình hình, đời sống,
an sinh xã hội, nông thôn mới, đô thị văn minh, khu dân cư, người lao động, công nhân, nông dân, phụ nữ, thanh niên, cựu chiến binh,
đồng bào dân tộc thiểu số, tôn giáo, chức sắc, người có uy tín, hộ nghèo, hộ cận nghèo, gia đình chính sách, người có công, trẻ em, học sinh,
sinh viên, doanh nghiệp, hợp tác xã, kinh tế, xã hội, văn hóa, giáo dục, y tế, môi trường, giao thông,
đất đai, giải phóng mặt bằng, khiếu nại, tố cáo, kiến nghị, ý kiến, nguyện vọng, tiếp công dân, cải cách hành chính, chuyển đổi số,
chính quyền điện tử, thủ tục hành chính, dịch vụ công trực tuyến, an ninh trật tự, quốc phòng, biên giới, biển đảo, thiên tai, bão lũ, dịch bệnh,
phòng chống dịch Covid-19, sản xuất, kinh doanh, thu nhập, việc làm, nhà ở, nhà Đại đoàn kết, Quỹ Vì người nghèo, học bổng, phần quà,
bằng khen, giấy khen, danh hiệu, thi đua, điển hình tiên tiến, gương người tốt việc tốt, dân vận khéo, dân vận chính quyền, tư tưởng, đạo đức,
phong cách, trách nhiệm, vai trò, vị trí, tầm quan trọng, nhận thức, ý thức, niềm tin, sự đồng thuận, khối đại đoàn kết toàn dân tộc,
giám sát, phản biện xã hội, góp ý xây dựng Đảng, xây dựng chính quyền, tuyên truyền, vận động, tập huấn, bồi dưỡng, nghiệp vụ, kỹ năng,
kinh nghiệm, giải pháp, hạn chế, khó khăn, tồn tại, nguyên nhân, bài học, mục tiêu, chỉ tiêu, tiến độ,
nguồn lực, kinh phí, ngân sách, công trình, dự án, đường giao thông nông thôn, cầu dân sinh, kênh mương, nước sạch, vệ sinh môi trường,
rác thải, cây xanh, cây lúa, cây ăn quả, cà phê, hồ tiêu, cao su, chăn nuôi, thủy sản, nông sản,
sản phẩm OCOP, du lịch cộng đồng, làng nghề, chợ, trường học, trạm y tế, nhà văn hóa, thiết chế văn hóa, lễ hội, di tích,
truyền thống, lịch sử, ngày thành lập, Tết Nguyên đán, tháng hành động, đợt cao điểm, chiến dịch tình nguyện, Mùa hè xanh, hiến máu, nhân đạo,
từ thiện, an toàn giao thông, ma túy, tội phạm, tệ nạn xã hội, bạo lực gia đình, bình đẳng giới, dân số, người cao tuổi, người khuyết tật,
bảo hiểm y tế, bảo hiểm xã hội, trợ cấp, vốn vay, tín dụng chính sách, tổ tiết kiệm và vay vốn, tổ hòa giải, hòa giải ở cơ sở, mâu thuẫn, tranh chấp,
điểm nóng, dư luận xã hội, thông tin, báo chí, mạng xã hội, không gian mạng, thông tin sai lệch, thế lực thù địch, nền tảng tư tưởng của Đảng, bản lĩnh chính trị,
cuộc vận động, Ngày hội Đại đoàn kết toàn dân tộc, Ban công tác Mặt trận, Ban Thanh tra nhân dân, Ban giám sát đầu tư của cộng đồng, tổ dân phố, thôn, ấp, bản, khu phố,
lãnh đạo, đại biểu, đại hội, nhiệm kỳ, văn kiện, báo cáo, tham luận, đề án, quy định, quyết định,
hướng dẫn, chỉ thị, kết luận, thông báo, công văn, quy chế phối hợp, chương trình phối hợp, giao ban, sơ kết, tổng kết,
kiểm tra, khảo sát, tọa đàm, hội thảo, hội thi, diễn đàn, lễ ra mắt, lễ phát động, buổi gặp mặt, buổi làm việc,
lực lượng vũ trang, công an xã, dân quân tự vệ, biên phòng, cựu thanh niên xung phong, nạn nhân chất độc da cam, người hoạt động kháng chiến, thương binh, liệt sĩ, Mẹ Việt Nam anh hùng,
tín ngưỡng, cơ sở thờ tự, đồng bào công giáo, Phật giáo, lễ Giáng sinh, lễ Phật đản, đội ngũ trí thức, văn nghệ sĩ, doanh nhân, tiểu thương,
ngư dân, tàu cá, hợp tác quốc tế, đầu tư, hạ tầng, khu công nghiệp, cụm công nghiệp, tiền lương, điều kiện làm việc, hợp đồng lao động,
đường làng ngõ xóm, nhà tình nghĩa, nhà nhân ái, bếp ăn tình thương, suất ăn, áo ấm, xe đạp, sổ tiết kiệm, máy tính, thẻ bảo hiểm y tế
`);

/** Verbs and verb phrases. */
export const VERBS = split(`
thực hiện, triển khai, tổ chức, xây dựng, tăng cường, nâng cao, đẩy mạnh, phát huy, quan tâm, chăm lo,
hỗ trợ, tham gia, phối hợp, tham mưu, lãnh đạo, chỉ đạo, hướng dẫn, đánh giá, ghi nhận, biểu dương,
khen thưởng, đề nghị, yêu cầu, nhấn mạnh, khẳng định, thảo luận, trao đổi, góp ý, giải quyết, tháo gỡ,
nắm bắt, tiếp thu, lắng nghe, tuyên truyền, vận động, quán triệt, học tập, làm theo, nhân rộng, duy trì,
củng cố, kiện toàn, đổi mới, phát triển, bảo đảm, bảo vệ, giữ vững, khắc phục, phòng ngừa, ngăn chặn,
xử lý, đóng góp, ủng hộ, trao tặng, thăm hỏi, động viên, tặng quà, hiến đất, mở rộng, nâng cấp,
sửa chữa, xóa, giảm, tăng, đạt, vượt, hoàn thành, dẫn đầu, đi đầu, phấn đấu,
cam kết, ký kết, ra mắt, phát động, hưởng ứng, khai mạc, bế mạc, chủ trì, tham dự, gặp mặt,
đối thoại, giám sát, kiểm tra, rà soát, thống kê, cập nhật, ứng dụng, số hóa, kết nối, lan tỏa,
huy động, vận hành, bàn giao, khánh thành, khởi công, tiếp nhận, phân bổ, sử dụng, công khai, lấy ý kiến,
phản ánh, kiến nghị, đề xuất, bổ sung, điều chỉnh, sắp xếp, tinh gọn, bố trí, đào tạo, giới thiệu
`);

/** Adjectives and adverbs. */
export const ADJECTIVES = split(`
tốt, hiệu quả, thiết thực, sâu rộng, chặt chẽ, đồng bộ, kịp thời, tích cực, chủ động, nghiêm túc,
sâu sát, gần dân, trọng dân, hiểu dân, có trách nhiệm, nổi bật, xuất sắc, tiêu biểu, thường xuyên, đầy đủ,
công khai, minh bạch, văn minh, sạch đẹp, an toàn, bền vững, toàn diện, cụ thể, rõ ràng, mạnh mẽ,
sôi nổi, ấm áp, trang trọng, ý nghĩa, quan trọng, cấp thiết, lâu dài, phù hợp, thuận lợi, hợp pháp,
chính đáng, đa dạng, phong phú, sáng tạo, linh hoạt, nhanh chóng, đúng quy định, đúng tiến độ, dần dần, từng bước
`);

/** Time phrases; {Y} is the article's year, {Y0} an earlier one. */
export const TIME_PHRASES = split(`
trong thời gian tới, thời gian qua, trong năm {Y}, 6 tháng đầu năm {Y}, giai đoạn {Y0}-{Y}, nhiệm kỳ {Y0}-{Y},
trong những năm qua, từ đầu năm đến nay, dịp Tết Nguyên đán, hằng năm, định kỳ hằng quý, 9 tháng năm {Y}, năm {Y}
`);

/** Opening words of a sentence. */
export const OPENERS = split(`
Theo báo cáo, Bên cạnh đó, Ngoài ra, Đồng thời, Qua đó, Tại hội nghị, Dịp này, Năm {Y}, Thời gian qua, Trong năm {Y},
Thực hiện chủ trương trên, Với phương châm “dân biết dân bàn dân làm dân kiểm tra dân giám sát dân thụ hưởng”, Nhờ vậy, Từ những kết quả trên, Cũng tại hội nghị
`);

export const SURNAMES = split(
  "Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, Đỗ, Hồ, Ngô, Dương, Lý, Đinh, Trương, Lương, Mai",
);
export const MIDDLE_NAMES = split(
  "Văn, Thị, Hữu, Đức, Minh, Thanh, Ngọc, Quang, Xuân, Thu, Hồng, Kim, Công, Quốc, Thành, Bá, Trọng, Anh",
);
export const GIVEN_NAMES = split(`
Hùng, Dũng, Lan, Hương, Tuấn, Hà, Mai, Nam, Sơn, Hải, Long, Hiền, Nhi, Thảo, Trang, Phương, Tâm, Bình, Cường, Hiệp,
Luận, Vũ, Thanh, Tùng, Khôi, Ngọc, Trâm, Châu, Lượng, Hường, Linh, Hòa, Thủy, Phúc, Lộc, Thọ, Khánh, Quý, Đông, Vinh,
Thắng, Lợi, Hạnh, Yến, Nga, Hằng, Huệ, Nguyệt, Duyên, Tiến, Toàn, Thịnh, Quyết, Chiến, Hưng, Kiên, Trung, Nghĩa, Dân, Dẫn
`);

/** Roles people hold, placed before the organization they belong to. */
export const ROLES = split(`
Trưởng Ban, Phó Trưởng Ban, Phó Trưởng Ban Thường trực, Chủ tịch, Phó Chủ tịch, Bí thư, Phó Bí thư, Ủy viên Ban Thường vụ, Ủy viên Ban Chấp hành, Chánh Văn phòng
`);

/** Syllables that place names are made of ("Tân Phú", "An Thạnh"). */
export const PLACE_SYLLABLES = split(`
Tân, An, Phú, Bình, Hòa, Thạnh, Long, Phước, Đông, Tây, Nam, Bắc, Trung, Mỹ, Hưng, Thới, Lộc, Thuận, Xuân, Hiệp,
Khánh, Lợi, Sơn, Hà, Thanh, Quang, Vĩnh, Đức, Định, Hải, Lâm, Nghĩa, Phong, Điền, Cát, Kiều, Ninh, Yên, Thái, Hậu
`);

/** Province-level units (as data/places.json spells them), with the level word their committees use. */
export const PROVINCES: { name: string; city: boolean; site: string }[] = [
  ["Hà Nội", true, "hanoi"],
  ["TP Hồ Chí Minh", true, "thanhuytphcm"],
  ["Hải Phòng", true, "haiphong"],
  ["Đà Nẵng", true, "danang"],
  ["Cần Thơ", true, "cantho"],
  ["Nghệ An", false, "nghean"],
  ["Quảng Ninh", false, "quangninh"],
  ["Bình Dương", false, "binhduong"],
  ["Lâm Đồng", false, "lamdong"],
  ["Thừa Thiên Huế", false, "thuathienhue"],
  ["Thanh Hóa", false, "thanhhoa"],
  ["Đắk Lắk", false, "daklak"],
  ["Đồng Nai", false, "dongnai"],
  ["Bắc Giang", false, "bacgiang"],
  ["Quảng Nam", false, "quangnam"],
  ["Kiên Giang", false, "kiengiang"],
  ["Thái Bình", false, "thaibinh"],
  ["Hà Tĩnh", false, "hatinh"],
  ["Gia Lai", false, "gialai"],
  ["Sóc Trăng", false, "soctrang"],
  ["Lào Cai", false, "laocai"],
  ["Hòa Bình", false, "hoabinh"],
  ["Khánh Hòa", false, "khanhhoa"],
  ["Vĩnh Long", false, "vinhlong"],
].map(([name, city, site]) => ({ name: name as string, city: city as boolean, site: site as string }));

/**
 * Kinds of organizer, as written in a lead. {L} is "Tỉnh ủy"/"Thành ủy",
 * {l} "tỉnh"/"thành phố", {TD} "Tỉnh Đoàn"/"Thành Đoàn", {P} the province.
 * Each kind lists the ways one organizer is written (MTTQ spelled out or
 * not): ingestion must unify them.
 */
export const ORGANIZER_KINDS: string[][] = [
  ["Ban Dân vận {L} {P}"],
  ["Ủy ban MTTQ {l} {P}", "Ủy ban MTTQ Việt Nam {l} {P}", "Ủy ban Mặt trận Tổ quốc Việt Nam {l} {P}"],
  ["Hội Nông dân {l} {P}"],
  ["Hội Liên hiệp Phụ nữ {l} {P}", "Hội LHPN {l} {P}"],
  ["Đảng ủy Khối các cơ quan {l} {P}"],
  ["Đảng ủy Khối Doanh nghiệp {l} {P}"],
  ["Hội Cựu chiến binh {l} {P}", "Hội CCB {l} {P}"],
  ["Liên đoàn Lao động {l} {P}", "LĐLĐ {l} {P}"],
  ["Sở Nội vụ {l} {P}"],
  ["UBND {l} {P}", "Ủy ban nhân dân {l} {P}"],
  ["Ban Tuyên giáo {L} {P}"],
  ["{TD} {P}"],
];

/** Event nouns that follow "tổ chức" in a lead. */
export const EVENTS = split(`
hội nghị, hội nghị tổng kết, hội nghị sơ kết, hội nghị giao ban, hội nghị tập huấn, buổi đối thoại, buổi gặp mặt, lễ ra mắt, lễ phát động, hội thi,
tọa đàm, hội thảo, lễ trao quà, lễ khánh thành, đoàn kiểm tra, đoàn giám sát, diễn đàn, lễ kỷ niệm, chương trình, lớp bồi dưỡng
`);

/** Topics an event is about ("hội nghị tổng kết <topic>"). */
export const TOPICS = split(`
công tác dân vận, thực hiện quy chế dân chủ ở cơ sở, phong trào thi đua “Dân vận khéo”, công tác dân vận chính quyền, cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới đô thị văn minh”,
công tác tôn giáo, công tác dân tộc, công tác Mặt trận, chương trình phối hợp, công tác hội và phong trào nông dân, công tác chăm lo Tết cho người nghèo, công tác giảm nghèo bền vững,
việc thực hiện Luật Thực hiện dân chủ ở cơ sở, công tác tiếp công dân và giải quyết khiếu nại tố cáo, công tác phòng chống dịch, phong trào “Bình dân học vụ số”, chuyển đổi số,
công tác bảo vệ nền tảng tư tưởng của Đảng, công tác xây dựng Đảng, phong trào “Phụ nữ tích cực học tập lao động sáng tạo xây dựng gia đình hạnh phúc”, phong trào “Nông dân sản xuất kinh doanh giỏi”,
phong trào “Cựu chiến binh gương mẫu”, công tác đoàn và phong trào thanh thiếu nhi, công tác an sinh xã hội, công tác bảo vệ môi trường, Ngày hội Đại đoàn kết toàn dân tộc
`);

/** Headline patterns; {P} province or district, {T} topic, {E} event, {Y} year, {O} organizer. */
export const TITLES = split(
  `
{P}: {E} {T} năm {Y}|{O} {E} {T}|Tiếp tục nâng cao hiệu quả {T}|{P}: Đẩy mạnh {T}|{E} {T} giai đoạn {Y0}-{Y}|
Kết quả nổi bật trong {T} tại {D}|{O}: Nhiều mô hình hay trong {T}|Sơ kết 6 tháng đầu năm {Y} về {T}|{D} dẫn đầu {T}|Hướng dẫn {T} tại {D}|
{P}: Tổng kết {T} năm {Y}|Phát huy vai trò của {G} trong {T}|Kiểm tra {T} tại {D}|{O} gặp mặt {G}|Dần dần đổi thay nhờ {T} ở {D}
`.replace(/\|/g, ","),
);

/** Groups of people the work is aimed at. */
export const GROUPS = split(`
cán bộ đảng viên, hội viên nông dân, đoàn viên thanh niên, hội viên phụ nữ, hội viên cựu chiến binh, người lao động, đồng bào dân tộc thiểu số,
chức sắc chức việc các tôn giáo, người có uy tín, hộ nghèo, học sinh sinh viên, công nhân lao động, người cao tuổi, các tầng lớp Nhân dân
`);

export const DOC_TYPES = split("Nghị quyết, Quyết định, Chỉ thị, Kết luận, Kế hoạch, Hướng dẫn, Quy định, Thông báo");
export const DOC_CODES = split("NQ/TW, QĐ/TW, CT/TW, KL/TW, KH/TU, HD/BDVTW, QĐ-UBND, KH-UBND, NQ-CP");
export const DOC_ISSUERS = split(
  "Bộ Chính trị, Ban Bí thư, Ban Chấp hành Trung ương, Ban Thường vụ Tỉnh ủy, Ban Dân vận Trung ương, Chính phủ, UBND tỉnh, Thủ tướng Chính phủ",
);

/** Photo captions; {R} a role and person, {O} organizer, {A} the photographer. */
export const CAPTIONS = split(
  `
Quang cảnh hội nghị.|Toàn cảnh buổi đối thoại.|Đồng chí {R} phát biểu tại hội nghị. (Ảnh: {A})|{O} trao quà cho hộ nghèo. Ảnh: {AU}|
Các đại biểu tham dự hội nghị. (Ảnh: {A})|Ảnh minh họa|Đồng chí {R} trao bằng khen cho các tập thể. Ảnh: {A}|Các đại biểu dự lễ ra mắt mô hình.
`.replace(/\|/g, ","),
);

/** Words that open a "Tin khác" headline. */
export const OTHER_NEWS = split(`
Cảnh báo về việc giả mạo văn bản, Ghi nhận ổ dịch sốt xuất huyết mới, Bật gốc cây xanh khu vực đô thị, Tập trung xử lý các điểm ngập úng,
Đoàn công tác thành phố làm việc tại Nhật Bản, Khai mạc hội chợ nông sản, Thông báo tuyển dụng viên chức, Lịch tiếp công dân tháng này,
Hội nghị Ban Chấp hành Đảng bộ lần thứ mười, Giải chạy vì cộng đồng, Nâng cấp tuyến đường ven sông, Phát động tháng an toàn giao thông
`);
