import { diffArrays } from 'diff';
import type { Block, Composition, Run, SignatureBlock } from '../render/blocks.js';
import type { WordPart } from './model.js';
import { dice, tokensOf } from './similarity.js';
import { tidy } from './words.js';
import { isYearOnlyText, type YearShift } from './years.js';

/**
 * A redline is the NEW document as it prints, with what changed since OLD marked as tracked
 * changes: both documents are composed with the same templates and layout, then merged here
 * block by block (paragraphs, header lines, signatures, recipients) and word by word inside a
 * block. Accepting every change gives NEW; rejecting every change gives OLD. A block that moved
 * shows as deleted where it was and inserted where it is.
 */
export interface MergeOptions {
  /** Consecutive years of one program: a block whose only change is the year moving on is not marked. */
  shift?: YearShift;
  keepYears?: boolean;
  /**
   * The unit of NEW (a block's `unit`, "noi_dung.3") each unit of OLD was paired with by the semantic
   * diff; absent for a removed one. Blocks of units are paired only within a pair: a brand-new
   * item's paragraphs are never compared with a removed item's. Without it, units are not looked at.
   */
  unitPairs?: ReadonlyMap<string, string>;
}

export function mergeCompositions(before: Composition, after: Composition, options: MergeOptions = {}): Composition {
  const runs = (a: Run[], b: Run[]) => diffRuns(a, b, options);
  return {
    ...after,
    header: {
      issuers: mergeLines(before.header.issuers, after.header.issuers, options),
      number: runs(before.header.number, after.header.number),
      placeDate: runs(before.header.placeDate, after.header.placeDate),
    },
    typeName: runs(before.typeName, after.typeName),
    subject: runs(before.subject, after.subject),
    body: mergeBlocks(before.body, after.body, options),
    signatures: mergeSignatures(before.signatures, after.signatures, options),
    recipients: mergeLines(before.recipients, after.recipients, options),
    annex: mergeBlocks(before.annex, after.annex, options),
  };
}

/** What runs print, with a line break as "\n". */
export function runsPlainText(runs: readonly Run[]): string {
  return runs.map((r) => r.text + (r.lineBreak ? '\n' : '')).join('');
}

/** The same runs, every one marked inserted or deleted. */
export function markRuns(runs: readonly Run[], change: 'ins' | 'del'): Run[] {
  return runs.map((r) => ({ ...r, change }));
}

/** Share of unchanged text under which a paragraph is shown deleted and rewritten rather than word by word. */
const REWRITTEN_BELOW = 0.4;

/** Word by word: NEW's runs with OLD's deleted words put back in their place, marked. */
export function diffRuns(before: readonly Run[], after: readonly Run[], options: MergeOptions = {}): Run[] {
  const a = runsPlainText(before);
  const b = runsPlainText(after);
  if (a === b) return after.map((r) => ({ ...r }));
  if (a === '') return markRuns(after, 'ins');
  if (b === '') return markRuns(before, 'del');
  const parts = wholeTokenDiff(a, b);
  if (options.shift && !options.keepYears && isYearOnlyText(parts, options.shift)) return after.map((r) => ({ ...r }));
  // Little left in common: a rewritten passage reads better struck out whole and written anew.
  const common = parts.filter((p) => p.op === 'equal').reduce((n, p) => n + p.text.trim().length, 0);
  if (common < REWRITTEN_BELOW * Math.max(a.length, b.length)) return [...markRuns(before, 'del'), ...markRuns(after, 'ins')];
  const out: Run[] = [];
  let inOld = 0;
  let inNew = 0;
  for (const part of parts) {
    const length = part.text.length;
    if (part.op === 'equal') {
      out.push(...sliceRuns(after, inNew, inNew + length));
      inOld += length;
      inNew += length;
    } else if (part.op === 'insert') {
      out.push(...markRuns(sliceRuns(after, inNew, inNew + length), 'ins'));
      inNew += length;
    } else {
      out.push(...markRuns(sliceRuns(before, inOld, inOld + length), 'del'));
      inOld += length;
    }
  }
  return out;
}

/**
 * A word diff whose units are whole tokens between spaces: a number, a date or a code that changed
 * ("Quý III" → "Quý II", "19/5/2020" → "20/5/2020", "01/CTr-HĐND") is struck out and written anew
 * whole, never by characters or pieces that read as one word ("IIIII").
 */
export function wholeTokenDiff(a: string, b: string): WordPart[] {
  const tokens = (s: string) => s.match(/\s+|\S+/g) ?? [];
  return tidy(diffArrays(tokens(a), tokens(b)).map((c) => ({ op: c.added ? 'insert' : c.removed ? 'delete' : 'equal', text: c.value.join('') })));
}

/** The runs covering characters [start, end) of their text, keeping each run's formatting. */
export function sliceRuns(runs: readonly Run[], start: number, end: number): Run[] {
  const out: Run[] = [];
  let position = 0;
  for (const run of runs) {
    const textEnd = position + run.text.length;
    const runEnd = textEnd + (run.lineBreak ? 1 : 0);
    if (runEnd > start && position < end) {
      const piece: Run = { ...run, text: run.text.slice(Math.max(0, start - position), Math.max(0, Math.min(end, textEnd) - position)) };
      if (run.lineBreak) {
        if (textEnd >= start && textEnd < end) piece.lineBreak = true;
        else delete piece.lineBreak;
      }
      if (piece.text !== '' || piece.lineBreak) out.push(piece);
    }
    position = runEnd;
  }
  return out;
}

type Step<T> = { kind: 'pair'; before: T; after: T } | { kind: 'add'; after: T } | { kind: 'remove'; before: T };

/**
 * Two sequences aligned in order, as a reader compares two printed pages: members with the same
 * text are kept (longest common subsequence); inside each stretch that differs, removed and added
 * members that are alike (and `compatible`) pair up, in order, to be compared word by word; the
 * rest are removed or added. A member that moved is removed where it was and added where it is.
 */
export function alignLists<T>(before: readonly T[], after: readonly T[], text: (x: T) => string,
  compatible: (a: T, b: T) => boolean = () => true,
  identity: { before: (x: T) => string; after: (x: T) => string } = { before: text, after: text }): Step<T>[] {
  const steps: Step<T>[] = [];
  let i = 0;
  let j = 0;
  let removed: T[] = [];
  let added: T[] = [];
  const flush = () => {
    steps.push(...pairInOrder(removed, added, text, compatible));
    removed = [];
    added = [];
  };
  for (const change of diffArrays(before.map(identity.before), after.map(identity.after))) {
    const count = change.count ?? change.value.length;
    if (change.removed) { removed.push(...before.slice(i, i + count)); i += count; continue; }
    if (change.added) { added.push(...after.slice(j, j + count)); j += count; continue; }
    flush();
    for (let k = 0; k < count; k++) steps.push({ kind: 'pair', before: before[i + k], after: after[j + k] });
    i += count;
    j += count;
  }
  flush();
  return steps;
}

const PAIR_AT_LEAST = 0.3;
const LARGEST_STRETCH = 40_000;

/** The best non-crossing pairing of a removed and an added stretch by word similarity (a small alignment table). */
function pairInOrder<T>(removed: T[], added: T[], text: (x: T) => string, compatible: (a: T, b: T) => boolean): Step<T>[] {
  const m = removed.length;
  const n = added.length;
  const alone = (): Step<T>[] => [...removed.map((before): Step<T> => ({ kind: 'remove', before })), ...added.map((after): Step<T> => ({ kind: 'add', after }))];
  if (m === 0 || n === 0 || m * n > LARGEST_STRETCH) return alone();
  const a = removed.map((x) => tokensOf(text(x)));
  const b = added.map((x) => tokensOf(text(x)));
  const score = (p: number, q: number) => {
    if (!compatible(removed[p], added[q])) return 0;
    const d = dice(a[p], b[q]);
    return d >= PAIR_AT_LEAST ? d : 0;
  };
  // best[p][q]: the best total similarity pairing removed[p..] with added[q..].
  const best = Array.from({ length: m + 1 }, () => new Float64Array(n + 1));
  for (let p = m - 1; p >= 0; p--) {
    for (let q = n - 1; q >= 0; q--) {
      const s = score(p, q);
      best[p][q] = Math.max(best[p + 1][q], best[p][q + 1], s > 0 ? s + best[p + 1][q + 1] : 0);
    }
  }
  const steps: Step<T>[] = [];
  let p = 0;
  let q = 0;
  while (p < m && q < n) {
    const s = score(p, q);
    if (s > 0 && best[p][q] === s + best[p + 1][q + 1]) { steps.push({ kind: 'pair', before: removed[p++], after: added[q++] }); continue; }
    if (best[p][q] === best[p + 1][q]) steps.push({ kind: 'remove', before: removed[p++] });
    else steps.push({ kind: 'add', after: added[q++] });
  }
  while (p < m) steps.push({ kind: 'remove', before: removed[p++] });
  while (q < n) steps.push({ kind: 'add', after: added[q++] });
  return steps;
}

function mergeLines(before: Run[][], after: Run[][], options: MergeOptions): Run[][] {
  return alignLists(before, after, runsPlainText).map((step) =>
    step.kind === 'pair' ? diffRuns(step.before, step.after, options) : step.kind === 'add' ? markRuns(step.after, 'ins') : markRuns(step.before, 'del'));
}

function blockText(block: Block): string {
  return block.type === 'table' ? block.rows.map((row) => row.map(runsPlainText).join(' | ')).join('\n') : runsPlainText(block.runs);
}

export function mergeBlocks(before: Block[], after: Block[], options: MergeOptions): Block[] {
  const pairs = options.unitPairs;
  const sameUnit = (a: Block, b: Block) => pairs === undefined || (a.unit === undefined ? b.unit === undefined : a.unit !== undefined && pairs.get(a.unit) === b.unit);
  // Equal text is "the same paragraph" only within paired units: OLD's blocks named by the unit of NEW they pair with.
  const identity = pairs === undefined ? undefined : {
    before: (b: Block) => `${b.unit === undefined ? '' : pairs.get(b.unit) ?? `removed ${b.unit}`}\u0000${blockText(b)}`,
    after: (b: Block) => `${b.unit ?? ''}\u0000${blockText(b)}`,
  };
  return alignLists(before, after, blockText, (a, b) => a.type === b.type && sameUnit(a, b), identity).map((step) => {
    if (step.kind === 'add') return markBlock(step.after, 'ins');
    if (step.kind === 'remove') return markBlock(step.before, 'del');
    const [a, b] = [step.before, step.after];
    if (a.type === 'table' && b.type === 'table') return { ...b, rows: mergeRows(a.rows, b.rows, options) };
    if (a.type !== 'table' && b.type !== 'table') return { ...b, runs: diffRuns(a.runs, b.runs, options) };
    return b;
  });
}

function markBlock(block: Block, change: 'ins' | 'del'): Block {
  if (block.type === 'table') return { ...block, rows: block.rows.map((row) => row.map((cell) => markRuns(cell, change))) };
  return { ...block, runs: markRuns(block.runs, change) };
}

/** Table rows: paired by their text; a paired row with the same cells is compared cell by cell. */
function mergeRows(before: Run[][][], after: Run[][][], options: MergeOptions): Run[][][] {
  const rowText = (row: Run[][]) => row.map(runsPlainText).join(' | ');
  return alignLists(before, after, rowText, (a, b) => a.length === b.length).map((step) => {
    if (step.kind === 'add') return step.after.map((cell) => markRuns(cell, 'ins'));
    if (step.kind === 'remove') return step.before.map((cell) => markRuns(cell, 'del'));
    return step.after.map((cell, k) => diffRuns(step.before[k], cell, options));
  });
}

function mergeSignatures(before: SignatureBlock[], after: SignatureBlock[], options: MergeOptions): SignatureBlock[] {
  const text = (s: SignatureBlock) => [...s.lines.map(runsPlainText), runsPlainText(s.name)].join(' ');
  return alignLists(before, after, text).map((step) => {
    if (step.kind === 'add') return { lines: step.after.lines.map((l) => markRuns(l, 'ins')), name: markRuns(step.after.name, 'ins') };
    if (step.kind === 'remove') return { lines: step.before.lines.map((l) => markRuns(l, 'del')), name: markRuns(step.before.name, 'del') };
    return { lines: mergeLines(step.before.lines, step.after.lines, options), name: diffRuns(step.before.name, step.after.name, options) };
  });
}
