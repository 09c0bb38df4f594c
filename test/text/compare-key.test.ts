import { describe, expect, it } from 'vitest';
import { compareKey, sameText, startsWithWords } from '../../src/text/compare-key.js';

describe('compareKey', () => {
  it('treats old and new tone placement alike', () => {
    expect(sameText('Cộng hòa', 'Cộng hoà')).toBe(true);
    expect(sameText('Ủy ban', 'Uỷ ban')).toBe(true);
    expect(sameText('thủy lợi', 'thuỷ lợi')).toBe(true);
  });
  it('ignores case, NFD and extra spaces', () => {
    expect(sameText('PHÓ CHỦ TỊCH', 'phó  chủ tịch')).toBe(true);
    expect(sameText('Phó Chủ tịch'.normalize('NFD'), 'PHÓ CHỦ TỊCH')).toBe(true);
  });
  it('keeps different tones and letters apart', () => {
    expect(sameText('phó', 'pho')).toBe(false);
    expect(sameText('phó', 'phò')).toBe(false);
    expect(sameText('chủ tịch', 'chú tịch')).toBe(false);
    expect(sameText('đoàn', 'doàn')).toBe(false);
  });
  it('reads the eth sign as đ', () => {
    expect(compareKey('HÐND')).toBe(compareKey('HĐND'));
  });
});

describe('startsWithWords', () => {
  it('matches whole leading words only', () => {
    expect(startsWithWords('PHÓ CHỦ TỊCH', 'phó')).toBe(true);
    expect(startsWithWords('Phó Trưởng ban', 'PHÓ')).toBe(true);
    expect(startsWithWords('PHÓ', 'phó')).toBe(true);
    expect(startsWithWords('CHỦ TỊCH', 'phó')).toBe(false);
    expect(startsWithWords('PHONG', 'pho')).toBe(false);
  });
});
