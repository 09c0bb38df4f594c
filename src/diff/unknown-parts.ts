import type { Change, DataPath } from './model.js';
import { compareField, sameValue, type Scope } from './fields.js';
import { isRecord, showAny } from './shown.js';

type Member = Record<string, unknown>;

/**
 * DF001's promise, at every depth: the parts of two records that differ and that no comparer
 * reported (a key the format does not know, inside an item, a party, dia_phuong,
 * to_chuc_thuc_hien…) are compared whole, so that a difference never shows as "no change".
 * A key a change is about is covered whole; a key some change reaches deeper into is looked into
 * in turn when both sides are records;
 * a list that some change reaches into is left to its own comparer (its members are paired, so
 * positions differ between the sides).
 */
export function unreportedParts(scope: Scope, a: Member, b: Member, oldPath: DataPath, newPath: DataPath, reported: readonly Change[]): Change[] {
  const oldPaths: DataPath[] = [];
  const newPaths: DataPath[] = [];
  const collect = (changes: readonly Change[]) => {
    for (const c of changes) {
      if (c.oldPath) oldPaths.push(c.oldPath);
      if (c.newPath) newPaths.push(c.newPath);
      if (c.details) collect(c.details);
    }
  };
  collect(reported);
  return walk(scope, a, b, oldPath, newPath, oldPaths, newPaths, 0);
}

const MAX_DEPTH = 32;

function walk(scope: Scope, a: Member, b: Member, oldPath: DataPath, newPath: DataPath, oldPaths: DataPath[], newPaths: DataPath[], depth: number): Change[] {
  const out: Change[] = [];
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = Object.hasOwn(a, key) ? a[key] : undefined;
    const y = Object.hasOwn(b, key) ? b[key] : undefined;
    if (sameValue(x, y)) continue;
    const oldAt = [...oldPath, key];
    const newAt = [...newPath, key];
    // A change at this key (or above it) covers all of it; one deeper covers part, so look inside.
    if (oldPaths.some((p) => startsWith(oldAt, p)) || newPaths.some((p) => startsWith(newAt, p))) continue;
    const reached = oldPaths.some((p) => startsWith(p, oldAt)) || newPaths.some((p) => startsWith(p, newAt));
    if (!reached) {
      const change = compareField(scope, [...oldAt].join('.'), oldAt, newAt, x, y, { oldShown: showAny, newShown: showAny });
      if (change) out.push(change);
    } else if (isRecord(x) && isRecord(y) && depth < MAX_DEPTH) {
      out.push(...walk(scope, x, y, oldAt, newAt, oldPaths, newPaths, depth + 1));
    }
  }
  return out;
}

function startsWith(path: DataPath, prefix: DataPath): boolean {
  if (path.length < prefix.length) return false;
  for (let k = 0; k < prefix.length; k++) if (path[k] !== prefix[k]) return false;
  return true;
}
