import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { stringify } from 'yaml';
import { checkSource, checkText, type CheckedFile } from '../../src/check/check-source.js';
import { relatedLoader } from '../../src/check/check-files.js';
import type { CochuongDocument } from '../../src/model/document.js';

/**
 * Valid documents for property tests: the examples, changed by edits that keep them inside the
 * schema — hostile text where the format takes free text, 2 to 8 parties, many items, every form
 * of time, draft or issued, the annex table on or off. A test keeps the documents `checkText`
 * finds no error in (rules may still object to some edits) and asserts that most pass, so the
 * generator is never vacuous.
 */

const EXAMPLES_DIR = join(import.meta.dirname, '..', '..', 'examples');
export const related = relatedLoader();

export interface Example {
  name: string;
  file: string;
  doc: CochuongDocument;
}

export const EXAMPLES: Example[] = readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.yaml')).sort().map((f) => {
  const file = join(EXAMPLES_DIR, f);
  const checked = checkSource(file, readFileSync(file), { loadRelated: related });
  if (!checked.document || checked.messages.some((m) => m.severity === 'error')) throw new Error(`${f} is not valid`);
  return { name: basename(f, '.yaml'), file, doc: checked.document };
});

// ---------------------------------------------------------------------------------------------
// Text

const WORDS = [
  'phối', 'hợp', 'công', 'tác', 'Ủy', 'ban', 'nhân', 'dân', 'Mặt', 'trận', 'Tổ', 'quốc', 'Việt', 'Nam', 'Đảng', 'bộ',
  'xã', 'phường', 'giám', 'sát', 'năm', 'quý', 'tháng', 'cử', 'tri', 'HĐND', 'UBND', 'MTTQ', 'người', 'nghèo', 'ưu',
  'tiên', 'Nguyễn', 'Thị', 'Ánh', 'hòa', 'hoà', 'thủy', 'thuỷ', 'khỏe', 'khoẻ', 'Uỷ', 'quyết', 'định', 'Điều', '2026',
  '01/7/2025', '15%', 'đ/c', '(để b/c)', 'v.v…', '“trích”', '–', '…',
];
/** Characters that mean something to XML, the template markup, Handlebars or Markdown. */
const MARKUP = [
  '&', '<', '>', '"', "'", '*', '**', '***', '_', '__', '#', '##', '###', '|', '\\', '\\n', '\\*', '`', '```', '{', '}',
  ']]>', '<![CDATA[', '[', ']', '[x](y)', '![a](b)', '~', '~~', '~~~', '---', '===', ':-:', '| --- |', '- ', '+ ', '* ',
  '1.', '2)', '> ', '^ ', '^', './.', '@phu_luc', '@', '&amp;', '&#35;', '&lt;', '&nbsp;', '<br>', '</w:t>', '<ins>', '$',
  '%', '=', ':', '::', '\u00ab', '\u00bb',
];
const EMOJI = ['🇻🇳', '👍🏽', '👨‍👩‍👧', '🎉', '☎️', '𝔸'];
/** Decomposed Vietnamese, stacked marks, a lone combining mark. */
const COMBINING = ['a\u0301', 'e\u0323\u0302', 'o\u031b\u0300', 'u\u0309', 'A\u0303', '\u0301', 'x\u0300\u0301\u0302\u0303', 'D\u0335'];
const SPACES = [' ', ' ', ' ', '  ', '\t', '\u00a0', '\u3000', '\u200b', '\n', '\r\n', '\n\n', ' \n '];
/** What a paste from Word or a PDF can carry: vertical tab and form feed (Word's line and page breaks), other C0 controls, non-characters. */
const CONTROLS = ['\u000b', '\u000c', '\u0001', '\u0008', '\u001f', '\u007f', '\ufffe', '\uffff', '\u2028', '\u0085'];

const longWord = fc.tuple(fc.constantFrom('nghiêng', 'Nguyễn', 'ư', 'a', '*', '#', '|'), fc.integer({ min: 20, max: 150 }))
  .map(([s, n]) => s.repeat(n));

const token = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 4, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 1, arbitrary: fc.constantFrom(...EMOJI) },
  { weight: 1, arbitrary: fc.constantFrom(...COMBINING) },
  { weight: 1, arbitrary: fc.constantFrom(...CONTROLS) },
  { weight: 1, arbitrary: longWord },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
);

/**
 * Free text: words, markup characters, emoji, combining marks, controls and long words, joined by
 * all kinds of white space or nothing. Never "{{" or "}}" (a test checks the output has none), nor
 * words the output checks look for ("undefined", "NaN").
 */
export const freeText = fc.array(fc.tuple(token, fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...SPACES) }, { weight: 1, arbitrary: fc.constant('') })),
  { minLength: 1, maxLength: 14 })
  .map((parts) => parts.map(([t, s]) => t + s).join(''))
  .filter((s) => !/\{\{|\}\}|undefined|NaN|\[object/.test(s));

/** Strings that are almost nothing, where the schema takes one character. */
export const emptyish = fc.constantFrom(' ', '.', '-', '*', '#', '|', '\\', './.', '@phu_luc', '^', '~', '`', '>', '1.', '\u200b', '\u00a0', '-\n-', ' \n ', '—');

// ---------------------------------------------------------------------------------------------
// Where free text goes

type Path = (string | number)[];
/** long: no upper bound; short: at most 80 characters and at least 5; min1: at least one character, at most 40. */
type Room = 'long' | 'short' | 'min1';

const LONG_KEYS = new Set(['muc_dich', 'yeu_cau', 'danh_gia_chung', 'ton_tai', 'nguyen_nhan', 'phuong_huong', 'kien_nghi', 'mo_ta',
  'nhiem_vu', 'loi_ban_hanh', 'diem', 'khoan']);
const SHORT_KEYS = new Set(['trich_yeu', 'tieu_de', 'ten', 'su_kien', 'co_quan', 'ho_ten', 'ten_tieu_de', 'tham_quyen', 'noi_ban_hanh']);

/** The places of free text in a document, with how much text each takes. */
export function textSlots(doc: CochuongDocument): { path: Path; room: Room }[] {
  const slots: { path: Path; room: Room }[] = [];
  const visit = (value: unknown, path: Path) => {
    if (typeof value === 'string') {
      const room = roomOf(path, doc);
      if (room) slots.push({ path, room });
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
  };
  visit(doc, []);
  return slots;
}

function roomOf(path: Path, doc: CochuongDocument): Room | undefined {
  const key = [...path].reverse().find((p): p is string => typeof p === 'string')!;
  if (path[0] === 'chuong_trinh' || path[0] === 'dia_phuong') return undefined;
  if (key === 'noi_nhan') return path[1] === doc.noi_nhan.length - 1 ? undefined : 'min1'; // the last one is "Lưu: …"
  if (key === 'viet_tat') return 'min1';
  if (key === 'noi_dung') return path[0] === 'chuong' ? 'long' : undefined; // ket_qua[].noi_dung is an id
  if (key === 'bao_cao' || key === 'khac') return path[0] === 'to_chuc_thuc_hien' ? 'long' : undefined;
  if (key === 'mo_ta' && path[0] === 'to_chuc_thuc_hien') return 'long';
  if (LONG_KEYS.has(key)) return 'long';
  if (SHORT_KEYS.has(key)) return 'short';
  return undefined;
}

function fit(text: string, room: Room): string {
  const chars = Array.from(text);
  if (room === 'short') {
    const cut = chars.slice(0, 80).join('');
    return Array.from(cut).length >= 5 ? cut : `${cut} Tổ dân phố`;
  }
  if (room === 'min1') return chars.slice(0, 40).join('');
  return text;
}

// ---------------------------------------------------------------------------------------------
// Edits

const time = fc.oneof(
  fc.constantFrom('thuong_xuyen', 'ca_nam'),
  fc.record({ quy: fc.constantFrom('I', 'II', 'III', 'IV') }),
  fc.record({ thang: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ nua_nam: fc.constantFrom('dau', 'cuoi') }),
  fc.record({ han: fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([m, d]) => `-${pad(m)}-${pad(d)}`) }),
  fc.record({ su_kien: freeText.map((t) => fit(t, 'short')) }),
);

export const edit = fc.oneof(
  { weight: 10, arbitrary: fc.record({ kind: fc.constant('text' as const), pick: fc.nat(), text: freeText }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('emptyish' as const), pick: fc.nat(), text: emptyish }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('parties' as const), count: fc.integer({ min: 2, max: 8 }), names: fc.array(freeText, { minLength: 6, maxLength: 6 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('items' as const), count: fc.integer({ min: 1, max: 60 }), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('time' as const), pick: fc.nat(), time }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('draft' as const), draft: fc.boolean(), so: fc.integer({ min: 1, max: 999 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('annex' as const), on: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('paragraphs' as const), pick: fc.nat(), texts: fc.array(freeText, { minLength: 1, maxLength: 30 }) }) },
);
export type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

const pad = (n: number) => String(n).padStart(2, '0');

/** A copy of `doc` with one edit applied; the schema still holds (the rules may not). */
export function applyEdit(source: CochuongDocument, e: Edit): CochuongDocument {
  const doc = structuredClone(source) as CochuongDocument & Record<string, unknown>;
  switch (e.kind) {
    case 'text':
    case 'emptyish': {
      const slots = textSlots(doc).filter((s) => e.kind === 'text' || s.room !== 'short');
      if (slots.length === 0) return doc;
      const slot = slots[e.pick % slots.length];
      setAt(doc, slot.path, fit(e.text, slot.room));
      return doc;
    }
    case 'parties':
      return withParties(doc, e.count, e.names);
    case 'items':
      return withManyItems(doc, e.count, e.pick);
    case 'time': {
      const times = timeSlots(doc);
      if (times.length === 0) return doc;
      const year = doc.nam ?? Number((doc.nhiem_ky ?? '2026').slice(0, 4));
      const value = typeof e.time === 'object' && 'han' in e.time ? { han: `${year}${e.time.han}` } : e.time;
      setAt(doc, times[e.pick % times.length], value);
      return doc;
    }
    case 'draft':
      if (e.draft) { delete doc.so; delete doc.ngay_ban_hanh; } else doc.so = e.so;
      return doc;
    case 'annex':
      if (doc.loai === 'chuong_trinh') doc.phu_luc = e.on;
      return doc;
    case 'paragraphs': {
      const slots = textSlots(doc).filter((s) => s.room === 'long' && typeof s.path[s.path.length - 1] === 'number'
        && LONG_KEYS.has(String(s.path[s.path.length - 2])) && s.path[s.path.length - 2] !== 'khoan');
      if (slots.length === 0) return doc;
      const slot = slots[e.pick % slots.length];
      setAt(doc, slot.path.slice(0, -1), e.texts);
      return doc;
    }
  }
}

function setAt(doc: Record<string, unknown>, path: Path, value: unknown): void {
  let at: Record<string | number, unknown> = doc;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path[path.length - 1]] = value;
}

function timeSlots(doc: CochuongDocument): Path[] {
  const slots: Path[] = (doc.noi_dung ?? []).map((_, i) => ['noi_dung', i, 'thoi_gian']);
  const toChuc = doc.to_chuc_thuc_hien;
  if (toChuc?.so_ket) slots.push(['to_chuc_thuc_hien', 'so_ket', 'thoi_gian']);
  if (toChuc?.tong_ket) slots.push(['to_chuc_thuc_hien', 'tong_ket', 'thoi_gian']);
  return slots;
}

/** 2 to 8 parties: extra ones are mass organisations that sign for themselves; references to dropped ones go to the first party. */
function withParties(doc: CochuongDocument, count: number, names: string[]): CochuongDocument {
  const kept = doc.ben.slice(0, count);
  const dropped = new Set(doc.ben.slice(count).map((b) => b.id));
  for (let n = kept.length; n < count; n++) {
    kept.push({ id: `ben-${n}`, loai: 'doan_the', ten: fit(names[n - 2] ?? 'Hội Cựu chiến binh', 'short'),
      ky: { chuc_vu: 'CHỦ TỊCH', ho_ten: `Lê Văn ${String.fromCharCode(65 + n)}` } });
  }
  doc.ben = kept;
  if (dropped.size === 0) return doc;
  const first = kept[0].id;
  for (const item of doc.noi_dung ?? []) {
    if (dropped.has(item.chu_tri)) item.chu_tri = first;
    if (item.phoi_hop) item.phoi_hop = [...new Set(item.phoi_hop.map((id) => (dropped.has(id) ? first : id)))].filter((id) => id !== item.chu_tri);
  }
  const toChuc = doc.to_chuc_thuc_hien;
  if (toChuc?.trach_nhiem) toChuc.trach_nhiem = toChuc.trach_nhiem.filter((t) => !dropped.has(t.ben));
  return doc;
}

/** Many items (a program), many điều (a quy chế: with many khoản and điểm), many results' paragraphs (a report). */
function withManyItems(doc: CochuongDocument, count: number, pick: number): CochuongDocument {
  if (doc.noi_dung) {
    const base = doc.noi_dung;
    doc.noi_dung = Array.from({ length: count }, (_, k) => (k < base.length ? base[k] : { ...structuredClone(base[k % base.length]), id: `nd-${k}` }));
  } else if (doc.chuong) {
    const chapter = doc.chuong[pick % doc.chuong.length];
    const base = chapter.dieu;
    chapter.dieu = Array.from({ length: Math.min(count, 30) }, (_, k) => {
      if (k < base.length) return base[k];
      const copy = structuredClone(base[k % base.length]);
      if (copy.id !== undefined) copy.id = `dieu-${k}`;
      return copy;
    });
    const article = chapter.dieu[pick % chapter.dieu.length];
    article.khoan = Array.from({ length: Math.max(1, count % 12) }, (_, k) => ({ noi_dung: `Khoản ${k + 1} về phối hợp`,
      diem: Array.from({ length: 1 + ((count + k) % 30) }, (_, d) => `điểm thứ ${d + 1};`) }));
  } else if (doc.ket_qua) {
    const result = doc.ket_qua[pick % doc.ket_qua.length];
    result.mo_ta = Array.from({ length: count }, (_, k) => `Kết quả thứ ${k + 1}.`);
  }
  return doc;
}

// ---------------------------------------------------------------------------------------------
// Documents

export interface Generated {
  example: Example;
  edits: Edit[];
  /** The edited document, as the YAML a clerk would save. */
  yaml: string;
  /** The checked file: its document is what the CLI would render (parsed back from `yaml`). */
  checked: CheckedFile;
  /** No error but invisible characters (CT023): render and diff must accept it. */
  valid: boolean;
  [fc.toStringMethod]: () => string;
}

export const generated = fc.tuple(fc.nat({ max: EXAMPLES.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 8 }))
  .map(([which, edits]): Generated => {
    const example = EXAMPLES[which];
    const doc = edits.reduce(applyEdit, example.doc);
    const yaml = stringify(doc, { lineWidth: 0 });
    const checked = checkText(example.file, yaml, { loadRelated: related });
    // Invisible characters (CT023) are an error for validate, but the renderer must still survive
    // them (it is a library too, and documents reach it without the rules): keep them in the set.
    const valid = Boolean(checked.document) && !checked.messages.some((m) => m.severity === 'error' && m.ruleId !== 'CT023');
    // Counterexamples print as the example and the edits, not the whole document.
    return { example, edits, yaml, checked, valid, [fc.toStringMethod]: () => `${example.name} ${fc.stringify(edits)}` };
  });

/**
 * fast-check settings: a fixed seed so CI is reproducible. For a deeper local search,
 * PROPERTY_SCALE=20 runs twenty times as many cases (with as much more time) and PROPERTY_SEED=n
 * starts elsewhere.
 */
const scale = Number(process.env.PROPERTY_SCALE ?? 1) > 0 ? Number(process.env.PROPERTY_SCALE ?? 1) : 1;
export function settings(numRuns: number, seed: number): { numRuns: number; seed: number } {
  const chosen = Number(process.env.PROPERTY_SEED ?? seed);
  return { numRuns: Math.max(1, Math.round(numRuns * scale)), seed: Number.isFinite(chosen) ? chosen : seed };
}

/** A test's time limit, grown with PROPERTY_SCALE. */
export const TIMEOUT = 30_000 * Math.max(1, scale);
