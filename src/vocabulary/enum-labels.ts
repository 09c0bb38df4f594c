import type { CochuongDocument, DocumentKind } from '../model/document.js';

/**
 * The printed words for the format's codes (enum values), one table for render and diff. These
 * are the document's own words, hence Vietnamese whatever the message language.
 */

/** The administrative level as it stands before a place's name ("huyện Sóc Sơn", "thành phố Hà Nội"). */
export const UNIT_WORDS: Readonly<Record<CochuongDocument['dia_phuong']['cap'], string>> = {
  tinh: 'tỉnh', thanh_pho_tw: 'thành phố', huyen: 'huyện', quan: 'quận', thi_xa: 'thị xã',
  thanh_pho: 'thành phố', xa: 'xã', phuong: 'phường', thi_tran: 'thị trấn', dac_khu: 'đặc khu',
};

/** The tên loại line of each kind. */
export const TYPE_NAMES: Readonly<Record<DocumentKind, string>> = {
  chuong_trinh: 'CHƯƠNG TRÌNH',
  quy_che: 'QUY CHẾ',
  bao_cao: 'BÁO CÁO',
};

/** Each kind named in a sentence. */
export const KIND_NAMES: Readonly<Record<DocumentKind, string>> = {
  chuong_trinh: 'Chương trình phối hợp', quy_che: 'Quy chế phối hợp', bao_cao: 'Báo cáo kết quả',
};

export const ASSESSMENTS: Readonly<Record<string, string>> = {
  hoan_thanh: 'Hoàn thành',
  hoan_thanh_mot_phan: 'Hoàn thành một phần',
  chua_hoan_thanh: 'Chưa hoàn thành',
  chuyen_nam_sau: 'Chuyển sang năm sau',
};

/** How often the parties meet, as the sentence says it ("giao ban hằng quý"). */
export const MEETING_PERIODS: Readonly<Record<string, string>> = {
  thang: 'hằng tháng',
  quy: 'hằng quý',
  '6_thang': '6 tháng một lần',
  nam: 'hằng năm',
};

export const PARTY_KINDS: Readonly<Record<string, string>> = {
  thuong_truc_hdnd: 'Thường trực HĐND', hdnd: 'HĐND', ubnd: 'UBND', ban_thuong_truc_mttq: 'Ban Thường trực Ủy ban MTTQ',
  uy_ban_mttq: 'Ủy ban MTTQ', doan_the: 'Đoàn thể', khac: 'Khác',
};

/** The first letter in capitals ("hằng quý" → "Hằng quý"), for a label standing alone. */
export function capitalized(words: string): string {
  return words ? words[0].toLocaleUpperCase('vi') + words.slice(1) : words;
}
