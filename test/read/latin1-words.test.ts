import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latin1Words } from '../../src/read/encoding/mojibake.js';

/** The definition: words as a regular expression finds them, kept when all Latin-1 with one beyond ASCII. */
function expected(text: string): [number, number][] {
  return [...text.matchAll(/[\p{L}\p{M}\u00a1-\u00bf\u00d7\u00f7]+/gu)]
    .filter(([word]) => /[\u0080-\u00ff]/.test(word) && !/[^\u0000-\u00ff]/.test(word))
    .map((m) => [m.index, m.index + m[0].length]);
}

function found(text: string): [number, number][] {
  const words: [number, number][] = [];
  latin1Words(text, (start, end) => {
    words.push([start, end]);
    return false;
  });
  return words;
}

describe('latin1Words (the words findMojibake looks at)', () => {
  it('finds the words a regular expression finds, with any code point inside, before and after them', () => {
    // Each code point between Latin-1 letters, and around words, a thousand code points a text.
    for (let from = 0; from <= 0x10ffff; from += 1024) {
      const chars: string[] = [];
      for (let cp = from; cp < Math.min(from + 1024, 0x110000); cp++) chars.push(String.fromCodePoint(cp));
      for (const text of [chars.map((c) => `é${c}`).join(''), chars.map((c) => `${c}ô ${c}`).join(''), chars.map((c) => `\ud800${c}ê `).join('')]) {
        const got = found(text);
        if (JSON.stringify(got) !== JSON.stringify(expected(text))) expect(got, `code points from U+${from.toString(16)}`).toEqual(expected(text));
      }
    }
  });

  it('finds the words a regular expression finds, on random text', () => {
    const chars = [...'aZ09 -.\n\u00a0\u00a1\u00ad¬×÷éÐðöøÿ\u0100ăươệ\u0301\u2013“\u200b\u{1d400}\u{1d165}가\ud800\udc00'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 30 }), (parts) => {
      const text = parts.join('');
      expect(found(text)).toEqual(expected(text));
    }), { numRuns: 5000 });
  });

  it('finds the words a regular expression finds, in every example', () => {
    const dir = join(import.meta.dirname, '../../examples');
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
      const text = readFileSync(join(dir, name), 'utf8');
      expect(found(text), name).toEqual(expected(text));
    }
  });

  it('stops when told to', () => {
    const words: number[] = [];
    latin1Words('é à ô', (start) => {
      words.push(start);
      return words.length === 2;
    });
    expect(words).toEqual([0, 2]);
  });
});
