import { FIGURES, FIGURE_KEYS } from '../model/figures.js';
import { diemLetter as letterOf, roman } from '../text/numbering.js';
import type { Lang } from '../report/style.js';
import type { ChangeKind, Section } from './model.js';

/** Words of the diff reports, in both languages. Vietnamese is for a commune clerk, not a programmer. */
type Pair = [vi: string, en: string];

export const KIND_WORDS: Record<ChangeKind, Pair> = {
  added: ['Thêm', 'Added'],
  removed: ['Bỏ', 'Removed'],
  changed: ['Sửa', 'Changed'],
  moved: ['Chuyển chỗ', 'Moved'],
};

export const SECTION_TITLES: Record<Section, Pair> = {
  thong_tin: ['Thông tin chung', 'Document details'],
  ben: ['Các bên ký', 'Signing parties'],
  don_vi: ['Đơn vị chủ trì, phối hợp', 'Other units'],
  can_cu: ['Căn cứ', 'Legal bases'],
  loi_ban_hanh: ['Lời ban hành', 'Enacting sentence'],
  muc_dich: ['Mục đích', 'Purposes'],
  yeu_cau: ['Yêu cầu', 'Requirements'],
  noi_dung: ['Nội dung phối hợp', 'Content items'],
  chuong: ['Chương, điều', 'Chapters and articles'],
  to_chuc_thuc_hien: ['Tổ chức thực hiện', 'Implementation'],
  chuong_trinh: ['Chương trình được báo cáo', 'Program reported on'],
  danh_gia_chung: ['Đánh giá chung', 'Overall assessment'],
  ket_qua: ['Kết quả thực hiện', 'Results'],
  ton_tai: ['Tồn tại, hạn chế', 'Shortcomings'],
  nguyen_nhan: ['Nguyên nhân', 'Causes'],
  phuong_huong: ['Phương hướng, nhiệm vụ', 'Tasks ahead'],
  kien_nghi: ['Kiến nghị, đề xuất', 'Recommendations'],
  noi_nhan: ['Nơi nhận', 'Recipients'],
  khac: ['Mục khác (ngoài mẫu)', 'Other keys (not in the format)'],
};

export const FIELD_LABELS: Record<string, Pair> = {
  loai: ['Loại', 'Type'],
  dia_phuong: ['Địa phương', 'Locality'],
  'dia_phuong.cap': ['Cấp hành chính', 'Level'],
  'dia_phuong.ten': ['Tên địa phương', 'Locality'],
  'dia_phuong.thuoc': ['Trực thuộc', 'Part of'],
  nam: ['Năm', 'Year'],
  nhiem_ky: ['Nhiệm kỳ', 'Term'],
  khoa: ['Khóa', 'Council term number'],
  so: ['Số', 'Number'],
  ky_hieu: ['Ký hiệu', 'Symbol'],
  noi_ban_hanh: ['Nơi ban hành', 'Place of issue'],
  ngay_ban_hanh: ['Ngày ban hành', 'Date of issue'],
  trich_yeu: ['Trích yếu', 'Subject'],
  phu_luc: ['Phụ lục bảng', 'Annex table'],
  loi_ban_hanh: ['Lời ban hành', 'Enacting sentence'],
  id: ['Mã', 'Id'],
  ten: ['Tên', 'Name'],
  ten_tieu_de: ['Tên ở tiêu đề', 'Name in the header'],
  viet_tat: ['Tên viết tắt', 'Short name'],
  ky: ['Phần ký', 'Signature'],
  'ky.tien_to': ['Tiền tố ký', 'Signing prefix'],
  'ky.tham_quyen': ['Thẩm quyền ký', 'Signing authority'],
  'ky.ky_thay': ['Ký thay', 'Signing for'],
  'ky.chuc_vu': ['Chức vụ người ký', "Signer's title"],
  'ky.ho_ten': ['Người ký', 'Signer'],
  tieu_de: ['Tên nội dung', 'Title'],
  mo_ta: ['Mô tả', 'Description'],
  chu_tri: ['Chủ trì', 'Lead'],
  phoi_hop: ['Phối hợp', 'Coordinating'],
  thoi_gian: ['Thời gian', 'Time'],
  ngay: ['Ngày', 'Date'],
  co_quan: ['Cơ quan ban hành', 'Issued by'],
  ben: ['Bên', 'Party'],
  nhiem_vu: ['Nhiệm vụ', 'Tasks'],
  giao_ban: ['Giao ban', 'Regular meetings'],
  'giao_ban.dinh_ky': ['Giao ban định kỳ', 'Meeting frequency'],
  'giao_ban.mo_ta': ['Giao ban', 'Regular meetings'],
  so_ket: ['Sơ kết', 'Mid-year review'],
  'so_ket.thoi_gian': ['Thời gian sơ kết', 'Mid-year review time'],
  'so_ket.mo_ta': ['Sơ kết', 'Mid-year review'],
  tong_ket: ['Tổng kết', 'Year-end review'],
  'tong_ket.thoi_gian': ['Thời gian tổng kết', 'Year-end review time'],
  'tong_ket.mo_ta': ['Tổng kết', 'Year-end review'],
  bao_cao: ['Chế độ báo cáo', 'Reporting'],
  khac: ['Nội dung khác', 'Other provisions'],
  to_chuc_thuc_hien: ['Tổ chức thực hiện', 'Implementation'],
  chuong_trinh: ['Chương trình được báo cáo', 'Program reported on'],
  'chuong_trinh.tep': ['Tệp chương trình', 'Program file'],
  'chuong_trinh.so': ['Số chương trình', 'Program number'],
  'chuong_trinh.ky_hieu': ['Ký hiệu chương trình', 'Program symbol'],
  'chuong_trinh.ngay': ['Ngày chương trình', 'Program date'],
  danh_gia: ['Đánh giá', 'Assessment'],
  ...Object.fromEntries(FIGURE_KEYS.map((key) => [`so_lieu.${key}`, [`Số ${FIGURES[key].vi}`, `Number of ${FIGURES[key].en}`] as Pair])),
  'so_lieu.khac': ['Số liệu khác', 'Other figures'],
  noi_dung: ['Nội dung', 'Text'],
  khoan: ['Khoản', 'Clause'],
  diem: ['Điểm', 'Point'],
  chuong: ['Chương', 'Chapters'],
  noi_nhan: ['Nơi nhận', 'Recipients'],
  muc_dich: ['Mục đích', 'Purposes'],
  yeu_cau: ['Yêu cầu', 'Requirements'],
  danh_gia_chung: ['Đánh giá chung', 'Overall assessment'],
  ton_tai: ['Tồn tại, hạn chế', 'Shortcomings'],
  nguyen_nhan: ['Nguyên nhân', 'Causes'],
  phuong_huong: ['Phương hướng, nhiệm vụ', 'Tasks ahead'],
  kien_nghi: ['Kiến nghị, đề xuất', 'Recommendations'],
};

export function pick(pair: Pair, lang: Lang): string {
  return lang === 'vi' ? pair[0] : pair[1];
}

export function fieldLabel(field: string | undefined, lang: Lang): string {
  if (!field) return '';
  const pair = Object.hasOwn(FIELD_LABELS, field) ? FIELD_LABELS[field] : undefined;
  return pair ? pick(pair, lang) : field;
}

/** "Điểm đ", "Chương IV": positions are 1-based here, as the diff counts them. */
export function diemLetter(position: number): string {
  return position >= 1 ? letterOf(position - 1) : String(position);
}

export { roman };
