import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/parse/parse-yaml.js';
import { scanNesting } from '../../src/parse/scan-nesting.js';

const fail = (source: string) => {
  const result = parseYaml('t.yaml', source);
  expect(result.ok).toBe(false);
  return result.messages;
};

describe('parseYaml', () => {
  it('parses a mapping into NFC data', () => {
    const nfd = 'Phù Đổng'.normalize('NFD');
    const result = parseYaml('t.yaml', `ten: ${nfd}\nnam: 2026\n`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.parsed.data).toEqual({ ten: 'Phù Đổng', nam: 2026 });
    expect(result.parsed.nonNfc).toEqual([{ path: ['ten'], value: nfd }]);
  });

  it('reports a duplicate key at the second occurrence', () => {
    const [m] = fail('nam: 2025\nten: a\nnam: 2026\n');
    expect(m.ruleId).toBe('YA002');
    expect(m.place?.start).toMatchObject({ line: 3, column: 1 });
    expect(m.reason.vi).toContain('Khóa này đã có');
  });

  it('reports tab indentation with a fix', () => {
    const [m] = fail('dia_phuong:\n\tcap: xa\n');
    expect(m.ruleId).toBe('YA003');
    expect(m.place?.start.line).toBe(2);
    expect(m.note?.vi).toContain('dấu cách');
  });

  it('reports several documents in one file', () => {
    expect(fail('a: 1\n---\nb: 2\n')[0].ruleId).toBe('YA004');
  });

  it('stops an alias bomb and a recursive alias', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++) bomb.push(`${'abcdefgh'[i]}: &${'abcdefgh'[i]} [${Array(10).fill('*' + 'abcdefgh'[i - 1]).join(', ')}]`);
    expect(fail(bomb.join('\n') + '\n')[0].ruleId).toBe('YA005');
    expect(fail('a: &a\n  b: *a\n')[0].ruleId).toBe('YA005');
  });

  it('reports an alias to an anchor that does not exist', () => {
    expect(fail('a: *khong\n')[0].ruleId).toBe('YA005');
  });

  // A hang would hit vitest's timeout; how fast it refuses is the benchmark's business.
  it('refuses 10,000-deep nesting, with a position', () => {
    const [m] = fail('['.repeat(10_000) + ']'.repeat(10_000));
    expect(m.ruleId).toBe('YA006');
    expect(m.place?.start.line).toBe(1);
    expect(fail('a:\n' + Array.from({ length: 500 }, (_, i) => ' '.repeat(i + 1) + 'b:').join('\n'))[0].ruleId).toBe('YA006');
  });

  it('refuses unknown tags such as !include and !!js/function', () => {
    const messages = fail('a: !include x.yaml\nb: !!js/function "f"\n');
    expect(messages.map((m) => m.ruleId)).toEqual(['YA007', 'YA007']);
    expect(messages[0].actual).toBe('!include');
  });

  it('refuses complex keys', () => {
    expect(fail('? [a, b]\n: c\n')[0].ruleId).toBe('YA008');
  });

  it('keeps __proto__ and constructor as plain data', () => {
    const result = parseYaml('t.yaml', '__proto__: {polluted: 1}\nconstructor: {prototype: 2}\n');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const data = result.parsed.data as Record<string, unknown>;
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.keys(data)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('says a file of only comments has no content, and a list is not a document', () => {
    expect(fail('# chỉ có chú thích\n')[0].reason.vi).toContain('không có nội dung');
    const [m] = fail('- a\n- b\n');
    expect(m.ruleId).toBe('YA009');
    expect(m.reason.vi).toContain('danh sách');
  });

  it('notes numbers whose digits YAML changed', () => {
    const result = parseYaml('t.yaml', 'a: 0901234567\nb: 09\nc: 2026\nd: "0901"\n');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect([...result.parsed.numberTraps.values()]).toEqual([{ source: '0901234567', value: 901234567 }, { source: '09', value: 9 }]);
  });

  it('explains the common slips in plain words', () => {
    expect(fail('mo_ta: Nội dung: tuyên truyền\n')[0].note?.vi).toContain('dấu nháy kép');
    expect(fail('trich_yeu: "Phối hợp" công tác\n')[0].reason.vi).toContain('chữ thừa');
    expect(fail('ben:\n- id: a\n  ten: b\n loai: c\n')[0].reason.vi).toContain('lệch với các dòng cùng cấp');
    expect(fail('a: [1, 2\n')[0].reason.vi).toContain('chưa được đóng');
    expect(fail("a: 'abc\n")[0].reason.vi).toContain('không đóng');
    expect(fail('nam:2020\n')[0].note?.vi).toContain('dấu cách');
    expect(fail('loai: chuong_trinh\nnam:2020\n')[0].note?.vi).toContain('nam: 2020');
    expect(fail('a: @x\n')[0].note?.vi).toContain('dấu nháy kép');
  });

  it('reads JSON too, since JSON is YAML', () => {
    const result = parseYaml('t.yaml', '{"loai": "chuong_trinh", "nam": 2026}');
    expect(result.ok).toBe(true);
  });
});

describe('scanNesting', () => {
  it('ignores brackets inside quotes and comments', () => {
    expect(scanNesting(`a: "${'['.repeat(200)}"\nb: '${'{'.repeat(200)}'\n# ${'['.repeat(200)}\n`)).toBeUndefined();
  });
  it('finds deep flow nesting', () => {
    expect(scanNesting('{a: '.repeat(100) + '1' + '}'.repeat(100))?.depth).toBe(65);
  });
});
