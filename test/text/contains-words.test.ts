import { describe, expect, it } from 'vitest';
import { containsWords } from '../../src/text/contains-words.js';

describe('containsWords', () => {
  it('finds whole words whatever the case, tone placement, NFD or punctuation', () => {
    expect(containsWords('Ủy ban nhân dân xã Phù Đổng, huyện Gia Lâm', 'phù đổng')).toBe(true);
    expect(containsWords('UBND HUYỆN CHIÊM HOÁ', 'Chiêm Hóa')).toBe(true);
    expect(containsWords('Ủy ban nhân dân xã Phù Đổng'.normalize('NFD'), 'Phù Đổng')).toBe(true);
    expect(containsWords('Ủy ban nhân dân Quận 1', '1')).toBe(true);
  });
  it('does not match parts of words, other tones or empty needles', () => {
    expect(containsWords('Ủy ban nhân dân Phường 12', '1')).toBe(false);
    expect(containsWords('Ủy ban nhân dân xã Phù Lỗ', 'Phù Đổng')).toBe(false);
    expect(containsWords('Hội Nông dân xã Hòa An', 'Hoà')).toBe(true);
    expect(containsWords('Hội Nông dân xã Hòa An', 'Hỏa')).toBe(false);
    expect(containsWords('Ủy ban nhân dân xã', '  ')).toBe(false);
  });
});
