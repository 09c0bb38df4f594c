import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPlainSubset } from '../../src/parse/plain-reader.js';
import { parseYaml } from '../../src/parse/parse-yaml.js';
// @ts-expect-error: the benchmark's generator is plain JavaScript
import { corpus } from '../../bench/generate.mjs';

const dir = join(import.meta.dirname, '..', '..', 'examples');
const examples = readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => readFileSync(join(dir, f), 'utf8'));

/** When the plain reader answers, the precise reader must accept the text and give the same data. */
function agree(text: string): boolean {
  const plain = readPlainSubset(text);
  if (plain === undefined) return false;
  const precise = parseYaml('t.yaml', text);
  expect(precise.ok, `the plain reader accepted what the precise one refuses:\n${text}\n${JSON.stringify(precise.messages.map((m) => m.reason.en))}`).toBe(true);
  if (precise.ok) expect(plain, text).toEqual(precise.parsed.data);
  return true;
}

describe('readPlainSubset', () => {
  it('reads every example, and every document the benchmark generates, as the precise reader does', () => {
    for (const text of examples) expect(agree(text)).toBe(true);
    const tmp = mkdtempSync(join(tmpdir(), 'cochuong-plain-'));
    try {
      const { files } = corpus(tmp, 150) as { files: string[] };
      for (const file of files) expect(agree(readFileSync(file, 'utf8')), file).toBe(true);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('reads CRLF line breaks, comments, quotes, flow values and compact sequences', () => {
    const text = [
      '# chú thích', 'a: 1  # số', 'b: "x # y"', "c: 'it''s'", 'd: [mttq, "doan-the", 3]', 'e: {quy: III, nam: 2026}', 'f:', '- x', '- y',
      'g:', '  - id: a', '    ten: Hà Nội', '  -   id: b', 'h: ~', 'i:', 'j: -5', 'k: .inf', 'l: 0x1F', 'm: 2026-02-30', 'n: []', 'o: {}', "p: ''",
    ].join('\r\n');
    expect(agree(text)).toBe(true);
  });

  it('leaves to the other readers what it does not read', () => {
    for (const text of [
      'a: |\n  x\n', 'a: >\n  x\n', 'a: x\n  y\n', 'a: "x\\ny"\n', 'a: "x\n  y"\n', 'a:\tb\n', 'a: &x 1\n', 'a: *x\n', 'a: !t 1\n', '? a\n: 1\n',
      '---\na: 1\n', 'a: 1\n...\n', '%YAML 1.2\n---\na: 1\n', 'a: 1\na: 2\n', 'a: [[1]]\n', 'a: {b: {c: 1}}\n', 'a: [1,]\n', 'a:\n  - \n', 'a:\n- - x\n',
      'a: b: c\n', 'a: [b]#\n', 'Null: 1\n', 'TRUE: 1\n', 'a: {False: 1}\n', 'a: "b"#\n', '__proto__: 1\n', '- a\n', 'x\n', '', '# only\n', 'a: 1\rb: 2\n', 'a:\n    b: 1\n  c: 2\n', 'a: @x\n',
    ]) expect(readPlainSubset(text), JSON.stringify(text)).toBeUndefined();
  });

  const token = fc.constantFrom(':', ': ', '- ', '-', '  ', '    ', ' #', '#', '"', "'", "''", '[', ']', '{', '}', ',', ', ', '\n', '\n  ', '\n- ', '\r\n',
    '|', '>', '&', '*', '!', '?', '? ', '%', '@', '`', '\\', '\t', '\u00a0', '\u3000', '~', 'null', 'True', '0x1F', '0o7', '-.inf', '.5', '1e3', '09', '-5',
    'ten', 'a', 'Null', 'FALSE', '\nTrue: ', '{NULL: ', 'Hà Nội', 'ỦY BAN', '__proto__', 'constructor', '\u0301', 'x: y', '{a: 1}', '[a, b]');
  const edit = fc.record({ at: fc.nat(), what: fc.oneof(token, fc.string({ maxLength: 4 })), cut: fc.nat({ max: 6 }) });

  it('on randomly edited examples: the precise reader agrees whenever it answers', () => {
    let answered = 0;
    fc.assert(fc.property(fc.nat({ max: examples.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 3 }), (which, edits) => {
      let text = examples[which];
      for (const { at, what, cut } of edits) {
        const i = at % (text.length + 1);
        text = text.slice(0, i) + what + text.slice(i + cut);
      }
      if (agree(text.normalize('NFC'))) answered++;
    }), { numRuns: 2000, seed: 2611 });
    expect(answered).toBeGreaterThan(400); // not vacuous: many edited files are still read
  }, 180_000); // 2,000 documents through two readers: ~30 s when the machine is shared

  it('on small random documents made of YAML tokens', () => {
    let answered = 0;
    fc.assert(fc.property(fc.array(fc.oneof(token, fc.constantFrom('\nb: ', '\nc:\n  d: ', '\n  - e: ', '\nf: [', '\ng: {h: ')), { maxLength: 12 }), (parts) => {
      if (agree(`a: ${parts.join('')}\n`.normalize('NFC'))) answered++;
    }), { numRuns: 5000, seed: 2612 });
    expect(answered).toBeGreaterThan(500);
  });
});
