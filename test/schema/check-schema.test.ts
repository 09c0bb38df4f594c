import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/check-source.js';
import { readFileSync } from 'node:fs';

const example = readFileSync(new URL('../../examples/soc-son-2020.yaml', import.meta.url), 'utf8');

/** The example with one line replaced; returns the messages and the edited text. */
function edit(find: string, replace: string) {
  expect(example).toContain(find);
  const text = example.replace(find, replace);
  return { text, messages: checkText('e.yaml', text).messages };
}

function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((l) => l.includes(needle)) + 1;
}

describe('schema messages', () => {
  it('places an unknown key on the key, with a did-you-mean', () => {
    const { text, messages } = edit('trich_yeu:', 'trich_yeo:');
    const unknown = messages.find((m) => m.ruleId === 'SC002')!;
    expect(unknown.place?.start).toMatchObject({ line: lineOf(text, 'trich_yeo:'), column: 1 });
    expect(unknown.reason.vi).toContain('có phải là "trich_yeu"');
    expect(unknown.note?.vi).toContain('"trich_yeu:"');
    // One mistake, one message: the missing trich_yeu is the misspelt key, not reported again at the top.
    expect(messages.some((m) => m.ruleId === 'SC001')).toBe(false);
  });

  it('places a missing key on the key of the mapping that lacks it', () => {
    const { text, messages } = edit('      ho_ten: Trần Minh Đức\n', '');
    const missing = messages.find((m) => m.ruleId === 'SC001')!;
    expect(missing.path).toEqual(['ben', 1, 'ky']);
    const line = text.split('\n')[missing.place!.start.line - 1];
    expect(line.trim()).toBe('ky:');
    expect(lineOf(text, 'Trần Minh Đức')).toBe(0);
    expect(missing.reason.vi).toContain('ho_ten');
  });

  it('places a wrong type on the value and names the expected type in Vietnamese', () => {
    const { text, messages } = edit('nam: 2020', 'nam: hai không hai mươi');
    const [m] = messages;
    expect(m.ruleId).toBe('SC003');
    expect(m.place?.start).toEqual({ line: lineOf(text, 'nam: hai'), column: 6, offset: expect.any(Number) });
    expect(m.reason.vi).toContain('số nguyên');
  });

  it('suggests the closest allowed value', () => {
    const { messages } = edit('loai: chuong_trinh', 'loai: chuong-trinh');
    const m = messages.find((x) => x.ruleId === 'SC004')!;
    expect(m.note?.vi).toContain('"chuong_trinh"');
    expect(m.expected).toEqual(['chuong_trinh', 'quy_che', 'bao_cao', 'van_ban']);
  });

  it('collapses a failed time form to the closest branch', () => {
    const { text, messages } = edit('thoi_gian: {quy: III}', 'thoi_gian: {thang: 13}');
    expect(messages).toHaveLength(1);
    expect(messages[0].ruleId).toBe('SC006');
    expect(messages[0].path).toEqual(['noi_dung', 6, 'thoi_gian', 'thang']);
    expect(messages[0].place?.start.line).toBe(lineOf(text, 'thang: 13'));
  });

  it('gives one message when no time form fits', () => {
    const { messages } = edit('thoi_gian: {quy: III}', 'thoi_gian: Quý ba');
    expect(messages).toHaveLength(1);
    expect(messages[0].ruleId).toBe('SC008');
    expect(messages[0].note?.vi).toContain('thuong_xuyen');
  });

  it('reports an impossible date', () => {
    const { messages } = edit('ngay_ban_hanh: 2020-02-27', 'ngay_ban_hanh: 2020-02-30');
    expect(messages[0].ruleId).toBe('SC005');
    expect(messages[0].reason.vi).toContain('chỉ có 29 ngày');
  });

  it('explains a phone number YAML turned into a number', () => {
    const { messages } = edit('ho_ten: Trần Minh Đức', 'ho_ten: 0901234567');
    expect(messages[0].ruleId).toBe('YA010');
    expect(messages[0].note?.vi).toContain('"0901234567"');
  });

  it('reports a key that belongs to another kind of document', () => {
    const text = example.replace('noi_nhan:', 'chuong:\n  - ten: Chương thừa\n    dieu: [{ten: Điều thừa, noi_dung: x}]\nnoi_nhan:');
    const m = checkText('e.yaml', text).messages.find((x) => x.ruleId === 'SC007')!;
    expect(m.reason.vi).toContain('chuong_trinh');
  });

  it('explains a comma that split a value inside braces', () => {
    const { messages } = edit('thoi_gian: {su_kien: "Trước, trong và sau kỳ họp HĐND huyện"}', 'thoi_gian: {su_kien: Trước, trong và sau kỳ họp HĐND huyện}');
    expect(messages[0].reason.vi).toContain('dấu phẩy');
    expect(messages[0].note?.vi).toContain('dấu nháy kép');
  });

  it('explains an unquoted "Lưu: VT" that YAML read as a mapping', () => {
    const { messages } = edit('  - "Lưu: VT, VP HĐND-UBND, UBMTTQ"', '  - Lưu: VT, VP HĐND-UBND, UBMTTQ');
    expect(messages[0].reason.vi).toContain('dấu hai chấm');
    expect(messages[0].note?.vi).toContain('"Lưu: VT, VP HĐND-UBND, UBMTTQ"');
  });

  it('reports a party list that is empty', () => {
    const start = example.indexOf('ben:');
    const end = example.indexOf('don_vi:');
    const text = `${example.slice(0, start)}ben: []\n${example.slice(end)}`;
    const m = checkText('e.yaml', text).messages.find((x) => x.ruleId === 'SC006')!;
    expect(m.reason.vi).toContain('ít nhất 1');
  });
});
