import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fastLoad, UNFAMILIAR } from '../../src/parse/fast-load.js';
import { UNUSUAL } from '../../src/parse/plain-reader.js';
import { parseYaml } from '../../src/parse/parse-yaml.js';
import { checkText } from '../../src/check/check-source.js';
import { relatedLoader } from '../../src/check/check-files.js';

const dir = join(import.meta.dirname, '..', '..', 'examples');
const examples = readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => ({ file: join(dir, f), text: readFileSync(join(dir, f), 'utf8') }));

/** Both readers on one text: when the fast one answers, it must give the precise one's data. */
function agree(text: string): 'fast' | 'precise-only' {
  const fast = fastLoad(text);
  if (!fast) return 'precise-only';
  const precise = parseYaml('t.yaml', text);
  expect(precise.ok, `the fast reader accepted what the precise one refuses:\n${text}\n${JSON.stringify(precise.messages.map((m) => m.reason.en))}`).toBe(true);
  if (!precise.ok) return 'fast';
  expect(fast.data).toEqual(precise.parsed.data);
  expect(fast.nonNfc).toEqual(precise.parsed.nonNfc);
  return 'fast';
}

describe('fastLoad', () => {
  it('reads every example exactly as the precise reader does', () => {
    for (const { text } of examples) expect(agree(text)).toBe('fast');
    for (const { text } of examples) expect(agree(text.normalize('NFD'))).toBe('fast');
  });

  it('resolves scalars as YAML 1.2 core does', () => {
    const text = ['a: 1_000', 'b: 0901234567', 'c: 09', 'd: 1.10', 'e: 0o14', 'f: 0x1F', 'g: .nan', 'h: 1e999', 'i: 2025-02-30',
      'j: yes', 'k: True', 'l: ~', 'm: -.inf', 'n: 0b101', 'o: -.5', 'p: "12"', "q: '~'", 'r:', 's: 1:20', 't: +12', 'u: 0.', 'v: NULL'].join('\n') + '\n';
    expect(agree(text)).toBe('fast');
  });

  it('leaves anchors, aliases, tags, complex keys and several documents to the precise reader', () => {
    for (const text of ['a: &x 1\nb: *x\n', 'a: !include x\n', '? [a]\n: 1\n', 'a: 1\n---\nb: 2\n', '---\na: 1\n', '%YAML 1.2\n---\na: 1\n']) {
      expect(fastLoad(text), text).toBeUndefined();
    }
  });

  it('leaves broken YAML to the precise reader, which says where', () => {
    for (const text of ['a: 1\na: 2\n', 'a:\n\tb: 1\n', 'a: [1\n', 'mo_ta: Nội dung: abc\n', '- a\n', 'x\n']) {
      expect(fastLoad(text), text).toBeUndefined();
    }
  });

  it('skips normalisation only for characters that are NFC whatever surrounds them', () => {
    const ranges: [number, number][] = [[0x0000, 0x02ff], [0x1e00, 0x1eff]];
    const chars = ranges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i)));
    for (const c of chars) expect(c.normalize('NFC'), `U+${c.charCodeAt(0).toString(16)}`).toBe(c);
    // No character of these ranges combines with the one before it.
    const bases = [...'aAeEiIoOuUyYdDăâêôơưĂÂÊÔƠƯđĐ'];
    for (const a of bases) for (const b of chars) expect((a + b).normalize('NFC')).toBe(a + b);
    expect(agree('ten: Phu\u0300 \u0110o\u0302\u0309ng\n'.replace(/\\u(\w{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16))))).toBe('fast');
  });

  it('takes text without UNFAMILIAR characters as free of UNUSUAL ones and always NFC', () => {
    let familiar = 0;
    for (let cp = 0; cp <= 0xffff; cp++) {
      const c = String.fromCharCode(cp);
      if (UNFAMILIAR.test(c)) continue;
      familiar++;
      expect(UNUSUAL.test(c), `U+${cp.toString(16)}`).toBe(false);
      expect(cp <= 0x2ff || (cp >= 0x1e00 && cp <= 0x1eff), `U+${cp.toString(16)}`).toBe(true); // the ALWAYS_NFC ranges
    }
    expect(familiar).toBeGreaterThan(700);
  });

  it('keeps __proto__ and constructor as plain data', () => {
    const fast = fastLoad('__proto__: {polluted: 1}\nconstructor: {prototype: 2}\n')!;
    expect(Object.getPrototypeOf(fast.data)).toBe(Object.prototype);
    expect(Object.keys(fast.data as object)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(agree('__proto__: {polluted: 1}\nconstructor: {prototype: 2}\n')).toBe('fast');
  });
});

/** Random edits of the examples, as in the validate property test. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), what: fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom(':', ': ', '- ', '  ', '\t', '"', "'", '[', ']', '{', '}', ',', '#', '|', '>', '|-', '>+', '\n', '\n  ', '\n- ', '0', '09', '.5', '~', 'true', '\\', '\u0301', 'đ', '\r\n', ' #', '@', '`', '%')) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ kind: fc.constant('indent' as const), line: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
);
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function apply(text: string, e: Edit): string {
  if (e.kind === 'insert') { const i = e.at % (text.length + 1); return text.slice(0, i) + e.what + text.slice(i); }
  if (e.kind === 'delete') { const i = e.at % (text.length + 1); return text.slice(0, i) + text.slice(i + e.length); }
  const lines = text.split('\n');
  const i = e.line % lines.length;
  lines[i] = e.by >= 0 ? ' '.repeat(e.by) + lines[i] : lines[i].replace(new RegExp(`^ {0,${-e.by}}`), '');
  return lines.join('\n');
}

describe('fast and precise pipelines agree', () => {
  it('on randomly edited examples: same data when the fast reader answers', () => {
    let fast = 0;
    fc.assert(fc.property(fc.nat({ max: examples.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 4 }), (which, edits) => {
      if (agree(edits.reduce(apply, examples[which].text)) === 'fast') fast++;
    }), { numRuns: 1500, seed: 1121 });
    expect(fast).toBeGreaterThan(300); // not vacuous: many edited files still go the fast way
  });

  it('on randomly edited examples: the same messages either way', () => {
    const related = relatedLoader();
    let placedFast = 0;
    fc.assert(fc.property(fc.nat({ max: examples.length - 1 }), fc.array(edit, { minLength: 0, maxLength: 3 }), (which, edits) => {
      const { file, text } = examples[which];
      const edited = edits.reduce(apply, text);
      const options = { loadRelated: related };
      const quick = checkText(file, edited, options);
      const precise = checkText(file, edited, { ...options, precise: true });
      expect(quick.messages).toEqual(precise.messages);
      expect(quick.document).toEqual(precise.document);
      // Rule findings placed by the plain reader: the fast way keeps no YAML tree.
      if (quick.messages.length > 0 && quick.parsed === undefined) placedFast++;
    }), { numRuns: 400, seed: 2026 });
    expect(placedFast).toBeGreaterThan(20); // not vacuous
  }, 180_000); // broken files go through YAML recovery, several parses each: slow on a busy machine, no hang

  it('places rule findings as the precise reader does, on documents edited to break rules', () => {
    // Edits that keep the YAML plain and valid but break domain rules: dates, years, names, ids, recipients.
    const breaks: [RegExp, string][] = [
      [/ngay_ban_hanh: "?(\d{4})/, 'ngay_ban_hanh: 1999'], [/nam: (\d{4})/, 'nam: 2031'], [/Ủy ban/, 'Uỷ ban'], [/chu_tri: [a-z-]+/, 'chu_tri: khong-co'],
      [/phoi_hop: \[([a-z-]+)/, 'phoi_hop: [khong-co'], [/- "?Lưu: VT[^\n]*/, '- VT'], [/ngày (\d+) tháng (\d+)/, 'ngày 5 tháng 03'], [/chuc_vu: [^\n]+/, 'chuc_vu: Chủ tịch'],
      [/han: "?\d{4}-\d{2}-\d{2}"?/, 'han: 2019-01-01'], [/ten: [^\n]+/, 'ten: Ủy ban nhân dân huyện Khác'],
    ];
    const related = relatedLoader();
    let placedFast = 0;
    fc.assert(fc.property(fc.nat({ max: examples.length - 1 }), fc.subarray(breaks, { minLength: 1 }), (which, chosen) => {
      const { file, text } = examples[which];
      const edited = chosen.reduce((t, [pattern, by]) => t.replace(pattern, by), text);
      const quick = checkText(file, edited, { loadRelated: related });
      const precise = checkText(file, edited, { loadRelated: related, precise: true });
      expect(quick.messages).toEqual(precise.messages);
      if (quick.messages.length > 0 && quick.parsed === undefined) placedFast++;
    }), { numRuns: 300, seed: 2027 });
    expect(placedFast).toBeGreaterThan(100);
  });
});
