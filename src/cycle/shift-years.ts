import { isLeapYear } from '../model/dates.js';

/**
 * Moving a program's text to another year. A year is moved when it is the program's year or next to
 * it ("năm 2020", "tổng kết năm 2019", "chương trình năm 2021"), as `diff` reads a year-only change;
 * never inside a range (a term: "nhiệm kỳ 2020-2025") or a document number ("30/2020/NĐ-CP").
 */
export interface YearMove {
  from: number;
  to: number;
}

const YEAR = /(?<!\d)\d{4}(?!\d)/g;

export function moveYearsInText(value: string, move: YearMove): string {
  const delta = move.to - move.from;
  if (delta === 0) return value;
  return value.replace(YEAR, (found, offset: number) => {
    const year = Number(found);
    if (Math.abs(year - move.from) > 1) return found;
    const before = value.slice(Math.max(0, offset - 12), offset);
    const after = value.slice(offset + 4, offset + 16);
    if (/\d{4}\s*[-–—]\s*$/u.test(before) || /^\s*[-–—]\s*\d{4}/u.test(after)) return found; // a range: a term
    if (after.startsWith('/')) return found; // a number "30/2020/NĐ-CP"
    return String(year + delta);
  });
}

/** A term label moved in text: "2021-2026" (any dash) → "2026-2031", only that exact range. */
export function moveTermInText(value: string, from: string, to: string): string {
  const [a, b] = from.split('-');
  const [c, d] = to.split('-');
  return value.replace(new RegExp(`(?<!\\d)${a}(\\s*[-–—]\\s*)${b}(?!\\d)`, 'gu'), (_, dash: string) => `${c}${dash}${d}`);
}

/** An ISO date moved by whole years; 29 February into a common year becomes 28 February (and says so). */
export function moveDate(iso: string, move: YearMove): { iso: string; leapDayLost: boolean } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return { iso, leapDayLost: false };
  const year = Number(m[1]) + move.to - move.from;
  if (m[2] === '02' && m[3] === '29' && !isLeapYear(year)) return { iso: `${year}-02-28`, leapDayLost: true };
  return { iso: `${year}-${m[2]}-${m[3]}`, leapDayLost: false };
}
