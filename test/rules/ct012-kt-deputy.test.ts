import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ct012, headTitle } from '../../src/rules/ct012-kt-deputy.js';
import type { Ben } from '../../src/model/document.js';
import { findings, program } from '../support/documents.js';
import { placed } from '../support/positions.js';

function signedBy(ky: Ben['ky'], party = 1) {
  const doc = program();
  doc.ben[party].ky = ky;
  return doc;
}
const TM = { tien_to: 'TM.' as const, tham_quyen: 'ỦY BAN NHÂN DÂN', ho_ten: 'Trần Thị Bình' };

describe('CT012 kt-deputy', () => {
  it('accepts the head signing and a deputy signing KT., in any case and tone placement', () => {
    expect(findings(ct012, program())).toEqual([]);
    expect(findings(ct012, signedBy({ ...TM, ky_thay: 'CHỦ TỊCH', chuc_vu: 'PHÓ CHỦ TỊCH' }))).toEqual([]);
    expect(findings(ct012, signedBy({ ...TM, ky_thay: 'Chủ tịch', chuc_vu: 'Phó Chủ tịch' }))).toEqual([]);
    expect(findings(ct012, signedBy({ ...TM, ky_thay: 'CHỦ TỊCH', chuc_vu: 'PHÓ CHỦ TỊCH'.normalize('NFD') }))).toEqual([]);
  });

  it('reports KT. with a title that is not a deputy\'s, on chuc_vu', () => {
    const [f, ...rest] = findings(ct012, signedBy({ ...TM, ky_thay: 'CHỦ TỊCH', chuc_vu: 'ỦY VIÊN' }));
    expect(rest).toEqual([]);
    expect(f.path).toEqual(['ben', 1, 'ky', 'chuc_vu']);
    expect(f.expected).toEqual(['PHÓ CHỦ TỊCH']);
  });

  it('reports ky_thay equal to chuc_vu once, on ky_thay, ignoring case and tone placement', () => {
    for (const [kyThay, chucVu] of [['CHỦ TỊCH', 'CHỦ TỊCH'], ['Chủ tịch', 'CHỦ TỊCH'], ['THỦ TRƯỞNG', 'Thủ trưởng'.normalize('NFD')]]) {
      const [f, ...rest] = findings(ct012, signedBy({ ...TM, ky_thay: kyThay, chuc_vu: chucVu }));
      expect(rest).toEqual([]);
      expect(f.path).toEqual(['ben', 1, 'ky', 'ky_thay']);
      expect(f.note!.vi).toContain('xóa dòng ky_thay');
    }
  });

  it('reports a deputy title written in ky_thay', () => {
    const [f] = findings(ct012, signedBy({ ...TM, ky_thay: 'PHÓ CHỦ TỊCH', chuc_vu: 'PHÓ CHỦ TỊCH' }));
    expect(f.path).toEqual(['ben', 1, 'ky', 'ky_thay']);
    expect(f.expected).toEqual(['CHỦ TỊCH']);
  });

  it('reports a deputy signing for a collective body without ky_thay, saying what to add', () => {
    const [f, ...rest] = findings(ct012, signedBy({ ...TM, chuc_vu: 'PHÓ CHỦ TỊCH' }));
    expect(rest).toEqual([]);
    expect(f.path).toEqual(['ben', 1, 'ky', 'chuc_vu']);
    expect(f.note!.vi).toBe('Thêm vào ky: ky_thay: CHỦ TỊCH.');
    expect(findings(ct012, signedBy({ ...TM, chuc_vu: 'Phó Chủ tịch Thường trực' }))[0].note!.vi).toBe('Thêm vào ky: ky_thay: Chủ tịch.');
    expect(findings(ct012, signedBy({ ...TM, chuc_vu: 'phó chủ tịch'.normalize('NFD') }))).toHaveLength(1);
  });

  it('leaves deputies of mass organisations and TL./TUQ. signatures alone', () => {
    const doc = program();
    doc.ben.push({ id: 'phu-nu', loai: 'doan_the', ten: 'Hội Liên hiệp Phụ nữ xã', ky: { chuc_vu: 'PHÓ CHỦ TỊCH', ho_ten: 'Phạm Thị Dung' } });
    expect(findings(ct012, doc)).toEqual([]);
    expect(findings(ct012, signedBy({ tien_to: 'TL.', tham_quyen: 'CHỦ TỊCH', chuc_vu: 'PHÓ CHÁNH VĂN PHÒNG', ho_ten: 'Lý Văn Hải' }))).toEqual([]);
  });

  it('derives the head\'s title from a deputy\'s', () => {
    expect(headTitle('PHÓ CHỦ TỊCH')).toBe('CHỦ TỊCH');
    expect(headTitle('PHÓ CHỦ TỊCH THƯỜNG TRỰC')).toBe('CHỦ TỊCH');
    expect(headTitle('Phó Trưởng ban')).toBe('Trưởng ban');
  });

  it('has a bad example that fires twice and a good one that does not', () => {
    const parties = (fragment: string) => (parse(fragment) as { ben: Ben[] }).ben;
    const withParties = (ben: Ben[]) => ({ ...program(), ben });
    expect(findings(ct012, withParties(parties(ct012.bad))).map((f) => f.path)).toEqual([
      ['ben', 0, 'ky', 'chuc_vu'], ['ben', 1, 'ky', 'ky_thay'],
    ]);
    expect(findings(ct012, withParties(parties(ct012.good)))).toEqual([]);
  });

  it('points at the title line of the signature', () => {
    const [m, ...rest] = placed(signedBy({ ...TM, chuc_vu: 'PHÓ CHỦ TỊCH' }), 'CT012');
    expect(rest).toEqual([]);
    expect(m.line.trim()).toBe('chuc_vu: PHÓ CHỦ TỊCH');
    expect(m.at).toBe('PHÓ CHỦ TỊCH');
  });
});

describe('CT012 deputies\' titles as they are', () => {
  const signer = (ky_thay: string, chuc_vu: string) => {
    const doc = program();
    doc.ben[0] = { ...doc.ben[0], loai: 'khac', ky: { tien_to: 'TM.', tham_quyen: 'CHÍNH PHỦ', ky_thay, chuc_vu, ho_ten: 'Nguyễn Văn An' } };
    return doc;
  };
  it('accepts "KT. BỘ TRƯỞNG" / "THỨ TRƯỞNG" and "KT. TRƯỞNG BAN" / "PHÓ TRƯỞNG BAN"', () => {
    expect(findings(ct012, signer('BỘ TRƯỞNG', 'THỨ TRƯỞNG'))).toEqual([]);
    expect(findings(ct012, signer('TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN'))).toEqual([]);
  });
  it('still names the head when the KT. line holds the deputy\'s title', () => {
    const [f] = findings(ct012, signer('THỨ TRƯỞNG', 'THỨ TRƯỞNG'));
    expect(f.expected).toEqual(['BỘ TRƯỞNG']);
  });
});
