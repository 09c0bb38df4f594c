import { COMPOUND_WORDS, PLACE_NAMES } from './compounds.js';
import { textUnits, textWidthTwips, unitsToTwips, type TextStyle } from './text-width.js';

/**
 * Breaks a centred title line that does not fit its cell the way a typist would: into the fewest
 * lines of even length, never inside a word of several syllables or a name ("THƯỜNG / TRỰC",
 * "BÌNH / CHÁNH": compounds.ts, and the phrases in `keep`, such as the locality's name), never
 * beside a lone dash ("2026 / - 2030"), preferably before the name of a place ("ỦY BAN NHÂN DÂN /
 * HUYỆN SÓC SƠN"), after a comma or a dash, or before "và". Returns the text unchanged when it
 * fits, or when no break gives lines that fit (the word processor then wraps it).
 */
export function balanceLine(text: string, available: number, sizePt: number, style: TextStyle = {}, keep: readonly string[] = []): string[] {
  if (textWidthTwips(text, sizePt, style) <= available) return [text];
  const words = text.split(/\s+/).filter((w) => w !== '');
  if (words.length < 2 || words.length > MAX_WORDS) return [text];
  // Words joined by single spaces: a line's width is its words' and spaces' (normalisation never
  // crosses a space), summed from prefix sums rather than measured again for every way of breaking.
  const space = textUnits(' ', style);
  const before = [0];
  for (const word of words) before.push(before[before.length - 1] + textUnits(word, style));
  const lineWidth = (start: number, end: number) => unitsToTwips(before[end] - before[start] + (end - start - 1) * space, sizePt);
  const cost = gapCosts(words, keep);

  // best[k][i]: the least cost of setting words 0 … i-1 on k lines that each fit; from[k][i] where the last line starts.
  const n = words.length;
  const limit = Math.min(MAX_LINES, n);
  const best = Array.from({ length: limit + 1 }, () => new Float64Array(n + 1).fill(Infinity));
  const from = Array.from({ length: limit + 1 }, () => new Int32Array(n + 1).fill(-1));
  best[0][0] = 0;
  let answer: string[] | undefined;
  let fallback: { cost: number; lines: string[] } | undefined;
  for (let k = 1; k <= limit; k++) {
    for (let i = 1; i <= n; i++) {
      for (let start = i - 1; start >= 0; start--) {
        const width = lineWidth(start, i);
        if (width > available) break;
        if (best[k - 1][start] === Infinity) continue;
        const c = best[k - 1][start] + (start > 0 ? cost[start] : 0) + EVEN * (width / available) ** 2;
        if (c < best[k][i]) { best[k][i] = c; from[k][i] = start; }
      }
    }
    if (best[k][n] === Infinity || k === 1) continue;
    const lines: string[] = [];
    for (let i = n, j = k; j > 0; j--) { const start = from[j][i]; lines.unshift(words.slice(start, i).join(' ')); i = start; }
    if (best[k][n] < FORBIDDEN) { answer = lines; break; }
    // Every way of breaking on k lines cuts a name: one line more may not; keep this in case none does.
    fallback ??= { cost: best[k][n], lines };
    if (k >= (fallback ? fallback.lines.length + 2 : limit)) break;
  }
  return answer ?? fallback?.lines ?? [text];
}

const MAX_LINES = 10;
/** A subject (trích yếu) runs to about 40 words; longer text is not a title line. */
const MAX_WORDS = 60;
/** Weight of a line's width (as a share of the cell, squared): the fewer and the more even the lines, the cheaper. */
const EVEN = 1000;
/** Cost of a break inside a name or beside a lone dash, at no natural place, at a natural one. */
const FORBIDDEN = 1_000_000;
const PLAIN = 80;

const upper = (s: string) => s.normalize('NFC').toLocaleUpperCase('vi');
/** Tone placement varies ("HÒA"/"HOÀ", "ỦY"/"UỶ"): compare names in one placement. */
const placementKey = (s: string) => upper(s).replace(/O([ÀÁẢÃẠ])/g, (_, v: string) => `${'ÒÓỎÕỌ'['ÀÁẢÃẠ'.indexOf(v)]}A`)
  .replace(/U([ỲÝỶỸỴ])/g, (_, v: string) => `${'ÙÚỦŨỤ'['ỲÝỶỸỴ'.indexOf(v)]}Y`)
  .replace(/O([ÈÉẺẼẸ])/g, (_, v: string) => `${'ÒÓỎÕỌ'['ÈÉẺẼẸ'.indexOf(v)]}E`);

/** Words that start the name of a place: a good place to break a header line. */
const UNIT_WORDS = new Set(['HUYỆN', 'XÃ', 'TỈNH', 'QUẬN', 'PHƯỜNG', 'THÀNH', 'THỊ', 'ĐẶC']);
const DASH = /^[-–—]$/;

const DATA_PHRASES = [...COMPOUND_WORDS, ...PLACE_NAMES].map((c) => c.split(' ').map(placementKey));

/** The cost of breaking before each word (index 0 unused). */
function gapCosts(words: string[], keep: readonly string[]): number[] {
  const up = words.map(placementKey);
  const phrases = [...DATA_PHRASES, ...keep.map((k) => k.split(/\s+/).filter((w) => w !== '').map(placementKey))];
  const inside = new Set<number>();
  for (const phrase of phrases) {
    if (phrase.length < 2) continue;
    for (let i = 0; i + phrase.length <= up.length; i++) {
      if (phrase.every((syllable, k) => stripPunctuation(up[i + k]) === syllable)) for (let k = 1; k < phrase.length; k++) inside.add(i + k);
    }
  }
  return words.map((word, gap) => {
    if (gap === 0) return 0;
    if (inside.has(gap) || DASH.test(word) || (DASH.test(words[gap - 1]) && /^\d/.test(word) && /\d$/.test(words[gap - 2] ?? ''))) return FORBIDDEN;
    const natural = UNIT_WORDS.has(up[gap]) || /[,;:]$/.test(words[gap - 1]) || DASH.test(words[gap - 1]) || up[gap] === 'VÀ';
    return natural ? 0 : PLAIN;
  });
}

function stripPunctuation(word: string): string {
  return word.replace(/^[("“]+|[)"”,;:.]+$/g, '');
}
