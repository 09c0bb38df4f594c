import type { Change, DataPath } from './model.js';
import { compareElements } from './elements.js';
import { compareField, type Scope } from './fields.js';
import { isRecord, showAny, showLabel } from './shown.js';

type Member = Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The signing parties: added, removed, renamed, reordered, or signed by someone else. */
export function compareParties(scope: Scope, a: unknown, b: unknown): Change[] {
  return compareElements(scope, a, b, {
    element: 'ben',
    path: ['ben'],
    idKey: 'id',
    text: (m) => `${str(m.ten) ?? ''} ${str(m.loai) ?? ''}`,
    title: (m) => str(m.ten),
    details: (x, y, oldPath, newPath) => {
      const changes: Change[] = [];
      const field = (key: string, options: Parameters<typeof compareField>[6] = {}) => {
        const c = compareField(scope, key, [...oldPath, key], [...newPath, key], x[key], y[key], options);
        if (c) changes.push(c);
      };
      field('loai', { oldShown: (v) => showLabel('ben_loai', v), newShown: (v) => showLabel('ben_loai', v) });
      field('ten', { type: 'text' });
      field('ten_tieu_de', { type: typeof x.ten_tieu_de === 'string' && typeof y.ten_tieu_de === 'string' ? 'text' : 'value', oldShown: lines, newShown: lines });
      field('viet_tat', { type: 'text' });
      changes.push(...compareSignature(scope, x.ky, y.ky, [...oldPath, 'ky'], [...newPath, 'ky']));
      return changes;
    },
  });
}

const lines = (v: unknown) => (Array.isArray(v) ? v.map(showAny).join(' / ') : undefined);

/** The signature block: prefix, authority, "KT." line, title and the signer's name. */
function compareSignature(scope: Scope, a: unknown, b: unknown, oldPath: DataPath, newPath: DataPath): Change[] {
  if (!isRecord(a) || !isRecord(b)) {
    const whole = compareField(scope, 'ky', oldPath, newPath, a, b, { oldShown: showAny, newShown: showAny });
    return whole ? [whole] : [];
  }
  const changes: Change[] = [];
  for (const key of ['tien_to', 'tham_quyen', 'ky_thay', 'chuc_vu', 'ho_ten']) {
    const c = compareField(scope, `ky.${key}`, [...oldPath, key], [...newPath, key], a[key], b[key], { type: key === 'tien_to' ? 'value' : 'text' });
    if (c) changes.push(c);
  }
  return changes;
}

/** Units that lead or coordinate without signing. */
export function compareUnits(scope: Scope, a: unknown, b: unknown): Change[] {
  return compareElements(scope, a, b, {
    element: 'don_vi',
    path: ['don_vi'],
    idKey: 'id',
    text: (m) => str(m.ten) ?? '',
    title: (m) => str(m.ten),
    details: (x: Member, y: Member, oldPath, newPath) => ['ten', 'viet_tat']
      .map((key) => compareField(scope, key, [...oldPath, key], [...newPath, key], x[key], y[key], { type: 'text' }))
      .filter((c): c is Change => c !== undefined),
  });
}

/** Unit ids → the names a reader knows them by (the short form when there is one). */
export function unitNames(doc: Record<string, unknown>): Map<string, string> {
  const names = new Map<string, string>();
  for (const key of ['ben', 'don_vi']) {
    const list = doc[key];
    if (!Array.isArray(list)) continue;
    for (const unit of list) {
      if (!isRecord(unit) || typeof unit.id !== 'string' || names.has(unit.id)) continue;
      const name = str(unit.viet_tat) ?? str(unit.ten);
      if (name) names.set(unit.id, name);
    }
  }
  return names;
}
