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
