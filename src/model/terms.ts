/**
 * Terms (nhiệm kỳ) that documents name. The HĐND, the Mặt trận and the Party each run on their own
 * cycle; a quy chế is per HĐND term, and copying the term of the wrong body is a common slip.
 * Data, not code: a new term is one more row.
 */

export interface HdndTerm {
  /** As written in documents: "2026-2031". */
  label: string;
  startYear: number;
  endYear: number;
  /** Election day of the HĐND for this term (ISO): a quy chế of the term cannot be signed before it. */
  election: string;
  /** Other labels that name the same term (the 2004 term was elected for 2004-2009, then extended to 2011). */
  aliases?: string[];
}

export const HDND_TERMS: readonly HdndTerm[] = [
  { label: '1999-2004', startYear: 1999, endYear: 2004, election: '1999-04-11' },
  // Elected on 25/4/2004 as "2004-2009"; the National Assembly extended it to 2011 to hold one joint election.
  // Documents written before the extension rightly say 2004-2009.
  { label: '2004-2011', startYear: 2004, endYear: 2011, election: '2004-04-25', aliases: ['2004-2009'] },
  { label: '2011-2016', startYear: 2011, endYear: 2016, election: '2011-05-22' },
  { label: '2016-2021', startYear: 2016, endYear: 2021, election: '2016-05-22' },
  { label: '2021-2026', startYear: 2021, endYear: 2026, election: '2021-05-23' },
  { label: '2026-2031', startYear: 2026, endYear: 2031, election: '2026-03-15' },
];

/**
 * Congress terms of the Mặt trận (national congresses of 2009, 2014, 2019, 2024). The 1999 and 2004
 * congresses gave labels equal to HĐND terms; those count as HĐND terms and are left out here.
 */
export const MTTQ_TERMS: readonly string[] = ['2009-2014', '2014-2019', '2019-2024', '2024-2029'];

/** Party congress terms of the localities (congresses held in 2005, 2010, 2015, 2020, 2025). */
export const PARTY_CONGRESS_TERMS: readonly string[] = ['2005-2010', '2010-2015', '2015-2020', '2020-2025', '2025-2030'];

export type TermKind =
  | { kind: 'hdnd'; term: HdndTerm }
  | { kind: 'mttq' }
  | { kind: 'dang' }
  | { kind: 'unknown' };

export function hdndTerm(label: string): HdndTerm | undefined {
  const wanted = label.trim();
  return HDND_TERMS.find((t) => t.label === wanted || t.aliases?.includes(wanted));
}

/** Which body's cycle a "YYYY-YYYY" label belongs to. */
export function classifyTerm(label: string): TermKind {
  const term = hdndTerm(label);
  if (term) return { kind: 'hdnd', term };
  const wanted = label.trim();
  if (MTTQ_TERMS.includes(wanted)) return { kind: 'mttq' };
  if (PARTY_CONGRESS_TERMS.includes(wanted)) return { kind: 'dang' };
  return { kind: 'unknown' };
}

/**
 * The HĐND term a mistaken label most likely meant: the one that starts in the same year, else the
 * one in force in the label's first year (for 2024-2029: 2021-2026).
 */
export function likelyHdndTerm(label: string): HdndTerm | undefined {
  const start = Number(label.trim().slice(0, 4));
  if (!Number.isFinite(start)) return undefined;
  return HDND_TERMS.find((t) => t.startYear === start)
    ?? HDND_TERMS.find((t) => start > t.startYear && start < t.endYear);
}

/** The HĐND term in office on a date: from its election to the next one. */
export function hdndTermOn(iso: string): HdndTerm | undefined {
  let current: HdndTerm | undefined;
  for (const term of HDND_TERMS) if (term.election <= iso) current = term;
  return current;
}
