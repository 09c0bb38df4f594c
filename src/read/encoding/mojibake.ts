import { decodeLegacy } from './decode.js';
import { isVietnameseSyllable } from './syllable.js';
import { LEGACY_ENCODINGS } from './tables.js';
import type { LegacyEncoding, Mojibake } from './types.js';
import { codePointAt, codePointBefore, isLetterOrMark } from '../../text/letters.js';

// A word as mis-converted text shows it: letters plus the Latin-1 symbols TCVN3 letters turn into
// when read as Windows-1252 ("Ch­¬ng" has a soft hyphen and "¬", "tr×nh" a "×"). Only words made of
// Latin-1 characters, one of them at least beyond ASCII, can be mis-converted text: `latin1Words`
// finds those, without a regular expression over the whole text.
const SYMBOLS = /[\u00a1-\u00bf\u00d7\u00f7]/g;
// Letters that only Vietnamese uses: a "fix" that produces none of them is too weak to report
// (French "où" read as VNI is "ó").
const VIETNAMESE_ONLY = /[ăđĩũơưĂĐĨŨƠƯ\u1ea0-\u1ef9]/;

const VOTERS = 50; // words, from the first mis-converted one, that vote on the encoding

/**
 * Finds the first word of valid Unicode text that is legacy-encoded Vietnamese read as Windows-1252
 * or Latin-1: a word made of Latin-1 characters that is no Vietnamese syllable, but becomes one when
 * its characters are taken back to bytes and decoded as TCVN3, VNI or Windows-1258.
 * Real Vietnamese (NFC or NFD) never qualifies: its words either spell a syllable or use characters
 * beyond Latin-1. One word can fit two encodings ("Coäng" is VNI "Cộng" but also TCVN3 "Coọng"), so
 * the following words vote, "hoøa" (VNI "hòa") included although it would not be reported alone.
 */
export function findMojibake(text: string): Mojibake | undefined {
  let first: { offset: number; fits: LegacyEncoding[] } | undefined;
  const votes = new Map<LegacyEncoding, number>();
  let voters = 0;
  latin1Words(text, (start, end) => {
    const { sure, fits } = misreadAs(text.slice(start, end));
    if (!first && sure.length > 0) first = { offset: start, fits: sure };
    if (!first || fits.length === 0) return false;
    for (const encoding of fits) votes.set(encoding, (votes.get(encoding) ?? 0) + 1);
    return ++voters === VOTERS;
  });
  if (!first) return undefined;
  const likely = first.fits.reduce((a, b) => ((votes.get(b) ?? 0) > (votes.get(a) ?? 0) ? b : a));
  return locate(text, first.offset, likely);
}

/**
 * The words of a text (maximal runs of letters, marks and the Latin-1 symbols U+00A1–U+00BF, U+00D7,
 * U+00F7) made only of Latin-1 characters with at least one beyond ASCII, as UTF-16 ranges, in order,
 * until `visit` returns true. A regular expression without Unicode classes (cheap to compile, run as
 * machine code) jumps to the next character beyond ASCII; the run of Latin-1 letters around it is
 * then read both ways, and is a word when no other letter or mark touches it. (A pattern that starts
 * with the ASCII letters, `[A-Za-z]*[¡-ÿ]…`, retries from every letter of every ASCII word.)
 */
export function latin1Words(text: string, visit: (start: number, end: number) => boolean): void {
  const beyondAscii = new RegExp(LATIN1_HIGH); // a fresh lastIndex: `visit` may search another text
  let from = 0;
  // test() moves lastIndex past the character found, without making a match array as exec() would.
  while (beyondAscii.test(text)) {
    const found = beyondAscii.lastIndex - 1;
    let start = found;
    while (start > from && isLatin1Letter(text.charCodeAt(start - 1))) start--;
    let end = found + 1;
    while (end < text.length && isLatin1Letter(text.charCodeAt(end))) end++;
    from = beyondAscii.lastIndex = end;
    if (isLetterOrMark(codePointBefore(text, start)) || isLetterOrMark(codePointAt(text, end))) continue;
    if (visit(start, end)) return;
  }
}

// U+00A1–U+00FF (all letters or symbols counted as letters here), and with ASCII letters the run around them.
const LATIN1_HIGH = /[\u00a1-\u00ff]/g;
const isLatin1Letter = (c: number) => (c >= 0xa1 && c <= 0xff) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);

type Misreading = { sure: LegacyEncoding[]; fits: LegacyEncoding[] };

// Words repeat ("các", "và", "công tác"): remember the answer for each, up to a bound.
const misreadings = new Map<string, Misreading>();
const REMEMBERED = 4096;

function misreadAs(word: string): Misreading {
  let found = misreadings.get(word);
  if (found === undefined) {
    if (misreadings.size >= REMEMBERED) misreadings.clear();
    misreadings.set(word, (found = misreadWord(word)));
  }
  return found;
}

/**
 * The encodings in which this word's characters (all Latin-1, one beyond ASCII), taken back to bytes,
 * spell a Vietnamese syllable (`fits`), and those of them where the result is telling enough to
 * report on its own (`sure`).
 */
function misreadWord(word: string): Misreading {
  const none = { sure: [], fits: [] };
  const symbols = word.match(SYMBOLS)?.length ?? 0;
  if (symbols === word.length || isVietnameseSyllable(word)) return none;
  // "Ð" (eth) typed for "Đ" is a different slip, not an encoding problem.
  if (isVietnameseSyllable(word.replace(/Ð/g, 'Đ').replace(/ð/g, 'đ'))) return none;
  const bytes = Uint8Array.from(word, (c) => c.charCodeAt(0));
  const fixed = LEGACY_ENCODINGS.map((encoding) => ({ encoding, text: decodeLegacy(bytes, encoding) }))
    .filter((f) => isVietnameseSyllable(f.text));
  return {
    sure: fixed.filter((f) => symbols > 0 || VIETNAMESE_ONLY.test(f.text)).map((f) => f.encoding),
    fits: fixed.map((f) => f.encoding),
  };
}

function locate(text: string, offset: number, likely: LegacyEncoding): Mojibake {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  return {
    offset,
    line: countNewlines(text, offset) + 1,
    column: [...text.slice(lineStart, offset)].length + 1,
    sample: [...text.slice(offset, lineEnd).replace(/\r$/, '')].slice(0, 30).join(''),
    likely,
  };
}

function countNewlines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
