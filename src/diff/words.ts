import type { WordPart } from './model.js';

/** Word diffs as data: tidying, mirroring and reading one side back. No diff library here. */

/** The word diff read the other way: inserted words become deleted and the reverse, deletions still first. */
export function mirrorWords(parts: readonly WordPart[]): WordPart[] {
  return tidy(parts.map((p) => ({ op: p.op === 'insert' ? 'delete' : p.op === 'delete' ? 'insert' : 'equal', text: p.text })));
}

/**
 * Folds white space that sits between two changes into both sides of the change, and puts all
 * deleted text of a run of changes before all inserted text.
 */
export function tidy(parts: WordPart[]): WordPart[] {
  // Fold white space that sits between two changes into both sides of the change.
  const folded: WordPart[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const before = folded[folded.length - 1];
    const after = parts[i + 1];
    if (part.op === 'equal' && /^\s+$/u.test(part.text) && before && before.op !== 'equal' && after && after.op !== 'equal') {
      folded.push({ op: 'delete', text: part.text }, { op: 'insert', text: part.text });
    } else {
      folded.push(part);
    }
  }
  // In each run of changes: all deleted text first, then all inserted text.
  const out: WordPart[] = [];
  let i = 0;
  while (i < folded.length) {
    if (folded[i].op === 'equal') {
      out.push(folded[i]);
      i++;
      continue;
    }
    let deleted = '';
    let inserted = '';
    while (i < folded.length && folded[i].op !== 'equal') {
      if (folded[i].op === 'delete') deleted += folded[i].text;
      else inserted += folded[i].text;
      i++;
    }
    if (deleted) out.push({ op: 'delete', text: deleted });
    if (inserted) out.push({ op: 'insert', text: inserted });
  }
  return out;
}

/** The old (`equal` + `delete`) or the new (`equal` + `insert`) text from a word diff. */
export function sideOf(parts: readonly WordPart[], side: 'old' | 'new'): string {
  const skip = side === 'old' ? 'insert' : 'delete';
  return parts.filter((p) => p.op !== skip).map((p) => p.text).join('');
}
