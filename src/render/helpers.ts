import type { CochuongDocument, DocumentKind, ThoiGian } from '../model/document.js';

/**
 * What clerks need written the way the decree writes it (Nghị định 30/2020/NĐ-CP, Phụ lục I):
 * dates, capitals, Roman numerals, điểm letters, time phrases. Pure functions; the template
 * helpers in templates.ts wrap them.
 */

/** Day < 10 padded ("05"); otherwise as is. */
export function padDay(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}

/** Months 1 and 2 padded ("01", "02"), 3–12 never: the decree's rule against added digits. */
export function padMonth(month: number): string {
  return month <= 2 ? `0${month}` : String(month);
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** "2026-03-05" → {2026, 3, 5}; undefined for anything else. */
export function dateParts(iso: string | null | undefined): DateParts | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso ?? ''));
  if (!m) return undefined;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** "ngày 05 tháng 3 năm 2026". */
export function dateWords(iso: string): string {
  const d = dateParts(iso);
  if (!d) return iso;
  return `ngày ${padDay(d.day)} tháng ${padMonth(d.month)} năm ${d.year}`;
}

/** "05/3/2026", with the same padding as the date line. */
export function shortDate(iso: string): string {
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

/** "Số: 01/CTr-HĐND-UBND-MTTQ"; a draft keeps a blank for the records office: "Số:      /CTr-…". */
export function numberLine(so: number | null | undefined, kyHieu: string): string {
  if (typeof so !== 'number') return `Số: ${BLANK}/${kyHieu}`;
  return `Số: ${so < 10 ? `0${so}` : so}/${kyHieu}`;
}

/** Vietnamese capitals that keep every diacritic ("ủy ban" → "ỦY BAN"). */
export function upperVi(text: string): string {
  return text.normalize('NFC').toLocaleUpperCase('vi').normalize('NFC');
}

const ROMAN: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** 1 → "I", 14 → "XIV". Numbers outside 1–3999 are written in digits. */
export function roman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) return String(n);
  let rest = n;
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/**
 * Letters of điểm in legal texts: the Vietnamese alphabet without its marked vowels (ă â ê ô ơ ư),
 * with đ, and without f j w z, which Vietnamese does not use.
 */
export const DIEM_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'] as const;

/** 0 → "a", 4 → "đ", 5 → "e"; after "y" the letters double ("aa", "bb" …). */
export function diemLetter(index: number): string {
  const letter = DIEM_LETTERS[index % DIEM_LETTERS.length];
  return letter.repeat(Math.floor(index / DIEM_LETTERS.length) + 1);
}

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
  if ('han' in time) return `Trước ngày ${shortDate(time.han)}`;
  return time.su_kien;
}

const UNIT_WORDS: Record<CochuongDocument['dia_phuong']['cap'], string> = {
  tinh: 'tỉnh', thanh_pho_tw: 'thành phố', huyen: 'huyện', quan: 'quận', thi_xa: 'thị xã',
  thanh_pho: 'thành phố', xa: 'xã', phuong: 'phường', thi_tran: 'thị trấn', dac_khu: 'đặc khu',
};

/**
 * "huyện Sóc Sơn", "xã Phù Đổng"; a name that is a number keeps the capital ("Quận 1", "Phường 3"),
 * as Phụ lục II of the decree writes it.
 */
export function placeName(place: CochuongDocument['dia_phuong']): string {
  const word = UNIT_WORDS[place.cap];
  const capital = /^\d/.test(place.ten.trim());
  return `${capital ? word[0].toLocaleUpperCase('vi') + word.slice(1) : word} ${place.ten.trim()}`;
}

export const TYPE_NAMES: Readonly<Record<DocumentKind, string>> = {
  chuong_trinh: 'CHƯƠNG TRÌNH',
  quy_che: 'QUY CHẾ',
  bao_cao: 'BÁO CÁO',
};

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
