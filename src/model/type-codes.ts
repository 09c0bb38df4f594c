import type { DocumentKind } from './document.js';

/** Type codes of administrative documents, Nghị định 30/2020/NĐ-CP, Phụ lục III, table I. */
export const DECREE_TYPE_CODES: Readonly<Record<string, string>> = {
  NQ: 'Nghị quyết (cá biệt)', QĐ: 'Quyết định (cá biệt)', CT: 'Chỉ thị', QC: 'Quy chế', QyĐ: 'Quy định',
  TC: 'Thông cáo', TB: 'Thông báo', HD: 'Hướng dẫn', CTr: 'Chương trình', KH: 'Kế hoạch', PA: 'Phương án',
  ĐA: 'Đề án', DA: 'Dự án', BC: 'Báo cáo', BB: 'Biên bản', TTr: 'Tờ trình', HĐ: 'Hợp đồng', CĐ: 'Công điện',
  BGN: 'Bản ghi nhớ', BTT: 'Bản thỏa thuận', GUQ: 'Giấy ủy quyền', GM: 'Giấy mời', GGT: 'Giấy giới thiệu',
  GNP: 'Giấy nghỉ phép', PG: 'Phiếu gửi', PC: 'Phiếu chuyển', PB: 'Phiếu báo',
};

/** The code each kind of document this tool writes must use. */
export const TYPE_CODE_OF_KIND: Readonly<Record<DocumentKind, string>> = { chuong_trinh: 'CTr', quy_che: 'QC', bao_cao: 'BC' };

export const KIND_NAME: Readonly<Record<DocumentKind, { vi: string; en: string }>> = {
  chuong_trinh: { vi: 'chương trình', en: 'program' },
  quy_che: { vi: 'quy chế', en: 'regulation' },
  bao_cao: { vi: 'báo cáo', en: 'report' },
};

/** Codes made up locally for joint documents ("phối hợp"), seen in practice but not in the decree. Keys upper case. */
export const LOCAL_TYPE_CODES: Readonly<Record<string, DocumentKind>> = {
  CTPH: 'chuong_trinh', CTRPH: 'chuong_trinh', QCPH: 'quy_che', BCPH: 'bao_cao',
};

/** The decree code written in any letter case ("ctr" → "CTr"), if there is one. */
export function decreeCodeIgnoringCase(group: string): string | undefined {
  const wanted = group.toLocaleUpperCase('vi');
  return Object.keys(DECREE_TYPE_CODES).find((code) => code.toLocaleUpperCase('vi') === wanted);
}
