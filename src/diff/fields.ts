import type { Change, DataPath, Element, Section, WordPart } from './model.js';
import { matchLists } from './match.js';
import { isRecord, showAny, showDate } from './shown.js';
import { normaliseText, wordDiff } from './text-diff.js';
import { isShiftedDate, isShiftedYear, isYearOnlyText, type YearShift } from './years.js';

/** What every comparer needs: where its changes go, the year shift, and unit names for ids. */
export interface Scope {
  section: Section;
  shift?: YearShift;
  /** Unit ids (ben, don_vi) → printed names, in OLD and in NEW. */
  oldUnits: Map<string, string>;
  newUnits: Map<string, string>;
  /** The documents' years, printed after a month that has none ("Tháng 6/2026"). */
  oldYear?: number;
  newYear?: number;
  /** Told when a list's matching ran out of budget (see Matching.capped). */
  onCapped?: () => void;
}

export interface FieldOptions {
  /** text: word diff; date: ISO date; year: a year number; value: anything compared whole (default). */
  type?: 'text' | 'date' | 'year' | 'value';
  /** The value as printed, when that differs from the raw value. */
  oldShown?: (value: unknown) => string | undefined;
  newShown?: (value: unknown) => string | undefined;
  element?: Element;
}

/** One named value, OLD against NEW; nothing when they print the same. */
export function compareField(scope: Scope, field: string, oldPath: DataPath, newPath: DataPath, a: unknown, b: unknown,
  options: FieldOptions = {}): Change | undefined {
  const hasA = a !== undefined && a !== null;
  const hasB = b !== undefined && b !== null;
  if (!hasA && !hasB) return undefined;
  const type = options.type ?? 'value';
  const base: Change = { kind: 'changed', section: scope.section, element: options.element ?? 'field', field };
  if (hasA) { base.oldPath = oldPath; base.old = a; }
  if (hasB) { base.newPath = newPath; base.new = b; }
  const oldShown = hasA ? (options.oldShown?.(a) ?? (type === 'date' ? showDate(a) : undefined)) : undefined;
  const newShown = hasB ? (options.newShown?.(b) ?? (type === 'date' ? showDate(b) : undefined)) : undefined;
  if (oldShown !== undefined) base.oldShown = oldShown;
  if (newShown !== undefined) base.newShown = newShown;

  if (type === 'text' && typeof a === 'string' && typeof b === 'string') {
    if (normaliseText(a) === normaliseText(b)) return undefined;
    base.words = wordDiff(a, b);
    if (scope.shift && isYearOnlyText(base.words, scope.shift)) base.yearOnly = true;
    return base;
  }
  if (!hasA || !hasB) {
    base.kind = hasA ? 'removed' : 'added';
    if (type === 'text' && typeof (a ?? b) === 'string') base.words = wholeText(hasA ? 'delete' : 'insert', String(a ?? b));
    return base;
  }
  if (sameValue(a, b)) return undefined;
  if (scope.shift) {
    if (type === 'date' && isShiftedDate(a, b, scope.shift)) base.yearOnly = true;
    if (type === 'year' && typeof a === 'number' && typeof b === 'number' && isShiftedYear(a, b, scope.shift)) base.yearOnly = true;
  }
  return base;
}

/** A whole text added or deleted, as a word diff; none for white space only, so that it mirrors exactly (mirrorWords drops empty parts). */
function wholeText(op: 'insert' | 'delete', text: string): WordPart[] {
  const shown = normaliseText(text);
  return shown === '' ? [] : [{ op, text: shown }];
}

/** Deep equality of data, strings compared as printed (NFC, spaces folded). */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'string') return normaliseText(v);
    if (isRecord(v)) return Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]]));
    return v;
  }) ?? 'undefined';
}

/** A value that is one paragraph or a list of them, as a list; undefined when it is neither. */
export function paragraphList(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((p) => typeof p === 'string')) return value as string[];
  return undefined;
}

/**
 * A multi-paragraph text (muc_dich, mo_ta, nhiem_vu…): paragraphs paired by their words, each
 * added, removed, reworded (with a word diff) or moved.
 */
export function compareParagraphs(scope: Scope, field: string, oldPath: DataPath, newPath: DataPath, a: unknown, b: unknown,
  element: Element = 'paragraph'): Change[] {
  const oldList = paragraphList(a);
  const newList = paragraphList(b);
  if (!oldList || !newList) {
    const change = compareField(scope, field, oldPath, newPath, a, b, { oldShown: showAny, newShown: showAny });
    return change ? [change] : [];
  }
  if (oldList.length === newList.length && oldList.every((p, k) => normaliseText(p) === normaliseText(newList[k]))) return [];
  const at = (path: DataPath, value: unknown, index: number): DataPath => (Array.isArray(value) ? [...path, index] : path);
  // Prose rewritten in place pairs up (a "changed" paragraph); recipients are separate lines and do not.
  const matching = matchLists(oldList, newList, { text: (p) => p, gapThreshold: element === 'paragraph' ? 0 : undefined });
  if (matching.capped) scope.onCapped?.();
  const changes: { order: number; change: Change }[] = [];
  for (const [i, j] of matching.pairs) {
    const moved = matching.moved.has(i);
    const words = wordDiff(oldList[i], newList[j]);
    const reworded = words.some((w) => w.op !== 'equal');
    if (!reworded && !moved) continue;
    const change: Change = { kind: reworded ? 'changed' : 'moved', section: scope.section, element, field,
      oldPath: at(oldPath, a, i), newPath: at(newPath, b, j), oldPosition: i + 1, newPosition: j + 1, old: oldList[i], new: newList[j] };
    if (reworded) {
      change.words = words;
      if (scope.shift && isYearOnlyText(words, scope.shift)) change.yearOnly = true;
    }
    if (moved) change.moved = true;
    changes.push({ order: j, change });
  }
  for (const j of matching.added) {
    changes.push({ order: j, change: { kind: 'added', section: scope.section, element, field, newPath: at(newPath, b, j), newPosition: j + 1,
      new: newList[j], words: wholeText('insert', newList[j]) } });
  }
  for (const i of matching.removed) {
    changes.push({ order: placeOfRemoved(i, matching.pairs), change: { kind: 'removed', section: scope.section, element, field,
      oldPath: at(oldPath, a, i), oldPosition: i + 1, old: oldList[i], words: wholeText('delete', oldList[i]) } });
  }
  return changes.sort((x, y) => x.order - y.order).map((c) => c.change);
}

/** Where a removed member sorts among NEW members: just after the NEW place of the old member before it. */
export function placeOfRemoved(oldIndex: number, pairs: readonly [number, number][]): number {
  let after = -1;
  let bestOld = -1;
  for (const [i, j] of pairs) if (i < oldIndex && i > bestOld) { bestOld = i; after = j; }
  return after + 0.5 + oldIndex / 1e6;
}
