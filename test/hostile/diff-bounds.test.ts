import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../src/diff/compare.js';
import { matchLists } from '../../src/diff/match.js';
import { formatText } from '../../src/diff/format-text.js';
import { formatMarkdown } from '../../src/diff/format-md.js';
import { program } from '../support/documents.js';

/** Issue 15, items 5 and 11. */
describe('unknown keys below the top level are compared (item 5, DF001)', () => {
  type Doc = ReturnType<typeof program>;
  const loose = (value: unknown) => value as Record<string, unknown>;
  const cases: [string, (d: Doc) => void, string][] = [
    ['inside an item', (d) => { loose(d.noi_dung![0]).ghi_chu = 'thêm'; }, 'noi_dung'],
    ['inside a party', (d) => { loose(d.ben[1]).dien_thoai = '0241234567'; }, 'ben'],
    ['inside a signature', (d) => { loose(d.ben[1].ky).dau = 'có'; }, 'ben'],
    ['inside dia_phuong', (d) => { loose(d.dia_phuong).ma = '00001'; }, 'dia_phuong'],
    ['inside to_chuc_thuc_hien', (d) => { loose(d).to_chuc_thuc_hien = { ...loose(d.to_chuc_thuc_hien ?? {}), kinh_phi: 'ngân sách xã' }; }, 'to_chuc_thuc_hien'],
    ['inside a legal basis', (d) => { loose(d.can_cu![0]).hieu_luc = '2025-07-01'; }, 'can_cu'],
  ];
  it.each(cases)('%s: shown as a change naming the key', (_name, edit, top) => {
    const a = program();
    const b = structuredClone(a);
    edit(b);
    const diff = compareDocuments(a, b);
    expect(diff.changes.length).toBeGreaterThan(0);
    const paths = JSON.stringify(diff.changes);
    expect(paths).toContain(top);
    // and the other way round, removed
    expect(compareDocuments(b, a).changes.length).toBeGreaterThan(0);
  });

  it('reports nothing for equal documents', () => {
    expect(compareDocuments(program(), program()).changes).toEqual([]);
  });
});

describe('matching is bounded when nothing pairs by id (item 11)', () => {
  /**
   * Members of six words drawn from 3,000 (seeded): each word is in about a hundred members, so
   * without a bound every member is a candidate for thousands of others.
   */
  const list = (seed: number, n: number) => {
    let x = seed;
    const next = () => { x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; return x; };
    return Array.from({ length: n }, () => Array.from({ length: 6 }, () => `w${next() % 3000}`).join(' '));
  };

  it('two 30,000-member lists: a flagged fall-back, every member accounted for once', () => {
    const a = list(7, 30_000);
    const b = list(11, 30_000);
    const m = matchLists(a, b, { text: (s) => s });
    expect(m.capped).toBe(true);
    const old = new Set([...m.pairs.map(([i]) => i), ...m.removed]);
    const fresh = new Set([...m.pairs.map(([, j]) => j), ...m.added]);
    expect(old.size).toBe(a.length);
    expect(fresh.size).toBe(b.length);
  });

  it('a capped diff says so, in words, in text and Markdown', () => {
    const diff = { ...compareDocuments(program(), program()), matchingCapped: true as const };
    expect(formatText(diff, { lang: 'en' })).toContain('too long to pair every member');
    expect(formatMarkdown(diff, 'vi')).toContain('Đặt id cho các mục');
  });

  it('small lists are matched in full, unflagged', () => {
    const m = matchLists(['tiếp xúc cử tri', 'giám sát đầu tư công'], ['giám sát đầu tư công năm nay', 'tiếp xúc cử tri'], { text: (s) => s });
    expect(m.capped).toBeUndefined();
    expect(m.pairs.length).toBe(2);
  });
});
