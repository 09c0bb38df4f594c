import { describe, expect, it } from 'vitest';
import { ct006 } from '../../src/rules/ct006-quarter-roman.js';
import { findings, program } from '../support/documents.js';
import { placed } from '../support/positions.js';

function withQuarter(quy: string | number) {
  const doc = program();
  doc.noi_dung![1].thoi_gian = { quy };
  return doc;
}

describe('CT006 quarter-roman', () => {
  it('accepts I, II, III and IV', () => {
    for (const quy of ['I', 'II', 'III', 'IV']) expect(findings(ct006, withQuarter(quy))).toEqual([]);
  });

  it('asks for the Roman numeral when the quarter is written otherwise', () => {
    for (const [quy, roman] of [[2, 'II'], [4, 'IV'], ['2', 'II'], ['ii', 'II'], ['Quý III', 'III']] as const) {
      const [f, ...rest] = findings(ct006, withQuarter(quy));
      expect(rest).toEqual([]);
      expect(f.path).toEqual(['noi_dung', 1, 'thoi_gian', 'quy']);
      expect(f.expected).toEqual([roman]);
      expect(f.note!.vi).toBe(`Ghi quy: ${roman}.`);
    }
  });

  it('says the quarter does not exist for anything else', () => {
    for (const quy of ['V', 0, 5, 'hai', 'IIII']) {
      const [f] = findings(ct006, withQuarter(quy));
      expect(f.message.vi).toContain(`Không có quý "${quy}"`);
      expect(f.expected).toEqual(['I', 'II', 'III', 'IV']);
    }
  });

  it('checks the reviews too', () => {
    const doc = program();
    doc.to_chuc_thuc_hien!.tong_ket = { thoi_gian: { quy: 4 } };
    expect(findings(ct006, doc).map((f) => f.path)).toEqual([['to_chuc_thuc_hien', 'tong_ket', 'thoi_gian', 'quy']]);
  });

  it('points at the quarter value in the YAML', () => {
    const [m, ...rest] = placed(withQuarter(2), 'CT006');
    expect(rest).toEqual([]);
    expect(m.line.trim()).toBe('quy: 2');
    expect(m.at).toBe('2');
  });
});
