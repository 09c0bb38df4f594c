import { compareKey } from './compare-key.js';

/** The compare key with punctuation as spaces, padded: whole words can be searched in it. */
function wordsKey(value: string): string {
  return ` ${compareKey(value).replace(/[^\p{L}\p{M}\p{N}~]+/gu, ' ').trim()} `;
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
