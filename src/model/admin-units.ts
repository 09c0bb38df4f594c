import { codePointAt, codePointBefore, isLetterMarkOrNumber, isLetterOrMark, isNumber, isUpper } from '../text/letters.js';
import type { CochuongDocument } from './document.js';

/**
 * Administrative levels (cấp) and the words that name them, before and after the reform of
 * 1 July 2025 (Luật Tổ chức chính quyền địa phương số 72/2025/QH15): the district level (huyện, quận,
 * thị xã, thành phố thuộc tỉnh) and thị trấn ended, đặc khu began. Data, not code.
 */

export type AdminLevel = CochuongDocument['dia_phuong']['cap'];

/** The day local government became two tiers. Levels "until" it end the day before. */
export const REFORM_DATE = '2025-07-01';

export interface AdminLevelInfo {
  /** The common noun written before the proper name ("xã Phù Đổng", "huyện Sóc Sơn"). */
  word: string;
  en: string;
  /** First day the level exists (ISO), when it has one. */
  from?: string;
  /** First day the level no longer exists (ISO), when it has one. */
  until?: string;
}

export const ADMIN_LEVELS: Readonly<Record<AdminLevel, AdminLevelInfo>> = {
  tinh: { word: 'tỉnh', en: 'province' },
  thanh_pho_tw: { word: 'thành phố', en: 'centrally-run city' },
  huyen: { word: 'huyện', en: 'district', until: REFORM_DATE },
  quan: { word: 'quận', en: 'urban district', until: REFORM_DATE },
  thi_xa: { word: 'thị xã', en: 'town (district level)', until: REFORM_DATE },
  thanh_pho: { word: 'thành phố', en: 'city under a province', until: REFORM_DATE },
  xa: { word: 'xã', en: 'commune' },
  phuong: { word: 'phường', en: 'ward' },
  thi_tran: { word: 'thị trấn', en: 'township', until: REFORM_DATE },
  dac_khu: { word: 'đặc khu', en: 'special zone', from: REFORM_DATE },
  // Central bodies (Chính phủ, a Bộ, Ủy ban Trung ương MTTQ): no locality, no unit word before a name.
  trung_uong: { word: '', en: 'central' },
};

/** Whether a level existed on a date (ISO strings compare in calendar order). */
export function levelExistedOn(level: AdminLevel, iso: string): boolean {
  const info = ADMIN_LEVELS[level];
  return (info.from === undefined || iso >= info.from) && (info.until === undefined || iso < info.until);
}

/**
 * Unit words that, before a name, can only mean a level abolished on 1 July 2025. "thành phố" is not
 * among them: it also names the centrally-run cities, which remain.
 */
export const ABOLISHED_UNIT_WORDS: readonly string[] = ['huyện', 'quận', 'thị xã', 'thị trấn'];

/** Every unit word, the two-syllable ones first so that "thị xã" is not read as "xã". */
export const UNIT_WORDS: readonly string[] = ['thành phố', 'thị trấn', 'thị xã', 'đặc khu', 'huyện', 'quận', 'phường', 'tỉnh', 'xã'];

/** A unit word in a text, with the proper name written after it, if any. */
export interface UnitMention {
  /** The unit word as written ("Xã", "huyện", "THỊ XÃ"), and where (UTF-16 index). */
  unit: string;
  index: number;
  /** The unit word in lower case NFC ("xã", "thị xã"). */
  unitWord: string;
  /** The capitalised words (or number) that follow: the proper name ("Phù Đổng", "1", "SÓC SƠN"). */
  name?: string;
  nameIndex?: number;
}

/** A word in any case ("xã", "Xã", "XÃ"), spaces and tabs between syllables. */
const anyCase = (word: string) => [...word].map((c) => (c === ' ' ? '[ \\t]+' : `[${c}${c.toUpperCase()}]`)).join('');
/** No two unit words can match at the same place, so the first match there is the only one. */
const UNIT_WORD = new RegExp(UNIT_WORDS.map(anyCase).join('|'), 'g');
const XA_HOI = /^[ \t]+hội/iu; // "xã hội" (society)

/**
 * The unit words of a text (NFC), each with the name after it when that name is capitalised: a unit
 * word with no letter, mark or digit right before or after it, then optionally spaces or tabs and
 * words that start with an upper-case letter or a digit ([\p{Lu}\p{N}][\p{L}\p{M}\p{N}'’]*), separated
 * by spaces or tabs. The letters around are checked in code rather than in the regular expression:
 * Unicode classes in a regular expression cost milliseconds to compile, at every start.
 */
export function findUnitMentions(value: string): UnitMention[] {
  const found: UnitMention[] = [];
  UNIT_WORD.lastIndex = 0;
  for (let m = UNIT_WORD.exec(value); m; m = UNIT_WORD.exec(value)) {
    const unit = m[0];
    const index = m.index;
    const unitEnd = index + unit.length;
    if (isLetterMarkOrNumber(codePointBefore(value, index)) || isLetterMarkOrNumber(codePointAt(value, unitEnd))) {
      UNIT_WORD.lastIndex = index + 1;
      continue;
    }
    const nameIndex = skipSpaces(value, unitEnd);
    let end = unitEnd;
    if (nameIndex > unitEnd && isUpperOrNumber(codePointAt(value, nameIndex))) {
      end = endOfNameWord(value, nameIndex);
      for (let next = skipSpaces(value, end); next > end && isUpperOrNumber(codePointAt(value, next)); next = skipSpaces(value, end)) {
        end = endOfNameWord(value, next);
      }
    }
    UNIT_WORD.lastIndex = end;
    // "xã hội" (society: "chính trị - xã hội", "Cộng hòa xã hội chủ nghĩa") is not a commune.
    if (unit.toLowerCase() === 'xã') {
      const hoi = XA_HOI.exec(value.slice(unitEnd));
      if (hoi && !isLetterOrMark(codePointAt(value, unitEnd + hoi[0].length))) continue;
    }
    const mention: UnitMention = { unit, index, unitWord: unit.toLowerCase().replace(/[ \t]+/gu, ' ') };
    if (end > unitEnd) {
      mention.name = value.slice(nameIndex, end);
      mention.nameIndex = nameIndex;
    }
    found.push(mention);
  }
  return found;
}

function skipSpaces(value: string, i: number): number {
  while (value[i] === ' ' || value[i] === '\t') i++;
  return i;
}

const isUpperOrNumber = (cp: number) => isUpper(cp) || isNumber(cp);

/** The end of the name word that starts at `i` with an upper-case letter or a digit. */
function endOfNameWord(value: string, i: number): number {
  for (let cp = codePointAt(value, i); ; cp = codePointAt(value, i)) {
    i += cp > 0xffff ? 2 : 1;
    const next = codePointAt(value, i);
    if (!(isLetterMarkOrNumber(next) || next === 0x27 || next === 0x2019)) return i; // ' ’
  }
}

/** Common family names: a unit named after a person keeps its capital ("Phường Nguyễn Trãi"). */
const FAMILY_NAMES = new Set(['nguyễn', 'trần', 'lê', 'phạm', 'huỳnh', 'phan', 'võ', 'đặng', 'bùi', 'đỗ', 'ngô', 'dương', 'lý', 'hồ', 'trịnh', 'đinh', 'đào', 'lương']);

/** Names of people and historical events that units carry, which keep the unit word capitalised. */
const PERSON_OR_EVENT_NAMES = new Set([
  'điện biên phủ', 'hồ chí minh', 'quang trung', 'hai bà trưng', 'bà triệu', 'hùng vương', 'bạch đằng', 'chi lăng',
  'đống đa', 'ba đình', 'diên hồng', 'hàm nghi', 'thống nhất', 'đồng khởi', 'tân trào', 'yết kiêu', 'phù đổng thiên vương',
]);

/**
 * Whether Phụ lục II of Nghị định 30/2020 lets the unit word before this name keep its capital:
 * a name made of a number ("Quận 1", "Phường 3", "Phường IV"), of a person's name or of a historical
 * event ("Phường Điện Biên Phủ"), and the special "Thành phố Hồ Chí Minh". A person's name is
 * recognised by a common family name or a short list; when unsure, keep the capital (no warning).
 */
export function nameKeepsUnitCapital(name: string): boolean {
  const words = name.normalize('NFC').toLowerCase().split(/\s+/u);
  if (isNumber(codePointAt(words[0], 0))) return true;
  if (/^[ivxlc]+$/u.test(words[0]) && name === name.toUpperCase()) return true;
  if (FAMILY_NAMES.has(words[0])) return true;
  return PERSON_OR_EVENT_NAMES.has(words.join(' '));
}
