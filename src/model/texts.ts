import type { DataPath } from '../parse/source-tree.js';

/** One string of a document, with where it is. */
export type TextEntry = readonly [path: DataPath, value: string];

/**
 * Every string of a document, and all of them joined into one text ("\n" between two), so that a
 * rule searches the whole document with one regular expression instead of one call per string (a
 * document has hundreds of strings, and each call costs more than scanning its characters). A match
 * is taken back to its string with `entryAt`; a search that must not cross from one string into the
 * next either cannot match "\n" or looks at the strings it finds, one by one.
 */
export interface DocumentTexts {
  entries: readonly TextEntry[];
  joined: string;
  /** Where each entry's value starts in `joined`. */
  starts: readonly number[];
}

/** The strings of a document with their paths, in document order, and their joined text. */
export function documentTextsOf(doc: unknown): DocumentTexts {
  if (doc === memo.doc && memo.texts) return memo.texts;
  const entries: TextEntry[] = [];
  collectTexts(doc, [], entries);
  const starts: number[] = new Array(entries.length);
  let at = 0;
  for (let i = 0; i < entries.length; i++) {
    starts[i] = at;
    at += entries[i][1].length + 1;
  }
  const texts = { entries, starts, joined: entries.map((e) => e[1]).join('\n') };
  if (doc === memo.doc) memo.texts = texts;
  return texts;
}

/** The index of the entry whose value holds position `offset` of `joined` (or the "\n" after it). */
export function entryAt(texts: DocumentTexts, offset: number): number {
  const { starts } = texts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The indexes of the entries where a global regular expression matches, each once, in order. */
export function entriesMatching(texts: DocumentTexts, pattern: RegExp): number[] {
  const found: number[] = [];
  if (texts.entries.length === 0) return found;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(texts.joined); m; m = pattern.exec(texts.joined)) {
    const entry = entryAt(texts, m.index);
    if (found[found.length - 1] !== entry) found.push(entry);
    // Go on from the next entry: one match is enough to look at this one.
    pattern.lastIndex = Math.max(m.index + 1, entry + 1 < texts.starts.length ? texts.starts[entry + 1] : texts.joined.length);
  }
  return found;
}

// Several rules read every string of the document being checked: while `withTextsOf` runs, the
// walk is done once. Scoped to one run, so a document changed between runs is never read stale.
const memo: { doc?: unknown; texts?: DocumentTexts } = {};

export function withTextsOf<T>(doc: unknown, run: () => T): T {
  const saved = { ...memo };
  memo.doc = doc;
  memo.texts = undefined;
  try {
    return run();
  } finally {
    memo.doc = saved.doc;
    memo.texts = saved.texts;
  }
}

/** One path array, pushed and popped on the way down, copied only for each string found. */
function collectTexts(value: unknown, path: (string | number)[], out: TextEntry[]): void {
  if (typeof value === 'string') out.push([path.slice(), value]);
  else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      collectTexts(value[i], path, out);
      path.pop();
    }
  } else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      path.push(key);
      collectTexts((value as Record<string, unknown>)[key], path, out);
      path.pop();
    }
  }
}
