import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { documentTextsOf, entriesMatching, entryAt, withTextsOf } from '../../src/model/texts.js';

const doc = { a: 'một', b: [{ c: 'hai', d: 3 }, 'ba'], e: { f: null, g: '' }, h: 'bốn\nnăm' };

describe('documentTextsOf', () => {
  it('lists every string with its path in document order, and joins them with "\\n"', () => {
    const texts = documentTextsOf(doc);
    expect(texts.entries).toEqual([[['a'], 'một'], [['b', 0, 'c'], 'hai'], [['b', 1], 'ba'], [['e', 'g'], ''], [['h'], 'bốn\nnăm']]);
    expect(texts.joined).toBe('một\nhai\nba\n\nbốn\nnăm');
    expect(texts.starts).toEqual([0, 4, 8, 11, 12]);
  });

  it('takes every position of the joined text back to its string', () => {
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 6 }), { minLength: 1, maxLength: 8 }), (values) => {
      const texts = documentTextsOf(values);
      for (let offset = 0; offset < texts.joined.length; offset++) {
        const index = entryAt(texts, offset);
        const start = texts.starts[index];
        // The position is inside the string, or the "\n" right after it.
        expect(offset - start).toBeGreaterThanOrEqual(0);
        expect(offset - start).toBeLessThanOrEqual(values[index].length);
        if (offset - start < values[index].length) expect(texts.joined[offset]).toBe(values[index][offset - start]);
      }
    }), { numRuns: 500, seed: 3 });
  });

  it('finds the strings a search matches, each once and in order, as a search of each string would', () => {
    const chars = fc.constantFrom('a', 'b', 'x', ' ', 'ạ', '\u200b');
    fc.assert(fc.property(fc.array(fc.string({ unit: chars, maxLength: 6 }), { maxLength: 8 }), fc.constantFrom(/x/g, /a+b/g, /[\u200b]/g, /b?/g), (values, pattern) => {
      const expected = values.flatMap((v, i) => (new RegExp(pattern.source).test(v) ? [i] : []));
      expect(entriesMatching(documentTextsOf(values), pattern)).toEqual(expected);
    }), { numRuns: 1000, seed: 4 });
  });

  it('walks the document once while withTextsOf runs, and afresh outside it', () => {
    const inside = withTextsOf(doc, () => [documentTextsOf(doc), documentTextsOf(doc)] as const);
    expect(inside[0]).toBe(inside[1]);
    expect(documentTextsOf(doc)).not.toBe(inside[0]);
    expect(documentTextsOf(doc)).toEqual(inside[0]);
  });
});
