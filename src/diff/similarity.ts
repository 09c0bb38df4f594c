import { compareKey } from '../text/compare-key.js';

/**
 * Word sets of normalised text (NFC, lower case, tone placement ignored: see compareKey), and how
 * alike two of them are. Used to pair elements whose ids changed or that have none.
 */
export function tokensOf(text: string): Set<string> {
  return new Set(compareKey(text).match(/[\p{L}\p{M}\p{N}~]+/gu) ?? []);
}

/** Sørensen–Dice coefficient of two word sets: 1 for the same words, 0 for none in common. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  return (2 * overlap(a, b)) / (a.size + b.size);
}

export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const t of small) if (large.has(t)) n++;
  return n;
}

export function difference(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const t of a) if (!b.has(t)) out.add(t);
  return out;
}
