import { decodeLegacy } from './decode.js';
import { isVietnameseSyllable } from './syllable.js';
import { LEGACY_ENCODINGS } from './tables.js';
import type { LegacyEncoding, Mojibake } from './types.js';

// A word as mis-converted text shows it: letters plus the Latin-1 symbols TCVN3 letters turn into
// when read as Windows-1252 ("Ch­¬ng" has a soft hyphen and "¬", "tr×nh" a "×").
const WORD = /[\p{L}\p{M}\u00a1-\u00bf\u00d7\u00f7]+/gu;
const SYMBOLS = /[\u00a1-\u00bf\u00d7\u00f7]/g;
const LATIN1_HIGH = /[\u0080-\u00ff]/;
const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;
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
  for (const m of text.matchAll(WORD)) {
    const { sure, fits } = misreadAs(m[0]);
    if (!first && sure.length > 0) first = { offset: m.index, fits: sure };
    if (!first || fits.length === 0) continue;
    for (const encoding of fits) votes.set(encoding, (votes.get(encoding) ?? 0) + 1);
    if (++voters === VOTERS) break;
  }
  if (!first) return undefined;
  const likely = first.fits.reduce((a, b) => ((votes.get(b) ?? 0) > (votes.get(a) ?? 0) ? b : a));
  return locate(text, first.offset, likely);
}

/**
 * The encodings in which this word's characters, taken back to bytes, spell a Vietnamese syllable
 * (`fits`), and those of them where the result is telling enough to report on its own (`sure`).
 */
function misreadAs(word: string): { sure: LegacyEncoding[]; fits: LegacyEncoding[] } {
  const none = { sure: [], fits: [] };
  if (!LATIN1_HIGH.test(word) || BEYOND_LATIN1.test(word)) return none;
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
