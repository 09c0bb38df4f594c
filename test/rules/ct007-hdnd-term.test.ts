import { describe, expect, it } from 'vitest';
import { ct007 } from '../../src/rules/ct007-hdnd-term.js';
import { HDND_TERMS } from '../../src/model/terms.js';
import { findings, program, regulation } from '../support/documents.js';
import { placed } from '../support/positions.js';
import { runRules } from '../../src/rules/run-rules.js';

function withTerm(nhiem_ky: string, ngay_ban_hanh: string | null = '2026-06-10') {
  return { ...regulation(), nhiem_ky, ngay_ban_hanh };
}

describe('CT007 hdnd-term', () => {
  it('accepts every HĐND term, and 2004-2009 as the 2004 term was first named', () => {
    for (const t of HDND_TERMS) expect(findings(ct007, withTerm(t.label, null))).toEqual([]);
    expect(findings(ct007, withTerm('2004-2009', null))).toEqual([]);
  });

  it('says when the term is a Mặt trận congress term', () => {
    const [f, ...rest] = findings(ct007, withTerm('2024-2029'));
    expect(rest).toEqual([]);
    expect(f.path).toEqual(['nhiem_ky']);
    expect(f.message.vi).toContain('"2024-2029" là nhiệm kỳ Đại hội Mặt trận, không phải nhiệm kỳ HĐND');
    expect(f.expected).toEqual(['2026-2031']); // the term in office on 2026-06-10
  });

  it('says when the term is a Party congress term', () => {
    const [f] = findings(ct007, withTerm('2020-2025', '2021-08-01'));
    expect(f.message.vi).toContain('"2020-2025" là nhiệm kỳ Đại hội Đảng, không phải nhiệm kỳ HĐND');
    expect(f.expected).toEqual(['2021-2026']);
  });

  it('reports any other label, guessing the term from the label when there is no date', () => {
    const [f] = findings(ct007, withTerm('2026-2030', null));
    expect(f.message.vi).toContain('"2026-2030" không phải là một nhiệm kỳ HĐND');
    expect(f.expected).toEqual(['2026-2031']);
    expect(f.note!.vi).toBe('Sửa thành nhiem_ky: 2026-2031.');
    expect(findings(ct007, withTerm('1980-1985', null))[0].expected).toEqual(HDND_TERMS.map((t) => t.label));
  });

  it('applies to quy chế only', () => {
    expect(ct007.kinds).toEqual(['quy_che']);
    const doc = { ...program(), nhiem_ky: '2024-2029' };
    expect(runRules([ct007], { file: 'x.yaml', doc, nonNfc: [], loadRelated: () => ({ ok: false, reason: { vi: '', en: '' } }) })).toEqual([]);
  });

  it('points at the nhiem_ky line', () => {
    const [m, ...rest] = placed(withTerm('2024-2029'), 'CT007');
    expect(rest).toEqual([]);
    expect(m.line).toBe('nhiem_ky: 2024-2029');
    expect(m.at).toBe('2024-2029');
  });
});

describe('CT007 and other periods', () => {
  it('says nothing of a giai đoạn or of a quy chế with no period: the rule is about nhiem_ky', () => {
    const { nhiem_ky: _, ...rest } = regulation();
    expect(findings(ct007, { ...rest, giai_doan: '2026-2030', ngay_ban_hanh: '2026-01-19' })).toEqual([]);
    expect(findings(ct007, { ...rest, giai_doan: '2017-2021' })).toEqual([]);
    expect(findings(ct007, rest)).toEqual([]);
  });
});
