import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSource } from '../../src/check/check-source.js';
import { catalogue } from '../../src/catalogue.js';

const examplesDir = join(import.meta.dirname, '..', '..', 'examples');
const examples = readdirSync(examplesDir).filter((f) => f.endsWith('.yaml')).map((f) => readFileSync(join(examplesDir, f), 'utf8'));
const knownIds = new Set(catalogue().map((e) => e.id));

/** One random edit of a text: what a clerk's slip, a bad paste or a broken disk could do. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), what: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(':', '- ', '\t', '"', "'", '[', '{', '&a ', '*a', '!!', '? ', '\n  ', '#', '|', '>', '%', '@', '`', '\u0000', '\u0301', 'ư', '0901')) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('duplicateLine' as const), at: fc.nat() }),
);

type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function apply(text: string, e: Edit): string {
  switch (e.kind) {
    case 'insert': { const i = e.at % (text.length + 1); return text.slice(0, i) + e.what + text.slice(i); }
    case 'delete': { const i = e.at % (text.length + 1); return text.slice(0, i) + text.slice(i + e.length); }
    case 'swapLines': {
      const lines = text.split('\n');
      const a = e.a % lines.length; const b = e.b % lines.length;
      [lines[a], lines[b]] = [lines[b], lines[a]];
      return lines.join('\n');
    }
    case 'duplicateLine': {
      const lines = text.split('\n');
      const i = e.at % lines.length;
      lines.splice(i, 0, lines[i]);
      return lines.join('\n');
    }
  }
}

describe('validate never crashes on edited examples', () => {
  it('returns well-formed messages for any edits', () => {
    fc.assert(
      fc.property(fc.nat({ max: examples.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 6 }), (which, edits) => {
        const text = edits.reduce(apply, examples[which]);
        const result = checkSource('edited.yaml', new TextEncoder().encode(text));
        const lines = text.split(/\r?\n/).length;
        for (const m of result.messages) {
          expect(knownIds.has(m.ruleId), m.ruleId).toBe(true);
          expect(m.file).toBe('edited.yaml');
          expect(m.reason.vi.length).toBeGreaterThan(0);
          expect(m.reason.en.length).toBeGreaterThan(0);
          if (m.place) {
            expect(m.place.start.line).toBeGreaterThanOrEqual(1);
            expect(m.place.start.line).toBeLessThanOrEqual(lines + 1);
            expect(m.place.start.column).toBeGreaterThanOrEqual(1);
          }
        }
      }),
      { numRuns: 300, seed: 20261121 },
    );
  }, 180_000); // broken files go through YAML recovery, several parses each: slow on a busy machine, no hang
});
