import { textUnits, textWidthTwips, unitsToTwips, type TextStyle } from './text-width.js';

/**
 * Breaks a centred title line that does not fit its cell the way a typist would: into lines of
 * even length, never inside a word of several syllables ("THƯỜNG / TRỰC"), preferably before the
 * name of a place ("ỦY BAN NHÂN DÂN / HUYỆN SÓC SƠN"), after a comma or before "và". Returns the text unchanged when it fits,
 * or when no such break gives lines that fit (the word processor then wraps it).
 */
export function balanceLine(text: string, available: number, sizePt: number, style: TextStyle = {}): string[] {
  if (textWidthTwips(text, sizePt, style) <= available) return [text];
  const words = text.split(/\s+/).filter((w) => w !== '');
  if (words.length < 2 || words.length > MAX_WORDS) return [text];
  // Words joined by single spaces: a line's width is its words' and spaces' (normalisation never
  // crosses a space), summed from prefix sums rather than measured again for every way of breaking.
  const space = textUnits(' ', style);
  const before = [0];
  for (const word of words) before.push(before[before.length - 1] + textUnits(word, style));
  const lineWidth = (start: number, end: number) => unitsToTwips(before[end] - before[start] + (end - start - 1) * space, sizePt);
  const joined = joinedGaps(words);
  const natural = (gap: number) => UNIT_WORDS.has(upper(words[gap])) || /[,;:]$/.test(words[gap - 1]) || upper(words[gap]) === 'VÀ';
  const gapCost = words.map((_, gap) => (gap === 0 ? 0 : (joined.has(gap) ? WORD_BREAK : 0) + (natural(gap) ? 0 : NOT_BEFORE_PLACE)));

  let best: { cost: number; lines: string[] } | undefined;
  for (let count = 2; count <= Math.min(MAX_LINES, words.length) && !best; count++) {
    for (const breaks of combinations(words.length - 1, count - 1)) {
      const gaps = breaks.map((b) => b + 1); // a break before word `gap`
      const bounds = [0, ...gaps, words.length];
      let widest = 0;
      for (let i = 0; i + 1 < bounds.length; i++) widest = Math.max(widest, lineWidth(bounds[i], bounds[i + 1]));
      if (widest > available) continue;
      const cost = widest + gaps.reduce((sum, g) => sum + gapCost[g], 0);
      if (!best || cost < best.cost) best = { cost, lines: bounds.slice(0, -1).map((start, i) => words.slice(start, bounds[i + 1]).join(' ')) };
    }
  }
  return best?.lines ?? [text];
}

const MAX_LINES = 4;
/** A subject (trích yếu) runs to about 40 words; longer text is not a title line. */
const MAX_WORDS = 60;
/** Twips a break "costs": inside a word, almost never; at no natural place (see above), a little. */
const WORD_BREAK = 20000;
const NOT_BEFORE_PLACE = 400;

const upper = (s: string) => s.toLocaleUpperCase('vi');

/** Words that start the name of a place: a good place to break a header line. */
const UNIT_WORDS = new Set(['HUYỆN', 'XÃ', 'TỈNH', 'QUẬN', 'PHƯỜNG', 'THÀNH', 'THỊ', 'ĐẶC']);

/** Words of several syllables common in the names of bodies and titles. */
const COMPOUNDS = [
  'ỦY BAN', 'UỶ BAN', 'NHÂN DÂN', 'VIỆT NAM', 'MẶT TRẬN', 'TỔ QUỐC', 'HỘI ĐỒNG', 'THƯỜNG TRỰC', 'THƯỜNG VỤ', 'CHỦ TỊCH',
  'CHẤP HÀNH', 'LIÊN HIỆP', 'PHỤ NỮ', 'CỰU CHIẾN BINH', 'NÔNG DÂN', 'LAO ĐỘNG', 'LIÊN ĐOÀN', 'THANH NIÊN', 'CỘNG SẢN',
  'HỒ CHÍ MINH', 'CHÍNH TRỊ', 'XÃ HỘI', 'THÀNH PHỐ', 'THỊ XÃ', 'THỊ TRẤN', 'ĐẶC KHU', 'BÍ THƯ', 'HUYỆN ĐOÀN', 'THÀNH ĐOÀN',
  'VĂN PHÒNG', 'ĐOÀN THỂ',
].map((c) => c.split(' '));

/** Gaps (a break before word i) that fall inside a known compound. */
function joinedGaps(words: string[]): Set<number> {
  const gaps = new Set<number>();
  const up = words.map(upper);
  for (const compound of COMPOUNDS) {
    for (let i = 0; i + compound.length <= up.length; i++) {
      if (compound.every((syllable, k) => up[i + k] === syllable)) for (let k = 1; k < compound.length; k++) gaps.add(i + k);
    }
  }
  return gaps;
}

/** Every way to choose `k` of the numbers 0 … n-1, in increasing order. */
function* combinations(n: number, k: number, start = 0, chosen: number[] = []): Generator<number[]> {
  if (chosen.length === k) { yield chosen; return; }
  for (let i = start; i <= n - (k - chosen.length); i++) yield* combinations(n, k, i + 1, [...chosen, i]);
}
