import { describe, expect, it } from 'vitest';
import { ct013 } from '../../src/rules/ct013-academic-title.js';
import { findings, program } from '../support/documents.js';
import { placed } from '../support/positions.js';

function signer(ho_ten: string, party = 2) {
  const doc = program();
  doc.ben[party].ky.ho_ten = ho_ten;
  return doc;
}

describe('CT013 academic-title', () => {
  it('accepts plain names', () => {
    expect(findings(ct013, program())).toEqual([]);
    expect(findings(ct013, signer('Tiến Thị Thu'))).toEqual([]);
  });

  it('reports the title found and the name without it', () => {
    for (const [written, title, name] of [
      ['TS. Lê Văn Cường', 'TS.', 'Lê Văn Cường'],
      ['ThS. Lê Văn Cường', 'ThS.', 'Lê Văn Cường'],
      ['Ths Lê Văn Cường', 'Ths', 'Lê Văn Cường'],
      ['PGS.TS. Lê Văn Cường', 'PGS.TS.', 'Lê Văn Cường'],
      ['GS. TSKH. Lê Văn Cường', 'GS. TSKH.', 'Lê Văn Cường'],
      ['KS. Lê Văn Cường', 'KS.', 'Lê Văn Cường'],
      ['BS. Lê Văn Cường', 'BS.', 'Lê Văn Cường'],
      ['CN. Lê Văn Cường', 'CN.', 'Lê Văn Cường'],
      ['Tiến sĩ Lê Văn Cường', 'Tiến sĩ', 'Lê Văn Cường'],
      ['Thạc sĩ Lê Văn Cường'.normalize('NFD'), 'Thạc sĩ', 'Lê Văn Cường'],
    ]) {
      const [f, ...rest] = findings(ct013, signer(written));
      expect(rest).toEqual([]);
      expect(f.path).toEqual(['ben', 2, 'ky', 'ho_ten']);
      expect(f.message.vi).toContain(`"${title}"`);
      expect(f.expected).toEqual([name]);
    }
  });

  it('points at the name line', () => {
    const [m, ...rest] = placed(signer('TS. Lê Văn Cường', 0), 'CT013');
    expect(rest).toEqual([]);
    expect(m.line.trim()).toBe('ho_ten: TS. Lê Văn Cường');
    expect(m.at).toBe('TS. Lê Văn Cường');
  });
});
