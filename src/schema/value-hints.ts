import { text, type Text } from '../message/message.js';
import { daysInMonth, isValidDate } from '../model/dates.js';
import { closest } from '../text/closest.js';

/**
 * "Did you mean": the value a clerk meant, from what YAML or the format could not take. Each hint is
 * exact, so that the fix can be typed as shown; none guesses when the value is ambiguous.
 */

/** A hint: what to write instead (the whole value, as it goes after the key) and why. */
export interface ValueHint {
  write: string;
  why?: Text;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** A date written otherwise than YYYY-MM-DD ("15/01/2027", "2027-3-5"), or a day the month lacks. */
export function dateHint(value: string): ValueHint | undefined {
  const v = value.trim().replace(/^ngày\s+/iu, '');
  let y: number, m: number, d: number;
  let match = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(v);
  if (match) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{4})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})$/.exec(v))) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$/iu.exec(v))) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else return undefined;
  if (m < 1 || m > 12) {
    return { write: '', why: text(`Không có tháng ${m}: tháng chỉ từ 01 đến 12 (viết năm-tháng-ngày, YYYY-MM-DD).`, `There is no month ${m}: months run 01 to 12 (write year-month-day, YYYY-MM-DD).`) };
  }
  if (!isValidDate(y, m, d)) {
    const days = daysInMonth(y, m);
    return { write: '', why: text(`Tháng ${m} năm ${y} chỉ có ${days} ngày, không có ngày ${d}.`, `Month ${m} of ${y} has only ${days} days: there is no day ${d}.`) };
  }
  return { write: iso(y, m, d) };
}

const ROMAN: Record<string, string> = { '1': 'I', '2': 'II', '3': 'III', '4': 'IV', i: 'I', ii: 'II', iii: 'III', iv: 'IV' };

/** A program item's time written in words ("Quý II", "Tháng 6/2027", "Thường xuyên") → its YAML form. */
export function timeHint(value: string): ValueHint | undefined {
  const v = value.trim().normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').replace(/[.;]$/, '');
  let m = /^(?:trong )?qu[ýyíi] (i{1,3}|iv|[1-4])(?: năm \d{4})?$/u.exec(v);
  if (m) return { write: `{quy: ${ROMAN[m[1]]}}` };
  m = /^(?:trong )?tháng (\d{1,2})(?:\s*[/-]\s*(\d{4})| năm (\d{4}))?$/u.exec(v);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) {
    const year = m[2] ?? m[3];
    return { write: year ? `{thang: ${Number(m[1])}, nam: ${year}}` : `{thang: ${Number(m[1])}}` };
  }
  if (/^thường xuyên$/u.test(v)) return { write: 'thuong_xuyen' };
  if (/^(?:cả|trong) năm$/u.test(v)) return { write: 'ca_nam' };
  if (/^6 tháng (?:đầu năm|đầu)$/u.test(v)) return { write: '{nua_nam: dau}' };
  if (/^6 tháng (?:cuối năm|cuối)$/u.test(v)) return { write: '{nua_nam: cuoi}' };
  m = /^(?:trước|chậm nhất|hoàn thành trước)(?: ngày)? (.+)$/u.exec(v);
  if (m) {
    const date = dateHint(m[1]);
    if (date?.write) return { write: `{han: ${date.write}}` };
  }
  return undefined;
}

/** Letters without marks, lower case, spaces and underscores as hyphens: "Công an" → "cong-an". */
export function asId(value: string): string {
  return value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().trim().replace(/[\s_]+/g, '-');
}

/** The id a clerk meant ("CONG-AN", "Công an", "congan"), among the ids the document defines. */
export function idHint(value: string, ids: readonly string[]): string | undefined {
  const slug = asId(value);
  if (ids.includes(slug)) return slug;
  const squeezed = ids.find((id) => id.replace(/-/g, '') === slug.replace(/-/g, ''));
  if (squeezed) return squeezed;
  const first = ids.find((id) => slug.startsWith(id + '-')); // "UBND xã" → ubnd
  return first ?? closest(slug, ids);
}

/** The ids a document defines: parties, units and program items. */
export function definedIds(data: unknown): string[] {
  const ids: string[] = [];
  const d = data as Record<string, unknown> | null;
  for (const list of ['ben', 'don_vi', 'noi_dung']) {
    const items = d?.[list];
    if (Array.isArray(items)) for (const item of items) if (typeof (item as { id?: unknown })?.id === 'string') ids.push((item as { id: string }).id);
  }
  return ids;
}

/** A YAML key as a clerk might have typed it: without marks, lower case, "-" and " " as "_". */
export function asKey(value: string): string {
  return value.normalize('NFD').replace(/[\u0300-\u036f\u200b-\u200d\u2060\ufeff]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().trim().replace(/[\s-]+/g, '_');
}
