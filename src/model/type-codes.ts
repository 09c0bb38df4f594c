import type { CochuongDocument } from './document.js';

/** Type codes of administrative documents, Nghị định 30/2020/NĐ-CP, Phụ lục III, table I. */
export const DECREE_TYPE_CODES: Readonly<Record<string, string>> = {
  NQ: 'Nghị quyết (cá biệt)', QĐ: 'Quyết định (cá biệt)', CT: 'Chỉ thị', QC: 'Quy chế', QyĐ: 'Quy định',
  TC: 'Thông cáo', TB: 'Thông báo', HD: 'Hướng dẫn', CTr: 'Chương trình', KH: 'Kế hoạch', PA: 'Phương án',
  ĐA: 'Đề án', DA: 'Dự án', BC: 'Báo cáo', BB: 'Biên bản', TTr: 'Tờ trình', HĐ: 'Hợp đồng', CĐ: 'Công điện',
  BGN: 'Bản ghi nhớ', BTT: 'Bản thỏa thuận', GUQ: 'Giấy ủy quyền', GM: 'Giấy mời', GGT: 'Giấy giới thiệu',
  GNP: 'Giấy nghỉ phép', PG: 'Phiếu gửi', PC: 'Phiếu chuyển', PB: 'Phiếu báo',
};

/** The tên loại a document prints (ten_loai), its default being the kind's own. */
export type DocumentType = NonNullable<CochuongDocument['ten_loai']>;

export interface DocumentTypeInfo {
  /** Printed above the trích yếu ("KẾ HOẠCH"). */
  name: string;
  /** The type code the ký hiệu starts with (Phụ lục III; NQLT is the code of joint resolutions). */
  code: string;
  /** How messages name it ("kế hoạch", "plan"). */
  vi: string;
  en: string;
  /** How the default enacting and closing sentences name the document ("Kế hoạch phối hợp"). */
  phrase: string;
}

export const DOCUMENT_TYPES: Readonly<Record<DocumentType, DocumentTypeInfo>> = {
  chuong_trinh: { name: 'CHƯƠNG TRÌNH', code: 'CTr', vi: 'chương trình', en: 'program', phrase: 'Chương trình phối hợp công tác' },
  quy_che: { name: 'QUY CHẾ', code: 'QC', vi: 'quy chế', en: 'regulation', phrase: 'Quy chế phối hợp công tác' },
  bao_cao: { name: 'BÁO CÁO', code: 'BC', vi: 'báo cáo', en: 'report', phrase: 'Báo cáo' },
  ke_hoach: { name: 'KẾ HOẠCH', code: 'KH', vi: 'kế hoạch', en: 'plan', phrase: 'Kế hoạch phối hợp' },
  nghi_quyet_lien_tich: { name: 'NGHỊ QUYẾT LIÊN TỊCH', code: 'NQLT', vi: 'nghị quyết liên tịch', en: 'joint resolution', phrase: 'Nghị quyết liên tịch' },
  thong_bao: { name: 'THÔNG BÁO', code: 'TB', vi: 'thông báo', en: 'notice', phrase: 'Thông báo' },
  quy_dinh: { name: 'QUY ĐỊNH', code: 'QyĐ', vi: 'quy định', en: 'rules', phrase: 'Quy định phối hợp' },
  huong_dan: { name: 'HƯỚNG DẪN', code: 'HD', vi: 'hướng dẫn', en: 'guidance', phrase: 'Hướng dẫn' },
};

/** The tên loại of a document: ten_loai when given, else the kind's own (a van_ban always names one). */
export function documentType(doc: Pick<CochuongDocument, 'loai' | 'ten_loai'>): DocumentType {
  return doc.ten_loai ?? (doc.loai === 'van_ban' ? 'thong_bao' : doc.loai);
}

/** Codes made up locally for joint documents ("phối hợp"), seen in practice but not in the decree. Keys upper case. */
export const LOCAL_TYPE_CODES: Readonly<Record<string, DocumentType>> = {
  CTPH: 'chuong_trinh', CTRPH: 'chuong_trinh', QCPH: 'quy_che', BCPH: 'bao_cao', KHPH: 'ke_hoach',
};

/** The decree code written in any letter case ("ctr" → "CTr"), if there is one. */
export function decreeCodeIgnoringCase(group: string): string | undefined {
  const wanted = group.toLocaleUpperCase('vi');
  return Object.keys(DECREE_TYPE_CODES).find((code) => code.toLocaleUpperCase('vi') === wanted);
}
