import { containsWords } from '../text/contains-words.js';
import type { CochuongDocument } from './document.js';

/**
 * Legal bases (căn cứ) that coordination documents commonly cite, with the period in which a new
 * document would cite them and what replaced them (domain.md §4). Data, not code: a new law is one
 * more row. Dates are ISO; a period's end is the first day a new document should no longer cite it.
 */

/** One line of căn cứ as the file holds it: structured, or the whole line as written. */
export type CanCuEntry = NonNullable<CochuongDocument['can_cu']>[number];
/** A structured căn cứ (type, name, number, date…). */
export type CanCu = Exclude<CanCuEntry, string>;

/** What the rules read of a căn cứ: its number, name, date or year; a line as written is its own name. */
export interface CitedText {
  so?: string;
  ten: string;
  ngay?: string;
  nam?: number;
  /** Read from a line written as text: its wording is free, so only number, symbol and period are checked. */
  asWritten?: boolean;
}

/** Numbers with a year and a symbol in a line as written ("… số 19/2008/NQLT/CP-UBTƯMTTQVN ngày …"). */
const CITED_NUMBER = /(?<![\p{L}\p{N}/])\d{1,4}\s*\/\s*(?:19|20)\d\d\s*\/\s*[\p{Lu}\p{N}]+(?:[-/][\p{Lu}\p{N}]+)*/gu;

/**
 * The texts one căn cứ cites: a structured entry is one; a line as written cites each number it
 * holds (two texts in one line are two), with the whole line as their name.
 */
export function citedTexts(entry: CanCuEntry): CitedText[] {
  if (typeof entry !== 'string') return [entry];
  const line = entry.normalize('NFC');
  return [...line.matchAll(CITED_NUMBER)].map((m) => ({ so: m[0].replace(/\s+/gu, ''), ten: line, asWritten: true }));
}

/** A symbol compared as the same whatever the spelling of Ư (W, U without its horn), Ð/Đ and spaces ("UBTƯMTTQVN" = "UBTWMTTQVN" = "UBTUMTTQVN"). */
export function symbolKey(so: string): string {
  return so.normalize('NFC').replace(/\u00D0/gu, 'Đ').toUpperCase().replace(/[ƯW]/gu, 'U').replace(/\s+/gu, '');
}

export interface KnownLegalBasis {
  /** Number and symbol as published ("77/2015/QH13"). */
  so: string;
  /** Date passed or signed (ISO): the date a citation gives. */
  ngay: string;
  /** How a citation names it, in both languages ("Luật Tổ chức chính quyền địa phương"). */
  title: { vi: string; en: string };
  /**
   * Words every correct name of this text contains (compared placement- and case-insensitively).
   * Loose on purpose: citations word names in many ways, but a number given with another law's
   * name ("75/2015/QH13" named "Tổ chức chính quyền địa phương") lacks them.
   */
  nameWords: string[];
  /** First day in force (ISO), when it is worth saying in a message. */
  inForceFrom?: string;
  /** First day a new document should no longer cite it (ISO). */
  citedUntil?: string;
  /** The `so` of the text that replaced it. */
  replacedBy?: string;
}

const LUAT_CQDP = { vi: 'Luật Tổ chức chính quyền địa phương', en: 'Law on the Organisation of Local Government' };

export const KNOWN_LEGAL_BASES: readonly KnownLegalBasis[] = [
  { so: '11/2003/QH11', ngay: '2003-11-26', title: { vi: 'Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân', en: 'Law on the Organisation of People\'s Councils and People\'s Committees' },
    nameWords: ['hội đồng nhân dân'], citedUntil: '2016-01-01', replacedBy: '77/2015/QH13' },
  { so: '77/2015/QH13', ngay: '2015-06-19', title: LUAT_CQDP, nameWords: ['chính quyền địa phương'],
    inForceFrom: '2016-01-01', citedUntil: '2025-03-01', replacedBy: '65/2025/QH15' },
  { so: '47/2019/QH14', ngay: '2019-11-22',
    title: { vi: 'Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương', en: 'Law amending the Laws on the Organisation of the Government and of Local Government' },
    nameWords: ['chính quyền địa phương'], inForceFrom: '2020-07-01', citedUntil: '2025-03-01', replacedBy: '65/2025/QH15' },
  { so: '65/2025/QH15', ngay: '2025-02-19', title: LUAT_CQDP, nameWords: ['chính quyền địa phương'],
    inForceFrom: '2025-03-01', citedUntil: '2025-06-16', replacedBy: '72/2025/QH15' },
  // In force from the day it was passed (its Điều khoản thi hành); the district level ended on 1 July 2025.
  { so: '72/2025/QH15', ngay: '2025-06-16', title: LUAT_CQDP, nameWords: ['chính quyền địa phương'], inForceFrom: '2025-06-16' },
  { so: '75/2015/QH13', ngay: '2015-06-09', title: { vi: 'Luật Mặt trận Tổ quốc Việt Nam', en: 'Law on the Vietnam Fatherland Front' },
    nameWords: ['mặt trận tổ quốc'] },
  { so: '97/2025/QH15', ngay: '2025-06-27',
    title: { vi: 'Luật sửa đổi, bổ sung một số điều của Luật Mặt trận Tổ quốc Việt Nam, Luật Công đoàn, Luật Thanh niên và Luật Thực hiện dân chủ ở cơ sở', en: 'Law amending the Law on the Vietnam Fatherland Front and related laws' },
    nameWords: ['mặt trận tổ quốc'], inForceFrom: '2025-07-01' },
  { so: '87/2015/QH13', ngay: '2015-11-20', title: { vi: 'Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân', en: 'Law on Supervisory Activities of the National Assembly and People\'s Councils' },
    nameWords: ['giám sát'] },
  { so: '403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN', ngay: '2017-06-15',
    title: { vi: 'Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN quy định chi tiết các hình thức giám sát, phản biện xã hội của Mặt trận Tổ quốc Việt Nam', en: 'Joint Resolution 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN on supervision and social criticism by the Fatherland Front' },
    nameWords: ['giám sát'] },
  // Replaced by 01/2023 (signed 10/10/2023); "until 2023" in domain.md: a citation dated in 2023 is not flagged.
  { so: '19/2008/NQLT/CP-UBTƯMTTQVN', ngay: '2008-08-22',
    title: { vi: 'Nghị quyết liên tịch số 19/2008/NQLT/CP-UBTƯMTTQVN ban hành Quy chế phối hợp công tác giữa Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', en: 'Joint Resolution 19/2008/NQLT/CP-UBTƯMTTQVN on coordination between the Government and the Fatherland Front' },
    nameWords: ['phối hợp'], citedUntil: '2024-01-01', replacedBy: '01/2023/NQLT-CP-ĐCTUBTƯMTTQVN' },
  { so: '01/2023/NQLT-CP-ĐCTUBTƯMTTQVN', ngay: '2023-10-10',
    title: { vi: 'Nghị quyết liên tịch số 01/2023/NQLT-CP-ĐCTUBTƯMTTQVN về công tác phối hợp giữa Chính phủ với Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', en: 'Joint Resolution 01/2023/NQLT-CP-ĐCTUBTƯMTTQVN on coordination between the Government and the Fatherland Front' },
    nameWords: ['phối hợp'] },
];

/**
 * What identifies a number whatever its spelling: number, year and the first letters of the symbol
 * ("403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN" and "…-ĐCTUBTƯMTTQVN" are one text; "77/2015/QH13" → "77/2015/QH").
 */
export function legalNumberKey(so: string): string | undefined {
  const m = /(\d+)\s*\/\s*(\d{4})\s*\/\s*([A-ZĐ]+)/u.exec(so.normalize('NFC').replace(/[\u00D0]/gu, 'Đ').toUpperCase());
  return m ? `${Number(m[1])}/${m[2]}/${m[3]}` : undefined;
}

const BY_NUMBER = new Map(KNOWN_LEGAL_BASES.map((b) => [legalNumberKey(b.so)!, b]));

export function knownBasisByNumber(so: string): KnownLegalBasis | undefined {
  const key = legalNumberKey(so);
  return key ? BY_NUMBER.get(key) : undefined;
}

export function knownBasisBySo(so: string): KnownLegalBasis | undefined {
  return KNOWN_LEGAL_BASES.find((b) => b.so === so);
}

/** Whether a citation's name fits a known text (its name words, placement- and case-insensitive). */
export function nameFits(basis: KnownLegalBasis, ten: string): boolean {
  return basis.nameWords.every((w) => containsWords(ten, w));
}

/** The known text a citation means: by its number, else by name and date (laws are cited without number). */
export function identifyBasis(entry: CitedText): { basis: KnownLegalBasis; by: 'so' | 'ten-ngay' } | undefined {
  if (entry.so) {
    const basis = knownBasisByNumber(entry.so);
    return basis ? { basis, by: 'so' } : undefined;
  }
  // "Luật Mặt trận Tổ quốc Việt Nam năm 2015": the year alone, with the name, names one law.
  const basis = entry.ngay ? KNOWN_LEGAL_BASES.find((b) => b.ngay === entry.ngay && nameFits(b, entry.ten))
    : entry.nam ? KNOWN_LEGAL_BASES.find((b) => b.ngay.startsWith(`${entry.nam}-`) && nameFits(b, entry.ten) && !b.title.vi.startsWith('Luật sửa đổi'))
      : undefined;
  return basis ? { basis, by: 'ten-ngay' } : undefined;
}

/** The text that replaced `basis` and was itself current on `iso` (follows the chain 77/2015 → 65/2025 → 72/2025). */
export function currentReplacement(basis: KnownLegalBasis, iso: string): KnownLegalBasis | undefined {
  let current = basis.replacedBy ? knownBasisBySo(basis.replacedBy) : undefined;
  const seen = new Set<KnownLegalBasis>();
  while (current && current.citedUntil && iso >= current.citedUntil && current.replacedBy && !seen.has(current)) {
    seen.add(current);
    const next = knownBasisBySo(current.replacedBy);
    if (!next) break;
    current = next;
  }
  return current;
}

/** A citation a clerk recognises: "Luật Tổ chức chính quyền địa phương số 72/2025/QH15". */
export function citation(basis: KnownLegalBasis): { vi: string; en: string } {
  return {
    vi: basis.title.vi.includes(basis.so) ? basis.title.vi : `${basis.title.vi} số ${basis.so}`,
    en: basis.title.en.includes(basis.so) ? basis.title.en : `${basis.title.en} No. ${basis.so}`,
  };
}
