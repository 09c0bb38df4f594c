import { describe, expect, it } from 'vitest';
import { ct022 } from '../../src/rules/ct022-unit-word-case.js';
import { checkDocument, findings, program, regulation, report } from '../support/documents.js';

describe('CT022 unit-word-case', () => {
  it('accepts lower-case unit words before names', () => {
    expect(findings(ct022, program())).toEqual([]);
    expect(findings(ct022, regulation())).toEqual([]);
    expect(findings(ct022, report())).toEqual([]);
  });

  it('reports a capitalised unit word before a place name, in names, units, thuoc and recipients', () => {
    const doc = program();
    doc.ben[1].ten = 'Ủy ban nhân dân Xã Phù Đổng';
    doc.don_vi = [{ id: 'cong-an', ten: 'Công an Xã Phù Đổng' }];
    doc.dia_phuong.thuoc = 'Ủy ban nhân dân Thành Phố Hà Nội';
    doc.noi_nhan = ['Thường trực HĐND, UBND Huyện Gia Lâm (để b/c)', 'Lưu: VT'];
    const found = findings(ct022, doc);
    expect(found.map((f) => [f.path, f.actual, f.expected])).toEqual([
      [['ben', 1, 'ten'], 'Xã Phù Đổng', ['xã Phù Đổng']],
      [['don_vi', 0, 'ten'], 'Xã Phù Đổng', ['xã Phù Đổng']],
      [['dia_phuong', 'thuoc'], 'Thành Phố Hà Nội', ['thành phố Hà Nội']],
      [['noi_nhan', 0], 'Huyện Gia Lâm', ['huyện Gia Lâm']],
    ]);
    expect(found[0].message.vi).toBe('Trong "Ủy ban nhân dân Xã Phù Đổng", chữ "Xã" đứng trước tên riêng "Phù Đổng" phải viết thường: "xã Phù Đổng" (Nghị định 30/2020, Phụ lục II).');
    expect(found[0].rule.severity).toBe('warning');
  });

  it('keeps the capital for numbers, people, events, sentence starts and all-caps text', () => {
    const doc = program();
    doc.ben[0].ten = 'Thường trực Hội đồng nhân dân Phường 3';
    doc.ben[1].ten = 'Ủy ban nhân dân Quận 1';
    doc.ben[2].ten = 'Ban Thường trực Ủy ban MTTQ Việt Nam Phường Điện Biên Phủ';
    doc.don_vi = [{ id: 'a', ten: 'Công an Phường Nguyễn Trãi' }, { id: 'b', ten: 'ỦY BAN NHÂN DÂN XÃ PHÙ ĐỔNG' }];
    doc.dia_phuong.thuoc = 'Thành phố Hồ Chí Minh';
    doc.noi_nhan = ['Xã đội Phù Đổng', 'Các đoàn thể xã; Xã Phù Lỗ (để phối hợp)', 'Thường trực Huyện ủy', 'Tổ chức chính trị - xã hội', 'Lưu: VT'];
    expect(findings(ct022, doc)).toEqual([]);
  });

  it('reports every occurrence in one string', () => {
    const doc = program();
    doc.noi_nhan = ['UBND Xã Phù Lỗ, Xã Phù Linh', 'Lưu: VT'];
    expect(findings(ct022, doc).map((f) => f.actual)).toEqual(['Xã Phù Lỗ', 'Xã Phù Linh']);
  });

  it('does not check the all-caps header names', () => {
    const doc = program();
    doc.ben[1].ten_tieu_de = 'Ủy Ban Nhân Dân Xã Phù Đổng';
    expect(findings(ct022, doc)).toEqual([]);
  });

  it('places the message on the recipient line in the YAML', () => {
    const doc = program();
    doc.noi_nhan = ['Thường trực Đảng ủy xã (để b/c)', 'UBND Huyện Gia Lâm (để b/c)', 'Lưu: VT'];
    const { text, result } = checkDocument(doc);
    const m = result.messages.filter((x) => x.ruleId === 'CT022');
    expect(m.map((x) => [x.severity, text.split('\n')[x.place!.start.line - 1].trim()])).toEqual([['warning', '- UBND Huyện Gia Lâm (để b/c)']]);
  });

  it('reads names typed in decomposed (NFD) Unicode', () => {
    const doc = program();
    doc.ben[1].ten = 'Ủy ban nhân dân Xã Phù Đổng'.normalize('NFD');
    const { result } = checkDocument(doc);
    const m = result.messages.filter((x) => x.ruleId === 'CT022');
    expect(m.map((x) => [x.path, x.expected])).toEqual([[['ben', 1, 'ten'], ['xã Phù Đổng']]]);
  });
});

describe('CT022 on body names and căn cứ', () => {
  it('finds "Hội đồng Nhân dân", "Ủy ban Nhân dân" and "nhân dân Huyện" without a name, in names and căn cứ', () => {
    const doc = program();
    doc.ben[0].ten = 'Thường trực Hội đồng Nhân dân xã Phù Đổng';
    doc.can_cu = [
      'Căn cứ Nghị quyết số 46/NQ-HĐND ngày 08 tháng 9 năm 2021 của Hội đồng nhân dân Huyện khóa XI về ban hành Quy chế;',
      { loai: 'thong_tu', ten: 'hướng dẫn', co_quan: 'Ủy ban Nhân dân tỉnh' },
    ];
    const found = findings(ct022, doc);
    expect(found.map((f) => [f.path, f.expected])).toEqual([
      [['ben', 0, 'ten'], ['Hội đồng nhân dân']],
      [['can_cu', 0], ['nhân dân huyện']],
      [['can_cu', 1, 'co_quan'], ['Ủy ban nhân dân']],
    ]);
  });
  it('leaves the right forms and the capitals of a header alone', () => {
    const doc = program();
    doc.can_cu = ['Căn cứ Nghị quyết của Hội đồng nhân dân huyện Sóc Sơn và Ủy ban nhân dân Thành phố Hồ Chí Minh;', 'Căn cứ văn bản của HỘI ĐỒNG NHÂN DÂN TỈNH;'];
    expect(findings(ct022, doc)).toEqual([]);
  });
});
