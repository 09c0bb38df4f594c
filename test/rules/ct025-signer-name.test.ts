import { describe, expect, it } from 'vitest';
import { cleanSignerName, ct025 } from '../../src/rules/ct025-signer-name.js';
import { findings, program } from '../support/documents.js';

function signer(ho_ten: string) {
  const doc = program();
  doc.ben[1].ky.ho_ten = ho_ten;
  return doc;
}

describe('CT025 signer-name', () => {
  it('accepts plain names, also short ones and family names that look like words', () => {
    expect(findings(ct025, program())).toEqual([]);
    for (const name of ['Trần Thị Bình', 'Y Moan Niê', 'Ông Ích Khiêm', 'Hà Văn Chủ', 'Lò Văn Tịch']) expect(findings(ct025, signer(name)), name).toEqual([]);
  });

  it('gives the name alone, in normal case, for each slip', () => {
    for (const [written, clean, problems] of [
      ['Đ/c Trần Thị Bình', 'Trần Thị Bình', ['prefix']],
      ['đ/c Trần Thị Bình', 'Trần Thị Bình', ['prefix']],
      ['Đồng chí Trần Thị Bình', 'Trần Thị Bình', ['prefix']],
      ['Trần Thị Bình (đã ký)', 'Trần Thị Bình', ['signed']],
      ['(Đã ký) Trần Thị Bình', 'Trần Thị Bình', ['signed']],
      ['(ký) Trần Thị Bình', 'Trần Thị Bình', ['signed']],
      ['TRẦN THỊ BÌNH', 'Trần Thị Bình', ['capitals']],
      ['Chủ tịch Trần Thị Bình', 'Trần Thị Bình', ['title']],
      ['Trần Thị Bình - Phó Chủ tịch UBND xã', 'Trần Thị Bình', ['title']],
      ['Đ/c TRẦN THỊ BÌNH (đã ký)', 'Trần Thị Bình', ['signed', 'prefix', 'capitals']],
    ] as const) {
      expect(cleanSignerName(written), written).toEqual({ clean, problems });
      const [f] = findings(ct025, signer(written));
      expect(f.path).toEqual(['ben', 1, 'ky', 'ho_ten']);
      expect(f.expected).toEqual([clean]);
      expect(f.note?.vi).toContain(`ho_ten: ${clean}`);
    }
  });
});
