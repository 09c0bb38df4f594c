/**
 * Single mistakes a clerk makes in a program, one line each, written from what clerks do: typing,
 * pasting from Word, copying last year's file. Each names the line it changes (a unique piece of
 * that line in the base), the line as the clerk leaves it, and the rule expected first.
 */
export interface Mistake {
  name: string;
  /** A piece of text on the line changed (the first line of the base that holds it). */
  on: string;
  /** The line as the mistake leaves it. */
  to: (line: string) => string;
  /** The rule id expected first (at the changed line), '' for none, and optionally words its message or fix must contain. */
  expect: string;
  says?: RegExp;
}

const swap = (from: string | RegExp, to: string) => (line: string) => line.replace(from, to);
const indent = (n: number) => (line: string) => ' '.repeat(n) + line.trimStart();

export const MISTAKES: Mistake[] = [
  // Indentation and layout
  { name: 'thut-3-thay-4', on: '    ten: Ủy ban nhân dân xã Phù Đổng', to: indent(3), expect: 'YA001', says: /cột 5/ },
  { name: 'thut-5-thay-4', on: '    loai: ubnd', to: indent(5), expect: 'YA001', says: /cột 5/ },
  { name: 'thut-1-thay-2', on: '  ten: Phù Đổng', to: indent(1), expect: 'YA001', says: /cột 3/ },
  { name: 'thut-3-thay-2', on: '  thuoc: thành phố Hà Nội', to: indent(3), expect: 'YA001', says: /cột 3/ },
  { name: 'khoa-goc-bi-thut', on: 'nam: 2027', to: indent(2), expect: 'YA001', says: /cột 1/ },
  { name: 'khoa-con-khong-thut', on: '  cap: xa', to: indent(0), expect: 'YA001', says: /cột 3/ },
  { name: 'gach-dau-dong-cot-1', on: '  - id: ubnd', to: indent(0), expect: 'YA001', says: /cột 3/ },
  { name: 'gach-dau-dong-cot-4', on: '  - id: giam-sat', to: indent(3), expect: 'YA001', says: /cột 3/ },
  { name: 'gach-noi-nhan-cot-1', on: '  - Công an xã', to: indent(0), expect: 'YA001', says: /cột 3/ },
  { name: 'thut-sau-khoa-ky', on: '      chuc_vu: PHÓ CHỦ TỊCH', to: indent(4), expect: 'YA001', says: /cột 7/ },
  { name: 'tab-mot', on: '  cap: xa', to: swap(/^ {2}/, '\t'), expect: 'YA003', says: /2 dấu cách/ },
  { name: 'tab-hai', on: '    loai: ubnd', to: swap(/^ {4}/, '\t\t'), expect: 'YA003', says: /4 dấu cách/ },
  { name: 'tab-sau-gach', on: '  - id: hoi-phu-nu', to: swap('  - ', '\t- '), expect: 'YA003', says: /2 dấu cách/ },
  { name: 'tab-giua-khoa-va-gia-tri-sau', on: '      ho_ten: Đỗ Văn Thành', to: swap(/^ {6}/, '\t\t\t'), expect: 'YA003', says: /6 dấu cách/ },
  { name: 'nbsp-sau-hai-cham', on: 'nam: 2027', to: swap(': ', ':\u00a0'), expect: 'YA011', says: /U\+00A0/ },
  { name: 'nbsp-sau-hai-cham-long', on: '    viet_tat: Công an xã', to: swap(': ', ':\u00a0'), expect: 'YA011', says: /U\+00A0/ },
  { name: 'nbsp-thut-le', on: '  ten: Phù Đổng', to: swap('  ', '\u00a0\u00a0'), expect: 'YA011', says: /U\+00A0/ },
  { name: 'nbsp-hep-sau-gach', on: '  - Ban Công tác Mặt trận các thôn', to: swap('- ', '-\u202f'), expect: 'YA011', says: /U\+202F/ },
  { name: 'zero-width-o-khoa', on: 'noi_ban_hanh: Phù Đổng', to: swap('noi_ban_hanh', '\u200bnoi_ban_hanh'), expect: 'SC002', says: /U\+200B/ },
  { name: 'thieu-dau-cach-sau-hai-cham', on: 'nam: 2027', to: swap(': ', ':'), expect: 'YA001', says: /nam: 2027/ },
  { name: 'thieu-dau-hai-cham', on: '    viet_tat: VP HĐND-UBND', to: swap(':', ''), expect: 'YA001', says: /hai chấm/ },
  { name: 'hai-cham-toan-goc', on: 'noi_ban_hanh: Phù Đổng', to: swap(': ', '：'), expect: 'YA001', says: /：/ },
  { name: 'ngoac-kep-cong', on: '    mo_ta: Lãnh đạo ba cơ quan giao ban', to: () => '    mo_ta: “Giao ban: mỗi quý một lần”', expect: 'YA001', says: /“/ },
  { name: 'thieu-nhay-dong', on: 'loi_ban_hanh: "', to: swap(/"$/, ''), expect: 'YA001', says: /nháy/ },
  { name: 'hai-cham-trong-gia-tri', on: '    mo_ta: Lãnh đạo ba cơ quan giao ban', to: swap('giao ban mỗi', 'giao ban: mỗi'), expect: 'YA001', says: /nháy kép/ },
  { name: 'luu-khong-nhay', on: '  - "Lưu: VT, VP HĐND-UBND, UBMTTQ"', to: swap(/"/g, ''), expect: 'SC003', says: /nháy kép/ },
  { name: 'ngoac-vuong-khong-dong', on: '    phoi_hop: [mttq, ubnd]', to: swap(']', ''), expect: 'YA001', says: /\]/ },
  { name: 'dau-phay-trong-ngoac-nhon', on: '{su_kien: "Trước, trong', to: swap(/"/g, ''), expect: 'SC002', says: /nháy kép/ },
  { name: 'khoa-lap', on: '    viet_tat: Hội LHPN xã', to: () => '    ten: Hội LHPN xã', expect: 'YA002' },
  { name: 'dau-cham-tron-lam-gach', on: '  - Công an xã', to: swap('- ', '• '), expect: 'YA001', says: /"- "/ },
  { name: 'gach-ngang-dai', on: '  - Các đại biểu HĐND xã', to: swap('- ', '– '), expect: 'YA001', says: /"- "/ },
  { name: 'sao-lam-gach', on: '  - Các phòng, đơn vị thuộc UBND xã', to: swap('- ', '* '), expect: 'YA001', says: /"- "/ },
  { name: 'gach-thieu-dau-cach', on: '  - Ban Công tác Mặt trận các thôn', to: swap('- ', '-'), expect: 'YA001', says: /"- "/ },
  { name: 'gach-le-loi', on: '  - id: ngay-hoi-dai-doan-ket', to: () => '  -', expect: 'SC001', says: /"id"/ },
  { name: 'chu-thich-khong-thang', on: '# Tên người ký', to: swap('# ', ''), expect: 'SC002', says: /#/ },

  // Keys
  { name: 'khoa-goc-go-sai', on: 'noi_dung:', to: swap('noi_dung', 'noi_dungg'), expect: 'SC002', says: /noi_dung/ },
  { name: 'khoa-trich-yeu-sai', on: 'trich_yeu: ', to: swap('trich_yeu', 'trich_yue'), expect: 'SC002', says: /trich_yeu/ },
  { name: 'khoa-co-dau', on: 'trich_yeu: ', to: swap('trich_yeu', 'trích_yếu'), expect: 'SC002', says: /trich_yeu/ },
  { name: 'khoa-viet-hoa', on: 'nam: 2027', to: swap('nam', 'Nam'), expect: 'SC002', says: /"nam"/ },
  { name: 'khoa-con-sai', on: '      ho_ten: Ngô Văn Hiếu', to: swap('ho_ten', 'ho_tem'), expect: 'SC002', says: /ho_ten/ },
  { name: 'khoa-gach-ngang', on: '    tieu_de: Tiếp xúc cử tri', to: swap('tieu_de', 'tieu-de'), expect: 'SC002', says: /tieu_de/ },
  { name: 'khoa-dau-cach', on: '    viet_tat: Đoàn Thanh niên xã', to: swap('viet_tat', 'viet tat'), expect: 'SC002', says: /viet_tat/ },
  { name: 'khoa-don-vi-sai', on: 'don_vi:', to: swap('don_vi', 'donvi'), expect: 'SC002', says: /don_vi/ },

  // Values YAML reads otherwise, and values of the wrong form
  { name: 'thang-thap-trong-gia-tri', on: '    tieu_de: Tiếp xúc cử tri', to: swap('Tiếp xúc', '#Tiếp xúc'), expect: 'SC003', says: /#/ },
  { name: 'so-dien-thoai-ho-ten', on: '      ho_ten: Đỗ Văn Thành', to: swap('Đỗ Văn Thành', '0913456789'), expect: 'YA010', says: /"0913456789"/ },
  { name: 'so-dien-thoai-noi-nhan', on: '  - Công an xã', to: swap('Công an xã', '0913456789'), expect: 'YA010', says: /"0913456789"/ },
  { name: 'so-dien-thoai-viet-tat', on: '    viet_tat: Công an xã', to: swap('Công an xã', '0243876543'), expect: 'YA010', says: /"0243876543"/ },
  { name: 'ngay-dang-viet-nam', on: 'ngay_ban_hanh: 2027-02-05', to: swap('2027-02-05', '05/02/2027'), expect: 'SC005', says: /2027-02-05/ },
  { name: 'ngay-15-01', on: 'ngay_ban_hanh: 2027-02-05', to: swap('2027-02-05', '15/01/2027'), expect: 'SC005', says: /2027-01-15/ },
  { name: 'ngay-30-02', on: 'ngay_ban_hanh: 2027-02-05', to: swap('2027-02-05', '2027-02-30'), expect: 'SC005', says: /28 ngày/ },
  { name: 'han-31-04', on: '{han: 2027-03-15}', to: swap('2027-03-15', '2027-04-31'), expect: 'SC005', says: /30 ngày/ },
  { name: 'han-dang-viet-nam', on: '{han: 2027-03-15}', to: swap('2027-03-15', '15/3/2027'), expect: 'SC005', says: /2027-03-15/ },
  { name: 'han-thieu-so-0', on: '{han: 2027-03-15}', to: swap('2027-03-15', '2027-3-15'), expect: 'SC005', says: /2027-03-15/ },
  { name: 'han-gach-ngang-nguoc', on: '{han: 2027-03-15}', to: swap('2027-03-15', '15-03-2027'), expect: 'SC005', says: /2027-03-15/ },
  { name: 'quy-chu', on: '    thoi_gian: {quy: IV}', to: swap('{quy: IV}', 'Quý IV'), expect: 'SC008', says: /\{quy: IV\}/ },
  { name: 'quy-dau', on: '    thoi_gian: {quy: IV}', to: swap('quy', 'quí'), expect: 'SC008', says: /\{quy: IV\}/ },
  { name: 'quy-co-dau-y', on: '    thoi_gian: {quy: III}', to: swap('quy', 'quý'), expect: 'SC008', says: /\{quy: III\}/ },
  { name: 'quy-5', on: '    thoi_gian: {quy: IV}', to: swap('IV', '5'), expect: 'CT006', says: /I, II, III, IV/ },
  { name: 'quy-so-a-rap', on: '    thoi_gian: {quy: IV}', to: swap('IV', '4'), expect: 'CT006', says: /IV/ },
  { name: 'thang-13', on: '{thang: 11}', to: swap('11', '13'), expect: 'SC006' },
  { name: 'thang-chu', on: '{thang: 11}', to: swap('{thang: 11}', 'Tháng 11'), expect: 'SC008', says: /\{thang: 11\}/ },
  { name: 'ma-don-vi-viet-hoa', on: '    chu_tri: cong-an', to: swap('cong-an', 'CONG-AN'), expect: 'SC005', says: /cong-an/ },
  { name: 'ma-mttq-viet-hoa', on: '    phoi_hop: [ubnd, phong-van-hoa, hoi-phu-nu, doan-thanh-nien]', to: swap('ubnd', 'UBND'), expect: 'SC005', says: /"ubnd"/ },
  { name: 'ma-thieu-gach', on: '    phoi_hop: [hdnd, ubnd, cong-an]', to: swap('cong-an', 'congan'), expect: 'CT001', says: /cong-an/ },
  { name: 'ma-gach-duoi', on: '    phoi_hop: [mttq, doan-thanh-nien, hoi-phu-nu]', to: swap('hoi-phu-nu', 'hoi_phu_nu'), expect: 'CT001', says: /hoi-phu-nu/ },
  { name: 'ma-la-ten', on: '    chu_tri: ubnd', to: swap('ubnd', 'UBND xã'), expect: 'SC005', says: /ubnd/ },
  { name: 'phoi-hop-khong-ngoac', on: '    phoi_hop: [hdnd, mttq]', to: swap('[hdnd, mttq]', 'hdnd, mttq'), expect: 'SC003', says: /\[hdnd, mttq\]/ },
  { name: 'loai-van-ban-sai', on: 'loai: chuong_trinh', to: swap('chuong_trinh', 'chuong trinh'), expect: 'SC004', says: /chuong_trinh/ },
  { name: 'loai-co-dau', on: 'loai: chuong_trinh', to: swap('chuong_trinh', 'Chương trình'), expect: 'SC004', says: /chuong_trinh/ },
  { name: 'cap-co-dau', on: '  cap: xa', to: swap('xa', 'Xã'), expect: 'SC004', says: /"xa"/ },
  { name: 'dinh-ky-sai', on: '    dinh_ky: quy', to: swap('quy', 'hàng quý'), expect: 'SC004', says: /quy/ },
  { name: 'phu-luc-co', on: 'phu_luc: true', to: swap('true', 'có'), expect: 'SC003', says: /true/ },
  { name: 'nam-co-chu-nam', on: 'nam: 2027', to: swap('2027', 'năm 2027'), expect: 'SC003', says: /nam: 2027/ },
  { name: 'so-co-chu', on: 'so: 3', to: swap('3', '03/CTr'), expect: 'SC005' },
  { name: 'gia-tri-rong', on: 'trich_yeu: ', to: () => 'trich_yeu:', expect: 'SC003' },
  { name: 'ma-noi-dung-co-dau-cach', on: '  - id: giam-sat', to: swap('giam-sat', 'giam sat'), expect: 'SC005' },

  // The year and dates
  { name: 'nam-cu', on: 'nam: 2027', to: swap('2027', '2026'), expect: 'CT026', says: /nam: 2027/ },
  { name: 'han-nam-cu', on: '{han: 2027-03-15}', to: swap('2027', '2026'), expect: 'CT004' },
  { name: 'ngay-ban-hanh-nam-truoc', on: 'ngay_ban_hanh: 2027-02-05', to: swap('2027', '2026'), expect: 'CT020' },
  { name: 'han-truoc-ngay-ban-hanh', on: '{han: 2027-03-15}', to: swap('03-15', '01-15'), expect: 'CT005' },
  { name: 'trich-yeu-nam-cu', on: 'trich_yeu: ', to: swap('năm 2027', 'năm 2026'), expect: 'CT020' },
  { name: 'loi-ban-hanh-nam-cu', on: 'loi_ban_hanh: "', to: swap('năm 2027', 'năm 2026'), expect: 'CT020' },

  // References between parts
  { name: 'ma-trung', on: '  - id: tiep-cong-dan', to: swap('tiep-cong-dan', 'giam-sat'), expect: 'CT002' },
  { name: 'chu-tri-khong-co', on: '    chu_tri: hdnd', to: swap('hdnd', 'hdnd-xa'), expect: 'CT001' },
  { name: 'chu-tri-cung-phoi-hop', on: '    phoi_hop: [mttq, ubnd]', to: swap('ubnd', 'hdnd'), expect: 'CT003' },
  { name: 'trach-nhiem-ben-la', on: '    - ben: cong-an', to: swap('cong-an', 'cong_an'), expect: 'CT001', says: /cong-an/ },

  // "huyện" left over from before 1 July 2025
  { name: 'huyen-trich-yeu', on: 'trich_yeu: ', to: swap('xã Phù Đổng', 'huyện Gia Lâm'), expect: 'CT024', says: /huyện/ },
  { name: 'huyen-don-vi', on: '    ten: Công an xã Phù Đổng', to: swap('xã Phù Đổng', 'huyện Gia Lâm'), expect: 'CT024', says: /huyện/ },
  { name: 'huyen-thuoc', on: '  thuoc: thành phố Hà Nội', to: swap('thành phố Hà Nội', 'huyện Gia Lâm, thành phố Hà Nội'), expect: 'CT024', says: /huyện/ },
  { name: 'huyen-noi-nhan', on: '  - Ủy ban MTTQ Việt Nam thành phố Hà Nội', to: swap('thành phố Hà Nội', 'huyện Gia Lâm'), expect: 'CT024', says: /huyện/ },
  { name: 'thi-tran-noi-nhan', on: '  - Công an xã', to: swap('xã', 'thị trấn Yên Viên'), expect: 'CT024', says: /thị trấn/ },
  { name: 'quan-don-vi', on: '    ten: Hội Liên hiệp Phụ nữ xã Phù Đổng', to: swap('xã Phù Đổng', 'quận Long Biên'), expect: 'CT024', says: /quận/ },
  { name: 'huyen-cu-ghi-ro', on: '  - Ủy ban MTTQ Việt Nam thành phố Hà Nội', to: () => '  - Ban Công tác Mặt trận thôn Đổng Viên (huyện Gia Lâm cũ)', expect: '' },
  { name: 'huyen-can-cu-cu', on: '    co_quan: Chính phủ và Đoàn', to: () => '    co_quan: Ủy ban nhân dân huyện Gia Lâm', expect: '' },
  { name: 'ubnd-huyen-ten-ben', on: '    ten: Ủy ban nhân dân xã Phù Đổng', to: swap('xã Phù Đổng', 'huyện Gia Lâm'), expect: 'CT014' },
  { name: 'cap-huyen', on: '  cap: xa', to: swap('xa', 'huyen'), expect: 'CT014' },

  // The signer
  { name: 'dong-chi-viet-tat', on: '      ho_ten: Nguyễn Thị Lan Anh', to: swap('Nguyễn', 'Đ/c Nguyễn'), expect: 'CT025', says: /Nguyễn Thị Lan Anh/ },
  { name: 'dong-chi', on: '      ho_ten: Ngô Văn Hiếu', to: swap('Ngô', 'đồng chí Ngô'), expect: 'CT025', says: /Ngô Văn Hiếu/ },
  { name: 'da-ky', on: '      ho_ten: Đỗ Văn Thành', to: swap('Thành', 'Thành (đã ký)'), expect: 'CT025', says: /Đỗ Văn Thành/ },
  { name: 'ky-truoc-ten', on: '      ho_ten: Đỗ Văn Thành', to: swap('Đỗ', '(Ký) Đỗ'), expect: 'CT025', says: /Đỗ Văn Thành/ },
  { name: 'ten-viet-hoa', on: '      ho_ten: Ngô Văn Hiếu', to: swap('Ngô Văn Hiếu', 'NGÔ VĂN HIẾU'), expect: 'CT025', says: /Ngô Văn Hiếu/ },
  { name: 'chuc-vu-trong-ten', on: '      ho_ten: Nguyễn Thị Lan Anh', to: swap('Nguyễn', 'Chủ tịch Nguyễn'), expect: 'CT025', says: /chuc_vu/ },
  { name: 'hoc-ham-truoc-ten', on: '      ho_ten: Ngô Văn Hiếu', to: swap('Ngô', 'ThS. Ngô'), expect: 'CT013' },
  { name: 'tien-to-thieu-cham', on: '      tien_to: TM.', to: swap('TM.', 'TM'), expect: 'SC004' },

  // Text pasted from elsewhere
  { name: 'chu-nfd', on: '    tieu_de: Tiếp xúc cử tri', to: (l) => l.normalize('NFD'), expect: 'CT016' },
  { name: 'dau-kieu-moi', on: '    tieu_de: Thực hiện dân chủ ở cơ sở', to: () => '    tieu_de: Thực hiện dân chủ ở cơ sở, phát huy quyền làm chủ của Nhân dân, xây dựng xã hội hoà thuận', expect: 'CT017' },
  { name: 'zero-width-trong-ten', on: '    ten: Đoàn Thanh niên', to: swap('Thanh niên', 'Thanh\u200b niên'), expect: 'CT023' },
  { name: 'xa-viet-hoa', on: '    ten: Hội Liên hiệp Phụ nữ xã Phù Đổng', to: swap('xã Phù', 'Xã Phù'), expect: 'CT022' },
  { name: 'luu-thieu', on: '  - "Lưu: VT, VP HĐND-UBND, UBMTTQ"', to: () => '  - Văn phòng HĐND và UBND xã', expect: 'CT018' },
];
