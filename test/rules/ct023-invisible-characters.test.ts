import { describe, expect, it } from 'vitest';
import { ct023 } from '../../src/rules/ct023-invisible-characters.js';
import { findings, program } from '../support/documents.js';
import { placed } from '../support/positions.js';

describe('CT023 invisible-characters', () => {
  it('accepts ordinary Vietnamese text, tabs and line breaks', () => {
    const doc = program();
    doc.muc_dich = ['Tăng cường phối hợp\ngiữa ba cơ quan.\tHết.'];
    expect(findings(ct023, doc)).toEqual([]);
  });

  it('reports control characters, zero-width spaces, direction marks and non-characters, with the code point', () => {
    for (const c of ['\u0001', '\u000b', '\u000c', '\u200b', '\u202e', '\ufffe', '\ufeff', '\ud800']) {
      const doc = program();
      doc.trich_yeu = `Phối hợp công tác${c} năm 2026`;
      const [f, ...rest] = findings(ct023, doc);
      expect(rest).toEqual([]);
      expect(f.path).toEqual(['trich_yeu']);
      expect(f.actual).toMatch(/^U\+[0-9A-F]{4}$/);
      expect(f.message.vi).toContain('⍰');
    }
  });

  it('warns on a paragraph of spaces only', () => {
    const doc = program();
    doc.yeu_cau = ['Phối hợp đúng chức năng.', '   '];
    const [f] = findings(ct023, doc);
    expect(f.path).toEqual(['yeu_cau', 1]);
    expect(f.severity).toBe('warning');
  });

  it('points at the line of the value', () => {
    const doc = program();
    doc.noi_dung![1].tieu_de = 'Giám sát\u200b đầu tư công';
    const [m] = placed(doc, 'CT023');
    expect(m.line).toContain('tieu_de:');
  });
});
