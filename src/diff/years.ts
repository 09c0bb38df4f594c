import { compareKey } from '../text/compare-key.js';
import type { Change, WordPart } from './model.js';
import { isRecord } from './shown.js';

/**
 * Year over year: each January a locality signs a program that is mostly last year's with the
 * year moved on ("năm 2019" → "năm 2020", "tổng kết năm 2019 … chương trình năm 2020" → "… 2020 …
 * 2021"). When OLD and NEW are consecutive years of the same program, a change that is only that
 * is not news: it is marked `yearOnly` and left out unless --keep-years.
 *
 * A year counts as moved on when it goes from Y to Y + delta (delta = NEW year − OLD year, ±1) and
 * Y is the OLD year or next to it: "nhiệm kỳ 2019-2024" → "2020-2025" is not year-only (2024 is
 * far from 2019), and neither is a law's date. The rule reads the same in both directions.
 */
export interface YearShift {
  from: number;
  to: number;
}

const ANNUAL_KINDS = new Set(['chuong_trinh', 'bao_cao']);

/** The shift between two documents, when they are consecutive years of the same program. */
export function yearShiftOf(oldDoc: unknown, newDoc: unknown): YearShift | undefined {
  if (!isRecord(oldDoc) || !isRecord(newDoc)) return undefined;
  if (oldDoc.loai !== newDoc.loai || !ANNUAL_KINDS.has(String(oldDoc.loai))) return undefined;
  const from = oldDoc.nam;
  const to = newDoc.nam;
  if (typeof from !== 'number' || typeof to !== 'number' || Math.abs(to - from) !== 1) return undefined;
  const a = isRecord(oldDoc.dia_phuong) ? oldDoc.dia_phuong : {};
  const b = isRecord(newDoc.dia_phuong) ? newDoc.dia_phuong : {};
  if (a.cap !== b.cap || typeof a.ten !== 'string' || typeof b.ten !== 'string' || compareKey(a.ten) !== compareKey(b.ten)) return undefined;
  return { from, to };
}

/** Whether `b` is the year `a` moved on. */
export function isShiftedYear(a: number, b: number, shift: YearShift): boolean {
  const delta = shift.to - shift.from;
  return Number.isInteger(a) && b - a === delta && Math.abs(a - shift.from) <= 1;
}

/** Two ISO dates that differ only by the year moving on ("2019-05-19" → "2020-05-19"). */
export function isShiftedDate(a: unknown, b: unknown, shift: YearShift): boolean {
  if (typeof a !== 'string' || typeof b !== 'string') return false;
  const ma = /^(\d{4})(-\d{2}-\d{2})$/.exec(a);
  const mb = /^(\d{4})(-\d{2}-\d{2})$/.exec(b);
  return Boolean(ma && mb && ma[2] === mb[2] && isShiftedYear(Number(ma[1]), Number(mb[1]), shift));
}

const TOKEN = /\d+|[\p{L}\p{M}]+|\s+|[^\s\p{L}\p{M}\d]/gu;

/** A word diff whose every change replaces years by the same years moved on, and nothing else. */
export function isYearOnlyText(parts: readonly WordPart[], shift: YearShift): boolean {
  let changed = false;
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k];
    if (part.op === 'equal') continue;
    // Changes come as a deletion followed by an insertion (see wordDiff); anything else adds or drops words.
    const next = parts[k + 1];
    if (part.op !== 'delete' || !next || next.op !== 'insert') return false;
    const a = part.text.match(TOKEN) ?? [];
    const b = next.text.match(TOKEN) ?? [];
    if (a.length !== b.length) return false;
    for (let t = 0; t < a.length; t++) {
      if (a[t] === b[t]) continue;
      if (!/^\d{4}$/.test(a[t]) || !/^\d{4}$/.test(b[t]) || !isShiftedYear(Number(a[t]), Number(b[t]), shift)) return false;
      changed = true;
    }
    k++;
  }
  return changed;
}

/**
 * Leaves out year-only changes: a leaf marked `yearOnly` goes; an element whose remaining
 * details are all gone goes too, unless it moved (then it stays, as a move). Returns how many
 * leaf changes were left out.
 */
export function withoutYearOnly(changes: readonly Change[]): { changes: Change[]; hidden: number } {
  let hidden = 0;
  const visit = (list: readonly Change[]): Change[] => {
    const out: Change[] = [];
    for (const change of list) {
      if (change.yearOnly) { hidden++; continue; }
      if (!change.details) { out.push(change); continue; }
      const details = visit(change.details);
      if (details.length > 0) out.push({ ...change, details });
      else if (change.moved) {
        const { details: _gone, ...rest } = change;
        void _gone;
        out.push({ ...rest, kind: 'moved' });
      } else if (change.kind !== 'changed') out.push({ ...change, details });
    }
    return out;
  };
  return { changes: visit(changes), hidden };
}
