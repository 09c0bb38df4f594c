import { compareKey } from './compare-key.js';
import { isLetterMarkOrNumber, replaceRunsOfOthers } from './letters.js';

/** [\p{L}\p{M}\p{N}~]: what stays of the compare key; anything else separates words. */
const isWordCharacter = (cp: number) => isLetterMarkOrNumber(cp) || cp === 0x7e;

/** The compare key with punctuation as spaces, padded: whole words can be searched in it. */
function wordsKey(value: string): string {
  return ` ${replaceRunsOfOthers(compareKey(value), isWordCharacter, ' ').trim()} `;
}

/**
 * Whether `value` contains `words` as whole words, the way a reader sees it: case, NFC/NFD and tone
 * placement do not matter, punctuation and spacing neither ("Ủy ban nhân dân xã Phù Đổng," contains
 * "phù đổng"; "Phường 12" does not contain "1").
 */
export function containsWords(value: string, words: string): boolean {
  const needle = wordsKey(words);
  return needle.trim() !== '' && wordsKey(value).includes(needle);
}
