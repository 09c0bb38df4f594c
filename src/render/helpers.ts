import type { CochuongDocument, ThoiGian } from '../model/document.js';
import { parseIsoDate, type CalendarDate } from '../model/dates.js';
import { padDay, padMonth, writeDatePhrase } from '../text/date-phrase.js';

/**
 * What clerks need written the way the decree writes it (Nghị định 30/2020/NĐ-CP, Phụ lục I):
 * dates, capitals, Roman numerals, điểm letters, time phrases. Pure functions; the template
 * helpers in templates.ts wrap them.
 */

export { padDay, padMonth } from '../text/date-phrase.js';

export type DateParts = CalendarDate;

/** "2026-03-05" → {2026, 3, 5}; undefined for anything else. */
export function dateParts(iso: string | null | undefined): DateParts | undefined {
  return typeof iso === 'string' ? parseIsoDate(iso) : undefined;
}

/** "ngày 05 tháng 3 năm 2026". */
export function dateWords(iso: string): string {
  const d = dateParts(iso);
  return d ? writeDatePhrase(d.year, d.month, d.day) : iso;
}

/** "05/3/2026", padded as the decree pads the date line (messages use model/dates shortDate, "05/03/2026"). */
export function decreeShortDate(iso: string): string {
  const d = dateParts(iso);
  if (!d) return iso;
  return `${padDay(d.day)}/${padMonth(d.month)}/${d.year}`;
}

/** Blanks a clerk fills in by hand on a draft's date line. */
const BLANK = '     ';

/** "Sóc Sơn, ngày 05 tháng 3 năm 2026"; without a date "Sóc Sơn, ngày      tháng      năm 2026". */
export function placeDateLine(place: string, iso: string | null | undefined, year?: number): string {
  if (dateParts(iso)) return `${place}, ${dateWords(iso!)}`;
  return `${place}, ngày ${BLANK} tháng ${BLANK} năm ${year ?? `${BLANK}  `}`;
}

/**
 * "Số: 01/CTr-HĐND-UBND-MTTQ"; a draft keeps a blank for the records office: "Số:      /CTr-…".
 * A number given as text ("1", "069") is an issued number and prints exactly as written.
 */
export function numberLine(so: number | string | null | undefined, kyHieu: string): string {
  if (typeof so === 'string' && so.trim() !== '') return `Số: ${so.trim()}/${kyHieu}`;
  if (typeof so !== 'number') return `Số: ${BLANK}/${kyHieu}`;
  return `Số: ${so < 10 ? `0${so}` : so}/${kyHieu}`;
}

/** Vietnamese capitals that keep every diacritic ("ủy ban" → "ỦY BAN"). */
export function upperVi(text: string): string {
  return text.normalize('NFC').toLocaleUpperCase('vi').normalize('NFC');
}

export { roman, DIEM_LETTERS, diemLetter } from '../text/numbering.js';

const QUARTERS: Record<string, string> = { '1': 'I', '2': 'II', '3': 'III', '4': 'IV', I: 'I', II: 'II', III: 'III', IV: 'IV' };

/**
 * A content item's time as a phrase: "Thường xuyên", "Cả năm", "Quý II", "Tháng 6/2026",
 * "6 tháng đầu năm", "Trước ngày 19/5/2020", or the event as written.
 * `year` is the program's year, written after a month ("Tháng 6/2026").
 */
export function timePhrase(time: ThoiGian | undefined, year?: number): string {
  if (time === undefined) return '';
  if (time === 'thuong_xuyen') return 'Thường xuyên';
  if (time === 'ca_nam') return 'Cả năm';
  if ('quy' in time) {
    const key = String(time.quy).trim().toUpperCase();
    return `Quý ${QUARTERS[key] ?? time.quy}`;
  }
  if ('thang' in time) {
    const y = time.nam ?? year;
    return y ? `Tháng ${time.thang}/${y}` : `Tháng ${time.thang}`;
  }
  if ('nua_nam' in time) return time.nua_nam === 'dau' ? '6 tháng đầu năm' : '6 tháng cuối năm';
  if ('han' in time) return `Trước ngày ${decreeShortDate(time.han)}`;
  return time.su_kien;
}

const UNIT_WORDS: Record<CochuongDocument['dia_phuong']['cap'], string> = {
  tinh: 'tỉnh', thanh_pho_tw: 'thành phố', huyen: 'huyện', quan: 'quận', thi_xa: 'thị xã',
  thanh_pho: 'thành phố', xa: 'xã', phuong: 'phường', thi_tran: 'thị trấn', dac_khu: 'đặc khu', trung_uong: '',
};

/**
 * "huyện Sóc Sơn", "xã Phù Đổng"; a name that is a number keeps the capital ("Quận 1", "Phường 3"),
 * as Phụ lục II of the decree writes it.
 */
export function placeName(place: CochuongDocument['dia_phuong']): string {
  const word = UNIT_WORDS[place.cap];
  const name = (place.ten ?? '').trim();
  if (word === '' || name === '') return name; // a central body has no locality
  const capital = /^\d/.test(name);
  return `${capital ? word[0].toLocaleUpperCase('vi') + word.slice(1) : word} ${name}`;
}

/** "A", "A và B", "A, B và C". */
export function joinVi(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}

/**
 * The parties as one phrase, the shared place said once: "Thường trực Hội đồng nhân dân, Ủy ban
 * nhân dân và Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện Sóc Sơn".
 */
export function partiesPhrase(names: string[], place: string): string {
  const suffix = ` ${place}`;
  const lower = (s: string) => s.toLocaleLowerCase('vi');
  if (names.length > 1 && names.every((n) => lower(n).endsWith(lower(suffix)))) {
    return joinVi(names.map((n) => n.slice(0, n.length - suffix.length))) + suffix;
  }
  return joinVi(names);
}

export const ASSESSMENTS: Readonly<Record<string, string>> = {
  hoan_thanh: 'Hoàn thành',
  hoan_thanh_mot_phan: 'Hoàn thành một phần',
  chua_hoan_thanh: 'Chưa hoàn thành',
  chuyen_nam_sau: 'Chuyển sang năm sau',
};

export const MEETING_PERIODS: Readonly<Record<string, string>> = {
  thang: 'hằng tháng',
  quy: 'hằng quý',
  '6_thang': '6 tháng một lần',
  nam: 'hằng năm',
};
