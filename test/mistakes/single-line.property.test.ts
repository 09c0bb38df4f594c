import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/check-source.js';

/**
 * Random single-line slips of the kind clerks make, on every example: however the line is broken,
 * the file gets a handful of messages, not a cascade. N is the bar, stated here.
 */
const N = 4;

const dir = join(import.meta.dirname, '..', '..', 'examples');
const examples = readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));

const slip = fc.oneof(
  fc.record({ kind: fc.constant('indent' as const), by: fc.constantFrom(-3, -2, -1, 1, 2, 3) }),
  fc.record({ kind: fc.constant('tab' as const), tabs: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('replace' as const), from: fc.constantFrom(': ', '- ', ' '), to: fc.constantFrom(':\u00a0', ':', '：', '• ', '-', '\u00a0', ' : ', '') }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), what: fc.constantFrom('#', '"', '“', '[', ':', '-', '\u200b', '0', ' ', 'x') }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('upper' as const) }),
);
type Slip = typeof slip extends fc.Arbitrary<infer T> ? T : never;

function applySlip(line: string, s: Slip): string {
  switch (s.kind) {
    case 'indent': {
      const width = /^ */.exec(line)![0].length;
      return ' '.repeat(Math.max(0, width + s.by)) + line.trimStart();
    }
    case 'tab': return line.replace(/^ +/, '\t'.repeat(s.tabs));
    case 'replace': return line.replace(s.from, s.to);
    case 'insert': { const i = s.at % (line.length + 1); return line.slice(0, i) + s.what + line.slice(i); }
    case 'delete': { const i = s.at % Math.max(1, line.length); return line.slice(0, i) + line.slice(i + 1); }
    case 'upper': return line.toUpperCase();
  }
}

describe('a single-line slip never buries the clerk', () => {
  it(`at most ${N} messages for any one line changed in any example`, () => {
    fc.assert(
      fc.property(fc.nat({ max: examples.length - 1 }), fc.nat(), slip, (which, lineAt, s) => {
        const lines = examples[which].text.split('\n');
        const candidates = lines.map((l, i) => i).filter((i) => lines[i].trim() !== '' && !lines[i].trimStart().startsWith('#'));
        const at = candidates[lineAt % candidates.length];
        const changed = [...lines];
        changed[at] = applySlip(lines[at], s);
        const { messages } = checkText('slip.yaml', changed.join('\n'));
        const shown = `${examples[which].name}:${at + 1} ${JSON.stringify(lines[at])} → ${JSON.stringify(changed[at])}\n`
          + messages.map((m) => `${m.place?.start.line} ${m.ruleId} ${m.reason.vi}`).join('\n');
        expect(messages.length, shown).toBeLessThanOrEqual(N);
      }),
      { numRuns: 200 },
    );
  }, 180_000); // each broken file goes through YAML recovery: slow on a busy machine, no hang
});
