import type { Change } from './model.js';
import { compareElements } from './elements.js';
import { compareField, compareParagraphs, paragraphList, type Scope } from './fields.js';
import { isRecord, showAny, showLabel } from './shown.js';
import { FIGURE_KEYS } from '../model/figures.js';

/** A report's reference to the program it evaluates: file, number, symbol, date. */
export function compareProgramReference(scope: Scope, a: unknown, b: unknown): Change[] {
  const path = ['chuong_trinh'];
  if (!isRecord(a) || !isRecord(b)) {
    const whole = compareField(scope, 'chuong_trinh', path, path, a, b, { oldShown: showAny, newShown: showAny });
    return whole ? [whole] : [];
  }
  return ['tep', 'so', 'ky_hieu', 'ngay']
    .map((key) => compareField(scope, `chuong_trinh.${key}`, [...path, key], [...path, key], a[key], b[key], { type: key === 'ngay' ? 'date' : 'value' }))
    .filter((c): c is Change => c !== undefined);
}

/** A report's results, one per program item (by the item's id). */
export function compareResults(scope: Scope, a: unknown, b: unknown): Change[] {
  return compareElements(scope, a, b, {
    element: 'ket_qua',
    path: ['ket_qua'],
    idKey: 'noi_dung',
    text: (m) => (paragraphList(m.mo_ta) ?? []).join(' '),
    title: (m) => (typeof m.noi_dung === 'string' ? m.noi_dung : undefined),
    details: (x, y, oldPath, newPath) => [
      compareField(scope, 'danh_gia', [...oldPath, 'danh_gia'], [...newPath, 'danh_gia'], x.danh_gia, y.danh_gia,
        { oldShown: (v) => showLabel('danh_gia', v), newShown: (v) => showLabel('danh_gia', v) }),
      ...compareParagraphs(scope, 'mo_ta', [...oldPath, 'mo_ta'], [...newPath, 'mo_ta'], x.mo_ta, y.mo_ta),
      ...compareFigures(scope, [...oldPath, 'so_lieu'], [...newPath, 'so_lieu'], x.so_lieu, y.so_lieu),
    ].filter((c): c is Change => c !== undefined),
  });
}

/** Plain multi-paragraph sections, compared paragraph by paragraph. */
export function compareText(scope: Scope, key: string, a: unknown, b: unknown): Change[] {
  return compareParagraphs(scope, key, [key], [key], a, b);
}

/** A result's figures, one by one (số cuộc giám sát 4 → 6); the other figures (khac) as one value. */
function compareFigures(scope: Scope, oldPath: (string | number)[], newPath: (string | number)[], a: unknown, b: unknown): (Change | undefined)[] {
  const x = isRecord(a) ? a : {};
  const y = isRecord(b) ? b : {};
  return [...FIGURE_KEYS, 'khac'].map((key) => compareField(scope, `so_lieu.${key}`, [...oldPath, key], [...newPath, key], x[key], y[key],
    key === 'khac' ? { oldShown: showAny, newShown: showAny } : {}));
}
