import { compareKey } from '../text/compare-key.js';
import type { Ben } from '../model/document.js';

/**
 * Names of the signing bodies and of other units as Word files write them: in capitals in the
 * header, with the usual abbreviations (HĐND, UBND, MTTQ…), in full in the body.
 */

const ABBREVIATIONS: [RegExp, string][] = [
  [/\bBTT\b/gu, 'Ban Thường trực'],
  [/\bTT\b/gu, 'Thường trực'],
  [/\bHĐND\b/gu, 'Hội đồng nhân dân'],
  [/\bUBND\b/gu, 'Ủy ban nhân dân'],
  [/\bUBMTTQ\b/gu, 'Ủy ban Mặt trận Tổ quốc'],
  [/\bMTTQ\b/gu, 'Mặt trận Tổ quốc'],
  [/\bBCH\b/gu, 'Ban Chấp hành'],
  [/\bTNCS\b/gu, 'Thanh niên Cộng sản'],
  [/\bLHPN\b/gu, 'Liên hiệp Phụ nữ'],
  [/\bVN\b/gu, 'Việt Nam'],
];

/** "UBND xã" → "Ủy ban nhân dân xã": the abbreviations written out. */
export function expandAbbreviations(s: string): string {
  let out = s;
  for (const [re, full] of ABBREVIATIONS) out = out.replace(re, full);
  return out;
}

/** Key for comparing names: abbreviations expanded, case, tone placement and spacing ignored. */
export function nameKey(s: string): string {
  return compareKey(expandAbbreviations(s.replace(/\s+/g, ' ').trim()));
}

export const PLACE_WORDS = ['thành phố', 'thị xã', 'thị trấn', 'đặc khu', 'tỉnh', 'huyện', 'quận', 'xã', 'phường'] as const;
const PLACE_CAP: Record<string, string> = {
  'thành phố': 'thanh_pho', 'thị xã': 'thi_xa', 'thị trấn': 'thi_tran', 'đặc khu': 'dac_khu', tỉnh: 'tinh', huyện: 'huyen', quận: 'quan', xã: 'xa', phường: 'phuong',
};

/** The place at the end of a header line: "ỦY BAN NHÂN DÂN HUYỆN SÓC SƠN" → {cap: huyen, ten: Sóc Sơn}. */
export function placeOf(line: string): { cap: string; ten: string } | undefined {
  const lower = line.toLocaleLowerCase('vi').normalize('NFC');
  let best: { at: number; word: string } | undefined;
  for (const word of PLACE_WORDS) {
    const re = new RegExp(`(^|\\s)${word}\\s+`, 'gu');
    for (let m = re.exec(lower); m; m = re.exec(lower)) {
      const at = m.index + m[1].length;
      if (!best || at > best.at || (at === best.at && word.length > best.word.length)) best = { at, word };
    }
  }
  if (!best) return undefined;
  const ten = line.slice(best.at + best.word.length).trim();
  if (ten === '') return undefined;
  return { cap: PLACE_CAP[best.word], ten: titleCase(ten) };
}

export function hasPlace(line: string): boolean {
  return placeOf(line) !== undefined;
}

/** "PHÙ ĐỔNG" → "Phù Đổng"; numbers and words already mixed-case are kept. */
export function titleCase(s: string): string {
  return s.split(/(\s+)/).map((w) => (w === w.toLocaleUpperCase('vi') ? w.charAt(0) + w.slice(1).toLocaleLowerCase('vi') : w)).join('');
}

/** Words that keep their capital inside a sentence-cased heading. */
const PROPER = ['Mặt trận Tổ quốc Việt Nam', 'Mặt trận Tổ quốc', 'Hội đồng nhân dân', 'Ủy ban nhân dân', 'Ủy ban Mặt trận', 'Đảng', 'Nhà nước', 'Quốc hội', 'Chính phủ', 'Nhân dân', 'Việt Nam', 'HĐND', 'UBND', 'MTTQ'];

/** "NHỮNG QUY ĐỊNH CHUNG" → "Những quy định chung", keeping the capitals of institutions and of the place. */
export function sentenceCase(upper: string, place?: string): string {
  if (upper !== upper.toLocaleUpperCase('vi')) return upper;
  let s = upper.toLocaleLowerCase('vi');
  s = s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
  for (const p of [...PROPER, ...(place ? [place] : [])]) {
    const re = new RegExp(p.toLocaleLowerCase('vi').replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gu');
    s = s.replace(re, p);
  }
  return s;
}

export type PartyKind = Ben['loai'];

/** The kind of body a header name or signature authority names. */
export function partyKind(text: string): PartyKind {
  const k = fold(expandAbbreviations(text));
  const mttq = k.includes('mat tran') || k.includes('mttq');
  if (mttq) return k.includes('ban thuong truc') ? 'ban_thuong_truc_mttq' : 'uy_ban_mttq';
  if (k.includes('hoi dong nhan dan')) return k.includes('thuong truc') ? 'thuong_truc_hdnd' : 'hdnd';
  if (k.includes('uy ban nhan dan')) return 'ubnd';
  if (/\b(hoi|doan|cong doan|hoi lien hiep|ban chap hanh)\b/.test(k)) return 'doan_the';
  return 'khac';
}

const PARTY_STEM: Partial<Record<PartyKind, string>> = {
  thuong_truc_hdnd: 'Thường trực Hội đồng nhân dân', hdnd: 'Hội đồng nhân dân', ubnd: 'Ủy ban nhân dân',
  ban_thuong_truc_mttq: 'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam', uy_ban_mttq: 'Ủy ban Mặt trận Tổ quốc Việt Nam',
};

/** The full name a body of this kind has in this place ("Ủy ban nhân dân huyện Sóc Sơn"). */
export function standardName(kind: PartyKind, placePhrase: string): string | undefined {
  const stem = PARTY_STEM[kind];
  return stem ? `${stem} ${placePhrase}` : undefined;
}

const PARTY_ID: Partial<Record<PartyKind, string>> = {
  thuong_truc_hdnd: 'hdnd', hdnd: 'hdnd', ubnd: 'ubnd', ban_thuong_truc_mttq: 'mttq', uy_ban_mttq: 'mttq',
};

const PARTY_SHORT: Partial<Record<PartyKind, string>> = {
  thuong_truc_hdnd: 'TT HĐND', hdnd: 'HĐND', ubnd: 'UBND', ban_thuong_truc_mttq: 'UBMTTQ', uy_ban_mttq: 'UBMTTQ',
};

export function partyId(kind: PartyKind): string | undefined { return PARTY_ID[kind]; }
export function partyShort(kind: PartyKind): string | undefined { return PARTY_SHORT[kind]; }

/** Lower case without any diacritic ("Mặt trận" → "mat tran"): for recognising words, never for output. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** An id in the format's pattern from a name: no diacritics, lower case, words joined by "-". */
export function slug(name: string, maxWords = 5): string {
  const plain = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  const words = plain.replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean).slice(0, maxWords);
  const s = words.join('-');
  return /^[a-z]/.test(s) ? s.slice(0, 60) : `nd-${s}`.slice(0, 60);
}

/** Makes ids unique within one list: "tiep-xuc", "tiep-xuc-2"… */
export class IdSet {
  private readonly used = new Set<string>();
  take(id: string): string {
    let out = id;
    for (let k = 2; this.used.has(out); k++) out = `${id}-${k}`;
    this.used.add(out);
    return out;
  }
}
