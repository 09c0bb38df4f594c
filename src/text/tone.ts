/**
 * Old and new tone placement ("hòa"/"hoà", "thủy"/"thuỷ", "Ủy"/"Uỷ", "khỏe"/"khoẻ").
 *
 * The two styles differ only in open syllables whose nucleus is oa, oe or uy: the old style puts the
 * tone on the first vowel, the new style on the second. Everywhere else both agree ("hoàn", "quý",
 * "khuỷu", "thuở"), so only those syllables tell which style a text uses. Nghị định 30/2020 itself uses
 * both; the older one is the more common, and the default here.
 *
 * To compare text whatever its placement, use `compareKey` (src/text/compare-key.ts).
 */
import { codePointAt, codePointBefore, isLetterOrMark } from './letters.js';

export type TonePlacement = 'old' | 'new';

export const DEFAULT_TONE_PLACEMENT: TonePlacement = 'old';

/** One word that shows a placement style, and where it is (UTF-16 index in the text searched). */
export interface TonePlacementHit {
  word: string;
  index: number;
  style: TonePlacement;
}

const TONE = /[\u0300\u0301\u0303\u0309\u0323]/u;
const CONSONANTS = /^[bcdđghklmnpqrstvx]*$/u;
// Made on first use: a Unicode class costs a fraction of a millisecond to parse, and most runs never need it.
let wordRegex: RegExp | undefined;
const words = () => (wordRegex ??= /[\p{L}\p{M}]+/gu);

/** A letter and the combining marks that follow it (NFD). */
interface Letter {
  base: string;
  marks: string;
}

function letters(word: string): Letter[] {
  const out: Letter[] = [];
  for (const ch of word.normalize('NFD')) {
    if (/\p{M}/u.test(ch) && out.length > 0) out[out.length - 1].marks += ch;
    else out.push({ base: ch, marks: '' });
  }
  return out;
}

/** Where the tone of an oa/oe/uy open syllable sits: the index of the vowel letter, or undefined. */
function analyse(word: string): { parts: Letter[]; first: number; tone: string; toneOn: number } | undefined {
  const parts = letters(word);
  const n = parts.length;
  if (n < 2) return undefined;
  const pair = (parts[n - 2].base + parts[n - 1].base).toLowerCase();
  if (pair !== 'oa' && pair !== 'oe' && pair !== 'uy') return undefined;
  const prefix = parts.slice(0, n - 2);
  if (prefix.some((p) => p.marks !== '')) return undefined;
  const initial = prefix.map((p) => p.base).join('').toLowerCase();
  if (!CONSONANTS.test(initial)) return undefined;
  if (pair === 'uy' && initial.endsWith('q')) return undefined; // "quý": qu is the initial, y the nucleus
  // The two vowels may carry the tone and nothing else (no circumflex, horn or breve).
  const vowels = [parts[n - 2], parts[n - 1]];
  if (vowels.some((v) => v.marks.replace(TONE, '') !== '')) return undefined;
  const toned = vowels.findIndex((v) => TONE.test(v.marks));
  if (toned < 0) return undefined;
  return { parts, first: n - 2, tone: vowels[toned].marks, toneOn: n - 2 + toned };
}

/** The style one word shows, or undefined when it shows none ("hoàn", "quý", "hoa", "Hà"). */
export function tonePlacementOf(word: string): TonePlacement | undefined {
  const a = analyse(word);
  if (!a) return undefined;
  return a.toneOn === a.first ? 'old' : 'new';
}

/**
 * Every word of a text that shows a placement style, in order. One regular expression finds the
 * toned oa, oe, uy nuclei written with precomposed letters (few in any text), and only the words
 * around them are looked at; it runs as machine code over the whole string, where a loop over
 * every character of every value cost more than the rest of the rules together. Text with a
 * combining tone mark is read word by word instead (`findTonePlacementsByWord`, the definition).
 * Other combining marks cannot make a word show a style: on a vowel or an initial they rule the
 * word out, and are letters to the checks around the nucleus.
 */
export function findTonePlacements(value: string): TonePlacementHit[] {
  const hits: TonePlacementHit[] = [];
  const nuclei = (nucleusRegex ??= nucleusPattern());
  nuclei.lastIndex = 0;
  for (let m = nuclei.exec(value); m; m = nuclei.exec(value)) {
    const start = m.index;
    if (m[0].length === 1) return findTonePlacementsByWord(value); // a combining tone mark
    const end = start + 2;
    if (isLetterOrMark(codePointAt(value, end))) continue;
    let from = start;
    while (from > 0 && INITIAL_LETTERS.includes(value[from - 1])) from--;
    if (isLetterOrMark(codePointBefore(value, from))) continue;
    const first = value[start];
    // "quý", "Quỳ": qu is the initial, y the nucleus
    if (U_LETTERS.includes(first) && from < start && (value[start - 1] === 'q' || value[start - 1] === 'Q')) continue;
    // A toned first vowel is the old style (both toned counts as old, as the definition reads it).
    hits.push({ word: value.slice(from, end), index: from, style: first === 'o' || first === 'O' || first === 'u' || first === 'U' ? 'new' : 'old' });
  }
  return hits;
}

let nucleusRegex: RegExp | undefined;

/**
 * oa, oe, uy with the tone on the first vowel (and maybe the second), or on the second only; or a
 * combining tone mark. After a nucleus no other can start on its second letter (a, e, y begin none).
 */
function nucleusPattern(): RegExp {
  const either = (letter: 'o' | 'a' | 'e' | 'u' | 'y') => letter + letter.toUpperCase() + TONED[letter];
  return new RegExp([
    `[${TONED.o}][${either('a')}${either('e')}]`,
    `[${TONED.u}][${either('y')}]`,
    `[oO][${TONED.a}${TONED.e}]`,
    `[uU][${TONED.y}]`,
    `[${TONE_MARKS}]`,
  ].join('|'), 'g');
}

/** The same, word by word: the definition, for text of any normalisation. */
export function findTonePlacementsByWord(value: string): TonePlacementHit[] {
  const hits: TonePlacementHit[] = [];
  for (const m of value.matchAll(words())) {
    const style = tonePlacementOf(m[0]);
    if (style) hits.push({ word: m[0], index: m.index ?? 0, style });
  }
  return hits;
}

/**
 * The precomposed letters that are o, a, e, u, y with a tone and nothing else, and the letters that are
 * an initial consonant by themselves (in NFD, lower-cased: [bcdđghklmnpqrstvx]; U+212A KELVIN SIGN is K
 * in NFD). test/text/tone.test.ts checks both lists against every Unicode code point.
 */
export const TONED = { o: 'òóỏõọÒÓỎÕỌ', a: 'àáảãạÀÁẢÃẠ', e: 'èéẻẽẹÈÉẺẼẸ', u: 'ùúủũụÙÚỦŨỤ', y: 'ỳýỷỹỵỲÝỶỸỴ' } as const;
export const INITIAL_LETTERS = 'bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX\u212a';
const U_LETTERS = `uU${TONED.u}`;



/** The combining tone marks, and the two marks that are one of them in NFD (U+0340, U+0341). */
export const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323\u0340\u0341';
/** One word written in the given style (NFC); words that show no style come back NFC and unchanged. */
export function wordWithTonePlacement(word: string, style: TonePlacement): string {
  const a = analyse(word);
  if (!a) return word.normalize('NFC');
  const target = style === 'old' ? a.first : a.first + 1;
  return a.parts
    .map((p, i) => {
      if (i === a.toneOn && i !== target) return p.base + p.marks.replace(TONE, '');
      if (i === target && i !== a.toneOn) return p.base + p.marks + a.tone;
      return p.base + p.marks;
    })
    .join('')
    .normalize('NFC');
}

/** A text with every oa/oe/uy open syllable written in one style ("Cộng hoà" → "Cộng hòa" for 'old'); NFC. */
export function withTonePlacement(value: string, style: TonePlacement): string {
  return value.normalize('NFC').replace(words(), (word) => wordWithTonePlacement(word, style));
}
