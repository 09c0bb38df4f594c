import { describe, expect, it } from 'vitest';
import { findUnitMentions, levelExistedOn, nameKeepsUnitCapital } from '../../src/model/admin-units.js';

describe('levelExistedOn', () => {
  it('ends the district level and thị trấn on 1 July 2025 and starts đặc khu then', () => {
    for (const level of ['huyen', 'quan', 'thi_xa', 'thanh_pho', 'thi_tran'] as const) {
      expect(levelExistedOn(level, '2025-06-30'), level).toBe(true);
      expect(levelExistedOn(level, '2025-07-01'), level).toBe(false);
    }
    expect(levelExistedOn('dac_khu', '2025-06-30')).toBe(false);
    expect(levelExistedOn('dac_khu', '2025-07-01')).toBe(true);
    for (const level of ['tinh', 'thanh_pho_tw', 'xa', 'phuong'] as const) {
      expect(levelExistedOn(level, '2016-01-01') && levelExistedOn(level, '2026-01-01'), level).toBe(true);
    }
  });
});

describe('findUnitMentions', () => {
  it('finds unit words in any case with the capitalised name after them', () => {
    const text = 'Ủy ban nhân dân Xã Phù Đổng, huyện Gia Lâm, THỊ XÃ SƠN TÂY và Quận 1';
    expect(findUnitMentions(text).map((m) => [m.unit, m.unitWord, m.name, m.nameIndex])).toEqual([
      ['Xã', 'xã', 'Phù Đổng', text.indexOf('Phù')],
      ['huyện', 'huyện', 'Gia Lâm', text.indexOf('Gia')],
      ['THỊ XÃ', 'thị xã', 'SƠN TÂY', text.indexOf('SƠN')],
      ['Quận', 'quận', '1', text.indexOf('1')],
    ]);
  });
  it('reads "thị xã" and "thị trấn" as one word, and a lower-case word after as no name', () => {
    expect(findUnitMentions('UBND các xã, thị trấn').map((m) => [m.unitWord, m.name])).toEqual([['xã', undefined], ['thị trấn', undefined]]);
    expect(findUnitMentions('Thường trực Huyện ủy').map((m) => [m.unit, m.name])).toEqual([['Huyện', undefined]]);
  });
  it('does not take "xã hội" for a commune, nor a unit word inside another word', () => {
    expect(findUnitMentions('Các tổ chức chính trị - xã hội; CỘNG HÒA XÃ HỘI CHỦ NGHĨA; Cộng Hòa Xã Hội')).toEqual([]);
    expect(findUnitMentions('Quân sự, tỉnh táo')).toEqual([{ unit: 'tỉnh', unitWord: 'tỉnh', index: 9 }]);
  });
});

describe('nameKeepsUnitCapital', () => {
  it('keeps the capital for numbers, people and historical events', () => {
    for (const name of ['1', '12', 'IV', 'Điện Biên Phủ', 'Nguyễn Trãi', 'Hồ Chí Minh', 'Quang Trung']) expect(nameKeepsUnitCapital(name), name).toBe(true);
  });
  it('wants lower case before an ordinary place name', () => {
    for (const name of ['Phù Đổng', 'Sóc Sơn', 'Gia Lâm', 'Sơn La', 'Iv']) expect(nameKeepsUnitCapital(name), name).toBe(false);
  });
});
