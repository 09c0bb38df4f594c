import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeMarkup, parseInline, parseMarkup } from '../../src/render/markup.js';
import { runsText } from '../../src/render/blocks.js';

describe('block markup', () => {
  it('reads each kind of line', () => {
    const { body, annex } = parseMarkup([
      '*Căn cứ Luật Tổ chức chính quyền địa phương;*',
      '# I. MỤC ĐÍCH, YÊU CẦU',
      '## 1. Mục đích',
      '### a) Nhỏ',
      '^ **Chương I**',
      '- Cơ quan chủ trì: UBND.',
      '',
      'Đoạn văn thường.',
      '@phu_luc',
      '| TT | Nội dung |',
      '| 1 | Tiếp xúc cử tri |',
    ].join('\n'));
    expect(body.map((b) => b.type)).toEqual(['paragraph', 'heading', 'heading', 'heading', 'centered', 'item', 'paragraph']);
    expect(body[0].type === 'paragraph' && body[0].runs[0]).toEqual({ text: 'Căn cứ Luật Tổ chức chính quyền địa phương;', italics: true });
    expect(body.slice(1, 4).map((b) => (b.type === 'heading' ? b.level : 0))).toEqual([1, 2, 3]);
    expect(annex).toHaveLength(1);
    expect(annex[0].type === 'table' && annex[0].rows.map((r) => r.map(runsText))).toEqual([['TT', 'Nội dung'], ['1', 'Tiếp xúc cử tri']]);
  });

  it('ends the paragraph above with ./.', () => {
    const { body } = parseMarkup('Trên đây là Chương trình phối hợp.\n./.');
    expect(body).toHaveLength(1);
    expect(body[0].type === 'paragraph' && runsText(body[0].runs)).toBe('Trên đây là Chương trình phối hợp./.');
    const twice = parseMarkup('Kết thúc./.\n./.').body;
    expect(twice[0].type === 'paragraph' && runsText(twice[0].runs)).toBe('Kết thúc./.');
  });

  it('toggles bold and italics', () => {
    expect(parseInline('a **b** *c* ***d*** e')).toEqual([
      { text: 'a ' }, { text: 'b', bold: true }, { text: ' ' }, { text: 'c', italics: true }, { text: ' ' },
      { text: 'd', bold: true, italics: true }, { text: ' e' },
    ]);
  });

  it('reads \\n as a line break and a backslash as "the next character is plain"', () => {
    expect(parseInline('a\\nb')).toEqual([{ text: 'a', lineBreak: true }, { text: 'b' }]);
    expect(parseInline('5 \\* 3 \\| \\\\')).toEqual([{ text: '5 * 3 | \\' }]);
  });

  it('never lets a value from the document become markup, wherever a template puts it', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (value) => {
      const expected = value.normalize('NFC').replace(/\r\n?/g, '\n').trim().replace(/[ \t]*\n[ \t]*/g, '\n');
      const escaped = escapeMarkup(value);
      // Alone on a line: one paragraph (or nothing), whose text is the value.
      const alone = parseMarkup(escaped).body;
      if (expected === '') expect(alone).toHaveLength(0);
      else {
        expect(alone).toHaveLength(1);
        expect(alone[0].type).toBe('paragraph');
        expect(alone[0].type === 'paragraph' && runsText(alone[0].runs)).toBe(expected);
        expect(alone[0].type === 'paragraph' && alone[0].runs.some((r) => r.bold || r.italics)).toBe(false);
      }
      // Inside a table cell: still one cell.
      const cell = parseMarkup(`| ${escaped} | x |`).body[0];
      expect(cell.type === 'table' && cell.rows[0].length).toBe(2);
    }), { numRuns: 500 });
  });

  it('escapes what would start a heading, an item, a directive or a closing mark', () => {
    for (const value of ['# không phải tiêu đề', '- không phải gạch đầu dòng', '@phu_luc', '^ giữa', './.', '| ô |']) {
      const blocks = parseMarkup(escapeMarkup(value)).body;
      expect(blocks).toEqual([{ type: 'paragraph', runs: [{ text: value }] }]);
    }
  });
});
