import type { Change, DataPath } from './model.js';
import { compareElements } from './elements.js';
import { compareField, compareParagraphs, paragraphList, sameValue, type Scope } from './fields.js';
import { isRecord, showAny, showTime } from './shown.js';
import { isShiftedDate, isShiftedYear } from './years.js';

type Member = Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Section II: the content items, paired by id, then by their words. */
export function compareItems(scope: Scope, a: unknown, b: unknown): Change[] {
  return compareElements(scope, a, b, {
    element: 'noi_dung',
    path: ['noi_dung'],
    idKey: 'id',
    text: (m) => [str(m.tieu_de) ?? '', ...(paragraphList(m.mo_ta) ?? [])].join(' '),
    title: (m) => str(m.tieu_de),
    splits: true,
    details: (x, y, oldPath, newPath) => itemDetails(scope, x, y, oldPath, newPath),
  });
}

function itemDetails(scope: Scope, x: Member, y: Member, oldPath: DataPath, newPath: DataPath): Change[] {
  const at = (key: string): [DataPath, DataPath] => [[...oldPath, key], [...newPath, key]];
  const changes: (Change | undefined)[] = [
    compareField(scope, 'tieu_de', ...at('tieu_de'), x.tieu_de, y.tieu_de, { type: 'text' }),
  ];
  changes.push(...compareParagraphs(scope, 'mo_ta', ...at('mo_ta'), x.mo_ta, y.mo_ta));
  changes.push(compareField(scope, 'chu_tri', ...at('chu_tri'), x.chu_tri, y.chu_tri, {
    oldShown: (v) => unitName(scope.oldUnits, v), newShown: (v) => unitName(scope.newUnits, v) }));
  changes.push(compareUnitList(scope, 'phoi_hop', ...at('phoi_hop'), x.phoi_hop, y.phoi_hop));
  changes.push(compareTime(scope, 'thoi_gian', ...at('thoi_gian'), x.thoi_gian, y.thoi_gian));
  return changes.filter((c): c is Change => c !== undefined);
}

export function unitName(units: Map<string, string>, id: unknown): string | undefined {
  return typeof id === 'string' ? units.get(id) ?? id : undefined;
}

/** A list of unit ids (phoi_hop): which units joined and which left, by name. */
export function compareUnitList(scope: Scope, field: string, oldPath: DataPath, newPath: DataPath, a: unknown, b: unknown): Change | undefined {
  const names = (units: Map<string, string>) => (v: unknown) => (Array.isArray(v) ? v.map((id) => unitName(units, id) ?? showAny(id)).join(', ') : undefined);
  const change = compareField(scope, field, oldPath, newPath, a, b, { oldShown: names(scope.oldUnits), newShown: names(scope.newUnits) });
  if (!change) return undefined;
  const oldIds = Array.isArray(a) ? a.map(String) : [];
  const newIds = Array.isArray(b) ? b.map(String) : [];
  change.members = {
    added: newIds.filter((id) => !oldIds.includes(id)).map((id) => unitName(scope.newUnits, id) ?? id),
    removed: oldIds.filter((id) => !newIds.includes(id)).map((id) => unitName(scope.oldUnits, id) ?? id),
  };
  return change;
}

/** A time (thoi_gian): compared whole, shown as printed; a deadline or month that only moved on a year is year-only. */
export function compareTime(scope: Scope, field: string, oldPath: DataPath, newPath: DataPath, a: unknown, b: unknown): Change | undefined {
  const change = compareField(scope, field, oldPath, newPath, a, b, { oldShown: (v) => showTime(v, scope.oldYear), newShown: (v) => showTime(v, scope.newYear) });
  if (!change || change.kind !== 'changed' || !scope.shift || !isRecord(a) || !isRecord(b)) return change;
  const shiftedDeadline = 'han' in a && 'han' in b && Object.keys(a).length === 1 && Object.keys(b).length === 1 && isShiftedDate(a.han, b.han, scope.shift);
  const { nam: oldYear, ...oldRest } = a;
  const { nam: newYear, ...newRest } = b;
  const shiftedMonth = 'thang' in a && typeof oldYear === 'number' && typeof newYear === 'number'
    && sameValue(oldRest, newRest) && isShiftedYear(oldYear, newYear, scope.shift);
  if (shiftedDeadline || shiftedMonth) change.yearOnly = true;
  return change;
}
