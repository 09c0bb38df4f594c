import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ct009 } from '../../src/rules/ct009-ky-hieu.js';
import { findings, program } from '../support/documents.js';

/** What CT009 reported when the number before the ký hiệu was found by one regular expression with \p{L}. */
const NUMBER_PREFIX = /^\s*(?:số(?=[\s:.\d/])\s*[:.]?)?\s*(?:\d*\s*\/|\d+\s*[-\u2010-\u2015_.\s]\s*(?=\p{L}))?\s*/iu;

describe('CT009 finds the number before the ký hiệu as the regular expression with \\p{L} did', () => {
  it('on random ký hiệu', () => {
    const pieces = ['Số', 'số', 'SỐ', 'ſố', ':', '.', ' ', '  ', '\t', '01', '1', '/', '-', '–', '_', 'CTr', 'HĐND', 'UBND', 'Đ', 'a', '\u0301',
      '\u{1d400}', '²', '5'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 10 }), (parts) => {
      const kyHieu = parts.join('');
      const doc = program();
      doc.ky_hieu = kyHieu;
      const prefix = NUMBER_PREFIX.exec(kyHieu.normalize('NFC'))![0];
      const extra = findings(ct009, doc).some((f) => f.message.vi.includes('không ghi số văn bản'));
      expect(extra, JSON.stringify(kyHieu)).toBe(prefix.trim() !== '');
      if (prefix.trim() !== '') expect(findings(ct009, doc).map((f) => f.message.vi).join(' ')).toContain(`"${prefix.trim()}" thừa`);
    }), { numRuns: 5000 });
  });
});
