import { describe, expect, it } from 'vitest';
import { ct001 } from '../../src/rules/ct001-unknown-reference.js';
import { ct002 } from '../../src/rules/ct002-duplicate-id.js';
import { ct003 } from '../../src/rules/ct003-lead-also-coordinating.js';
import { checkDocument, findings, program, regulation } from '../support/documents.js';

describe('CT001 unknown-reference', () => {
  it('accepts references to declared parties and units', () => {
    expect(findings(ct001, program())).toEqual([]);
  });
  it('reports an unknown lead, coordinator and responsibility', () => {
    const doc = program();
    doc.noi_dung![0].chu_tri = 'mttq-xa';
    doc.noi_dung![1].phoi_hop = ['mttq', 'cong-an-xa'];
    doc.to_chuc_thuc_hien!.trach_nhiem![0].ben = 'ubnd-huyen';
    const found = findings(ct001, doc);
    expect(found.map((f) => f.path)).toEqual([
      ['noi_dung', 0, 'chu_tri'], ['noi_dung', 1, 'phoi_hop', 1], ['to_chuc_thuc_hien', 'trach_nhiem', 0, 'ben'],
    ]);
    expect(found[0].message.vi).toContain('mttq-xa');
    expect(found[0].expected).toContain('cong-an');
  });
  it('places the message on the value in the YAML', () => {
    const doc = program();
    doc.noi_dung![1].chu_tri = 'khong-co';
    const { text, result } = checkDocument(doc);
    const m = result.messages.find((x) => x.ruleId === 'CT001')!;
    const line = text.split('\n')[m.place!.start.line - 1];
    expect(line).toContain('chu_tri: khong-co');
    expect(line.slice(m.place!.start.column - 1)).toBe('khong-co');
  });
});

describe('CT002 duplicate-id', () => {
  it('accepts unique ids', () => {
    expect(findings(ct002, program())).toEqual([]);
    expect(findings(ct002, regulation())).toEqual([]);
  });
  it('reports a unit id that repeats a party id, and a repeated item id', () => {
    const doc = program();
    doc.don_vi = [{ id: 'ubnd', ten: 'Ủy ban nhân dân xã' }];
    doc.noi_dung![1].id = 'tiep-xuc-cu-tri';
    expect(findings(ct002, doc).map((f) => f.path)).toEqual([['don_vi', 0, 'id'], ['noi_dung', 1, 'id']]);
  });
  it('reports repeated article ids across chapters', () => {
    const doc = regulation();
    doc.chuong!.push({ id: 'khac', ten: 'Điều khoản thi hành', dieu: [{ id: 'pham-vi', ten: 'Hiệu lực', noi_dung: 'Có hiệu lực từ ngày ký.' }] });
    expect(findings(ct002, doc).map((f) => f.path)).toEqual([['chuong', 1, 'dieu', 0, 'id']]);
  });
});

describe('CT003 lead-also-coordinating', () => {
  it('accepts distinct lead and coordinators', () => {
    expect(findings(ct003, program())).toEqual([]);
  });
  it('reports the lead among coordinators and a coordinator listed twice', () => {
    const doc = program();
    doc.noi_dung![0].phoi_hop = ['mttq', 'ubnd', 'ubnd'];
    const found = findings(ct003, doc);
    expect(found.map((f) => f.path)).toEqual([['noi_dung', 0, 'phoi_hop', 0], ['noi_dung', 0, 'phoi_hop', 2]]);
  });
});
