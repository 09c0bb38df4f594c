import { describe, expect, it } from 'vitest';
import { ct005 } from '../../src/rules/ct005-deadline-before-issue.js';
import { findings, program } from '../support/documents.js';
import { placed } from '../support/positions.js';

function issuedOn(date: string | null) {
  const doc = program();
  doc.ngay_ban_hanh = date;
  return doc;
}

describe('CT005 deadline-before-issue', () => {
  it('accepts times after the date of issue, and the deadline on the day itself', () => {
    const doc = issuedOn('2026-03-10');
    doc.noi_dung![0].thoi_gian = { han: '2026-03-10' };
    doc.noi_dung![1].thoi_gian = { thang: 3 };
    doc.noi_dung!.push({ id: 'quy-1', tieu_de: 'Việc quý I', chu_tri: 'ubnd', thoi_gian: { quy: 'I' } });
    doc.noi_dung!.push({ id: 'nua-dau', tieu_de: 'Việc 6 tháng', chu_tri: 'ubnd', thoi_gian: { nua_nam: 'dau' } });
    expect(findings(ct005, doc)).toEqual([]);
  });

  it('warns on a deadline before the date of issue', () => {
    const doc = issuedOn('2026-03-10');
    doc.noi_dung![1].thoi_gian = { han: '2026-02-28' };
    const [f, ...rest] = findings(ct005, doc);
    expect(rest).toEqual([]);
    expect(f.path).toEqual(['noi_dung', 1, 'thoi_gian', 'han']);
    expect(f.message.vi).toContain('28/02/2026');
    expect(f.message.vi).toContain('10/03/2026');
    expect(f.rule.severity).toBe('warning');
  });

  it('warns on a month that ended before the month of issue, not on the month of issue', () => {
    const doc = issuedOn('2026-03-10');
    doc.noi_dung![0].thoi_gian = { thang: 2 };
    doc.noi_dung![1].thoi_gian = { thang: 3, nam: 2026 };
    expect(findings(ct005, doc).map((f) => f.path)).toEqual([['noi_dung', 0, 'thoi_gian', 'thang']]);
  });

  it('warns on a quarter or half-year already over, and on the reviews', () => {
    const doc = issuedOn('2026-07-02');
    doc.noi_dung![0].thoi_gian = { quy: 'II' };
    doc.noi_dung![1].thoi_gian = { nua_nam: 'dau' };
    doc.to_chuc_thuc_hien!.so_ket = { thoi_gian: { thang: 6 } };
    doc.to_chuc_thuc_hien!.tong_ket = { thoi_gian: { thang: 12 } };
    expect(findings(ct005, doc).map((f) => f.path)).toEqual([
      ['noi_dung', 0, 'thoi_gian', 'quy'], ['noi_dung', 1, 'thoi_gian', 'nua_nam'], ['to_chuc_thuc_hien', 'so_ket', 'thoi_gian', 'thang'],
    ]);
  });

  it('says nothing for a draft without a date of issue', () => {
    const doc = issuedOn(null);
    doc.noi_dung![0].thoi_gian = { han: '2026-01-05' };
    expect(findings(ct005, doc)).toEqual([]);
    delete doc.ngay_ban_hanh;
    expect(findings(ct005, doc)).toEqual([]);
  });

  it('leaves times outside the program year and malformed quarters to CT004 and CT006', () => {
    const doc = issuedOn('2026-03-10');
    doc.noi_dung![0].thoi_gian = { han: '2025-05-19' };
    doc.noi_dung![1].thoi_gian = { quy: 1 };
    expect(findings(ct005, doc)).toEqual([]);
  });

  it('accepts a program signed in December for the next year', () => {
    const doc = issuedOn('2025-12-20');
    doc.noi_dung![0].thoi_gian = { thang: 1 };
    expect(findings(ct005, doc)).toEqual([]);
  });

  it('points at the line holding the month, as a warning', () => {
    const doc = issuedOn('2026-03-10');
    doc.noi_dung![0].thoi_gian = { thang: 2 };
    const [m, ...rest] = placed(doc, 'CT005');
    expect(rest).toEqual([]);
    expect(m.line.trim()).toBe('thang: 2');
    expect(m.at).toBe('2');
    expect(m.message.severity).toBe('warning');
  });
});
