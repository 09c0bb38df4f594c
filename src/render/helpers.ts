import type { CochuongDocument, ThoiGian } from '../model/document.js';
import { parseIsoDate, type CalendarDate } from '../model/dates.js';
import { dateWords } from '../vocabulary/dates.js';
import { timePhrase as printedTime } from '../vocabulary/times.js';
import { UNIT_WORDS } from '../vocabulary/enum-labels.js';

/**
 * What clerks need written the way the decree writes it (Nghị định 30/2020/NĐ-CP, Phụ lục I):
 * dates, capitals, Roman numerals, điểm letters, time phrases. Pure functions; the template
 * helpers in templates.ts wrap them.
 */

export { padDay, padMonth } from '../text/date-phrase.js';
// The document's words live in src/vocabulary/, shared with the diff and the rules' messages.
export { dateWords, decreeShortDate } from '../vocabulary/dates.js';
export { TYPE_NAMES, ASSESSMENTS, MEETING_PERIODS } from '../vocabulary/enum-labels.js';

/**
 * A content item's time as a phrase: "Thường xuyên", "Cả năm", "Quý II", "Tháng 6/2026",
 * "6 tháng đầu năm", "Trước ngày 19/5/2020", or the event as written.
 * `year` is the program's year, written after a month ("Tháng 6/2026").
 */
export function timePhrase(time: ThoiGian | undefined, year?: number): string {
  return time === undefined ? '' : printedTime(time, year) ?? '';
}

export type DateParts = CalendarDate;

/** "2026-03-05" → {2026, 3, 5}; undefined for anything else. */
export function dateParts(iso: string | null | undefined): DateParts | undefined {
  return typeof iso === 'string' ? parseIsoDate(iso) : undefined;
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

export { roman, DIEM_LETTERS, diemLetter } from '../text/numbering.js';




/**
 * "huyện Sóc Sơn", "xã Phù Đổng"; a name that is a number keeps the capital ("Quận 1", "Phường 3"),
 * as Phụ lục II of the decree writes it.
 */
export function placeName(place: CochuongDocument['dia_phuong']): string {
  const word = UNIT_WORDS[place.cap];
  const capital = /^\d/.test(place.ten.trim());
  return `${capital ? word[0].toLocaleUpperCase('vi') + word.slice(1) : word} ${place.ten.trim()}`;
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


