import { describe, expect, it } from 'vitest';
import { balanceLine } from '../../src/render/docx/balance.js';
import { textWidthTwips } from '../../src/render/docx/text-width.js';

const mm = (n: number) => Math.round((n * 1440) / 25.4);

describe('text widths (Times New Roman metrics)', () => {
  it('measure the Quốc hiệu at 13 pt bold at about 96 mm, as LibreOffice lays it out', () => {
    const width = textWidthTwips('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 13, { bold: true });
    expect(width).toBeGreaterThan(mm(95));
    expect(width).toBeLessThan(mm(97));
    expect(textWidthTwips('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 12, { bold: true })).toBeLessThan(mm(89));
  });
  it('count the horn of ơ and ư', () => {
    expect(textWidthTwips('ư', 14)).toBeGreaterThan(textWidthTwips('u', 14));
    expect(textWidthTwips('Ủ', 14)).toBe(textWidthTwips('U', 14));
  });
});

describe('balanced title lines', () => {
  it('leave a line that fits alone', () => {
    expect(balanceLine('TM. ỦY BAN NHÂN DÂN', mm(60), 13, { bold: true })).toEqual(['TM. ỦY BAN NHÂN DÂN']);
  });
  it('break before the place, not inside a word', () => {
    expect(balanceLine('ỦY BAN NHÂN DÂN HUYỆN SÓC SƠN', mm(65), 13, { bold: true })).toEqual(['ỦY BAN NHÂN DÂN', 'HUYỆN SÓC SƠN']);
    expect(balanceLine('ỦY BAN MTTQ VIỆT NAM HUYỆN SÓC SƠN', mm(65), 13, { bold: true })).toEqual(['ỦY BAN MTTQ VIỆT NAM', 'HUYỆN SÓC SƠN']);
    expect(balanceLine('TM. BAN THƯỜNG TRỰC', mm(45), 13, { bold: true })).toEqual(['TM. BAN', 'THƯỜNG TRỰC']);
  });
  it('give lines of even length that all fit', () => {
    const lines = balanceLine('TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN', mm(53), 13, { bold: true });
    expect(lines).toEqual(['TM. THƯỜNG TRỰC', 'HỘI ĐỒNG NHÂN DÂN']);
    for (const line of lines) expect(textWidthTwips(line, 13, { bold: true })).toBeLessThanOrEqual(mm(53));
  });
  it('give up on a word wider than the cell', () => {
    expect(balanceLine('ĐCTUBTWMTTQVN-UBTVQH14-CP-NQLT', mm(20), 13)).toEqual(['ĐCTUBTWMTTQVN-UBTVQH14-CP-NQLT']);
  });
});
