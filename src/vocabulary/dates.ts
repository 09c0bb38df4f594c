import { parseIsoDate } from '../model/dates.js';
import { padDay, padMonth, writeDatePhrase } from '../text/date-phrase.js';

/**
 * Dates as the page prints them (Nghị định 30/2020/NĐ-CP, Phụ lục I): "ngày 05 tháng 3 năm 2026"
 * on the date line, "05/3/2026" in the text (deadlines). Messages use model/dates shortDate
 * ("05/03/2026"), the form of a form field, not of the document.
 */

/** "ngày 05 tháng 3 năm 2026". */
export function dateWords(iso: string): string {
  const d = parseIsoDate(iso);
  return d ? writeDatePhrase(d.year, d.month, d.day) : iso;
}

/** "05/3/2026": the day padded to two digits, the month only below 3, as the decree pads the date line. */
export function decreeShortDate(iso: string): string {
  const d = parseIsoDate(iso);
  return d ? `${padDay(d.day)}/${padMonth(d.month)}/${d.year}` : iso;
}
