import { describe, expect, it } from 'vitest';
import { daysInMonth, endOfMonth, isValidDate, monthIndex, parseIsoDate, shortDate } from '../../src/model/dates.js';

describe('dates', () => {
  it('parses real ISO dates only', () => {
    expect(parseIsoDate('2026-02-05')).toEqual({ year: 2026, month: 2, day: 5 });
    expect(parseIsoDate('2026-02-29')).toBeUndefined();
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('2026-2-5')).toBeUndefined();
  });
  it('knows month lengths and leap years', () => {
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(isValidDate(2026, 12, 31)).toBe(true);
    expect(isValidDate(2026, 0, 1)).toBe(false);
    expect(endOfMonth(2026, 2)).toBe('2026-02-28');
  });
  it('orders months across years and writes the short form', () => {
    expect(monthIndex(2026, 1) - monthIndex(2025, 12)).toBe(1);
    expect(shortDate('2026-03-15')).toBe('15/03/2026');
  });
});
