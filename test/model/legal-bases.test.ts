import { describe, expect, it } from 'vitest';
import { KNOWN_LEGAL_BASES, citation, currentReplacement, identifyBasis, knownBasisBySo, legalNumberKey, nameFits } from '../../src/model/legal-bases.js';

describe('legal basis table', () => {
  it('has one row per number, ISO dates, and replacements that exist', () => {
    const keys = KNOWN_LEGAL_BASES.map((b) => legalNumberKey(b.so));
    expect(new Set(keys).size).toBe(keys.length);
    for (const b of KNOWN_LEGAL_BASES) {
      expect(b.ngay, b.so).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (b.replacedBy) expect(knownBasisBySo(b.replacedBy), b.so).toBeDefined();
      if (b.citedUntil) expect(b.citedUntil > b.ngay, b.so).toBe(true);
      expect(nameFits(b, b.title.vi), b.so).toBe(true);
    }
  });
});

describe('legalNumberKey', () => {
  it('ignores the spelling of the issuer part and leading zeros', () => {
    expect(legalNumberKey('403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN')).toBe(legalNumberKey('403/2017/NQLT-UBTVQH14-CP-ĐCTUBTƯMTTQVN'));
    expect(legalNumberKey('01/2023/NQLT-CP-ĐCTUBTƯMTTQVN')).toBe('1/2023/NQLT');
    expect(legalNumberKey('Luật số 77/2015/QH13')).toBe('77/2015/QH');
    expect(legalNumberKey('77/2015/qh13'.normalize('NFD'))).toBe('77/2015/QH');
    expect(legalNumberKey('không số')).toBeUndefined();
  });
});

describe('identifyBasis', () => {
  it('finds a text by its number', () => {
    expect(identifyBasis({ so: '72/2025/QH15', ten: 'Tổ chức chính quyền địa phương' })?.basis.so).toBe('72/2025/QH15');
  });
  it('finds a law cited without number by name and date', () => {
    expect(identifyBasis({ ten: 'Tổ chức chính quyền địa phương', ngay: '2015-06-19' })?.basis.so).toBe('77/2015/QH13');
    expect(identifyBasis({ ten: 'Luật Mặt trận Tổ quốc Việt Nam', ngay: '2015-06-09' })?.basis.so).toBe('75/2015/QH13');
  });
  it('leaves unknown texts and names without a date alone', () => {
    expect(identifyBasis({ so: '12/2020/NĐ-CP', ten: 'về việc gì đó' })).toBeUndefined();
    expect(identifyBasis({ ten: 'Tổ chức chính quyền địa phương' })).toBeUndefined();
    expect(identifyBasis({ ten: 'Mặt trận Tổ quốc Việt Nam', ngay: '2015-06-19' })).toBeUndefined();
  });
});

describe('currentReplacement', () => {
  it('follows the chain to the text current on a date', () => {
    const old = knownBasisBySo('77/2015/QH13')!;
    expect(currentReplacement(old, '2025-04-01')?.so).toBe('65/2025/QH15');
    expect(currentReplacement(old, '2026-02-05')?.so).toBe('72/2025/QH15');
    expect(currentReplacement(knownBasisBySo('72/2025/QH15')!, '2026-02-05')).toBeUndefined();
  });
  it('names a law with its number, and a numbered title once', () => {
    expect(citation(knownBasisBySo('72/2025/QH15')!).vi).toBe('Luật Tổ chức chính quyền địa phương số 72/2025/QH15');
    expect(citation(knownBasisBySo('01/2023/NQLT-CP-ĐCTUBTƯMTTQVN')!).vi).toMatch(/^Nghị quyết liên tịch số 01\/2023\/NQLT-CP-ĐCTUBTƯMTTQVN về công tác phối hợp/);
  });
});
