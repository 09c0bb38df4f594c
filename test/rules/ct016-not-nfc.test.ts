import { describe, expect, it } from 'vitest';
import { ct016 } from '../../src/rules/ct016-not-nfc.js';
import { checkDocument, findings, program } from '../support/documents.js';

describe('CT016 not-nfc', () => {
  it('says nothing when every string was NFC', () => {
    expect(findings(ct016, program())).toEqual([]);
  });

  it('reports each decomposed string at its path, quoting the first decomposed word', () => {
    const found = findings(ct016, program(), { nonNfc: [
      { path: ['trich_yeu'], value: 'Phối hợp công tác'.normalize('NFD') },
      { path: ['noi_dung', 1, 'tieu_de'], value: 'Giam sat đầu tư công'.normalize('NFD') },
    ] });
    expect(found.map((f) => f.path)).toEqual([['trich_yeu'], ['noi_dung', 1, 'tieu_de']]);
    expect(found.map((f) => f.actual)).toEqual(['Phối', 'đầu']);
    expect(found[0].actual).toBe('Phối'.normalize('NFC'));
    expect(found[0].message.vi).toContain('dạng tổ hợp');
    expect(found[0].message.en).toContain('NFC');
    expect(found[0].note!.vi).toContain('cochuong fix-encoding');
    expect(found[0].rule.severity).toBe('warning');
  });

  it('finds real NFD text in the YAML and points at its line', () => {
    const doc = program();
    doc.noi_dung![1].tieu_de = 'Giám sát đầu tư công'.normalize('NFD');
    doc.noi_nhan[0] = 'Thường trực Đảng ủy xã (để b/c)'.normalize('NFD');
    const { text, result } = checkDocument(doc);
    expect(text).toContain('Giám sát đầu tư công'.normalize('NFD'));
    expect(result.document).toBeDefined();
    const messages = result.messages.filter((m) => m.ruleId === 'CT016');
    expect(messages.map((m) => m.path)).toEqual([['noi_dung', 1, 'tieu_de'], ['noi_nhan', 0]]);
    const lines = text.split('\n');
    expect(lines[messages[0].place!.start.line - 1]).toContain('tieu_de: ' + 'Giám sát'.normalize('NFD'));
    expect(lines[messages[1].place!.start.line - 1]).toContain('Thường trực Đảng ủy'.normalize('NFD'));
    expect(messages.every((m) => m.severity === 'warning')).toBe(true);
    // The document itself holds NFC, so the other rules see normal text.
    expect(result.document!.noi_dung![1].tieu_de).toBe('Giám sát đầu tư công');
  });

  it('sums up a wholly decomposed file after a few places', () => {
    const nonNfc = Array.from({ length: 40 }, (_, i) => ({ path: ['noi_nhan', i], value: 'Lưu'.normalize('NFD') }));
    const found = findings(ct016, program(), { nonNfc });
    expect(found).toHaveLength(5);
    expect(found[0].message.vi).toContain('Còn 36 chỗ nữa');
    expect(found[0].path).toEqual(['noi_nhan', 4]);
  });

  it('has a really decomposed bad example that looks like the good one', () => {
    expect(ct016.bad).not.toBe(ct016.bad.normalize('NFC'));
    expect(ct016.good).toBe(ct016.good.normalize('NFC'));
  });
});
