import { compareKey } from '../text/compare-key.js';
import { dice, tokensOf } from './similarity.js';

/**
 * Pairs the members of an old and a new list (items, parties, paragraphs, điều…):
 *   1. by id, when both have the same one (ids are kept from year to year for this);
 *   2. by the same normalised text (NFC, case and tone placement ignored);
 *   3. by similar text: word-set similarity (Dice) at or above a threshold, best pairs first.
 * Step 3 only looks at pairs that share a word that is not in most members (an inverted index),
 * so two 500-item lists never cost 250,000 comparisons. The result does not depend on which list
 * is called old: matching b with a gives the same pairs, swapped.
 */
export interface MatchOptions<T> {
  id?: (member: T) => string | undefined;
  text: (member: T) => string;
  /** Least similarity for step 3; 1 turns it off. */
  threshold?: number;
  /**
   * 4. Members still unpaired that sit in the same gap (between the same two pairs, on both sides)
   * pair in order when at least this similar: a paragraph rewritten in place is "changed", not
   * removed and added. Off when absent.
   */
  gapThreshold?: number;
}

export interface Matching {
  /** [old index, new index], in new order. */
  pairs: [number, number][];
  /** Old indexes with no partner. */
  removed: number[];
  /** New indexes with no partner. */
  added: number[];
  /** Old indexes of pairs whose place among the other pairs changed. */
  moved: Set<number>;
  /**
   * Step 3 ran out of its budget (two huge lists with nothing paired by id or text): the members
   * it had not reached stay unpaired and show as removed and added, rather than the diff taking minutes.
   */
  capped?: boolean;
}

export const DEFAULT_THRESHOLD = 0.5;
/** Members made only of common words are compared all with all only up to this many. */
const PLAIN_LIMIT = 300;
/** A word in more members than this is common whatever the list's length (the 20 % rule alone let 30,000 items compare all with all). */
const COMMON_CAP = 200;
/** Candidate look-ups step 3 may make for one pair of lists: thousands of items in well under a second. */
export const SIMILARITY_BUDGET = 4_000_000;

export function matchLists<T>(oldList: readonly T[], newList: readonly T[], options: MatchOptions<T>): Matching {
  const oldToNew = new Map<number, number>();
  const newTaken = new Set<number>();
  const pair = (i: number, j: number) => { oldToNew.set(i, j); newTaken.add(j); };

  // 1. Ids: only ids that occur once on each side (a duplicated id names nothing for sure).
  if (options.id) {
    const newIds = uniqueIndex(newList, options.id);
    const oldIds = uniqueIndex(oldList, options.id);
    for (const [id, i] of oldIds) {
      const j = newIds.get(id);
      if (j !== undefined) pair(i, j);
    }
  }

  // 2. Same normalised text: the k-th unpaired old with a key pairs with the k-th unpaired new with it.
  const waiting = new Map<string, number[]>();
  newList.forEach((member, j) => {
    if (newTaken.has(j)) return;
    const key = compareKey(options.text(member));
    const queue = waiting.get(key);
    if (queue) queue.push(j); else waiting.set(key, [j]);
  });
  if (waiting.size > 0) {
    oldList.forEach((member, i) => {
      if (oldToNew.has(i)) return;
      const j = waiting.get(compareKey(options.text(member)))?.shift();
      if (j !== undefined) pair(i, j);
    });
  }

  // 3. Similar text among what is left.
  let capped = false;
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  if (threshold < 1) {
    const oldLeft = oldList.map((_, i) => i).filter((i) => !oldToNew.has(i));
    const newLeft = newList.map((_, j) => j).filter((j) => !newTaken.has(j));
    const similar = similarPairs(oldLeft, newLeft, oldList, newList, options.text, threshold);
    for (const [i, j] of similar.pairs) pair(i, j);
    capped = similar.capped;
  }

  if (options.gapThreshold !== undefined) {
    for (const [i, j] of gapPairs(oldList, newList, oldToNew, newTaken, options.text, options.gapThreshold)) pair(i, j);
  }

  const pairs = [...oldToNew.entries()].sort((a, b) => a[1] - b[1]);
  const result: Matching = {
    pairs,
    removed: oldList.map((_, i) => i).filter((i) => !oldToNew.has(i)),
    added: newList.map((_, j) => j).filter((j) => !newTaken.has(j)),
    moved: movedPairs(pairs),
  };
  if (capped) result.capped = true;
  return result;
}

function uniqueIndex<T>(list: readonly T[], id: (m: T) => string | undefined): Map<string, number> {
  const seen = new Map<string, number>();
  const repeated = new Set<string>();
  list.forEach((m, i) => {
    const key = id(m);
    if (key === undefined || key === '') return;
    if (seen.has(key)) repeated.add(key); else seen.set(key, i);
  });
  for (const key of repeated) seen.delete(key);
  return seen;
}

function similarPairs<T>(oldLeft: number[], newLeft: number[], oldList: readonly T[], newList: readonly T[],
  text: (m: T) => string, threshold: number): { pairs: [number, number][]; capped: boolean } {
  if (oldLeft.length === 0 || newLeft.length === 0) return { pairs: [], capped: false };
  const oldTokens = new Map(oldLeft.map((i) => [i, tokensOf(text(oldList[i]))]));
  const newTokens = new Map(newLeft.map((j) => [j, tokensOf(text(newList[j]))]));

  // Words found in many members ("phối", "hợp") say little and would make every pair a candidate.
  const frequency = new Map<string, number>();
  for (const tokens of [...oldTokens.values(), ...newTokens.values()]) for (const t of tokens) frequency.set(t, (frequency.get(t) ?? 0) + 1);
  const common = Math.min(COMMON_CAP, Math.max(4, Math.ceil((oldLeft.length + newLeft.length) * 0.2)));
  const index = new Map<string, number[]>();
  for (const [j, tokens] of newTokens) {
    for (const t of tokens) {
      if ((frequency.get(t) ?? 0) > common) continue;
      const list = index.get(t);
      if (list) list.push(j); else index.set(t, [j]);
    }
  }
  const commonCount = (tokens: Set<string>) => { let n = 0; for (const t of tokens) if ((frequency.get(t) ?? 0) > common) n++; return n; };
  const newCommon = new Map([...newTokens].map(([j, tokens]) => [j, commonCount(tokens)]));
  const plainNew = newLeft.filter((j) => newCommon.get(j) === newTokens.get(j)!.size);
  const candidates: { i: number; j: number; score: number }[] = [];
  // The work is counted, not timed: the same input always stops at the same member.
  let budget = SIMILARITY_BUDGET;
  let capped = false;
  for (const [i, tokens] of oldTokens) {
    if (budget <= 0) { capped = true; break; }
    // Rare words shared with each candidate, counted through the index; the common words can add at
    // most the fewer of the two members' common words, so most pairs are ruled out without a full comparison.
    const shared = new Map<number, number>();
    for (const t of tokens) {
      const posting = index.get(t) ?? [];
      budget -= posting.length;
      for (const j of posting) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    const mineCommon = commonCount(tokens);
    // Members made only of common words: compare them with the others like them, while those are few.
    if (shared.size === 0 && mineCommon === tokens.size && plainNew.length <= PLAIN_LIMIT) for (const j of plainNew) shared.set(j, 0);
    budget -= shared.size;
    for (const [j, rare] of shared) {
      const other = newTokens.get(j)!;
      const most = rare + Math.min(mineCommon, newCommon.get(j)!);
      if ((2 * most) / (tokens.size + other.size) < threshold) continue;
      const score = dice(tokens, other);
      if (score >= threshold) candidates.push({ i, j, score });
    }
  }
  // Best first; among equals, the pair that keeps its place, then the earlier one (symmetric in i and j).
  candidates.sort((a, b) => b.score - a.score || Math.abs(a.i - a.j) - Math.abs(b.i - b.j) || (a.i + a.j) - (b.i + b.j) || a.i - b.i);
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const out: [number, number][] = [];
  for (const { i, j } of candidates) {
    if (usedOld.has(i) || usedNew.has(j)) continue;
    usedOld.add(i);
    usedNew.add(j);
    out.push([i, j]);
  }
  return { pairs: out, capped };
}

function gapPairs<T>(oldList: readonly T[], newList: readonly T[], oldToNew: Map<number, number>, newTaken: Set<number>,
  text: (m: T) => string, threshold: number): [number, number][] {
  const newToOld = new Map([...oldToNew].map(([i, j]) => [j, i]));
  // A gap is named by the pairs just before and just after it, seen from either side.
  const gapNames = (length: number, mine: Map<number, number>, mineFirst: boolean): string[] => {
    const name = (k: number) => (k < 0 ? '-' : mineFirst ? `${k}:${mine.get(k)}` : `${mine.get(k)}:${k}`);
    const before: number[] = [];
    let last = -1;
    for (let k = 0; k < length; k++) { before.push(last); if (mine.has(k)) last = k; }
    const names: string[] = new Array(length);
    let next = -1;
    for (let k = length - 1; k >= 0; k--) { names[k] = `${name(before[k])}|${name(next)}`; if (mine.has(k)) next = k; }
    return names;
  };
  const oldGaps = gapNames(oldList.length, oldToNew, true);
  const newGaps = gapNames(newList.length, newToOld, false);
  const gaps = new Map<string, { old: number[]; new: number[] }>();
  const gap = (key: string) => gaps.get(key) ?? gaps.set(key, { old: [], new: [] }).get(key)!;
  oldList.forEach((_, i) => { if (!oldToNew.has(i)) gap(oldGaps[i]).old.push(i); });
  newList.forEach((_, j) => { if (!newTaken.has(j)) gap(newGaps[j]).new.push(j); });
  const out: [number, number][] = [];
  for (const { old, new: fresh } of gaps.values()) {
    for (let k = 0; k < Math.min(old.length, fresh.length); k++) {
      if (dice(tokensOf(text(oldList[old[k]])), tokensOf(text(newList[fresh[k]]))) >= threshold) out.push([old[k], fresh[k]]);
    }
  }
  return out;
}

/**
 * Which pairs moved: those outside the longest run of pairs that kept their relative order. When
 * several runs are equally long (two neighbours swapped), a pair counts as staying only if it is in
 * all of them, so a swap shows both members as moved and the answer is the same in both directions.
 */
export function movedPairs(pairs: readonly [number, number][]): Set<number> {
  // Chains increasing in both indexes; pairs are in new order, so look at old indexes.
  const seq = pairs.map(([i]) => i);
  const n = seq.length;
  const ending = longestIncreasingEndingAt(seq);
  const starting = longestIncreasingEndingAt(seq.map((v) => -v).reverse()).reverse();
  const longest = Math.max(0, ...ending);
  const onSomeChain = seq.map((_, k) => ending[k] + starting[k] - 1 === longest);
  const perLevel = new Map<number, number>();
  for (let k = 0; k < n; k++) if (onSomeChain[k]) perLevel.set(ending[k], (perLevel.get(ending[k]) ?? 0) + 1);
  const moved = new Set<number>();
  for (let k = 0; k < n; k++) if (!(onSomeChain[k] && perLevel.get(ending[k]) === 1)) moved.add(seq[k]);
  return moved;
}

/** For each position, the length of the longest strictly increasing subsequence ending there (O(n log n)). */
function longestIncreasingEndingAt(seq: readonly number[]): number[] {
  const tails: number[] = [];
  return seq.map((v) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid] < v) lo = mid + 1; else hi = mid;
    }
    tails[lo] = v;
    return lo + 1;
  });
}
