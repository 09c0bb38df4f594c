import { describe, expect, it } from 'vitest';
import { ct020, writtenYears } from '../../src/rules/ct020-stale-year.js';
import { checkDocument, findings, program, regulation, report } from '../support/documents.js';

describe('writtenYears', () => {
  it('reads "năm YYYY" but not ranges, comparisons or targets', () => {
    expect(writtenYears('Chương trình phối hợp năm 2026; Năm 2025 đã làm; NĂM 2024').map((y) => y.year)).toEqual([2026, 2025, 2024]);
    expect(writtenYears('nhiệm kỳ 2020-2025, giai đoạn năm 2021-2025, tăng so với năm 2025, đến năm 2030, từ năm 2020')).toEqual([]);
  });
});

describe('CT020 stale-year', () => {
  it('accepts documents whose years agree, and does not apply to a quy chế', () => {
    expect(findings(ct020, program())).toEqual([]);
    expect(findings(ct020, report())).toEqual([]);
    expect(findings(ct020, regulation())).toEqual([]);
  });

  it('reports last year in the subject, the enacting sentence and an item title', () => {
    const doc = program();
    doc.trich_yeu = 'Phối hợp công tác năm 2025 giữa Thường trực HĐND, UBND và Ban Thường trực Ủy ban MTTQ Việt Nam xã Phù Đổng';
    doc.loi_ban_hanh = 'Thường trực HĐND, UBND và Ban Thường trực Ủy ban MTTQ Việt Nam xã thống nhất ban hành Chương trình phối hợp công tác năm 2025 như sau:';
    doc.noi_dung![1].tieu_de = 'Xây dựng nông thôn mới năm 2025';
    const found = findings(ct020, doc);
    expect(found.map((f) => [f.path, f.actual, f.expected])).toEqual([
      [['trich_yeu'], 'năm 2025', ['năm 2026']],
      [['loi_ban_hanh'], 'năm 2025', ['năm 2026']],
      [['noi_dung', 1, 'tieu_de'], 'năm 2025', ['năm 2026']],
    ]);
    expect(found[0].message.vi).toBe('Trích yếu ghi "năm 2025", nhưng văn bản là của năm 2026 (nam: 2026). Có thể tệp được sao chép từ văn bản năm khác mà chưa sửa hết.');
  });

  it('accepts other years beside the document\'s own, terms, later years in item titles and history', () => {
    const doc = program();
    doc.loi_ban_hanh = 'Trên cơ sở kết quả thực hiện Chương trình phối hợp năm 2025, các bên thống nhất ban hành Chương trình phối hợp công tác năm 2026 như sau:';
    doc.noi_dung![0].tieu_de = 'Chuẩn bị tổng kết thi đua năm 2027';
    doc.noi_dung![1].tieu_de = 'Tuyên truyền Nghị quyết Đại hội Đảng bộ nhiệm kỳ 2025-2030 và kỷ niệm Cách mạng tháng Tám năm 1945';
    expect(findings(ct020, doc)).toEqual([]);
  });

  it('reports a year after nam in the subject (nam left from the copied file)', () => {
    const doc = program();
    doc.nam = 2025;
    doc.ngay_ban_hanh = '2025-02-05';
    expect(findings(ct020, doc).map((f) => [f.path, f.actual])).toEqual([[['trich_yeu'], 'năm 2026']]);
  });

  it('reports a program date outside its year and the second half of the year before', () => {
    const doc = program();
    doc.ngay_ban_hanh = '2025-12-20';
    expect(findings(ct020, doc)).toEqual([]);
    doc.ngay_ban_hanh = '2025-02-05';
    const found = findings(ct020, doc);
    expect(found.map((f) => [f.path, f.expected])).toEqual([[['ngay_ban_hanh'], ['2025-07-01 … 2026-12-31']]]);
    expect(found[0].message.vi).toContain('ngày ban hành là 05/02/2025');
    doc.ngay_ban_hanh = '2027-01-10';
    expect(findings(ct020, doc).map((f) => f.path)).toEqual([['ngay_ban_hanh']]);
  });

  it('checks a report against the year reported on and the year after', () => {
    const doc = report();
    doc.trich_yeu = 'Kết quả thực hiện Chương trình phối hợp công tác năm 2025 và phương hướng, nhiệm vụ năm 2026';
    doc.ngay_ban_hanh = '2025-12-28';
    expect(findings(ct020, doc)).toEqual([]);
    doc.trich_yeu = 'Kết quả thực hiện Chương trình phối hợp công tác năm 2024';
    doc.ngay_ban_hanh = '2027-01-15';
    expect(findings(ct020, doc).map((f) => [f.path, f.actual])).toEqual([[['trich_yeu'], 'năm 2024'], [['ngay_ban_hanh'], '2027-01-15']]);
  });

  it('checks a draft without a date only for the years it writes', () => {
    const doc = program();
    delete doc.ngay_ban_hanh;
    doc.trich_yeu = 'Phối hợp công tác năm 2025';
    expect(findings(ct020, doc).map((f) => f.path)).toEqual([['trich_yeu']]);
  });

  it('places the messages on the subject and date lines in the YAML', () => {
    const doc = program();
    doc.trich_yeu = 'Phối hợp công tác năm 2025';
    doc.ngay_ban_hanh = '2025-03-02';
    const { text, result } = checkDocument(doc);
    const lines = text.split('\n');
    const m = result.messages.filter((x) => x.ruleId === 'CT020');
    expect(m.map((x) => [x.severity, lines[x.place!.start.line - 1]])).toEqual([
      ['warning', 'ngay_ban_hanh: 2025-03-02'],
      ['warning', 'trich_yeu: Phối hợp công tác năm 2025'],
    ]); // in line order
  });

  it('reads years written in decomposed (NFD) Unicode', () => {
    const doc = program();
    doc.trich_yeu = 'Phối hợp công tác NĂM 2025'.normalize('NFD');
    const { result } = checkDocument(doc);
    expect(result.messages.filter((x) => x.ruleId === 'CT020').map((x) => x.path)).toEqual([['trich_yeu']]);
  });
});
