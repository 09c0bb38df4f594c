import { describe, expect, it } from 'vitest';
import { ct008 } from '../../src/rules/ct008-term-date.js';
import { findings, regulation } from '../support/documents.js';
import { placed } from '../support/positions.js';

function regulationOf(nhiem_ky: string, ngay_ban_hanh: string | null | undefined) {
  return { ...regulation(), nhiem_ky, ngay_ban_hanh };
}

describe('CT008 term-date', () => {
  it('accepts dates from election day to the end of the term\'s last year', () => {
    for (const date of ['2026-03-15', '2026-06-10', '2031-12-31']) expect(findings(ct008, regulationOf('2026-2031', date))).toEqual([]);
    for (const date of ['2021-05-23', '2021-09-01', '2026-02-01']) expect(findings(ct008, regulationOf('2021-2026', date))).toEqual([]);
    expect(findings(ct008, regulationOf('2004-2009', '2010-03-01'))).toEqual([]);
  });

  it('reports a 2026-2031 quy chế dated before the election of 15 March 2026', () => {
    const [f, ...rest] = findings(ct008, regulationOf('2026-2031', '2026-03-14'));
    expect(rest).toEqual([]);
    expect(f.path).toEqual(['ngay_ban_hanh']);
    expect(f.message.vi).toContain('15/03/2026');
    expect(f.message.vi).toContain('nhiệm kỳ 2021-2026');
    expect(f.note!.vi).toContain('sao chép');
    expect(f.note!.vi).toContain('2021-2026');
  });

  it('reports a date years before the term', () => {
    const [f] = findings(ct008, regulationOf('2021-2026', '2016-08-01'));
    expect(f.message.vi).toContain('23/05/2021');
  });

  it('reports a date after the year the term ends', () => {
    const [f, ...rest] = findings(ct008, regulationOf('2016-2021', '2022-01-10'));
    expect(rest).toEqual([]);
    expect(f.message.vi).toContain('đã kết thúc (năm 2021)');
    expect(f.note!.vi).toContain('2021-2026');
  });

  it('says nothing for drafts without a date, nor for terms CT007 reports', () => {
    expect(findings(ct008, regulationOf('2026-2031', null))).toEqual([]);
    expect(findings(ct008, regulationOf('2026-2031', undefined))).toEqual([]);
    expect(findings(ct008, regulationOf('2024-2029', '2020-01-01'))).toEqual([]);
  });

  it('points at the date of issue', () => {
    const [m, ...rest] = placed(regulationOf('2026-2031', '2026-02-10'), 'CT008');
    expect(rest).toEqual([]);
    expect(m.line).toBe('ngay_ban_hanh: 2026-02-10');
    expect(m.at).toBe('2026-02-10');
  });
});
