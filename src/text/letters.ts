/**
 * Character classes by code point: [\p{L}\p{M}], \p{L}, \p{N}, \p{Lu}. Every regular expression with a
 * Unicode property costs up to a millisecond to compile on first use (and again when V8 compiles it to
 * machine code), which a one-file `validate` pays for each one. Here the blocks Vietnamese text is
 * written in (ASCII, Latin-1, Latin Extended-A/B, combining diacritics, Latin Extended Additional,
 * general punctuation) are answered by ranges, and anything else by one regular expression per class,
 * compiled on first need. test/text/letters.test.ts holds the ranges to the regular expressions.
 */

function lazyTest(source: string): (cp: number) => boolean {
  let regex: RegExp | undefined;
  return (cp) => cp >= 0 && (regex ??= new RegExp(source, 'u')).test(String.fromCodePoint(cp)); // NaN: no character
}

const otherLetterOrMark = lazyTest('[\\p{L}\\p{M}]');
const otherLetter = lazyTest('\\p{L}');
const otherNumber = lazyTest('\\p{N}');
const otherUpper = lazyTest('\\p{Lu}');

/** Whether the code point is answered by ranges (`false` means: ask the regular expression). */
function inKnownBlocks(cp: number): boolean {
  return cp <= 0x24f || (cp >= 0x300 && cp <= 0x36f) || (cp >= 0x1e00 && cp <= 0x1eff) || (cp >= 0x2000 && cp <= 0x206f);
}

/** [\p{L}\p{M}] */
export function isLetterOrMark(cp: number): boolean {
  if (cp < 0x80) return (cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a;
  if (!inKnownBlocks(cp)) return otherLetterOrMark(cp);
  if (cp < 0xc0) return cp === 0xaa || cp === 0xb5 || cp === 0xba; // ª µ º
  if (cp <= 0x24f) return cp !== 0xd7 && cp !== 0xf7; // all letters but × ÷
  return cp < 0x2000; // combining diacritics, Latin Extended Additional; not general punctuation
}

/** \p{L} */
export function isLetter(cp: number): boolean {
  if (cp >= 0x300 && cp <= 0x36f) return false; // combining diacritics: marks
  return isLetterOrMark(cp) && (inKnownBlocks(cp) || otherLetter(cp));
}

/** \p{N} */
export function isNumber(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x30 && cp <= 0x39;
  if (!inKnownBlocks(cp)) return otherNumber(cp);
  return cp === 0xb2 || cp === 0xb3 || cp === 0xb9 || (cp >= 0xbc && cp <= 0xbe); // ² ³ ¹ ¼ ½ ¾
}

/** [\p{L}\p{M}\p{N}] */
export function isLetterMarkOrNumber(cp: number): boolean {
  return isLetterOrMark(cp) || isNumber(cp);
}

/** \p{Lu}: upper-case letters */
export function isUpper(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a;
  if (cp >= 0x1e00 && cp <= 0x1eff) return cp % 2 === 0 && !(cp >= 0x1e96 && cp <= 0x1e9d); // ẖ ẗ ẘ ẙ ẚ ẛ ẜ ẝ are lower case
  if (cp < 0x100) return cp >= 0xc0 && cp <= 0xde && cp !== 0xd7;
  if (VIETNAMESE_UPPER.has(cp)) return true;
  if (VIETNAMESE_LOWER.has(cp)) return false;
  if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x2000 && cp <= 0x206f)) return false;
  return otherUpper(cp); // the rest of Latin Extended-A/B too: no simple pattern there
}

const VIETNAMESE_UPPER = new Set([0x102, 0x110, 0x128, 0x168, 0x1a0, 0x1af]); // Ă Đ Ĩ Ũ Ơ Ư
const VIETNAMESE_LOWER = new Set([0x103, 0x111, 0x129, 0x169, 0x1a1, 0x1b0]); // ă đ ĩ ũ ơ ư

/** The code point that starts at index `i` (a lone surrogate is itself); NaN past the end. */
export function codePointAt(text: string, i: number): number {
  return i < text.length ? text.codePointAt(i)! : NaN;
}

/** The code point that ends just before index `i`, a surrogate pair read whole; NaN at the start. */
export function codePointBefore(text: string, i: number): number {
  if (i <= 0) return NaN;
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(i - 2)!;
  }
  return low;
}

/** The text with each maximal run of letters and marks ([\p{L}\p{M}]+) replaced by `replace(run)`. */
export function replaceWords(text: string, replace: (word: string) => string): string {
  let out = '';
  let done = 0; // text before this index is in `out`
  let start = -1; // start of the run being read
  for (let i = 0; i <= text.length; ) {
    const cp = codePointAt(text, i);
    if (isLetterOrMark(cp)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out += text.slice(done, start) + replace(text.slice(start, i));
      done = i;
      start = -1;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  return out + text.slice(done);
}

/** The text with each maximal run of characters that `keep` rejects replaced by `by`. */
export function replaceRunsOfOthers(text: string, keep: (cp: number) => boolean, by: string): string {
  let out = '';
  let done = 0;
  let start = -1;
  for (let i = 0; i <= text.length; ) {
    const cp = codePointAt(text, i);
    if (i < text.length && !keep(cp)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out += text.slice(done, start) + by;
      done = i;
      start = -1;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  return out + text.slice(done);
}
