import { describe, expect, it } from 'vitest';
import { ct009 } from '../../src/rules/ct009-ky-hieu.js';
import type { CochuongDocument } from '../../src/model/document.js';
import { findings, program, regulation, report } from '../support/documents.js';
import { placed } from '../support/positions.js';

function withKyHieu(ky_hieu: string, doc: CochuongDocument = program()) {
  return { ...doc, ky_hieu };
}
const only = (doc: CochuongDocument) => {
  const found = findings(ct009, doc);
  expect(found).toHaveLength(1);
  return found[0];
};

describe('CT009 ky-hieu', () => {
  it('accepts the right type code for each kind, with any issuers', () => {
    expect(findings(ct009, program())).toEqual([]);
    expect(findings(ct009, regulation())).toEqual([]);
    expect(findings(ct009, report())).toEqual([]);
    expect(findings(ct009, withKyHieu('CTr-UBND-UBMTTQ'))).toEqual([]);
    expect(findings(ct009, withKyHieu('CTr-HĐND-UBND-MTTQ'.normalize('NFD')))).toEqual([]);
  });

  it('names the right code when another decree code is used', () => {
    const f = only(withKyHieu('KH-HĐND-UBND-MTTQ'));
    expect(f.path).toEqual(['ky_hieu']);
    expect(f.message.vi).toContain('"KH" là mã của Kế hoạch');
    expect(f.message.vi).toContain('"CTr"');
    expect(f.expected).toEqual(['CTr-HĐND-UBND-MTTQ']);
    expect(only(withKyHieu('CT-HĐND-UBND', program())).message.vi).toContain('Chỉ thị');
    expect(only(withKyHieu('TB-HĐND-UBND', regulation())).expected).toEqual(['QC-HĐND-UBND']);
    expect(only(withKyHieu('BB-HĐND-UBND', report())).expected).toEqual(['BC-HĐND-UBND']);
    expect(only(withKyHieu('CTr-HĐND-UBND', report())).message.vi).toContain('"CTr" là mã của Chương trình');
  });

  it('reports the wrong letter case of the right code as a warning (the rule\'s severity)', () => {
    expect(ct009.severity).toBe('warning');
    for (const code of ['CTR', 'Ctr', 'ctr']) {
      const f = only(withKyHieu(`${code}-HĐND-UBND-MTTQ`));
      expect(f.severity).toBeUndefined();
      expect(f.message.vi).toContain('chữ hoa, chữ thường');
      expect(f.expected).toEqual(['CTr-HĐND-UBND-MTTQ']);
    }
    expect(only(withKyHieu('Qc-HĐND-UBND', regulation())).expected).toEqual(['QC-HĐND-UBND']);
  });

  it('reports groups joined with spaces, slashes or underscores', () => {
    for (const written of ['CTr - HĐND-UBND-MTTQ', 'CTr/HĐND-UBND-MTTQ', 'CTr_HĐND_UBND_MTTQ', 'CTr–HĐND–UBND–MTTQ', 'CTr HĐND UBND MTTQ']) {
      const f = only(withKyHieu(written));
      expect(f.message.vi).toContain('nối bằng dấu "-"');
      expect(f.expected).toEqual(['CTr-HĐND-UBND-MTTQ']);
    }
  });

  it('reports the number or "Số" inside the ký hiệu', () => {
    for (const written of ['01/CTr-HĐND-UBND-MTTQ', 'Số: 01/CTr-HĐND-UBND-MTTQ', 'Số 01/CTr-HĐND-UBND-MTTQ', '/CTr-HĐND-UBND-MTTQ', '01-CTr-HĐND-UBND-MTTQ', 'Số: 01/CTr-HĐND-UBND-MTTQ'.normalize('NFD')]) {
      const f = only(withKyHieu(written));
      expect(f.message.vi).toContain('không ghi số văn bản');
      expect(f.expected).toEqual(['CTr-HĐND-UBND-MTTQ']);
    }
  });

  it('warns on local codes of the right kind and rejects those of another kind', () => {
    for (const [code, doc] of [['CTPH', program()], ['CTrPH', program()], ['QCPH', regulation()], ['BCPH', report()]] as const) {
      const f = only(withKyHieu(`${code}-HĐND-UBND-MTTQ`, doc));
      expect(f.severity).toBe('warning');
      expect(f.message.vi).toContain('không có trong Phụ lục III');
    }
    const f = only(withKyHieu('QCPH-HĐND-UBND-MTTQ'));
    expect(f.severity).toBeUndefined();
    expect(f.expected).toEqual(['CTr-HĐND-UBND-MTTQ']);
  });

  it('reports a missing type code, a missing issuer and an unknown code', () => {
    expect(only(withKyHieu('HĐND-UBND-MTTQ')).expected).toEqual(['CTr-HĐND-UBND-MTTQ']);
    expect(only(withKyHieu('CTr')).message.vi).toContain('thiếu chữ viết tắt tên cơ quan');
    expect(only(withKyHieu('XYZ-HĐND')).message.vi).toContain('"XYZ" không phải mã loại văn bản');
    expect(only(withKyHieu('Số: 01/')).message.vi).toContain('thiếu mã loại văn bản và chữ viết tắt');
  });

  it('gathers several slips into one message with the whole fix; an error outweighs a local code', () => {
    const f = only(withKyHieu('Số: 01/CTR - HĐND-UBND'));
    expect(f.message.vi).toMatch(/có 3 chỗ chưa đúng: \(1\) .*số văn bản.* \(2\) .*dấu "-".* \(3\) .*chữ hoa/);
    expect(f.note!.vi).toBe('Sửa thành ky_hieu: CTr-HĐND-UBND');
    expect(f.severity).toBe('error');
    expect(only(withKyHieu('CTPH - HĐND')).severity).toBe('warning');
  });

  it('reports a number written into the ký hiệu as an error: it would print twice', () => {
    const f = only(withKyHieu('01/CTr-HĐND-UBND-MTTQ'));
    expect(f.severity).toBe('error');
  });

  it('accepts the year a joint resolution carries in its number', () => {
    const nqlt = { ...program(), ten_loai: 'nghi_quyet_lien_tich' as const, so: 1 };
    expect(findings(ct009, withKyHieu('2023/NQLT-CP-ĐCTUBTWMTTQVN', nqlt))).toEqual([]);
    // the year kept in the decree's suggestion
    expect(only(withKyHieu('2023/NQLT/CP-ĐCTUBTWMTTQVN', nqlt)).expected).toEqual(['2023/NQLT-CP-ĐCTUBTWMTTQVN']);
  });

  it('takes a dot inside one body\'s abbreviation ("TT.HĐND") as one group, with a warning suggesting "TTHĐND"', () => {
    const issued = { ...regulation(), so: 6 };
    const f = only(withKyHieu('QC-TT.HĐND-UBND', issued));
    expect(f.severity).toBeUndefined();
    expect(f.message.vi).toContain('"TT.HĐND"');
    expect(f.message.vi).not.toContain('nối bằng dấu "-"');
    expect(f.expected).toEqual(['QC-TTHĐND-UBND']);
    expect(f.note!.vi).toContain('Văn bản đã phát hành thì giữ đúng ký hiệu đã in');
  });

  it('warns, never errs, on the issued forms of real documents, with the decree\'s form as the suggestion', () => {
    const cases = [
      ['QCPH/UBND-UBMTTQ', regulation(), 'QC-UBND-UBMTTQ'],
      ['QCPH-HĐND-UBND-MTTQ', regulation(), 'QC-HĐND-UBND-MTTQ'],
      ['CTrPH-MTTW-TCTV', program(), 'CTr-MTTW-TCTV'],
    ] as const;
    for (const [written, doc, decree] of cases) {
      const f = only(withKyHieu(written, { ...doc, so: 3 }));
      expect(f.severity ?? ct009.severity).toBe('warning');
      expect(f.expected).toEqual([decree]);
    }
  });

  it('checks the code of the tên loại: KH for a kế hoạch, TB for a thông báo', () => {
    expect(findings(ct009, withKyHieu('KH-UBND-UBMTTQ', { ...program(), ten_loai: 'ke_hoach' }))).toEqual([]);
    expect(only(withKyHieu('CTr-UBND-UBMTTQ', { ...program(), ten_loai: 'ke_hoach' })).expected).toEqual(['KH-UBND-UBMTTQ']);
  });

  it('points at the ký hiệu line, with the severity of the finding', () => {
    const [m, ...rest] = placed(withKyHieu('CTPH-HĐND-UBND-MTTQ'), 'CT009');
    expect(rest).toEqual([]);
    expect(m.line).toBe('ky_hieu: CTPH-HĐND-UBND-MTTQ');
    expect(m.at).toBe('CTPH-HĐND-UBND-MTTQ');
    expect(m.message.severity).toBe('warning');
    expect(placed(withKyHieu('KH-HĐND-UBND-MTTQ'), 'CT009')[0].message.severity).toBe('warning');
    expect(placed(withKyHieu('01/CTr-HĐND-UBND-MTTQ'), 'CT009')[0].message.severity).toBe('error');
  });
});
