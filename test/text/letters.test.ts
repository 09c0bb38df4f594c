import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  codePointAt, codePointBefore, isLetter, isLetterMarkOrNumber, isLetterOrMark, isNumber, isUpper, replaceRunsOfOthers, replaceWords,
} from '../../src/text/letters.js';

describe('character classes by code point', () => {
  const classes = [
    [isLetterOrMark, /^[\p{L}\p{M}]$/u],
    [isLetter, /^\p{L}$/u],
    [isNumber, /^\p{N}$/u],
    [isLetterMarkOrNumber, /^[\p{L}\p{M}\p{N}]$/u],
    [isUpper, /^\p{Lu}$/u],
  ] as const;

  it('agree with the Unicode properties of every code point', () => {
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const c = String.fromCodePoint(cp);
      for (const [is, regex] of classes) {
        if (is(cp) !== regex.test(c)) expect(is(cp), `${is.name}(U+${cp.toString(16)})`).toBe(regex.test(c));
      }
    }
  });

  it('say no to NaN (no character: before the start or past the end of a text)', () => {
    for (const [is] of classes) expect(is(NaN)).toBe(false);
  });
});

describe('codePointAt, codePointBefore', () => {
  it('read surrogate pairs whole and lone surrogates as themselves', () => {
    const text = 'a\u{1d400}\ud800b\udc00';
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => codePointAt(text, i))).toEqual([0x61, 0x1d400, 0xdc00, 0xd800, 0x62, 0xdc00, NaN]);
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => codePointBefore(text, i))).toEqual([NaN, 0x61, 0xd835, 0x1d400, 0xd800, 0x62, 0xdc00]);
  });
});

describe('replaceWords, replaceRunsOfOthers', () => {
  const chars = [...'aZ09 ~-.,\t\n\u00a0éĐươệ\u0301\u0323²\u2013“', '\u{1d400}', '\u{1d7ce}', '\ud800', '\udc00', '가', 'ǅ'];
  const text = fc.array(fc.constantFrom(...chars), { maxLength: 30 }).map((parts) => parts.join(''));

  it('replace what the regular expressions /[\\p{L}\\p{M}]+/gu and /[^\\p{L}\\p{M}\\p{N}~]+/gu find', () => {
    fc.assert(fc.property(text, (value) => {
      expect(replaceWords(value, (w) => `<${w}>`)).toBe(value.replace(/[\p{L}\p{M}]+/gu, (w) => `<${w}>`));
      expect(replaceRunsOfOthers(value, (cp) => isLetterMarkOrNumber(cp) || cp === 0x7e, ' ')).toBe(value.replace(/[^\p{L}\p{M}\p{N}~]+/gu, ' '));
    }), { numRuns: 20000 });
  });
});
