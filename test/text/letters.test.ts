import { describe, expect, it } from 'vitest';
import { codePointAt, codePointBefore, isLetterMarkOrNumber, isLetterOrMark, isNumber, isUpper } from '../../src/text/letters.js';

describe('character classes by code point', () => {
  const classes = [
    [isLetterOrMark, /^[\p{L}\p{M}]$/u],
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
