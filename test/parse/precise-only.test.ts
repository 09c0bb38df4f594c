import { describe, expect, it } from 'vitest';
import { needsPreciseReader } from '../../src/parse/precise-only.js';
import { parseYaml } from '../../src/parse/parse-yaml.js';

describe('needsPreciseReader', () => {
  it('lets plain documents through to the fast reader', () => {
    for (const text of [
      'a: 1\nb: [x, "y", \'z\']\nc: {d: 1}\n',
      'ten: Sở Văn hóa & Thể thao\n',
      'mo_ta: "Dấu \\"ngoặc\\" trong chuỗi"\n',
      "mo_ta: 'it''s one line'\n",
      'so: 5#a\n# chú thích &x *y !z [\n',
      'a: |\n  dòng một\n  dòng hai\n',
      'a:\r\n  - b\r\n',
      '- - a\n  - b\n',
    ]) expect(needsPreciseReader(text), JSON.stringify(text)).toBe(false);
  });

  it('sends the features the precise reader bounds and reports', () => {
    for (const text of ['a: &x 1\n', 'b: *x\n', 'c: !include x\n', '&x a: 1\n', '[&x a]\n', '? a\n: 1\n', '- ? a\n',
      '---\na: 1\n', 'a: 1\n...\n', '%YAML 1.2\n---\n']) {
      expect(needsPreciseReader(text), JSON.stringify(text)).toBe(true);
    }
  });

  it('sends what js-yaml reads more leniently than the yaml library', () => {
    for (const text of [
      'a: "x\n  y"\n', // a quoted string over two lines
      'a: "x\\\n  y"\n', // an escaped line break
      "a: 'x\n  y'\n",
      'a: [x,\n  y]\n', // a flow collection over two lines
      '- \n- a\n', // an empty list item
      '-\n', '  - # chú thích\n', '-\r\n',
      'a: [x, y]#\n', 'a: "x"#\n', // a comment glued to a closing bracket or quote
      'a: 1\rb: 2\r', // lone CR line breaks
      'a: "x', "a: 'x", 'a: [x', // unclosed at the end of the text
    ]) expect(needsPreciseReader(text), JSON.stringify(text)).toBe(true);
  });

  it('sends nesting as deep as the precise reader refuses', () => {
    expect(needsPreciseReader(`a: ${'['.repeat(65)}${']'.repeat(65)}\n`)).toBe(true);
    expect(needsPreciseReader(`a: ${'['.repeat(10)}${']'.repeat(10)}\n`)).toBe(false);
    expect(needsPreciseReader(`${' '.repeat(257)}a: 1\n`)).toBe(true);
  });

  it('agrees with the precise reader on what it sends away for being broken', () => {
    // Each of these is an error to the precise reader; a miss here would let the fast one call it valid.
    for (const text of ['a: [x, y]#\n', 'a: "x"#\n']) expect(parseYaml('t.yaml', text).ok, text).toBe(false);
  });
});
