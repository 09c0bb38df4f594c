import type { Change, DataPath, Element, Relation } from './model.js';
import { compareField, placeOfRemoved, sameValue, type Scope } from './fields.js';
import { matchLists, type Matching } from './match.js';
import { isRecord, showAny } from './shown.js';
import { difference, overlap, tokensOf } from './similarity.js';
import { unreportedParts } from './unknown-parts.js';

type Member = Record<string, unknown>;

/** How to compare one kind of list member (parties, items, legal bases…). */
export interface ElementSpec {
  element: Element;
  /** The key of the list in both documents (["noi_dung"], ["to_chuc_thuc_hien", "trach_nhiem"]). */
  path: DataPath;
  /** The key that holds the member's stable id ("id"; "so" for a legal basis; "ben" for a responsibility). */
  idKey?: string;
  /** The words the member is recognised by when its id changed or it has none. */
  text: (member: Member) => string;
  /** A short name for people, in the terms of the member's own side (unit names differ between OLD and NEW). */
  title: (member: Member, side: 'old' | 'new') => string | undefined;
  /** What changed inside a member, given both versions and their paths. */
  details: (a: Member, b: Member, oldPath: DataPath, newPath: DataPath) => Change[];
  /** Look for one member split into two (and, mirrored, two merged into one). */
  splits?: boolean;
  threshold?: number;
}

/** A list of records, or undefined when the value is something else (a document that failed the schema). */
export function recordList(value: unknown): Member[] | undefined {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) && value.every(isRecord) ? (value as Member[]) : undefined;
}

/**
 * Pairs the members of a list in OLD and NEW and reports each as added, removed, changed (with
 * what changed inside) or moved. A list whose shape is not a list of records (an invalid file)
 * is compared whole.
 */
export function compareElements(scope: Scope, a: unknown, b: unknown, spec: ElementSpec): Change[] {
  const oldList = recordList(a);
  const newList = recordList(b);
  if (!oldList || !newList) {
    const change = compareField(scope, spec.path.join('.'), spec.path, spec.path, a, b, { oldShown: showAny, newShown: showAny });
    return change ? [change] : [];
  }
  const idOf = (m: Member): string | undefined => (spec.idKey && typeof m[spec.idKey] === 'string' ? (m[spec.idKey] as string) : undefined);
  const matching = matchLists(oldList, newList, { id: idOf, text: spec.text, threshold: spec.threshold });
  if (matching.capped) scope.onCapped?.();
  const out: { order: number; change: Change }[] = [];
  const identity = (change: Change, member: Member, side: 'old' | 'new') => {
    const title = spec.title(member, side);
    if (title !== undefined) change[side === 'old' ? 'oldTitle' : 'newTitle'] = title;
  };
  const single = (change: Change, member: Member, side: 'old' | 'new') => {
    const id = idOf(member);
    if (id !== undefined) change.id = id;
    identity(change, member, side);
  };

  for (const [i, j] of matching.pairs) {
    const oldPath = [...spec.path, i];
    const newPath = [...spec.path, j];
    const details: Change[] = [];
    // Most members are unchanged from one version to the next: skip the field-by-field look at them.
    const same = sameValue(oldList[i], newList[j]);
    if (!same && spec.idKey) {
      const key = spec.idKey;
      const idChange = compareField(scope, key, [...oldPath, key], [...newPath, key], oldList[i][key], newList[j][key]);
      if (idChange) details.push(idChange);
    }
    if (!same) {
      details.push(...spec.details(oldList[i], newList[j], oldPath, newPath));
      details.push(...unreportedParts(scope, oldList[i], newList[j], oldPath, newPath, details));
    }
    const moved = matching.moved.has(i);
    if (details.length === 0 && !moved) continue;
    const change: Change = { kind: details.length > 0 ? 'changed' : 'moved', section: scope.section, element: spec.element,
      oldPath, newPath, oldPosition: i + 1, newPosition: j + 1 };
    // The id both sides share; when it changed, the 'id' detail says so and neither is "the" id.
    const ids = [idOf(oldList[i]), idOf(newList[j])].filter((x) => x !== undefined);
    if (ids.length > 0 && ids.every((x) => x === ids[0])) change.id = ids[0];
    identity(change, oldList[i], 'old');
    identity(change, newList[j], 'new');
    if (details.length > 0) change.details = details;
    if (moved) change.moved = true;
    out.push({ order: j, change });
  }
  for (const j of matching.added) {
    const change: Change = { kind: 'added', section: scope.section, element: spec.element, newPath: [...spec.path, j], newPosition: j + 1, new: newList[j] };
    single(change, newList[j], 'new');
    out.push({ order: j, change });
  }
  for (const i of matching.removed) {
    const change: Change = { kind: 'removed', section: scope.section, element: spec.element, oldPath: [...spec.path, i], oldPosition: i + 1, old: oldList[i] };
    single(change, oldList[i], 'old');
    out.push({ order: placeOfRemoved(i, matching.pairs), change });
  }
  if (spec.splits) markSplits(out.map((o) => o.change), oldList, newList, matching, spec, idOf);
  return out.sort((x, y) => x.order - y.order).map((o) => o.change);
}

/**
 * One member split in two shows as that member changed (it lost words) plus an added member made
 * largely of the lost words: the added one is marked `split-from` the first. Mirrored, two
 * members merged into one show as one changed (it gained words) plus a removed one whose words
 * went there: `merged-into`. The two tests are the same test read in opposite directions.
 */
function markSplits(changes: Change[], oldList: Member[], newList: Member[], matching: Matching, spec: ElementSpec,
  idOf: (m: Member) => string | undefined): void {
  const changedPairs = matching.pairs.filter(([i]) => changes.some((c) => c.kind === 'changed' && c.oldPosition === i + 1));
  if (changedPairs.length === 0) return;
  const words = new Map<string, Set<string>>();
  const tokens = (side: 'old' | 'new', index: number) => {
    const key = `${side}${index}`;
    let set = words.get(key);
    if (!set) words.set(key, (set = tokensOf(spec.text((side === 'old' ? oldList : newList)[index]))));
    return set;
  };
  const lost = new Map(changedPairs.map(([i, j]) => [i, difference(tokens('old', i), tokens('new', j))]));
  const gained = new Map(changedPairs.map(([i, j]) => [j, difference(tokens('new', j), tokens('old', i))]));
  const MIN_SHARE = 0.5;

  for (const change of changes) {
    if (change.kind === 'added' && change.newPosition !== undefined) {
      const mine = tokens('new', change.newPosition - 1);
      if (mine.size < 3) continue;
      let best: { i: number; j: number; share: number } | undefined;
      for (const [i, j] of changedPairs) {
        const share = overlap(mine, lost.get(i)!) / mine.size;
        if (share >= MIN_SHARE && (!best || share > best.share)) best = { i, j, share };
      }
      if (best) change.related = relation('split-from', oldList[best.i], 'old', best.i, best.j, spec, idOf);
    } else if (change.kind === 'removed' && change.oldPosition !== undefined) {
      const mine = tokens('old', change.oldPosition - 1);
      if (mine.size < 3) continue;
      let best: { i: number; j: number; share: number } | undefined;
      for (const [i, j] of changedPairs) {
        const share = overlap(mine, gained.get(j)!) / mine.size;
        if (share >= MIN_SHARE && (!best || share > best.share)) best = { i, j, share };
      }
      if (best) change.related = relation('merged-into', newList[best.j], 'new', best.i, best.j, spec, idOf);
    }
  }
}

function relation(kind: Relation['relation'], member: Member, side: 'old' | 'new', i: number, j: number, spec: ElementSpec,
  idOf: (m: Member) => string | undefined): Relation {
  const r: Relation = { relation: kind, oldPosition: i + 1, newPosition: j + 1 };
  const id = idOf(member);
  if (id !== undefined) r.id = id;
  const title = spec.title(member, side);
  if (title !== undefined) r.title = title;
  return r;
}
