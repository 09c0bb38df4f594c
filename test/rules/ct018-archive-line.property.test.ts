import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isArchiveEntry, namesRecordsOffice } from '../../src/rules/ct018-recipients-luu.js';

// The regular expressions these functions replace, with the Unicode classes they had.
const ARCHIVE = /^(?:Lưu|LƯU|lưu)(?:\s*[:,.;]|\s*$|\s+(?:VT|VP|HS|[Vv]ăn thư|VĂN THƯ|[Hh]ồ sơ|\p{Lu}{2,})(?![\p{L}\p{M}]))/u;
const LEADING_BULLET = /^\s*(?:[-–—+•*]\s*)+/u;
const VT = /(^|[\s,(])(VT|văn thư)(?![\p{L}\p{M}])/iu;
const VT_AFTER_COLON_TOO = /(^|[\s,(:])(VT|văn thư)(?![\p{L}\p{M}])/iu;

const pieces = ['Lưu', 'LƯU', 'lưu', 'Lưu trữ', ':', ',', '.', ';', ' ', '  ', '\t', '\u00a0', '\n', '- ', '(', 'VT', 'vt', 'Vt', 'VP', 'HS',
  'Văn thư', 'văn thư', 'VĂN THƯ', 'VĂN thư', 'Hồ sơ', 'hồ sơ', 'UBND', 'Đ', 'Ư', 'A', 'a', 'x', 'ǅ', '\u0301', '\u{1d400}', '\u{1d41a}', '1',
  'VTX', 'VTx', 'Tư pháp', 'ẞ', 'Ǻ'];

describe('CT018 archive line and records office, without Unicode classes in regular expressions', () => {
  it('read random lines as the regular expressions did', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
      const line = parts.join('');
      expect(isArchiveEntry(line)).toBe(ARCHIVE.test(line.normalize('NFC').replace(LEADING_BULLET, '').trim()));
      expect(namesRecordsOffice(line)).toBe(VT.test(line));
      expect(namesRecordsOffice(line, true)).toBe(VT_AFTER_COLON_TOO.test(line));
    }), { numRuns: 20000 });
  });
});
