import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UNIT_WORDS, findUnitMentions, type UnitMention } from '../../src/model/admin-units.js';

/** The definition findUnitMentions had as one regular expression with Unicode classes and lookarounds. */
function byRegularExpression(value: string): UnitMention[] {
  const LETTER = '[\\p{L}\\p{M}\\p{N}]';
  const NAME_WORD = `[\\p{Lu}\\p{N}][\\p{L}\\p{M}\\p{N}'’]*`;
  const anyCase = (word: string) => [...word].map((c) => (c === ' ' ? '[ \\t]+' : `[${c}${c.toUpperCase()}]`)).join('');
  const MENTION = new RegExp(`(?<!${LETTER})(${UNIT_WORDS.map(anyCase).join('|')})(?!${LETTER})(?:([ \\t]+)(${NAME_WORD}(?:[ \\t]+${NAME_WORD})*))?`, 'gu');
  const found: UnitMention[] = [];
  for (const m of value.matchAll(MENTION)) {
    const after = value.slice((m.index ?? 0) + m[1].length);
    if (m[1].toLowerCase() === 'xã' && /^[ \t]+hội(?![\p{L}\p{M}])/iu.test(after)) continue;
    const mention: UnitMention = { unit: m[1], index: m.index ?? 0, unitWord: m[1].toLowerCase().replace(/[ \t]+/gu, ' ') };
    if (m[3] !== undefined) {
      mention.name = m[3];
      mention.nameIndex = mention.index + m[1].length + m[2].length;
    }
    found.push(mention);
  }
  return found;
}

describe('findUnitMentions finds what the regular expression it replaces finds', () => {
  it('on random text made of unit words, names and what can stand around them', () => {
    const pieces = ['xã', 'XÃ', 'Xã', 'thị', 'Thị', 'THỊ', 'thành', 'phố', 'Phố', 'trấn', 'đặc', 'khu', 'Huyện', 'huyện', 'quận', 'Quận',
      'phường', 'tỉnh', 'hội', 'Hội', 'HỘI', 'Phù', 'Đổng', 'ăn', '1', '²', 'IV', "'", '’', ' ', ' ', '\t', '  ', '-', ',', '(', '\n',
      'a', 'A', 'ǅ', 'Ǻ', '\u0301', '\u{1d400}', '\u{1d41a}', '\ud800', 'x', 'Đ', 'ß', 'ẞ', 'ẖ', '\u2013'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (parts) => {
      const text = parts.join('');
      expect(findUnitMentions(text)).toEqual(byRegularExpression(text));
    }), { numRuns: 20000 });
  });

  it('on every line of the examples', () => {
    const dir = join(import.meta.dirname, '../../examples');
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
      for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) expect(findUnitMentions(line), line).toEqual(byRegularExpression(line));
    }
  });
});
