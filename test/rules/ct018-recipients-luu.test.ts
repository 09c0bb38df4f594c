import { describe, expect, it } from 'vitest';
import { ct018, isArchiveEntry } from '../../src/rules/ct018-recipients-luu.js';
import { checkDocument, findings, program, report as yearReport } from '../support/documents.js';

function withRecipients(...noi_nhan: string[]) {
  const doc = program();
  doc.noi_nhan = noi_nhan;
  return doc;
}

describe('CT018 recipients-luu', () => {
  it('accepts recipients ending with one archive line', () => {
    expect(findings(ct018, program())).toEqual([]);
    expect(findings(ct018, yearReport())).toEqual([]);
    expect(findings(ct018, withRecipients('Thường trực Huyện ủy (để b/c)', 'Các đoàn thể xã', 'Lưu: VT, VP HĐND-UBND, UBMTTQ'))).toEqual([]);
    expect(findings(ct018, withRecipients('Lưu: Văn thư, VP'))).toEqual([]);
  });

  it('recognises the archive line by its first word only', () => {
    expect(isArchiveEntry('Lưu: VT')).toBe(true);
    expect(isArchiveEntry('- LƯU VT.')).toBe(true);
    expect(isArchiveEntry('Lưu')).toBe(true);
    expect(isArchiveEntry('Lưu trữ lịch sử tỉnh')).toBe(false);
    expect(isArchiveEntry('Thường trực HĐND (lưu)')).toBe(false);
    expect(isArchiveEntry('Lưu văn thư')).toBe(true);
    expect(isArchiveEntry('Lưu HS')).toBe(true);
  });

  it('reports a missing archive line on the last recipient', () => {
    const found = findings(ct018, withRecipients('Thường trực Đảng ủy xã (để b/c)', 'Các đoàn thể xã'));
    expect(found.map((f) => [f.path, f.severity ?? f.rule.severity])).toEqual([[['noi_nhan', 1], 'error']]);
    expect(found[0].note!.vi).toContain('- "Lưu: VT, VP"');
  });

  it('reports an archive line that is not last, and each extra archive line', () => {
    expect(findings(ct018, withRecipients('Lưu: VT', 'Thường trực Đảng ủy xã')).map((f) => f.path)).toEqual([['noi_nhan', 0]]);
    const twice = findings(ct018, withRecipients('Thường trực Đảng ủy xã', 'Lưu: VT', 'Các đoàn thể xã', 'Lưu: VT, VP'));
    expect(twice.map((f) => f.path)).toEqual([['noi_nhan', 1]]);
    expect(twice[0].message.vi).toContain('Có 2 dòng lưu');
    const both = findings(ct018, withRecipients('Lưu: VT', 'Lưu: VT, VP', 'Các đoàn thể xã'));
    expect(both.map((f) => f.message.en.slice(0, 30))).toEqual(['There are 2 archive lines amon', 'The archive line "Lưu: VT, VP"']);
  });

  it('warns on "Lưu VT" without a colon and on an archive line without VT', () => {
    const found = findings(ct018, withRecipients('Các đoàn thể xã', 'Lưu VT, VP'));
    expect(found.map((f) => [f.path, f.severity, f.expected])).toEqual([[['noi_nhan', 1], 'warning', ['Lưu: VT, VP']]]);
    const noVt = findings(ct018, withRecipients('Các đoàn thể xã', 'Lưu: VP'));
    expect(noVt.map((f) => f.expected)).toEqual([['Lưu: VT, VP']]);
    expect(noVt[0].message.vi).toContain('không ghi VT');
  });

  it('warns on dashes and final punctuation the renderer adds itself, one warning a line', () => {
    const found = findings(ct018, withRecipients('- Như trên;', 'Thường trực Đảng ủy xã (để b/c);', '- Lưu VT.'));
    expect(found.map((f) => [f.path, f.severity, f.expected])).toEqual([
      [['noi_nhan', 0], 'warning', ['Như trên']],
      [['noi_nhan', 1], 'warning', ['Thường trực Đảng ủy xã (để b/c)']],
      [['noi_nhan', 2], 'warning', ['Lưu: VT']],
    ]);
    expect(found[2].message.vi).toBe('Dòng nơi nhận "- Lưu VT." có gạch đầu dòng ở đầu, có dấu "." ở cuối, thiếu dấu hai chấm sau "Lưu".');
  });

  it('places the messages on the recipient lines in the YAML', () => {
    const { text, result } = checkDocument(withRecipients('Lưu: VT', 'Thường trực Đảng ủy xã;'));
    const lines = text.split('\n');
    const m = result.messages.filter((x) => x.ruleId === 'CT018');
    expect(m.map((x) => [x.severity, lines[x.place!.start.line - 1].trim()])).toEqual([
      ['error', '- "Lưu: VT"'],
      ['warning', '- Thường trực Đảng ủy xã;'],
    ]);
  });

  it('recognises an archive line typed in decomposed (NFD) Unicode', () => {
    const { result } = checkDocument(withRecipients('Các đoàn thể xã', 'Lưu VT, VP'.normalize('NFD')));
    const m = result.messages.filter((x) => x.ruleId === 'CT018');
    expect(m.map((x) => [x.severity, x.path, x.expected])).toEqual([['warning', ['noi_nhan', 1], ['Lưu: VT, VP']]]);
  });
});
