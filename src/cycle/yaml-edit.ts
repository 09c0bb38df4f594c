import { isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';

/**
 * Edits on a yaml Document that keep the clerk's file as it was written: comments, blank lines,
 * quoting and flow style ("{han: 2026-05-19}") of every value not edited. Only the values changed
 * and the notes added differ from the source.
 */
export type DataPath = (string | number)[];

/** Every scalar string of the document with its path; `skip` prunes keys (ids, dates) and subtrees. */
export function eachString(doc: Document, skip: (path: DataPath) => boolean, fn: (value: string, path: DataPath, set: (v: string) => void) => void): void {
  const walk = (node: unknown, path: DataPath) => {
    if (path.length > 0 && skip(path)) return;
    if (isScalar(node)) {
      if (typeof node.value === 'string') fn(node.value, path, (v) => { node.value = v; });
    } else if (isMap(node)) {
      for (const pair of node.items) if (isScalar(pair.key)) walk(pair.value, [...path, String(pair.key.value)]);
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, [...path, i]));
    }
  };
  walk(doc.contents, []);
}

/** Every comment of the document (before and after each node, the document's own), rewritten by `fn`. */
export function eachComment(doc: Document, fn: (comment: string) => string): void {
  const fix = (holder: { commentBefore?: string | null; comment?: string | null }) => {
    if (holder.commentBefore) holder.commentBefore = fn(holder.commentBefore);
    if (holder.comment) holder.comment = fn(holder.comment);
  };
  fix(doc);
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    if (isPair(node)) {
      walk(node.key);
      walk(node.value);
      return;
    }
    if (isScalar(node) || isMap(node) || isSeq(node)) fix(node as Node);
    if (isMap(node) || isSeq(node)) for (const item of node.items) walk(item);
  };
  walk(doc.contents);
}

/**
 * A comment on the line(s) above a value: above its key in a mapping, above the item in a list.
 * Each line of `note` becomes one "# …" line; an existing comment there is kept above it.
 */
export function commentAbove(doc: Document, path: DataPath, note: string): boolean {
  const holder = holderAbove(doc, path);
  if (!holder) return false;
  const lines = note.split('\n').map((line) => ` ${line}`).join('\n');
  holder.commentBefore = holder.commentBefore ? `${holder.commentBefore}\n${lines}` : lines;
  return true;
}

/** A comment at the end of a scalar's line ("so: null # dự thảo …"). */
export function commentAfter(doc: Document, path: DataPath, note: string): boolean {
  const node = doc.getIn(path, true);
  if (!isScalar(node)) return false;
  node.comment = ` ${note}`;
  return true;
}

function holderAbove(doc: Document, path: DataPath): { commentBefore?: string | null } | undefined {
  if (path.length === 0) return doc;
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  const last = path[path.length - 1];
  if (isMap(parent)) {
    const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
    return pair && isScalar(pair.key) ? pair.key : undefined;
  }
  if (isSeq(parent) && typeof last === 'number') {
    const item = parent.items[last];
    return item && typeof item === 'object' ? (item as Node) : undefined;
  }
  return undefined;
}

/** Sets a value that exists; never adds a key the clerk did not write. */
export function setExisting(doc: Document, path: DataPath, value: unknown): boolean {
  if (!doc.hasIn(path)) return false;
  doc.setIn(path, value);
  return true;
}

/** The document as text, as close to its source as the library allows (no folding, flows unpadded). */
export function documentText(doc: Document): string {
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
