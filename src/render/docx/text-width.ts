/**
 * Advance widths of Times New Roman, to size rules and check that a line fits, without laying
 * out text. Taken from Liberation Serif 2 (metric-compatible with Times New Roman, SIL OFL),
 * in units of 1/2048 em, for ASCII 32–126; a Vietnamese letter is as wide as its base letter,
 * except ơ ư Ơ Ư (the horn widens them).
 */

const UNITS_PER_EM = 2048;

interface Widths { ascii: number[]; horn: number[] }

const WIDTHS: Record<'regular' | 'bold' | 'italic' | 'boldItalic', Widths> = {
  regular: { ascii: [512,682,836,1024,1024,1706,1593,369,682,682,1024,1155,512,682,512,569,1024,1024,1024,1024,1024,1024,1024,1024,1024,1024,569,569,1155,1155,1155,909,1886,1479,1366,1366,1479,1251,1139,1479,1479,682,797,1479,1251,1821,1479,1479,1139,1479,1366,1139,1251,1479,1479,1933,1479,1479,1251,682,569,682,961,1024,682,909,1024,909,1024,909,682,1024,1024,569,569,1024,569,1593,1024,1024,1024,1024,682,797,569,1024,1024,1479,1024,1024,909,983,410,983,1108], horn: [1083,1110,1479,1589] },
  bold: { ascii: [512,682,1137,1024,1024,2048,1706,569,682,682,1024,1167,512,682,512,569,1024,1024,1024,1024,1024,1024,1024,1024,1024,1024,682,682,1167,1167,1167,1024,1905,1479,1366,1479,1479,1366,1251,1593,1593,797,1024,1593,1366,1933,1479,1593,1251,1593,1479,1139,1366,1479,1479,2048,1479,1479,1366,682,569,682,1190,1024,682,1024,1139,909,1139,909,682,1024,1139,569,682,1139,569,1706,1139,1024,1139,1139,909,797,682,1139,1024,1479,1024,1024,909,807,451,807,1065], horn: [1134,1229,1593,1630] },
  italic: { ascii: [512,682,860,1024,1024,1706,1593,438,682,682,1024,1382,512,682,512,569,1024,1024,1024,1024,1024,1024,1024,1024,1024,1024,682,682,1382,1382,1382,1024,1884,1251,1251,1366,1479,1251,1251,1479,1479,682,909,1366,1139,1706,1366,1479,1251,1479,1251,1024,1139,1479,1251,1706,1251,1139,1139,797,569,797,864,1024,682,1024,1024,909,1024,909,569,1024,1024,569,569,909,569,1479,1024,1024,1024,1024,797,797,569,1024,909,1366,909,909,797,819,563,819,1108], horn: [1093,1117,1479,1544] },
  boldItalic: { ascii: [512,797,1137,1024,1024,1706,1593,569,682,682,1024,1167,512,682,512,569,1024,1024,1024,1024,1024,1024,1024,1024,1024,1024,682,682,1167,1167,1167,1024,1704,1366,1366,1366,1479,1366,1366,1479,1593,797,1024,1366,1251,1821,1479,1479,1251,1479,1366,1139,1251,1479,1366,1821,1366,1251,1251,682,569,682,1167,1024,682,1024,1024,909,1024,909,682,1024,1139,569,569,1024,569,1593,1139,1024,1024,1024,797,797,569,1139,909,1366,1024,909,797,713,451,713,1167], horn: [1099,1227,1479,1587] },
};

const HORN = '\u031B';
const HORNED = 'ouOU';

export interface TextStyle {
  bold?: boolean;
  italics?: boolean;
}

/** Width of a line of text in twips (1/20 pt) at `sizePt`. */
export function textWidthTwips(text: string, sizePt: number, style: TextStyle = {}): number {
  return unitsToTwips(textUnits(text, style), sizePt);
}

/**
 * Width of text in font units (1/2048 em), a whole number: the widths of pieces of text add up, so
 * a line's width can be summed from its words' (`balanceLine` tries many ways to break a line).
 */
export function textUnits(text: string, style: TextStyle = {}): number {
  const key = style.bold ? (style.italics ? 'boldItalic' : 'bold') : style.italics ? 'italic' : 'regular';
  const cache = CHAR_UNITS[key];
  let units = 0;
  for (const char of text.normalize('NFC')) {
    let width = cache.get(char);
    if (width === undefined) {
      width = charUnits(char, WIDTHS[key]);
      cache.set(char, width);
    }
    units += width;
  }
  return units;
}

export function unitsToTwips(units: number, sizePt: number): number {
  return Math.ceil((units / UNITS_PER_EM) * sizePt * 20);
}

/** Widths of the characters met so far, per style: decomposing every character again is most of the time. */
const CHAR_UNITS: Record<keyof typeof WIDTHS, Map<string, number>> = { regular: new Map(), bold: new Map(), italic: new Map(), boldItalic: new Map() };

function charUnits(char: string, table: Widths): number {
  const decomposed = char.normalize('NFD');
  const base = char === 'đ' ? 'd' : char === 'Đ' ? 'D' : decomposed[0];
  const horn = decomposed.includes(HORN) ? HORNED.indexOf(base) : -1;
  const code = base.charCodeAt(0);
  return horn >= 0 ? table.horn[horn] : code >= 32 && code <= 126 ? table.ascii[code - 32] : UNITS_PER_EM / 2;
}
