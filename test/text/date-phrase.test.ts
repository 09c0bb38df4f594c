import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { correctDatePhrase, datePhraseProblems, findDatePhrases, MONTH_WORD, writeDatePhrase } from '../../src/text/date-phrase.js';

describe('findDatePhrases', () => {
  it('finds written dates with their parts and position', () => {
    const [p] = findDatePhrases('Căn cứ Luật ngày 19 tháng 6 năm 2015;');
    expect(p).toMatchObject({ text: 'ngày 19 tháng 6 năm 2015', index: 12, day: { raw: '19', value: 19 }, month: { raw: '6', value: 6 }, year: 2015 });
  });
  it('finds several, a capitalised "Ngày", and NFD text', () => {
    const nfd = 'Ngày 05 tháng 3 năm 2020 và ngày 1 tháng 2 năm 2021'.normalize('NFD');
    expect(findDatePhrases(nfd).map((p) => p.text)).toEqual(['Ngày 05 tháng 3 năm 2020', 'ngày 1 tháng 2 năm 2021']);
  });
  it('can skip text without four digits in a row: no character is or holds an ASCII digit in NFC or NFD', () => {
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0xd800 && cp <= 0xdfff)) continue;
      const c = String.fromCodePoint(cp);
      if (/[0-9]/.test(c.normalize('NFC') + c.normalize('NFD'))) expect(cp.toString(16)).toBe('a character without digits');
    }
    expect(findDatePhrases('ngày 5 tháng 3 năm 202')).toEqual([]);
  });
  it('can skip text without "tháng": only t h á n g themselves are, or fold to, those letters in NFC', () => {
    const allowed = new Set([...'tThHáÁnNgG']);
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      if (/[thángÁ]/iu.test(c.normalize('NFC')) && !allowed.has(c)) expect(`U+${cp.toString(16)}`).toBe('a character that is not t, h, á, n or g');
    }
    const search = (s: string) => new RegExp(MONTH_WORD.source, 'i').test(s);
    for (const s of ['tháng', 'THÁNG', 'Tháng', 'tháng'.normalize('NFD'), 'THÁNG'.normalize('NFD'), 'tha\u0341ng']) expect(search(s), s).toBe(true);
  });
  it('finds what a search of the whole NFC text finds, on random text', () => {
    const PHRASE = /(ngày)(\s+)(\d{1,4})(\s+)(tháng)(\s+)(\d{1,4})(\s+)(năm)(\s+)(\d{4})(?!\d)/giu;
    let withPhrases = 0;
    const reference = (s: string) => [...s.normalize('NFC').matchAll(PHRASE)].map((m) => [m.index, m[0]]);
    const token = fc.constantFrom('ngày', 'NGÀY', 'Ngày', 'tháng', 'THÁNG', 'Tháng', 'năm', 'NĂM', ' ', '  ', '\n', '5', '05', '12', '2020', '20201', 'a', 'ạ', '\u0301', ',',
      'ngày 5 tháng 3 năm 2020', 'NGÀY 31 THÁNG 02 NĂM 2021', 'Ngày 05\ntháng 12  năm 1999', 'ngày 1 tha\u0301ng 1 năm 2000');
    fc.assert(fc.property(fc.array(token, { maxLength: 14 }), fc.boolean(), (parts, nfd) => {
      const s = nfd ? parts.join('').normalize('NFD') : parts.join('');
      const found = findDatePhrases(s).map((p) => [p.index, p.text]);
      expect(found).toEqual(reference(s));
      if (found.length > 0) withPhrases++;
    }), { numRuns: 3000, seed: 7 });
    expect(withPhrases).toBeGreaterThan(500); // not vacuous
  });
  it('ignores dates written with slashes and incomplete phrases', () => {
    expect(findDatePhrases('trước ngày 19/5/2020; tháng 6 năm 2020')).toEqual([]);
  });
});

describe('datePhraseProblems', () => {
  const problems = (s: string) => datePhraseProblems(findDatePhrases(s)[0]);
  it('accepts the decree padding', () => {
    expect(problems('ngày 05 tháng 3 năm 2020')).toEqual([]);
    expect(problems('ngày 27 tháng 02 năm 2020')).toEqual([]);
    expect(problems('ngày 31 tháng 12 năm 2025')).toEqual([]);
    expect(problems('ngày 29 tháng 02 năm 2024')).toEqual([]);
  });
  it('reports a day below 10 without 0, months 1–2 without 0 and months 3–12 with 0', () => {
    expect(problems('ngày 5 tháng 3 năm 2020')).toEqual(['day-padding']);
    expect(problems('ngày 15 tháng 2 năm 2020')).toEqual(['month-padding']);
    expect(problems('ngày 15 tháng 03 năm 2020')).toEqual(['month-padding']);
    expect(problems('ngày 5 tháng 1 năm 2020')).toEqual(['day-padding', 'month-padding']);
  });
  it('reports impossible dates', () => {
    expect(problems('ngày 30 tháng 02 năm 2026')).toEqual(['impossible']);
    expect(problems('ngày 29 tháng 02 năm 2026')).toEqual(['impossible']);
    expect(problems('ngày 00 tháng 3 năm 2026')).toEqual(['impossible']);
    expect(problems('ngày 10 tháng 13 năm 2026')).toEqual(['impossible']);
  });
});

describe('correctDatePhrase and writeDatePhrase', () => {
  it('pads as the decree does, keeping the words as written', () => {
    expect(correctDatePhrase(findDatePhrases('Ngày 5 tháng 03 năm 2020')[0])).toBe('Ngày 05 tháng 3 năm 2020');
    expect(correctDatePhrase(findDatePhrases('ngày 15 tháng 1 năm 2020')[0])).toBe('ngày 15 tháng 01 năm 2020');
    expect(writeDatePhrase(2020, 2, 7)).toBe('ngày 07 tháng 02 năm 2020');
    expect(writeDatePhrase(2026, 11, 20)).toBe('ngày 20 tháng 11 năm 2026');
  });
});
