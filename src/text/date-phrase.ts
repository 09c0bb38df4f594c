import { isValidDate } from '../model/dates.js';

/**
 * Dates written out in Vietnamese ("ngày 05 tháng 3 năm 2020") and the decree's padding rule for them
 * (Nghị định 30/2020, Phụ lục I): a day below 10 and the months 1 and 2 take a leading zero; months 3 to
 * 12 never do ("tháng 01", "tháng 02", "tháng 3" … "tháng 12").
 */

export interface DatePhrase {
  /** The phrase as found, and where in the string (UTF-16 index). */
  text: string;
  index: number;
  day: { raw: string; value: number };
  month: { raw: string; value: number };
  year: number;
}

const PHRASE = /(ngày)(\s+)(\d{1,4})(\s+)(tháng)(\s+)(\d{1,4})(\s+)(năm)(\s+)(\d{4})(?!\d)/giu;

// Every phrase ends in a four-digit year, and NFC neither adds nor removes ASCII digits: text without
// four digits in a row has none, and skips the normalisation and the case-insensitive search.
const FOUR_DIGITS = /\d{4}/;

/**
 * "tháng" in any case, its á precomposed or not (no other character folds or composes to these
 * letters): in every text that holds a phrase, before NFC as after. Global, to search a whole
 * document's text for the strings worth reading (see model/texts.ts); `findDatePhrases` tests it too.
 */
export const MONTH_WORD = /th(?:[áÁ]|[aA][\u0300-\u036f]+)ng/gi;
const HAS_MONTH_WORD = new RegExp(MONTH_WORD.source, 'i');

export function findDatePhrases(value: string): DatePhrase[] {
  const found: DatePhrase[] = [];
  if (!FOUR_DIGITS.test(value) || !HAS_MONTH_WORD.test(value)) return found;
  for (const m of value.normalize('NFC').matchAll(PHRASE)) {
    found.push({
      text: m[0],
      index: m.index ?? 0,
      day: { raw: m[3], value: Number(m[3]) },
      month: { raw: m[7], value: Number(m[7]) },
      year: Number(m[11]),
    });
  }
  return found;
}

export function padDay(day: number): string {
  return String(day).padStart(2, '0');
}

export function padMonth(month: number): string {
  return month <= 2 ? String(month).padStart(2, '0') : String(month);
}

/** The phrase for a date, written as the decree pads it: (2020, 2, 27) → "ngày 27 tháng 02 năm 2020". */
export function writeDatePhrase(year: number, month: number, day: number): string {
  return `ngày ${padDay(day)} tháng ${padMonth(month)} năm ${year}`;
}

export type DatePhraseProblem = 'impossible' | 'day-padding' | 'month-padding';

/** What is wrong with a phrase, if anything; an impossible date is the only problem reported for it. */
export function datePhraseProblems(phrase: DatePhrase): DatePhraseProblem[] {
  const { day, month, year } = phrase;
  if (!isValidDate(year, month.value, day.value)) return ['impossible'];
  const problems: DatePhraseProblem[] = [];
  if (day.raw !== padDay(day.value)) problems.push('day-padding');
  if (month.raw !== padMonth(month.value)) problems.push('month-padding');
  return problems;
}

/** The phrase with its numbers padded correctly, keeping the words as written ("Ngày" stays capitalised). */
export function correctDatePhrase(phrase: DatePhrase): string {
  return phrase.text
    .replace(/(\d+)(\s+)(tháng)/iu, (_, _d, s, w) => `${padDay(phrase.day.value)}${s}${w}`)
    .replace(/(tháng)(\s+)(\d+)/iu, (_, w, s) => `${w}${s}${padMonth(phrase.month.value)}`);
}
