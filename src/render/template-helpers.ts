import type { HelperOptions } from 'handlebars';
import type { ThoiGian } from '../model/document.js';
import {
  ASSESSMENTS, MEETING_PERIODS, dateWords, diemLetter, joinVi, numberLine, roman, decreeShortDate, timePhrase, upperVi,
} from './helpers.js';

/**
 * The helpers templates may call, and nothing else (the instance runs with knownHelpersOnly).
 * Names never equal a field of the document, else {{ten}} would call a helper instead of printing
 * the field: "…_chu" writes a value out in words.
 */

type Unit = { id: string; ten: string; viet_tat?: string };
type Root = { ben?: Unit[]; don_vi?: Unit[]; nam?: number };

const CITED_TYPES: Readonly<Record<string, string>> = {
  hien_phap: 'Hiến pháp', luat: 'Luật', nghi_quyet: 'Nghị quyết', nghi_quyet_lien_tich: 'Nghị quyết liên tịch',
  nghi_dinh: 'Nghị định', quyet_dinh: 'Quyết định', thong_tu: 'Thông tư', chi_thi: 'Chỉ thị', ket_luan: 'Kết luận',
  huong_dan: 'Hướng dẫn', ke_hoach: 'Kế hoạch', chuong_trinh: 'Chương trình', quy_che: 'Quy chế', van_ban_khac: 'Văn bản',
};

/** Counters of {{dem}}, one set per rendering (keyed by the context object of that rendering). */
const counters = new WeakMap<object, Map<string, number>>();

/** Starts {{dem}} again from 1 for a rendering of `root`. */
export function resetCounters(root: object): void {
  counters.delete(root);
}

const rootOf = (options: HelperOptions): Root => (options.data?.root ?? {}) as Root;
const str = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

function unit(options: HelperOptions, id: unknown): Unit | undefined {
  const root = rootOf(options);
  return [...(root.ben ?? []), ...(root.don_vi ?? [])].find((u) => u.id === id);
}

/** Helpers by name. The last argument Handlebars passes is always its options object. */
export const TEMPLATE_HELPERS: Readonly<Record<string, (...args: never[]) => unknown>> = {
  /** {{ngay_chu ngay_ban_hanh}} → "ngày 05 tháng 3 năm 2026". */
  ngay_chu: (iso: unknown) => (iso ? dateWords(str(iso)) : ''),
  /** {{ngay_so han}} → "05/3/2026". */
  ngay_so: (iso: unknown) => (iso ? decreeShortDate(str(iso)) : ''),
  /** {{viet_hoa ten}} → capitals with every diacritic; the markup's escapes stay as they are (\n a line break, not \N). */
  viet_hoa: (text: unknown) => str(text).replace(/\\.|[^\\]+/gsu, (part) => (part.startsWith('\\') ? part : upperVi(part))),
  /** {{la_ma so}} → "IV". */
  la_ma: (n: unknown) => roman(Number(n)),
  /** {{stt @index}} → 1, 2, 3 … */
  stt: (index: unknown) => Number(index) + 1,
  /** {{chu_cai @index}} → a, b, c, d, đ, e, g … (điểm letters). */
  chu_cai: (index: unknown) => diemLetter(Number(index)),
  /** {{thoi_gian_chu thoi_gian}} → "Quý II", "Tháng 6/2026", "Trước ngày 19/5/2020" … */
  thoi_gian_chu: (time: unknown, options: HelperOptions) => timePhrase(time as ThoiGian | undefined, rootOf(options).nam),
  /** {{danh_gia_chu danh_gia}} → "Hoàn thành một phần". */
  danh_gia_chu: (key: unknown) => ASSESSMENTS[str(key)] ?? str(key),
  /** {{dinh_ky_chu dinh_ky}} → "hằng quý". */
  dinh_ky_chu: (key: unknown) => MEETING_PERIODS[str(key)] ?? str(key),
  /** {{loai_chu loai}} → "Nghị quyết liên tịch" (type of a cited document). */
  loai_chu: (key: unknown) => CITED_TYPES[str(key)] ?? str(key),
  /** {{ten_don_vi chu_tri}} → the full name of a party or unit from its id. */
  ten_don_vi: (id: unknown, options: HelperOptions) => unit(options, id)?.ten ?? str(id),
  /** {{ten_tat chu_tri}} → its short name (viet_tat), else its full name. */
  ten_tat: (id: unknown, options: HelperOptions) => { const u = unit(options, id); return u ? u.viet_tat ?? u.ten : str(id); },
  /** {{ten_cac_don_vi phoi_hop}} → "A, B và C". */
  ten_cac_don_vi: (ids: unknown, options: HelperOptions) =>
    joinVi((Array.isArray(ids) ? ids : []).map((id) => unit(options, id)?.ten ?? str(id))),
  /** {{ten_tat_cac_don_vi phoi_hop}} → "A, B, C" with short names. */
  ten_tat_cac_don_vi: (ids: unknown, options: HelperOptions) =>
    (Array.isArray(ids) ? ids : []).map((id) => { const u = unit(options, id); return u ? u.viet_tat ?? u.ten : str(id); }).join(', '),
  /** {{so_hieu so ky_hieu}} → "01/CTr-HĐND-UBND-MTTQ". */
  so_hieu: (so: unknown, kyHieu: unknown) => numberLine(typeof so === 'number' ? so : undefined, str(kyHieu)).replace(/^Số: /, ''),
  /** {{#if (bang loai "luat")}} → true when both are equal. */
  bang: (a: unknown, b: unknown) => a === b,
  /** {{dem "muc-III"}} → 1, then 2, 3 … for numbering sections that may be left out. */
  dem: (name: unknown, options: HelperOptions) => {
    const root = (options.data?.root ?? {}) as object;
    let map = counters.get(root);
    if (!map) counters.set(root, (map = new Map()));
    const key = typeof name === 'string' ? name : '';
    const next = (map.get(key) ?? 0) + 1;
    map.set(key, next);
    return next;
  },
  /** {{cau mo_ta}} → the text ending with a full stop if it ends without punctuation. */
  cau: (text: unknown) => {
    const s = str(text).trimEnd();
    return s === '' || /[.!?:;…]$/.test(s) ? s : `${s}.`;
  },
};
