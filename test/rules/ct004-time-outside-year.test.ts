import { describe, expect, it } from 'vitest';
import { ct004 } from '../../src/rules/ct004-time-outside-year.js';
import { findings, program } from '../support/documents.js';
import { placed } from '../support/positions.js';

describe('CT004 time-outside-year', () => {
  it('accepts times in the program year and times without a year', () => {
    const doc = program();
    doc.noi_dung![0].thoi_gian = { han: '2026-12-31' };
    doc.noi_dung![1].thoi_gian = { thang: 6, nam: 2026 };
    doc.noi_dung!.push({ id: 'thang', tieu_de: 'Việc tháng', chu_tri: 'ubnd', thoi_gian: { thang: 9 } });
    doc.to_chuc_thuc_hien!.so_ket = { thoi_gian: { thang: 7 } };
    expect(findings(ct004, doc)).toEqual([]);
  });

  it('reports a deadline in another year on the han value, proposing the same day in the program year', () => {
    const doc = program();
    doc.noi_dung![1].thoi_gian = { han: '2025-05-19' };
    const [f, ...rest] = findings(ct004, doc);
    expect(rest).toEqual([]);
    expect(f.path).toEqual(['noi_dung', 1, 'thoi_gian', 'han']);
    expect(f.actual).toBe('2025-05-19');
    expect(f.expected).toEqual(['2026-05-19']);
    expect(f.message.vi).toContain('Giám sát đầu tư công');
    expect(f.message.vi).toContain('2026');
  });

  it('reports a month given with another year on its nam', () => {
    const doc = program();
    doc.noi_dung![0].thoi_gian = { thang: 6, nam: 2025 };
    const [f] = findings(ct004, doc);
    expect(f.path).toEqual(['noi_dung', 0, 'thoi_gian', 'nam']);
    expect(f.expected).toEqual(['2026']);
  });

  it('gives no date to propose when the day does not exist in the program year', () => {
    const doc = program();
    doc.noi_dung![0].thoi_gian = { han: '2024-02-29' };
    expect(findings(ct004, doc)[0].expected).toBeUndefined();
  });

  it('checks the 6-month and year-end reviews, letting the year-end review fall in January or February of the next year', () => {
    const doc = program();
    doc.to_chuc_thuc_hien!.so_ket = { thoi_gian: { han: '2025-07-15' } };
    doc.to_chuc_thuc_hien!.tong_ket = { thoi_gian: { thang: 1, nam: 2027 } };
    expect(findings(ct004, doc).map((f) => f.path)).toEqual([['to_chuc_thuc_hien', 'so_ket', 'thoi_gian', 'han']]);

    doc.to_chuc_thuc_hien!.so_ket = { thoi_gian: { thang: 1, nam: 2027 } };
    doc.to_chuc_thuc_hien!.tong_ket = { thoi_gian: { han: '2027-02-28' } };
    expect(findings(ct004, doc).map((f) => f.path)).toEqual([['to_chuc_thuc_hien', 'so_ket', 'thoi_gian', 'nam']]);

    doc.to_chuc_thuc_hien!.so_ket = { thoi_gian: { thang: 7 } };
    doc.to_chuc_thuc_hien!.tong_ket = { thoi_gian: { thang: 3, nam: 2027 } };
    expect(findings(ct004, doc).map((f) => f.path)).toEqual([['to_chuc_thuc_hien', 'tong_ket', 'thoi_gian', 'nam']]);
  });

  it('applies to programs only', () => {
    expect(ct004.kinds).toEqual(['chuong_trinh']);
  });

  it('points at the line holding the deadline', () => {
    const doc = program();
    doc.noi_dung![1].thoi_gian = { han: '2025-05-19' };
    const [m, ...rest] = placed(doc, 'CT004');
    expect(rest).toEqual([]);
    expect(m.line.trim()).toBe('han: 2025-05-19');
    expect(m.at).toBe('2025-05-19');
    expect(m.message.severity).toBe('error');
  });
});
