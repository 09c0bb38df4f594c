import { diffWordsWithSpace } from 'diff';
import type { WordPart } from './model.js';
import { mirrorWords, tidy } from './words.js';

export { sideOf } from './words.js';

/**
 * Text as it is compared: Unicode NFC (so a copy pasted from Word or macOS in NFD is the same
 * text), runs of white space read as one space, no space at either end. Two texts with the same
 * form print the same, so a difference between them is never news.
 */
export function normaliseText(value: string): string {
  return value.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

export function sameWords(a: string, b: string): boolean {
  return normaliseText(a) === normaliseText(b);
}

/**
 * A word-level diff of two texts, in NFC. jsdiff's tokenizer keeps each Vietnamese syllable whole
 * (its letter class covers Latin Extended and U+1E00–1EFF), so "hiệu" never splits into "hi" + "ệu".
 * White space is a token of its own, which keeps both texts exactly recoverable from the parts; a
 * space between two changed words is folded into the change so that "a b c" → "x y z" reads as one
 * replacement rather than three.
 */
export function wordDiff(oldText: string, newText: string): WordPart[] {
  const a = normaliseText(oldText);
  const b = normaliseText(newText);
  if (a === b) return a === '' ? [] : [{ op: 'equal', text: a }];
  // A shortest diff is not unique; computing it in one fixed direction makes diff(b, a) the exact
  // mirror of diff(a, b).
  if (a > b) return mirrorWords(wordDiff(b, a));
  const raw: WordPart[] = diffWordsWithSpace(a, b).map((c) => ({ op: c.added ? 'insert' : c.removed ? 'delete' : 'equal', text: c.value }));
  return tidy(raw);
}
