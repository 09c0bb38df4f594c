import type { Change, DataPath } from './model.js';
import { compareElements } from './elements.js';
import { compareField, compareParagraphs, paragraphList, type Scope } from './fields.js';
import { compareTime, unitName } from './compare-items.js';
import { isRecord, showAny, showLabel } from './shown.js';

type Member = Record<string, unknown>;

/** Section III: each party's responsibilities, meetings, reviews and reporting. */
export function compareImplementation(scope: Scope, a: unknown, b: unknown): Change[] {
  const base: DataPath = ['to_chuc_thuc_hien'];
  const oddShape = [a, b].some((v) => v !== undefined && v !== null && !isRecord(v));
  if (oddShape) {
    const whole = compareField(scope, 'to_chuc_thuc_hien', base, base, a, b, { oldShown: showAny, newShown: showAny });
    return whole ? [whole] : [];
  }
  const x: Member = isRecord(a) ? a : {};
  const y: Member = isRecord(b) ? b : {};
  const changes: (Change | undefined)[] = [];

  changes.push(...compareElements(scope, x.trach_nhiem, y.trach_nhiem, {
    element: 'trach_nhiem',
    path: [...base, 'trach_nhiem'],
    idKey: 'ben',
    text: (m) => (paragraphList(m.nhiem_vu) ?? []).join(' '),
    // The unit's name on the member's own side: a removed responsibility is named as OLD named it.
    title: (m, side) => unitName(side === 'old' ? scope.oldUnits : scope.newUnits, m.ben),
    details: (p, q, oldPath, newPath) => compareParagraphs(scope, 'nhiem_vu', [...oldPath, 'nhiem_vu'], [...newPath, 'nhiem_vu'], p.nhiem_vu, q.nhiem_vu),
  }));

  for (const part of ['giao_ban', 'so_ket', 'tong_ket']) {
    const p = x[part];
    const q = y[part];
    const path = [...base, part];
    if ([p, q].some((v) => v !== undefined && v !== null && !isRecord(v)) || !isRecord(p) || !isRecord(q)) {
      changes.push(compareField(scope, part, path, path, p, q, { oldShown: showAny, newShown: showAny }));
      continue;
    }
    if (part === 'giao_ban') {
      changes.push(compareField(scope, `${part}.dinh_ky`, [...path, 'dinh_ky'], [...path, 'dinh_ky'], p.dinh_ky, q.dinh_ky,
        { oldShown: (v) => showLabel('dinh_ky', v), newShown: (v) => showLabel('dinh_ky', v) }));
    } else {
      changes.push(compareTime(scope, `${part}.thoi_gian`, [...path, 'thoi_gian'], [...path, 'thoi_gian'], p.thoi_gian, q.thoi_gian));
    }
    changes.push(compareField(scope, `${part}.mo_ta`, [...path, 'mo_ta'], [...path, 'mo_ta'], p.mo_ta, q.mo_ta, { type: 'text' }));
  }
  for (const part of ['bao_cao', 'khac']) {
    changes.push(...compareParagraphs(scope, part, [...base, part], [...base, part], x[part], y[part]));
  }
  return changes.filter((c): c is Change => c !== undefined);
}
