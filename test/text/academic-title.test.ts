import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitAcademicTitles } from '../../src/text/academic-title.js';

describe('splitAcademicTitles', () => {
  it('splits abbreviations, alone or combined, with or without dots', () => {
    expect(splitAcademicTitles('TS. Nguyễn Văn An')).toEqual({ titles: 'TS.', name: 'Nguyễn Văn An' });
    expect(splitAcademicTitles('PGS.TS. Lê Thị Hồng')).toEqual({ titles: 'PGS.TS.', name: 'Lê Thị Hồng' });
    expect(splitAcademicTitles('PGS. TS Lê Thị Hồng')).toEqual({ titles: 'PGS. TS', name: 'Lê Thị Hồng' });
    expect(splitAcademicTitles('Ths. Trần Bình')?.name).toBe('Trần Bình');
    expect(splitAcademicTitles('ThS.BS. Trần Bình')?.titles).toBe('ThS.BS.');
    expect(splitAcademicTitles('TSKH. Phạm Minh')?.titles).toBe('TSKH.');
    expect(splitAcademicTitles('KS. Đỗ Văn Cường')?.name).toBe('Đỗ Văn Cường');
  });
  it('splits written-out titles, in any case and in NFD', () => {
    expect(splitAcademicTitles('Tiến sĩ Nguyễn Văn An')).toEqual({ titles: 'Tiến sĩ', name: 'Nguyễn Văn An' });
    expect(splitAcademicTitles('Thạc sỹ Hoàng Lan')?.name).toBe('Hoàng Lan');
    expect(splitAcademicTitles('PHÓ GIÁO SƯ, TIẾN SĨ Vũ Hà'.normalize('NFD'))).toEqual({ titles: 'PHÓ GIÁO SƯ, TIẾN SĨ', name: 'Vũ Hà' });
  });
  it('leaves plain names alone, including names that begin like a title', () => {
    for (const name of ['Nguyễn Văn An', 'Tiến Văn Linh', 'Thạch Thị Sa', 'Cù Thị Tâm', 'Giáp Văn Sư', 'Kiều Thị Ngân']) {
      expect(splitAcademicTitles(name)).toBeUndefined();
    }
  });
});

describe('splitAcademicTitles with its cheap first tests', () => {
  // The definition: both regular expressions on every name.
  const ABBREVIATION = /^(?:PGS|GS|TSKH|TS|ThS|KS|BS|BSCKI{1,2}|BSCK|CN|NCS|DS|LS)(?:\.\s*|\s+)/iu;
  const SPELLED = /^(?:phó\s+giáo\s+sư|giáo\s+sư|tiến\s+s[ĩỹ](?:\s+khoa\s+học)?|thạc\s+s[ĩỹ]|kỹ\s+sư|kĩ\s+sư|bác\s+s[ĩỹ]|dược\s+s[ĩỹ]|luật\s+sư|cử\s+nhân|nghiên\s+cứu\s+sinh)(?:[.:,]\s*|\s+)/iu;
  function definition(value: string) {
    const original = value.normalize('NFC');
    let rest = original.trimStart();
    const start = original.length - rest.length;
    for (;;) {
      const m = ABBREVIATION.exec(rest) ?? SPELLED.exec(rest);
      if (!m) break;
      rest = rest.slice(m[0].length);
    }
    const consumed = original.length - rest.length;
    if (consumed === start) return undefined;
    return { titles: original.slice(start, consumed).trim(), name: rest.trim() };
  }

  it('splits random names as running both regular expressions on every name did', () => {
    const spelled = ['phó giáo sư', 'giáo sư', 'tiến sĩ', 'tiến sỹ khoa học', 'thạc sĩ', 'kỹ sư', 'kĩ sư', 'bác sĩ', 'dược sỹ', 'luật sư',
      'cử nhân', 'nghiên cứu sinh'];
    const titles = [...spelled, ...spelled.map((t) => t.toUpperCase()), ...spelled.map((t) => t[0].toUpperCase() + t.slice(1)),
      'PGS', 'pgs', 'GS', 'TS', 'ThS', 'THS', 'TSKH', 'KS', '\u212aS', 'T\u017f', 'T\u017fK\u212aH', 'BS', 'BSCKI', 'BSCKII', 'CN', 'NCS', 'DS', 'LS',
      'kĩ  sư', 'Kĩ\tsư', '\u212aỹ sư', 'PHÓ giáo SƯ', 'İ', 'TSX', 'giáo'];
    const pieces = [...titles, ...titles, '.', ' ', ' ', '\t', '\u00a0', ':', ',', 'Nguyễn', 'Văn', 'An', 'Lê', 'Trần', 'x', 'S', 'H', 'k'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), (parts) => {
      const name = parts.join('');
      expect(splitAcademicTitles(name)).toEqual(definition(name));
    }), { numRuns: 20000 });
  });
});
