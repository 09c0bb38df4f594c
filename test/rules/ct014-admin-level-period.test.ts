import { describe, expect, it } from 'vitest';
import { ct014 } from '../../src/rules/ct014-admin-level-period.js';
import { checkDocument, findings, program, regulation, report } from '../support/documents.js';

function districtProgram(date: string | undefined, nam = Number((date ?? '2020').slice(0, 4))) {
  const doc = program();
  doc.dia_phuong = { cap: 'huyen', ten: 'Sóc Sơn', thuoc: 'thành phố Hà Nội' };
  doc.nam = nam;
  if (date) doc.ngay_ban_hanh = date; else delete doc.ngay_ban_hanh;
  doc.ben[0].ten = 'Thường trực Hội đồng nhân dân huyện Sóc Sơn';
  doc.ben[0].ten_tieu_de = ['HĐND HUYỆN SÓC SƠN', 'THƯỜNG TRỰC'];
  doc.ben[1].ten = 'Ủy ban nhân dân huyện Sóc Sơn';
  doc.ben[2].ten = 'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện Sóc Sơn';
  return doc;
}

describe('CT014 admin-level-period', () => {
  it('accepts a commune after the reform and a district before it (history)', () => {
    expect(findings(ct014, program())).toEqual([]);
    expect(findings(ct014, regulation())).toEqual([]);
    expect(findings(ct014, report())).toEqual([]);
    expect(findings(ct014, districtProgram('2020-02-27'))).toEqual([]);
    expect(findings(ct014, districtProgram('2025-06-30'))).toEqual([]);
  });

  it('reports a district level and district bodies on or after 1 July 2025', () => {
    const found = findings(ct014, districtProgram('2025-07-01', 2025));
    expect(found.map((f) => f.path)).toEqual([['dia_phuong', 'cap'], ['ben', 0, 'ten'], ['ben', 1, 'ten'], ['ben', 2, 'ten']]);
    expect(found[0].message.vi).toContain('ngày 01/07/2025');
    expect(found[0].message.vi).toContain('cấp huyện');
    expect(found[0].expected).toEqual(['tinh', 'thanh_pho_tw', 'xa', 'phuong', 'dac_khu']);
    expect(found[1].message.vi).toContain('"huyện Sóc Sơn"');
  });

  it('reports each abolished level: quận, thị xã, thành phố thuộc tỉnh, thị trấn', () => {
    for (const cap of ['quan', 'thi_xa', 'thanh_pho', 'thi_tran'] as const) {
      const doc = program();
      doc.dia_phuong.cap = cap;
      expect(findings(ct014, doc).map((f) => f.path), cap).toEqual([['dia_phuong', 'cap']]);
    }
  });

  it('reports a party header line naming a district body when the full name is right', () => {
    const doc = program();
    doc.ben[0].ten_tieu_de = ['HĐND XÃ PHÙ ĐỔNG', 'THƯỜNG TRỰC'];
    doc.ben[1].ten_tieu_de = 'ỦY BAN NHÂN DÂN THỊ TRẤN YÊN VIÊN';
    doc.ben[2].ten = 'Ban Thường trực Ủy ban MTTQ Việt Nam quận Long Biên';
    const found = findings(ct014, doc);
    expect(found.map((f) => f.path)).toEqual([['ben', 1, 'ten_tieu_de'], ['ben', 2, 'ten']]);
    expect(found[0].message.vi).toContain('thị trấn');
  });

  it('accepts bodies of a centrally-run city ("thành phố") and "xã hội" after the reform', () => {
    const doc = program();
    doc.dia_phuong = { cap: 'thanh_pho_tw', ten: 'Hà Nội' };
    doc.ben[1].ten = 'Ủy ban nhân dân thành phố Hà Nội';
    doc.ben.push({ id: 'doan-the', loai: 'doan_the', ten: 'Các tổ chức chính trị - xã hội thành phố Hà Nội', ky: { chuc_vu: 'CHỦ TỊCH', ho_ten: 'Phạm Thu' } });
    expect(findings(ct014, doc)).toEqual([]);
  });

  it('reports a đặc khu before 1 July 2025, not after', () => {
    const before = program();
    before.dia_phuong = { cap: 'dac_khu', ten: 'Phú Quốc', thuoc: 'tỉnh An Giang' };
    before.nam = 2025;
    before.ngay_ban_hanh = '2025-06-30';
    const found = findings(ct014, before);
    expect(found.map((f) => f.path)).toEqual([['dia_phuong', 'cap']]);
    expect(found[0].message.vi).toContain('Đặc khu chỉ có từ 01/7/2025');
    expect(found[0].expected).not.toContain('dac_khu');
    before.ngay_ban_hanh = '2025-07-01';
    expect(findings(ct014, before)).toEqual([]);
  });

  it('dates a draft without a date of issue by its year', () => {
    expect(findings(ct014, districtProgram(undefined, 2025))).toEqual([]);
    const found = findings(ct014, districtProgram(undefined, 2026));
    expect(found[0].path).toEqual(['dia_phuong', 'cap']);
    expect(found[0].message.vi).toContain('năm 2026 (chưa có ngày ban hành)');
  });

  it('places the messages on the level and on the party name in the YAML', () => {
    const { text, result } = checkDocument(districtProgram('2026-02-05', 2026));
    const lines = text.split('\n');
    const messages = result.messages.filter((m) => m.ruleId === 'CT014');
    expect(messages.map((m) => lines[m.place!.start.line - 1].trim())).toEqual([
      'cap: huyen',
      'ten: Thường trực Hội đồng nhân dân huyện Sóc Sơn',
      'ten: Ủy ban nhân dân huyện Sóc Sơn',
      'ten: Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện Sóc Sơn',
    ]);
    expect(messages.every((m) => m.severity === 'error')).toBe(true);
  });

  it('reads a party name typed in decomposed (NFD) Unicode', () => {
    const doc = program();
    doc.ben[1].ten = 'Ủy ban nhân dân huyện Gia Lâm'.normalize('NFD');
    const { text, result } = checkDocument(doc);
    const m = result.messages.find((x) => x.ruleId === 'CT014')!;
    expect(text.split('\n')[m.place!.start.line - 1].normalize('NFC')).toContain('huyện Gia Lâm');
  });
});
