import type { ThoiGian } from '../model/document.js';
import { decreeShortDate } from './dates.js';

/**
 * How a program's times are printed, the one table render, diff and rule messages share:
 * "Thường xuyên", "Cả năm", "Quý II", "Tháng 6/2026", "6 tháng đầu năm", "Trước ngày 05/3/2026".
 */

/** Quarters in Roman numerals, as administrative documents write them; "2" or 2 as well as "II" (CT006 flags the former). */
const QUARTER_NUMERALS: Readonly<Record<string, string>> = { '1': 'I', '2': 'II', '3': 'III', '4': 'IV', I: 'I', II: 'II', III: 'III', IV: 'IV' };

/** "Quý II" for {quy: II}, {quy: 2} or {quy: "2"}; a value that is no quarter is kept as written. */
export function quarterPhrase(quy: unknown): string {
  const key = String(quy).trim().toUpperCase();
  return `Quý ${Object.hasOwn(QUARTER_NUMERALS, key) ? QUARTER_NUMERALS[key] : String(quy)}`;
}

/** "Tháng 6/2026"; without a year (none written, the document has none) "Tháng 6". */
export function monthPhrase(thang: unknown, year?: number): string {
  return year ? `Tháng ${String(thang)}/${year}` : `Tháng ${String(thang)}`;
}

export const NAMED_TIMES: Readonly<Record<'thuong_xuyen' | 'ca_nam', string>> = { thuong_xuyen: 'Thường xuyên', ca_nam: 'Cả năm' };
export const HALF_YEARS: Readonly<Record<'dau' | 'cuoi', string>> = { dau: '6 tháng đầu năm', cuoi: '6 tháng cuối năm' };

/**
 * A time as the page prints it. `year` is the program's year, written after a month that has
 * none of its own. Values the format does not know (a draft's, in a diff) give undefined.
 */
export function timePhrase(time: ThoiGian | unknown, year?: number): string | undefined {
  if (typeof time === 'string') return Object.hasOwn(NAMED_TIMES, time) ? NAMED_TIMES[time as keyof typeof NAMED_TIMES] : time;
  if (typeof time !== 'object' || time === null || Array.isArray(time)) return undefined;
  const t = time as Record<string, unknown>;
  if ('quy' in t) return quarterPhrase(t.quy);
  if ('thang' in t) return monthPhrase(t.thang, typeof t.nam === 'number' ? t.nam : year);
  if ('nua_nam' in t) return Object.hasOwn(HALF_YEARS, String(t.nua_nam)) ? HALF_YEARS[t.nua_nam as keyof typeof HALF_YEARS] : undefined;
  if ('han' in t && typeof t.han === 'string') return `Trước ngày ${decreeShortDate(t.han)}`;
  if ('su_kien' in t && typeof t.su_kien === 'string') return t.su_kien;
  return undefined;
}
