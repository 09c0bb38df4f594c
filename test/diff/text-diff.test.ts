import { describe, expect, it } from 'vitest';
import { sideOf, wordDiff, sameWords } from '../../src/diff/text-diff.js';
import { isYearOnlyText } from '../../src/diff/years.js';

describe('wordDiff', () => {
  it('keeps Vietnamese syllables whole', () => {
    const parts = wordDiff('Nâng cao hiệu quả công tác tiếp xúc cử tri', 'Nâng cao chất lượng công tác tiếp xúc cử tri');
    expect(parts).toEqual([
      { op: 'equal', text: 'Nâng cao ' },
      { op: 'delete', text: 'hiệu quả' },
      { op: 'insert', text: 'chất lượng' },
      { op: 'equal', text: ' công tác tiếp xúc cử tri' },
    ]);
  });

  it('recovers both texts exactly from the parts', () => {
    const a = 'Phối hợp tiếp công dân định kỳ và đột xuất; tiếp nhận, phân loại đơn thư.';
    const b = 'Nâng cao chất lượng tiếp công dân định kỳ của người đứng đầu; xử lý kịp thời đơn thư, không để tồn đọng.';
    const parts = wordDiff(a, b);
    expect(sideOf(parts, 'old')).toBe(a);
    expect(sideOf(parts, 'new')).toBe(b);
  });

  it('reads a run of changed words as one replacement', () => {
    expect(wordDiff('Quý một hai ba', 'Quý bốn năm sáu')).toEqual([
      { op: 'equal', text: 'Quý ' }, { op: 'delete', text: 'một hai ba' }, { op: 'insert', text: 'bốn năm sáu' },
    ]);
  });

  it('never shows NFC/NFD or spacing differences', () => {
    const nfc = 'Ủy ban Mặt trận Tổ quốc Việt Nam';
    expect(wordDiff(nfc, nfc.normalize('NFD'))).toEqual([{ op: 'equal', text: nfc }]);
    expect(sameWords('Hội  đồng\nnhân dân ', 'Hội đồng nhân dân')).toBe(true);
    // a real change in an NFD copy shows only the changed word, in NFC
    const parts = wordDiff('Hội đồng nhân dân xã'.normalize('NFD'), 'Hội đồng nhân dân phường');
    expect(parts.filter((p) => p.op !== 'equal')).toEqual([{ op: 'delete', text: 'xã' }, { op: 'insert', text: 'phường' }]);
  });
});

describe('isYearOnlyText', () => {
  const shift = { from: 2019, to: 2020 };
  it('accepts years moved on, in words and in dates', () => {
    expect(isYearOnlyText(wordDiff('nhiệm vụ chính trị năm 2019 của quận', 'nhiệm vụ chính trị năm 2020 của quận'), shift)).toBe(true);
    expect(isYearOnlyText(wordDiff('tổng kết năm 2019 và xây dựng chương trình năm 2020', 'tổng kết năm 2020 và xây dựng chương trình năm 2021'), shift)).toBe(true);
    expect(isYearOnlyText(wordDiff('trước ngày 31/12/2019', 'trước ngày 31/12/2020'), shift)).toBe(true);
  });
  it('refuses anything else', () => {
    expect(isYearOnlyText(wordDiff('năm 2019', 'năm 2021'), shift)).toBe(false);
    expect(isYearOnlyText(wordDiff('nhiệm kỳ 2019-2024', 'nhiệm kỳ 2020-2025'), shift)).toBe(false);
    expect(isYearOnlyText(wordDiff('năm 2019, quận', 'năm 2020; quận'), shift)).toBe(false);
    expect(isYearOnlyText(wordDiff('năm 2019', 'trong năm 2020'), shift)).toBe(false);
    expect(isYearOnlyText(wordDiff('Luật năm 2015', 'Luật năm 2016'), shift)).toBe(false);
  });
  it('reads the same in both directions', () => {
    expect(isYearOnlyText(wordDiff('năm 2020', 'năm 2019'), { from: 2020, to: 2019 })).toBe(true);
  });
});
