/**
 * Calendar dates as the format writes them (YYYY-MM-DD), handled as plain numbers: never through
 * `Date`, whose local time zone could move a date by one day.
 */

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day)
    && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** "2026-02-05" → {2026, 2, 5}; undefined for anything that is not a real date in that form. */
export function parseIsoDate(iso: string): CalendarDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(year, month, day) ? { year, month, day } : undefined;
}

export function toIsoDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A number that orders months: (2026, 3) comes right after (2026, 2). */
export function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

/** The last day of a month, as an ISO date. */
export function endOfMonth(year: number, month: number): string {
  return toIsoDate({ year, month, day: daysInMonth(year, month) });
}

/** dd/mm/yyyy, the short form clerks read in messages ("15/03/2026"). */
export function shortDate(iso: string): string {
  const d = parseIsoDate(iso);
  return d ? `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}/${d.year}` : iso;
}
