import type { LegacyEncoding } from './types.js';

/*
 * Decoding tables for bytes 0x80–0xFF (all three encodings are ASCII below 0x80).
 * An entry is the Unicode text for one byte; it may be a combining mark (or two):
 * decodeLegacy() normalises to NFC afterwards, which composes them with the letter before.
 */

// Combining marks: the five tones, and the vowel marks VNI writes as separate bytes.
const GRAVE = '\u0300'; // huyền
const ACUTE = '\u0301'; // sắc
const TILDE = '\u0303'; // ngã
const HOOK = '\u0309'; // hỏi
const DOT = '\u0323'; // nặng
const CIRC = '\u0302'; // â ê ô
const BREVE = '\u0306'; // ă

type HighTable = readonly string[]; // 128 entries, index = byte - 0x80

function withOverrides(base: HighTable, overrides: Record<number, string>): HighTable {
  const t = [...base];
  for (const [byte, text] of Object.entries(overrides)) t[Number(byte) - 0x80] = text;
  return t;
}

let tables: Record<LegacyEncoding, HighTable> | undefined;

/** The decoding table of an encoding, built on first use: most runs decode no legacy text. */
export function highTable(encoding: LegacyEncoding): HighTable {
  return (tables ??= buildTables())[encoding];
}

/** In the order guesses are tie-broken. */
export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = ['tcvn3', 'vni', 'cp1258'];

function buildTables(): Record<LegacyEncoding, HighTable> {
  /** Windows-1252; its five undefined bytes map to the C1 control of the same number (as WHATWG does). */
  const CP1252: HighTable = [
    ...'€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ',
    ...Array.from({ length: 96 }, (_, i) => String.fromCharCode(0xa0 + i)), // Latin-1
  ];

  /**
   * TCVN3 (TCVN 5712:1993 VN3, the ABC fonts .VnTime/.VnTimeH). 0xA0–0xFF as in VN1, of which VN3 is
   * the subset: VN3 leaves the VN1 capitals (0xAF, 0xBA, 0xBF–0xC5, …) and tone marks (0xB0–0xB4)
   * unused, so decoding them too costs nothing. Capitals with tone marks are normally typed in the
   * .VnTimeH font with the lowercase codes: they decode to lowercase (the font is not in the bytes).
   * 0x80–0x9F follow Windows-1252 (Word's "save as text" writes its quotes and dashes there), not VN1.
   */
  const TCVN3: HighTable = [
    ...CP1252.slice(0, 32),
    /* A0 */ ...'\u00A0ĂÂÊÔƠƯĐăâêôơưđẰ',
    /* B0 */ GRAVE, HOOK, TILDE, ACUTE, DOT, ...'àảãáạẲằẳẵắẴ',
    /* C0 */ ...'ẮẦẨẪẤỀặầẩẫấậèỂẻẽ',
    /* D0 */ ...'éẹềểễếệìỉỄẾỒĩíịò',
    /* E0 */ ...'Ổỏõóọồổỗốộờởỡớợù',
    /* F0 */ ...'ỖủũúụừửữứựỳỷỹýỵỐ',
  ];

  /**
   * VNI-Windows (VNI-Times fonts): a vowel is the base letter followed by one mark byte that carries
   * the vowel mark and/or the tone ("aá" = ấ, "oä" = ộ, "öø" = ừ). ơ ư đ and the i/ỵ forms are single
   * bytes. Capitals take the uppercase mark bytes; either case is accepted after either letter.
   */
  const VNI: HighTable = withOverrides(CP1252, {
    // tones, lower / upper
    0xf9: ACUTE, 0xd9: ACUTE, 0xf8: GRAVE, 0xd8: GRAVE, 0xfb: HOOK, 0xdb: HOOK,
    0xf5: TILDE, 0xd5: TILDE, 0xef: DOT, 0xcf: DOT,
    // circumflex, alone or with a tone
    0xe2: CIRC, 0xc2: CIRC, 0xe1: CIRC + ACUTE, 0xc1: CIRC + ACUTE, 0xe0: CIRC + GRAVE, 0xc0: CIRC + GRAVE,
    0xe5: CIRC + HOOK, 0xc5: CIRC + HOOK, 0xe3: CIRC + TILDE, 0xc3: CIRC + TILDE,
    0xe4: CIRC + DOT, 0xc4: CIRC + DOT,
    // breve, alone or with a tone
    0xea: BREVE, 0xca: BREVE, 0xe9: BREVE + ACUTE, 0xc9: BREVE + ACUTE, 0xe8: BREVE + GRAVE, 0xc8: BREVE + GRAVE,
    0xfa: BREVE + HOOK, 0xda: BREVE + HOOK, 0xfc: BREVE + TILDE, 0xdc: BREVE + TILDE,
    0xeb: BREVE + DOT, 0xcb: BREVE + DOT,
    // single-byte letters
    0xf4: 'ơ', 0xd4: 'Ơ', 0xf6: 'ư', 0xd6: 'Ư', 0xf1: 'đ', 0xd1: 'Đ',
    0xec: 'ì', 0xcc: 'Ì', 0xed: 'í', 0xcd: 'Í', 0xe6: 'ỉ', 0xc6: 'Ỉ', 0xf3: 'ĩ', 0xd3: 'Ĩ', 0xf2: 'ị', 0xd2: 'Ị',
    0xee: 'ỵ', 0xce: 'Ỵ',
  });

  /** Windows-1258: Windows-1252 with Vietnamese letters, and the five tones as combining marks. */
  const CP1258: HighTable = withOverrides(CP1252, {
    0x8a: '\u008A', 0x8e: '\u008E', 0x9a: '\u009A', 0x9e: '\u009E', // Š Ž š ž are not in 1258
    0xc3: 'Ă', 0xe3: 'ă', 0xd0: 'Đ', 0xf0: 'đ', 0xd5: 'Ơ', 0xf5: 'ơ', 0xdd: 'Ư', 0xfd: 'ư', 0xfe: '₫',
    0xcc: GRAVE, 0xec: ACUTE, 0xde: TILDE, 0xd2: HOOK, 0xf2: DOT,
  });

  return { tcvn3: TCVN3, vni: VNI, cp1258: CP1258 };
}
