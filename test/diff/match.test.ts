import { describe, expect, it } from 'vitest';
import { matchLists, movedPairs } from '../../src/diff/match.js';

const text = (s: string) => s;

describe('matchLists', () => {
  it('pairs by id before words', () => {
    const m = matchLists([{ id: 'a', t: 'x' }, { id: 'b', t: 'y' }], [{ id: 'b', t: 'x' }, { id: 'a', t: 'y' }], { id: (x) => x.id, text: (x) => x.t });
    expect(m.pairs).toEqual([[1, 0], [0, 1]]);
  });

  it('pairs the same words whatever the case and tone placement', () => {
    const m = matchLists(['Công tác hòa giải ở cơ sở'], ['CÔNG TÁC HOÀ GIẢI Ở CƠ SỞ'], { text });
    expect(m.pairs).toEqual([[0, 0]]);
  });

  it('pairs a reworded member and leaves an unrelated one unpaired', () => {
    const m = matchLists(
      ['Nâng cao hiệu quả công tác tiếp xúc cử tri', 'Xây dựng nông thôn mới'],
      ['Đổi mới, nâng cao chất lượng tiếp xúc cử tri', 'Chuyển đổi số trong cơ quan nhà nước'],
      { text },
    );
    expect(m.pairs).toEqual([[0, 0]]);
    expect(m.removed).toEqual([1]);
    expect(m.added).toEqual([1]);
  });

  it('gives the same pairs in both directions', () => {
    const a = ['tuyên truyền pháp luật', 'giám sát đầu tư công', 'tiếp xúc cử tri', 'thi đua yêu nước'];
    const b = ['thi đua yêu nước và các cuộc vận động', 'giám sát đầu tư công năm nay', 'tiếp công dân', 'tuyên truyền phổ biến pháp luật'];
    const forward = matchLists(a, b, { text });
    const backward = matchLists(b, a, { text });
    const flip = backward.pairs.map(([i, j]) => [j, i]).sort((x, y) => x[0] - y[0]);
    expect(flip).toEqual([...forward.pairs].sort((x, y) => x[0] - y[0]));
  });

  it('pairs rewritten paragraphs that sit in the same place, when asked', () => {
    const a = ['Mở đầu chung.', 'Một đoạn viết theo cách cũ.', 'Kết thúc chung.'];
    const b = ['Mở đầu chung.', 'Hoàn toàn khác hẳn.', 'Kết thúc chung.'];
    expect(matchLists(a, b, { text }).added).toEqual([1]);
    expect(matchLists(a, b, { text, gapThreshold: 0 }).pairs).toEqual([[0, 0], [1, 1], [2, 2]]);
  });
});

describe('movedPairs', () => {
  it('finds the one member that left its place', () => {
    // old order 0..4; in NEW the member 4 comes second
    expect([...movedPairs([[0, 0], [4, 1], [1, 2], [2, 3], [3, 4]])]).toEqual([4]);
  });
  it('shows both members of a swap as moved (no arbitrary choice)', () => {
    expect([...movedPairs([[1, 0], [0, 1]])].sort()).toEqual([0, 1]);
  });
  it('sees no move when members were only added or removed around', () => {
    expect(movedPairs([[0, 0], [2, 1], [3, 3]]).size).toBe(0);
  });
});
