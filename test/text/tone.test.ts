import { describe, expect, it } from 'vitest';
import { findTonePlacements, tonePlacementOf, withTonePlacement, wordWithTonePlacement } from '../../src/text/tone.js';
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
