import { describe, expect, it } from 'vitest';
import { ct021 } from '../../src/rules/ct021-party-locality.js';
import { checkDocument, findings, program, regulation, report } from '../support/documents.js';

describe('CT021 party-locality', () => {
  it('accepts parties named with the locality, whatever case, tone placement or Unicode form', () => {
    expect(findings(ct021, program())).toEqual([]);
    expect(findings(ct021, regulation())).toEqual([]);
    expect(findings(ct021, report())).toEqual([]);
    const doc = program();
    doc.dia_phuong = { cap: 'xa', ten: 'Hòa An' };
    doc.ben[0].ten = 'Thường trực Hội đồng nhân dân xã Hoà An';
    doc.ben[1].ten = 'ỦY BAN NHÂN DÂN XÃ HÒA AN';
    doc.ben[2].ten = 'Ban Thường trực Ủy ban MTTQ Việt Nam xã Hòa An'.normalize('NFD');
    expect(findings(ct021, doc)).toEqual([]);
  });

  it('accepts a unit named by a number, but not a longer number', () => {
    const doc = program();
    doc.dia_phuong = { cap: 'phuong', ten: '1' };
    doc.ben.forEach((b) => { b.ten = b.ten.replace('xã Phù Đổng', 'Phường 1'); });
    expect(findings(ct021, doc)).toEqual([]);
    doc.ben[1].ten = 'Ủy ban nhân dân Phường 12';
    expect(findings(ct021, doc).map((f) => [f.path, f.expected])).toEqual([[['ben', 1, 'ten'], ['Ủy ban nhân dân Phường 1']]]);
  });

  it('reports a party named after another commune, with the name corrected', () => {
    const doc = program();
    doc.ben[1].ten = 'Ủy ban nhân dân xã Phù Lỗ';
    const found = findings(ct021, doc);
    expect(found.map((f) => [f.path, f.rule.severity, f.expected])).toEqual([[['ben', 1, 'ten'], 'warning', ['Ủy ban nhân dân xã Phù Đổng']]]);
    expect(found[0].message.vi).toBe('Tên bên ký "Ủy ban nhân dân xã Phù Lỗ" mang tên xã Phù Lỗ, nhưng văn bản là của xã Phù Đổng. Có thể tệp được sao chép từ văn bản của địa phương khác.');
  });

  it('reports a party without the locality, suggesting the full name', () => {
    const doc = program();
    doc.ben[0].ten = 'Thường trực Hội đồng nhân dân xã';
    doc.ben[2].ten = 'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam';
    expect(findings(ct021, doc).map((f) => [f.path, f.expected])).toEqual([
      [['ben', 0, 'ten'], ['Thường trực Hội đồng nhân dân xã Phù Đổng']],
      [['ben', 2, 'ten'], ['Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Phù Đổng']],
    ]);
  });

  it('exempts parties of kind khac', () => {
    const doc = program();
    doc.ben.push({ id: 'cong-ty', loai: 'khac', ten: 'Công ty Cổ phần Môi trường Thăng Long', ky: { chuc_vu: 'GIÁM ĐỐC', ho_ten: 'Đỗ Văn Hải' } });
    expect(findings(ct021, doc)).toEqual([]);
  });

  it('places the message on the party name in the YAML', () => {
    const doc = program();
    doc.ben[2].ten = 'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Phù Lỗ';
    const { text, result } = checkDocument(doc);
    const m = result.messages.filter((x) => x.ruleId === 'CT021');
    expect(m.map((x) => [x.severity, text.split('\n')[x.place!.start.line - 1].trim()])).toEqual([
      ['warning', 'ten: Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Phù Lỗ'],
    ]);
  });
});

describe('CT021 and central bodies', () => {
  it('asks no locality of a central body (cap: trung_uong)', () => {
    const doc = program();
    doc.dia_phuong = { cap: 'trung_uong' };
    doc.ben[0].ten = 'Chính phủ';
    doc.ben[1].ten = 'Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam';
    expect(findings(ct021, doc)).toEqual([]);
  });
});
