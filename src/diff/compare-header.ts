import type { Change } from './model.js';
import { compareField, type FieldOptions, type Scope } from './fields.js';
import { isRecord, showLabel } from './shown.js';

type Doc = Record<string, unknown>;

/** Header facts, in the order the document prints them. */
const HEADER: { path: [string] | [string, string]; options?: FieldOptions }[] = [
  { path: ['loai'], options: { oldShown: (v) => showLabel('loai', v), newShown: (v) => showLabel('loai', v) } },
  { path: ['dia_phuong', 'cap'], options: { oldShown: (v) => showLabel('cap', v), newShown: (v) => showLabel('cap', v) } },
  { path: ['dia_phuong', 'ten'], options: { type: 'text' } },
  { path: ['dia_phuong', 'thuoc'], options: { type: 'text' } },
  { path: ['nam'], options: { type: 'year' } },
  { path: ['nhiem_ky'] },
  { path: ['khoa'] },
  { path: ['so'] },
  { path: ['ky_hieu'] },
  { path: ['noi_ban_hanh'], options: { type: 'text' } },
  { path: ['ngay_ban_hanh'], options: { type: 'date' } },
  { path: ['trich_yeu'], options: { type: 'text' } },
  { path: ['phu_luc'], options: { oldShown: (v) => showLabel('phu_luc', v), newShown: (v) => showLabel('phu_luc', v) } },
];

export const HEADER_KEYS = new Set(['loai', 'dia_phuong', 'nam', 'nhiem_ky', 'khoa', 'so', 'ky_hieu', 'noi_ban_hanh', 'ngay_ban_hanh', 'trich_yeu', 'phu_luc']);

export function compareHeader(scope: Scope, a: Doc, b: Doc): Change[] {
  const changes: Change[] = [];
  const place = (doc: Doc, path: string[]): unknown => {
    let value: unknown = doc;
    for (const key of path) value = isRecord(value) ? value[key] : undefined;
    return value;
  };
  // A dia_phuong that is not a mapping (an invalid file) is compared whole.
  const oddPlace = [a.dia_phuong, b.dia_phuong].some((v) => v !== undefined && v !== null && !isRecord(v));
  for (const { path, options } of HEADER) {
    if (oddPlace && path[0] === 'dia_phuong') {
      if (path[1] !== 'cap') continue;
      const whole = compareField(scope, 'dia_phuong', ['dia_phuong'], ['dia_phuong'], a.dia_phuong, b.dia_phuong);
      if (whole) changes.push(whole);
      continue;
    }
    const change = compareField(scope, path.join('.'), path, path, place(a, path), place(b, path), options);
    if (change) changes.push(change);
  }
  return changes;
}

export function compareEnacting(scope: Scope, a: Doc, b: Doc): Change[] {
  const change = compareField(scope, 'loi_ban_hanh', ['loi_ban_hanh'], ['loi_ban_hanh'], a.loi_ban_hanh, b.loi_ban_hanh, { type: 'text' });
  return change ? [change] : [];
}
