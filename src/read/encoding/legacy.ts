import { decodeLegacy } from './decode.js';
import { isVietnameseSyllable } from './syllable.js';
import { LEGACY_ENCODINGS } from './tables.js';
import type { LegacyEncoding } from './types.js';

// Made on first use: a Unicode class costs a fraction of a millisecond to parse, and only legacy files need it.
let wordRegex: RegExp | undefined;
const NON_ASCII = /[^\x00-\x7f]/;

interface Score {
  encoding: LegacyEncoding;
  good: number; // words with a non-ASCII letter that spell a Vietnamese syllable
  bad: number; // words with a non-ASCII letter that do not
}

/**
 * Which legacy encoding makes these (non-UTF-8) bytes read as Vietnamese: decode the sample with each
 * and count the words that are plausible syllables. Only words with a non-ASCII letter count, since
 * ASCII reads the same in all three. `around` is where the sample should be taken (the first non-UTF-8
 * byte), so a long ASCII prologue does not hide the evidence.
 */
export function guessLegacy(
  buf: Uint8Array,
  around: number,
): { encoding: LegacyEncoding; confidence: 'high' | 'low' } | undefined {
  const start = Math.max(0, around - 4096);
  const sample = buf.subarray(start, start + 65536);
  const scores = LEGACY_ENCODINGS.map((encoding) => score(encoding, decodeLegacy(sample, encoding)));
  scores.sort((x, y) => y.good - y.bad - (x.good - x.bad));
  const [best, second] = scores;
  const total = best.good + best.bad;
  if (best.good === 0 || best.good < total * 0.6) return undefined;
  const margin = best.good - best.bad - (second.good - second.bad);
  const high = best.good >= 3 && best.good >= total * 0.8 && margin >= Math.max(2, total * 0.3);
  return { encoding: best.encoding, confidence: high ? 'high' : 'low' };
}

function score(encoding: LegacyEncoding, text: string): Score {
  const seen = new Map<string, boolean>();
  let good = 0;
  let bad = 0;
  for (const [word] of text.matchAll((wordRegex ??= /[\p{L}\p{M}]+/gu))) {
    if (!NON_ASCII.test(word)) continue;
    let ok = seen.get(word);
    if (ok === undefined) seen.set(word, (ok = isVietnameseSyllable(word)));
    if (ok) good++;
    else bad++;
  }
  return { encoding, good, bad };
}
