import type { HelperOptions } from 'handlebars';
import type { ThoiGian } from '../model/document.js';
import { text, type Text } from '../message/message.js';
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
const HELPERS: Readonly<Record<string, (...args: never[]) => unknown>> = {
  /** {{ngay_chu ngay_ban_hanh}} → "ngày 05 tháng 3 năm 2026". */
  ngay_chu: (iso: unknown, options: HelperOptions) => (iso ? dateWords(isoDate(iso, 'ngay_chu', options)) : ''),
  /** {{ngay_so han}} → "05/3/2026". */
  ngay_so: (iso: unknown, options: HelperOptions) => (iso ? decreeShortDate(isoDate(iso, 'ngay_so', options)) : ''),
  /** {{viet_hoa ten}} → capitals with every diacritic; the markup's escapes stay as they are (\n a line break, not \N). */
  viet_hoa: (text: unknown) => str(text).replace(/\\.|[^\\]+/gsu, (part) => (part.startsWith('\\') ? part : upperVi(part))),
  /** {{la_ma so}} → "IV". */
  la_ma: (n: unknown, options: HelperOptions) => roman(wholeNumber(n, 1, 3999, 'la_ma', options)),
  /** {{stt @index}} → 1, 2, 3 … */
  stt: (index: unknown, options: HelperOptions) => wholeNumber(index, 0, 1_000_000, 'stt', options) + 1,
  /** {{chu_cai @index}} → a, b, c, d, đ, e, g … (điểm letters). */
  chu_cai: (index: unknown, options: HelperOptions) => diemLetter(wholeNumber(index, 0, 999, 'chu_cai', options)),
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
    if (typeof name !== 'string') throw argumentError(options, 'dem', text('một tên bằng chữ, ví dụ {{dem "muc-III"}}', 'a name in quotes, e.g. {{dem "muc-III"}}'), name);
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

/** How many arguments each helper takes (the options object Handlebars adds is not counted). */
const ARITY: Readonly<Record<string, number>> = {
  ngay_chu: 1, ngay_so: 1, viet_hoa: 1, la_ma: 1, stt: 1, chu_cai: 1, thoi_gian_chu: 1, danh_gia_chu: 1, dinh_ky_chu: 1,
  loai_chu: 1, ten_don_vi: 1, ten_tat: 1, ten_cac_don_vi: 1, ten_tat_cac_don_vi: 1, so_hieu: 2, bang: 2, dem: 1, cau: 1,
};

/**
 * Every helper checks how many arguments it was given before it runs: {{la_ma}} with none, or
 * {{bang a}} with one, is a template error with its place, not "NaN" or a crash.
 */
export const TEMPLATE_HELPERS: Readonly<Record<string, (...args: never[]) => unknown>> = Object.fromEntries(
  Object.entries(HELPERS).map(([name, fn]) => [name, (...args: unknown[]) => {
    const options = args[args.length - 1] as HelperOptions;
    const wanted = ARITY[name] ?? args.length - 1;
    if (args.length - 1 !== wanted) {
      throw new HelperArgumentError(text(`hàm ${name} cần ${wanted} tham số, mẫu đưa ${args.length - 1}.`,
        `helper ${name} takes ${wanted} argument${wanted === 1 ? '' : 's'}, the template gives ${args.length - 1}.`), options);
    }
    return (fn as (...a: unknown[]) => unknown)(...args);
  }]),
);

/** A whole number between `min` and `max`, or a template error saying so. */
function wholeNumber(value: unknown, min: number, max: number, helper: string, options: HelperOptions): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : NaN;
  if (Number.isInteger(n) && n >= min && n <= max) return n;
  throw argumentError(options, helper, text(`một số nguyên từ ${min} đến ${max}`, `a whole number from ${min} to ${max}`), value);
}

/** A date "YYYY-MM-DD", or a template error saying so. */
function isoDate(value: unknown, helper: string, options: HelperOptions): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  throw argumentError(options, helper, text('một ngày dạng NĂM-THÁNG-NGÀY, ví dụ 2026-03-05', 'a date as YEAR-MONTH-DAY, e.g. 2026-03-05'), value);
}

function argumentError(options: HelperOptions, helper: string, expected: Text, got: unknown): HelperArgumentError {
  const shown = typeof got === 'string' ? `"${got.length > 40 ? `${got.slice(0, 40)}…` : got}"` : got === undefined ? 'không có gì / nothing'
    : typeof got === 'object' ? (Array.isArray(got) ? 'một danh sách / a list' : 'một bảng / a mapping') : String(got);
  return new HelperArgumentError(text(`hàm ${helper} cần ${expected.vi}, mẫu đưa ${shown}.`, `helper ${helper} takes ${expected.en}, the template gives ${shown}.`), options);
}

/** A helper given the wrong arguments; carries the template's line and column as Handlebars' own errors do. */
export class HelperArgumentError extends Error {
  readonly lineNumber?: number;
  readonly column?: number;
  constructor(readonly reason: Text, options: HelperOptions | undefined) {
    super(reason.en);
    const loc = (options as { loc?: { start?: { line: number; column: number } } } | undefined)?.loc?.start;
    if (loc) {
      this.lineNumber = loc.line;
      this.column = loc.column;
    }
  }
}

