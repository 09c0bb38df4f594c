import type { ThoiGian } from '../model/document.js';
import { timePhrase } from '../render/helpers.js';
import { compareKey } from '../text/compare-key.js';
import { fold } from './units.js';

/** Phrases the decree's layout writes in words, read back: dates, times of items, meeting periods, assessments. */

function iso(y: number, m: number, d: number): string | undefined {
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1900 && y <= 2100)) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "ngày 05 tháng 3 năm 2026" or "05/3/2026" → "2026-03-05". */
export function readDate(s: string): string | undefined {
  const w = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu.exec(s);
  if (w) return iso(Number(w[3]), Number(w[2]), Number(w[1]));
  const n = /\b(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\b/.exec(s);
  return n ? iso(Number(n[3]), Number(n[2]), Number(n[1])) : undefined;
}

const QUARTERS: Record<string, string> = { '1': 'I', '2': 'II', '3': 'III', '4': 'IV', i: 'I', ii: 'II', iii: 'III', iv: 'IV' };

/** A time phrase as the format's value; what is not one of the known forms is kept as an event. */
export function readTime(phrase: string, year?: number): { time: ThoiGian; guessed: boolean } {
  const s = phrase.trim().replace(/[.;]$/, '').trim();
  const f = fold(s);
  const candidates: ThoiGian[] = [];
  if (f === 'thuong xuyen') candidates.push('thuong_xuyen');
  if (f === 'ca nam' || f === 'trong nam' || f === 'ca nam ' ) candidates.push('ca_nam');
  const q = /^quy\s+([ivx]+|\d)$/.exec(f);
  if (q && QUARTERS[q[1]]) candidates.push({ quy: QUARTERS[q[1]] });
  const m = /^thang\s+(\d{1,2})(?:\s*\/\s*(\d{4}))?$/.exec(f);
  if (m) {
    const thang = Number(m[1]);
    const y = m[2] ? Number(m[2]) : undefined;
    candidates.push(y === undefined || y === year ? { thang } : { thang, nam: y });
  }
  if (/^6 thang dau nam$/.test(f)) candidates.push({ nua_nam: 'dau' });
  if (/^6 thang cuoi nam$/.test(f)) candidates.push({ nua_nam: 'cuoi' });
  const h = /^truoc ngay\s+(.+)$/.exec(f);
  if (h) { const d = readDate(h[1]); if (d) candidates.push({ han: d }); }
  // Only a value that prints back as the same phrase is taken; anything else stays as written.
  for (const c of candidates) if (compareKey(timePhrase(c, year)) === compareKey(s)) return { time: c, guessed: false };
  if (candidates.length > 0) return { time: candidates[0], guessed: true };
  return { time: { su_kien: s }, guessed: false };
}

export const MEETING: Record<string, 'thang' | 'quy' | '6_thang' | 'nam'> = {
  'hang thang': 'thang', 'hang quy': 'quy', '6 thang mot lan': '6_thang', 'hang nam': 'nam',
};

export const ASSESSMENT: Record<string, 'hoan_thanh' | 'hoan_thanh_mot_phan' | 'chua_hoan_thanh' | 'chuyen_nam_sau'> = {
  'hoan thanh': 'hoan_thanh', 'hoan thanh mot phan': 'hoan_thanh_mot_phan', 'chua hoan thanh': 'chua_hoan_thanh', 'chuyen sang nam sau': 'chuyen_nam_sau',
};

/** The paragraph without its trailing "./." (the decree's end mark). */
export function withoutEndMark(s: string): string {
  // The layout writes "./." after the sentence's own full stop: "… bằng văn bản./.".
  return s.replace(/\.?\.\/\.\s*$/, '.').trim();
}
