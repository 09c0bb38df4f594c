/**
 * A key for comparing Vietnamese text the way a reader does: NFC and NFD alike, upper and lower
 * case alike, and old and new tone placement alike ("hòa"/"hoà", "Ủy"/"Uỷ", "PHÓ"/"phó"), while
 * different tones stay different ("phó" ≠ "pho"). Also maps "Ð" (U+00D0, Icelandic eth, often typed
 * for it) to "đ".
 */

import { replaceWords } from './letters.js';

const TONE_MARKS = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/gu;

// The same names and titles are compared again and again (every party, every legal basis, in every
// file): remember the keys, up to a bound.
const keys = new Map<string, string>();
const REMEMBERED = 2048;

export function compareKey(value: string): string {
  let key = keys.get(value);
  if (key === undefined) {
    if (keys.size >= REMEMBERED) keys.clear();
    keys.set(value, (key = computeKey(value)));
  }
  return key;
}

function computeKey(value: string): string {
  const lower = value.normalize('NFC').replace(/[\u00D0\u00F0]/g, 'đ').toLocaleLowerCase('vi');
  return replaceWords(lower.normalize('NFD'), (word) => {
    const tone = word.match(TONE)?.[0];
    const base = word.replace(TONE, '').normalize('NFC');
    return tone ? `${base}~${TONE_MARKS.indexOf(tone) + 1}` : base;
  })
    .replace(/\s+/gu, ' ')
    .trim();
}

export function sameText(a: string, b: string): boolean {
  return compareKey(a) === compareKey(b);
}

/** Whether `value` begins with the word(s) `prefix`, as whole words ("PHÓ CHỦ TỊCH" starts with "phó"). */
export function startsWithWords(value: string, prefix: string): boolean {
  const v = compareKey(value);
  const p = compareKey(prefix);
  return v === p || v.startsWith(`${p} `);
}
