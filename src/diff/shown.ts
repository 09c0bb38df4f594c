import { shortDate } from '../model/dates.js';

/**
 * Values as the printed document shows them, so that a change reads "Quý II → Quý III" rather
 * than "{quy: II} → {quy: III}", and a lead unit by its name rather than its id. These are the
 * document's own words, hence Vietnamese whatever the message language.
 */

const NAMED_TIMES: Record<string, string> = { thuong_xuyen: 'Thường xuyên', ca_nam: 'Cả năm' };

export function showTime(value: unknown): string | undefined {
  if (typeof value === 'string') return own(NAMED_TIMES, value) ?? value;
  if (!isRecord(value)) return undefined;
  if ('quy' in value) return `Quý ${String(value.quy)}`;
  if ('thang' in value) return `Tháng ${String(value.thang)}${value.nam !== undefined ? `/${String(value.nam)}` : ''}`;
  if ('nua_nam' in value) return value.nua_nam === 'dau' ? '6 tháng đầu năm' : value.nua_nam === 'cuoi' ? '6 tháng cuối năm' : undefined;
  if ('han' in value && typeof value.han === 'string') return `Trước ngày ${looseDate(value.han)}`;
  if ('su_kien' in value && typeof value.su_kien === 'string') return value.su_kien;
  return undefined;
}

/** "2020-05-19" → "19/5/2020", the way deadlines are written in the text of programs. */
function looseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])}/${Number(m[2])}/${m[1]}` : iso;
}

export function showDate(value: unknown): string | undefined {
  return typeof value === 'string' ? shortDate(value) : undefined;
}

const LABELS: Record<string, Record<string, string>> = {
  loai: { chuong_trinh: 'Chương trình phối hợp', quy_che: 'Quy chế phối hợp', bao_cao: 'Báo cáo kết quả' },
  cap: {
    tinh: 'tỉnh', thanh_pho_tw: 'thành phố trực thuộc trung ương', huyen: 'huyện', quan: 'quận', thi_xa: 'thị xã',
    thanh_pho: 'thành phố', xa: 'xã', phuong: 'phường', thi_tran: 'thị trấn', dac_khu: 'đặc khu',
  },
  dinh_ky: { thang: 'Hằng tháng', quy: 'Hằng quý', '6_thang': '6 tháng một lần', nam: 'Hằng năm' },
  danh_gia: { hoan_thanh: 'Hoàn thành', hoan_thanh_mot_phan: 'Hoàn thành một phần', chua_hoan_thanh: 'Chưa hoàn thành', chuyen_nam_sau: 'Chuyển sang năm sau' },
  ben_loai: {
    thuong_truc_hdnd: 'Thường trực HĐND', hdnd: 'HĐND', ubnd: 'UBND', ban_thuong_truc_mttq: 'Ban Thường trực Ủy ban MTTQ',
    uy_ban_mttq: 'Ủy ban MTTQ', doan_the: 'Đoàn thể', khac: 'Khác',
  },
  phu_luc: { true: 'Có', false: 'Không' },
};

/** The printed word for a code of the format (an enum value), or the code itself. */
export function showLabel(kind: keyof typeof LABELS | string, value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'boolean') return undefined;
  const labels = own(LABELS, kind);
  return labels ? own(labels, String(value)) : undefined;
}

/** A value that is not text, written briefly (lists joined, objects as key: value). */
export function showAny(value: unknown): string {
  if (value === undefined) return '';
  if (value === null) return '(trống)';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(showAny).join('; ');
  if (isRecord(value)) return Object.entries(value).map(([k, v]) => `${k}: ${showAny(v)}`).join(', ');
  return String(value);
}

/**
 * A record's own value for a key that comes from the user's file: never one inherited from
 * Object.prototype ("constructor", "__proto__", "toString" are ordinary data here).
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
