import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writtenYears } from '../../src/rules/ct020-stale-year.js';

/** The definition, with the Unicode class in the regular expression it had. */
function byRegularExpression(value: string): { year: number; phrase: string }[] {
  const found: { year: number; phrase: string }[] = [];
  for (const m of value.matchAll(/(?<![\p{L}\p{M}])năm\s+(\d{4})(?!\d)(?!\s*[-–—]\s*\d{4})/giu)) {
    if (/(?:so với|đến|tới|từ)\s*$/iu.test(value.slice(Math.max(0, (m.index ?? 0) - 12), m.index))) continue;
    found.push({ year: Number(m[1]), phrase: m[0] });
  }
  return found;
}

describe('writtenYears finds what the regular expression with a Unicode lookbehind found', () => {
  it('on random text', () => {
    const pieces = ['năm', 'Năm', 'NĂM', 'nam', ' ', '\t', '\u00a0', '2025', '2026', '1', '-', '–', 'so với ', 'đến', 'từ ', 'a', 'ă',
      '\u0301', '\u{1d400}', '\ud800', ',', 'x'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), (parts) => {
      const text = parts.join('');
      expect(writtenYears(text)).toEqual(byRegularExpression(text));
    }), { numRuns: 20000 });
  });
});
