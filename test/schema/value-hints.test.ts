import { describe, expect, it } from 'vitest';
import { dateHint, idHint, timeHint } from '../../src/schema/value-hints.js';

describe('did-you-mean hints for values', () => {
  it('dates: the ISO form of what a clerk writes, or the month\'s real length', () => {
    expect(dateHint('15/01/2027')?.write).toBe('2027-01-15');
    expect(dateHint('5/3/2027')?.write).toBe('2027-03-05');
    expect(dateHint('15-03-2027')?.write).toBe('2027-03-15');
    expect(dateHint('2027-3-5')?.write).toBe('2027-03-05');
    expect(dateHint('ngày 5 tháng 3 năm 2027')?.write).toBe('2027-03-05');
    expect(dateHint('2027-02-30')?.why?.vi).toContain('chỉ có 28 ngày');
    expect(dateHint('2028-02-30')?.why?.vi).toContain('chỉ có 29 ngày');
    expect(dateHint('2027-04-31')?.why?.vi).toContain('chỉ có 30 ngày');
    expect(dateHint('2027-13-01')?.why?.vi).toContain('Không có tháng 13');
    expect(dateHint('hôm qua')).toBeUndefined();
  });

  it('times in words: their YAML form', () => {
    expect(timeHint('Quý II')?.write).toBe('{quy: II}');
    expect(timeHint('quý 3')?.write).toBe('{quy: III}');
    expect(timeHint('Tháng 11')?.write).toBe('{thang: 11}');
    expect(timeHint('Tháng 6/2027')?.write).toBe('{thang: 6, nam: 2027}');
    expect(timeHint('Thường xuyên')?.write).toBe('thuong_xuyen');
    expect(timeHint('Cả năm')?.write).toBe('ca_nam');
    expect(timeHint('6 tháng đầu năm')?.write).toBe('{nua_nam: dau}');
    expect(timeHint('Trước ngày 15/3/2027')?.write).toBe('{han: 2027-03-15}');
    expect(timeHint('Trước, trong và sau kỳ họp')).toBeUndefined();
  });

  it('unit codes in capitals, with marks or without the hyphen: the id the document defines', () => {
    const ids = ['hdnd', 'ubnd', 'mttq', 'cong-an', 'hoi-phu-nu'];
    expect(idHint('MTTQ', ids)).toBe('mttq');
    expect(idHint('CONG-AN', ids)).toBe('cong-an');
    expect(idHint('congan', ids)).toBe('cong-an');
    expect(idHint('Công an', ids)).toBe('cong-an');
    expect(idHint('hoi_phu_nu', ids)).toBe('hoi-phu-nu');
    expect(idHint('UBND xã', ids)).toBe('ubnd');
  });
});
