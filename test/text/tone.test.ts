import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  INITIAL_LETTERS, TONED, TONE_MARKS, findTonePlacements, findTonePlacementsByWord, tonePlacementOf, withTonePlacement, wordWithTonePlacement,
} from '../../src/text/tone.js';
import { compareKey } from '../../src/text/compare-key.js';

describe('tonePlacementOf', () => {
  it('tells the old style from the new in oa, oe, uy open syllables', () => {
    for (const w of ['hòa', 'thủy', 'Ủy', 'khỏe', 'HÒA', 'ỦY', 'lũy', 'tùy', 'xòe', 'òa']) expect(tonePlacementOf(w), w).toBe('old');
    for (const w of ['hoà', 'thuỷ', 'Uỷ', 'khoẻ', 'HOÀ', 'UỶ', 'luỹ', 'tuỳ', 'xoè', 'oà']) expect(tonePlacementOf(w), w).toBe('new');
  });
  it('says nothing where both styles agree or no tone is written', () => {
    for (const w of ['hoàn', 'hoạt', 'quý', 'Quý', 'quỳ', 'khuỷu', 'thuở', 'hoa', 'uy', 'Huy', 'Hà', 'ngoài', 'khuya', 'huế', 'thuế', 'của', 'mùa', 'xoáy']) {
      expect(tonePlacementOf(w), w).toBeUndefined();
    }
  });
  it('reads decomposed (NFD) words too', () => {
    expect(tonePlacementOf('hòa'.normalize('NFD'))).toBe('old');
    expect(tonePlacementOf('thuỷ'.normalize('NFD'))).toBe('new');
  });
});

describe('findTonePlacements', () => {
  it('lists the words that show a style, with their index in the text', () => {
    const text = 'CỘNG HÒA XÃ HỘI; Uỷ ban nhân dân; hoàn thành; thủy lợi';
    expect(findTonePlacements(text)).toEqual([
      { word: 'HÒA', index: 5, style: 'old' },
      { word: 'Uỷ', index: text.indexOf('Uỷ'), style: 'new' },
      { word: 'thủy', index: text.indexOf('thủy'), style: 'old' },
    ]);
  });
});

describe('withTonePlacement', () => {
  it('rewrites a text in one style, keeping case and every other letter', () => {
    expect(withTonePlacement('Cộng hoà, Uỷ ban, thuỷ lợi, khoẻ mạnh, hoàn thành, quý', 'old'))
      .toBe('Cộng hòa, Ủy ban, thủy lợi, khỏe mạnh, hoàn thành, quý');
    expect(withTonePlacement('CỘNG HÒA, Ủy ban, thủy lợi', 'new')).toBe('CỘNG HOÀ, Uỷ ban, thuỷ lợi');
  });
  it('returns NFC whatever it was given', () => {
    const out = withTonePlacement('Uỷ ban nhân dân xã Phù Đổng'.normalize('NFD'), 'old');
    expect(out).toBe('Ủy ban nhân dân xã Phù Đổng');
    expect(out.normalize('NFC')).toBe(out);
  });
  it('leaves words in the target style as they are', () => {
    expect(wordWithTonePlacement('hòa', 'old')).toBe('hòa');
    expect(wordWithTonePlacement('hoà', 'new')).toBe('hoà');
  });
  it('agrees with compareKey: both styles compare equal, a different tone does not', () => {
    expect(compareKey(withTonePlacement('thuỷ', 'old'))).toBe(compareKey('thuỷ'));
    expect(compareKey('thủy')).not.toBe(compareKey('thúy'));
  });
});

describe('findTonePlacements on text without combining marks (one regular expression)', () => {
  const TONES = '\u0300\u0301\u0303\u0309\u0323';
  const codePoints = function* () {
    for (let cp = 0; cp <= 0x10ffff; cp++) if (cp < 0xd800 || cp > 0xdfff) yield String.fromCodePoint(cp);
  };

  it('knows every letter that is o, a, e, u or y with a tone and nothing else, every one-letter initial, every tone mark', () => {
    const toned = new Set<string>();
    const initials = new Set<string>();
    const toneMarks = new Set<string>();
    for (const c of codePoints()) {
      if ([...c.normalize('NFD')].every((m) => TONES.includes(m))) toneMarks.add(c);
      const [base, ...marks] = c.normalize('NFD');
      const lower = base.toLowerCase();
      if ('oaeuy'.includes(lower) && lower.length === 1 && marks.length === 1 && TONES.includes(marks[0])) toned.add(c);
      if (marks.length === 0 && /^[bcdđghklmnpqrstvx]+$/u.test(lower)) initials.add(c);
    }
    expect([...toned].sort()).toEqual([...Object.values(TONED).join('')].sort());
    expect([...initials].sort()).toEqual([...INITIAL_LETTERS].sort());
    expect([...toneMarks].sort()).toEqual([...TONE_MARKS].sort());
  });

  it('finds what reading word by word finds, with any code point next to the syllables that matter', () => {
    // Every code point a decomposition, a case mapping or being a mark makes special, the first 2,048,
    // and a sample of the rest (letters and non-letters alike): they all behave as one of those.
    const special = (c: string, cp: number) => cp < 0x800 || cp % 61 === 0 || /\p{M}/u.test(c) || c.normalize('NFD') !== c || c.toLowerCase() !== c;
    for (const c of codePoints()) {
      if (!special(c, c.codePointAt(0)!)) continue;
      for (const text of [`${c}òa`, `h${c}oà`, `hoa${c}`, `ho${c}a`, `hòa${c}`, `${c}ủy`, `q${c}ủy`, `t${c}uỷ ${c}`, `ò${c}a`]) {
        const expected = findTonePlacementsByWord(text);
        const got = findTonePlacements(text);
        if (JSON.stringify(got) !== JSON.stringify(expected)) expect(got, JSON.stringify(text)).toEqual(expected);
      }
    }
  });

  it('finds what reading word by word finds, on random text', () => {
    const letters = [...'bcdghklmnpqrstvxđĐQKBHTaoeuyAOEUYiâăêôơư0 -.,\u212a\u0301\u00a0가', ...Object.values(TONED).join('')];
    fc.assert(fc.property(fc.array(fc.constantFrom(...letters), { maxLength: 40 }), (chars) => {
      const text = chars.join('');
      expect(findTonePlacements(text)).toEqual(findTonePlacementsByWord(text));
      const nfc = text.normalize('NFC');
      expect(findTonePlacements(nfc)).toEqual(findTonePlacementsByWord(nfc));
    }), { numRuns: 5000 });
  });

  it('finds what reading word by word finds, in every example', () => {
    const dir = join(import.meta.dirname, '../../examples');
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
      const text = readFileSync(join(dir, name), 'utf8');
      expect(findTonePlacements(text), name).toEqual(findTonePlacementsByWord(text));
    }
  });
});
