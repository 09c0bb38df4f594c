import { describe, expect, it } from 'vitest';
import { classifyTerm, HDND_TERMS, hdndTerm, hdndTermOn, likelyHdndTerm, MTTQ_TERMS, PARTY_CONGRESS_TERMS } from '../../src/model/terms.js';
import { parseIsoDate } from '../../src/model/dates.js';

describe('terms', () => {
  it('lists HĐND terms in order, each elected in its first year', () => {
    for (const [i, t] of HDND_TERMS.entries()) {
      expect(t.label).toBe(`${t.startYear}-${t.endYear}`);
      expect(parseIsoDate(t.election)?.year).toBe(t.startYear);
      if (i > 0) expect(t.startYear).toBe(HDND_TERMS[i - 1].endYear);
    }
    expect(hdndTerm('2026-2031')?.election).toBe('2026-03-15');
    expect(hdndTerm('2021-2026')?.election).toBe('2021-05-23');
  });
  it('accepts 2004-2009, the label the 2004 term was elected under', () => {
    expect(hdndTerm('2004-2009')?.label).toBe('2004-2011');
  });
  it('keeps the three cycles apart', () => {
    const hdnd = HDND_TERMS.flatMap((t) => [t.label, ...(t.aliases ?? [])]);
    for (const label of [...MTTQ_TERMS, ...PARTY_CONGRESS_TERMS]) expect(hdnd).not.toContain(label);
    expect(classifyTerm('2024-2029').kind).toBe('mttq');
    expect(classifyTerm('2020-2025').kind).toBe('dang');
    expect(classifyTerm('2021-2025').kind).toBe('unknown');
  });
  it('guesses the HĐND term a wrong label meant', () => {
    expect(likelyHdndTerm('2026-2030')?.label).toBe('2026-2031');
    expect(likelyHdndTerm('2024-2029')?.label).toBe('2021-2026');
    expect(likelyHdndTerm('2020-2025')?.label).toBe('2016-2021');
    expect(likelyHdndTerm('1980-1985')).toBeUndefined();
  });
  it('knows the term in office on a date, changing on election day', () => {
    expect(hdndTermOn('2026-03-14')?.label).toBe('2021-2026');
    expect(hdndTermOn('2026-03-15')?.label).toBe('2026-2031');
    expect(hdndTermOn('2019-07-01')?.label).toBe('2016-2021');
    expect(hdndTermOn('1990-01-01')).toBeUndefined();
  });
});
