/**
 * How legal texts number their parts (Nghị định 30/2020/NĐ-CP): chương in Roman numerals,
 * điểm in the letters of the Vietnamese alphabet. Shared by the renderer and the diff's labels,
 * so a change is named exactly as the document prints it.
 */

const ROMAN: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** 1 → "I", 14 → "XIV". Numbers outside 1–3999 are written in digits. */
export function roman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) return String(n);
  let rest = n;
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/**
 * Letters of điểm in legal texts: the Vietnamese alphabet without its marked vowels (ă â ê ô ơ ư),
 * with đ, and without f j w z, which Vietnamese does not use.
 */
export const DIEM_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'] as const;

/** 0 → "a", 4 → "đ", 5 → "e"; after "y" the letters double ("aa", "bb" …). */
export function diemLetter(index: number): string {
  const letter = DIEM_LETTERS[index % DIEM_LETTERS.length];
  return letter.repeat(Math.floor(index / DIEM_LETTERS.length) + 1);
}
