import { describe, expect, it } from 'vitest';
import {
  DIEM_LETTERS, dateWords, diemLetter, joinVi, numberLine, padDay, padMonth, partiesPhrase, placeDateLine, placeName,
  roman, decreeShortDate, timePhrase, upperVi,
} from '../../src/render/helpers.js';

describe('dates, as the decree pads them', () => {
  it('pads a day below 10 and nothing else', () => {
    expect(padDay(5)).toBe('05');
    expect(padDay(9)).toBe('09');
    expect(padDay(10)).toBe('10');
    expect(padDay(27)).toBe('27');
  });
  it('pads months 1 and 2 only', () => {
    expect(padMonth(1)).toBe('01');
    expect(padMonth(2)).toBe('02');
    for (let m = 3; m <= 12; m++) expect(padMonth(m)).toBe(String(m));
  });
  it('writes the date line', () => {
    expect(placeDateLine('Sóc Sơn', '2026-03-05')).toBe('Sóc Sơn, ngày 05 tháng 3 năm 2026');
    expect(placeDateLine('Sóc Sơn', '2020-02-27')).toBe('Sóc Sơn, ngày 27 tháng 02 năm 2020');
    expect(placeDateLine('Phù Đổng', '2026-12-19')).toBe('Phù Đổng, ngày 19 tháng 12 năm 2026');
    expect(dateWords('2026-01-09')).toBe('ngày 09 tháng 01 năm 2026');
  });
  it('leaves blanks on a draft', () => {
    const line = placeDateLine('Phù Đổng', undefined, 2026);
    expect(line).toMatch(/^Phù Đổng, ngày\s{3,}tháng\s{3,}năm 2026$/);
    expect(placeDateLine('Phù Đổng', null, 2026)).toBe(line);
  });
  it('writes short dates with the same padding', () => {
    expect(decreeShortDate('2020-05-19')).toBe('19/5/2020');
    expect(decreeShortDate('2026-02-05')).toBe('05/02/2026');
  });
});

describe('number line', () => {
  it('pads numbers below 10 and leaves a blank on a draft', () => {
    expect(numberLine(1, 'CTr-HĐND-UBND-MTTQ')).toBe('Số: 01/CTr-HĐND-UBND-MTTQ');
    expect(numberLine(12, 'QC-HĐND-UBND-MTTQ')).toBe('Số: 12/QC-HĐND-UBND-MTTQ');
    expect(numberLine(undefined, 'CTr-HĐND-UBND-MTTQ')).toBe('Số:      /CTr-HĐND-UBND-MTTQ');
    expect(numberLine(null, 'BC-UBND')).toMatch(/^Số: +\/BC-UBND$/);
  });
});

describe('upper case', () => {
  it('keeps every diacritic', () => {
    expect(upperVi('ủy ban nhân dân xã phù đổng')).toBe('ỦY BAN NHÂN DÂN XÃ PHÙ ĐỔNG');
    expect(upperVi('thường trực hội đồng nhân dân')).toBe('THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN');
    expect(upperVi('mặt trận tổ quốc việt nam')).toBe('MẶT TRẬN TỔ QUỐC VIỆT NAM');
  });
  it('turns decomposed input into composed capitals', () => {
    const nfd = 'ủy ban'.normalize('NFD');
    expect(upperVi(nfd)).toBe('ỦY BAN');
    expect(upperVi(nfd)).toBe(upperVi(nfd).normalize('NFC'));
  });
});

describe('Roman numerals', () => {
  it('writes chapter and quarter numbers', () => {
    expect([1, 2, 3, 4, 5, 6, 9, 14, 21, 40, 90, 1999].map(roman)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'IX', 'XIV', 'XXI', 'XL', 'XC', 'MCMXCIX']);
  });
  it('writes out-of-range numbers in digits', () => {
    expect(roman(0)).toBe('0');
    expect(roman(4000)).toBe('4000');
  });
});

describe('điểm letters', () => {
  it('run a b c d đ e g h i k …', () => {
    expect(Array.from({ length: 11 }, (_, i) => diemLetter(i))).toEqual(['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l']);
  });
  it('skip f j w z and include đ', () => {
    const letters = Array.from({ length: DIEM_LETTERS.length }, (_, i) => diemLetter(i));
    for (const missing of ['f', 'j', 'w', 'z']) expect(letters).not.toContain(missing);
    expect(letters).toContain('đ');
    expect(letters[letters.length - 1]).toBe('y');
    expect(new Set(letters).size).toBe(letters.length);
  });
  it('double after y', () => {
    expect(diemLetter(DIEM_LETTERS.length)).toBe('aa');
  });
});

describe('time phrases', () => {
  it('writes every form of thoi_gian', () => {
    expect(timePhrase('thuong_xuyen')).toBe('Thường xuyên');
    expect(timePhrase('ca_nam')).toBe('Cả năm');
    expect(timePhrase({ quy: 'II' })).toBe('Quý II');
    expect(timePhrase({ quy: 3 })).toBe('Quý III');
    expect(timePhrase({ thang: 6 }, 2026)).toBe('Tháng 6/2026');
    expect(timePhrase({ thang: 1, nam: 2027 }, 2026)).toBe('Tháng 1/2027');
    expect(timePhrase({ thang: 6 })).toBe('Tháng 6');
    expect(timePhrase({ nua_nam: 'dau' })).toBe('6 tháng đầu năm');
    expect(timePhrase({ nua_nam: 'cuoi' })).toBe('6 tháng cuối năm');
    expect(timePhrase({ han: '2020-05-19' })).toBe('Trước ngày 19/5/2020');
    expect(timePhrase({ su_kien: 'Trước, trong và sau kỳ họp HĐND' })).toBe('Trước, trong và sau kỳ họp HĐND');
  });
});

describe('names', () => {
  it('writes the place with its unit word in lower case, a number keeping the capital', () => {
    expect(placeName({ cap: 'huyen', ten: 'Sóc Sơn' })).toBe('huyện Sóc Sơn');
    expect(placeName({ cap: 'xa', ten: 'Phù Đổng' })).toBe('xã Phù Đổng');
    expect(placeName({ cap: 'quan', ten: '1' })).toBe('Quận 1');
    expect(placeName({ cap: 'dac_khu', ten: 'Phú Quốc' })).toBe('đặc khu Phú Quốc');
  });
  it('joins lists the Vietnamese way', () => {
    expect(joinVi(['A'])).toBe('A');
    expect(joinVi(['A', 'B'])).toBe('A và B');
    expect(joinVi(['A', 'B', 'C'])).toBe('A, B và C');
  });
  it('says the shared place once in the parties phrase', () => {
    expect(partiesPhrase(['Thường trực Hội đồng nhân dân huyện Sóc Sơn', 'Ủy ban nhân dân huyện Sóc Sơn',
      'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện Sóc Sơn'], 'huyện Sóc Sơn'))
      .toBe('Thường trực Hội đồng nhân dân, Ủy ban nhân dân và Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện Sóc Sơn');
    expect(partiesPhrase(['Ủy ban nhân dân xã A', 'Hội Nông dân tỉnh B'], 'xã A')).toBe('Ủy ban nhân dân xã A và Hội Nông dân tỉnh B');
  });
});
