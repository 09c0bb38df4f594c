import { describe, expect, it } from 'vitest';
import { ct010 } from '../../src/rules/ct010-date-phrase.js';
import { findings, program, regulation } from '../support/documents.js';
import { placed } from '../support/positions.js';

describe('CT010 date-phrase', () => {
  it('accepts dates written with the decree padding, and text without dates', () => {
    const doc = program();
    doc.loi_ban_hanh = 'Căn cứ Kết luận ngày 05 tháng 3 năm 2026 và Thông báo ngày 27 tháng 02 năm 2026, Thường trực HĐND, UBND và Ban Thường trực Ủy ban MTTQ Việt Nam xã thống nhất ban hành Chương trình như sau:';
    doc.noi_dung![0].mo_ta = 'Hoàn thành trước ngày 19/5/2026.';
    expect(findings(ct010, doc)).toEqual([]);
    expect(findings(ct010, regulation())).toEqual([]);
  });

  it('warns on padding in any free text, on the path of that text, with the corrected phrase', () => {
    const doc = program();
    doc.loi_ban_hanh = 'Căn cứ Kết luận ngày 5 tháng 03 năm 2026 của Đảng ủy xã, các bên thống nhất:';
    doc.muc_dich = ['Tăng cường phối hợp.', 'Thực hiện Nghị quyết ngày 20 tháng 1 năm 2026.'];
    doc.noi_dung![1].mo_ta = 'Theo Kế hoạch ngày 09 tháng 4 năm 2026.';
    const found = findings(ct010, doc); // in the order of the keys in the document; loi_ban_hanh was added last
    expect(found.map((f) => f.path)).toEqual([['muc_dich', 1], ['loi_ban_hanh']]);
    expect(found[0].expected).toEqual(['ngày 20 tháng 01 năm 2026']);
    expect(found[1].actual).toBe('ngày 5 tháng 03 năm 2026');
    expect(found[1].expected).toEqual(['ngày 05 tháng 3 năm 2026']);
    expect(found.every((f) => f.severity === undefined && f.rule.severity === 'warning')).toBe(true);
  });

  it('reads NFD text as the clerk sees it', () => {
    const doc = program();
    doc.trich_yeu = 'Phối hợp công tác theo Kết luận ngày 5 tháng 3 năm 2026'.normalize('NFD');
    const [f] = findings(ct010, doc);
    expect(f.path).toEqual(['trich_yeu']);
    expect(f.expected).toEqual(['ngày 05 tháng 3 năm 2026']);
  });

  it('reports impossible dates', () => {
    const doc = program();
    doc.trich_yeu = 'Phối hợp theo Thông báo ngày 30 tháng 02 năm 2026';
    const [f, ...rest] = findings(ct010, doc);
    expect(rest).toEqual([]);
    expect(f.message.vi).toContain('Ngày không có thật');
    expect(f.message.vi).toContain('tháng 2 năm 2026 chỉ có 28 ngày');
  });

  it('reports a date or comma in noi_ban_hanh as an error, with the place and the ISO date to use', () => {
    const doc = program();
    doc.noi_ban_hanh = 'Phù Đổng, ngày 05 tháng 02 năm 2026';
    const [f, ...rest] = findings(ct010, doc);
    expect(rest).toEqual([]);
    expect(f.path).toEqual(['noi_ban_hanh']);
    expect(f.severity).toBe('error');
    expect(f.expected).toEqual(['Phù Đổng']);
    expect(f.note!.vi).toContain('ngay_ban_hanh: 2026-02-05');
    for (const place of ['Phù Đổng ngày 5/2/2026', 'Phù Đổng, Hà Nội', 'Phù Đổng 2026']) {
      doc.noi_ban_hanh = place;
      expect(findings(ct010, doc).map((x) => x.expected)).toEqual([['Phù Đổng']]);
    }
    doc.noi_ban_hanh = 'Quận 1';
    expect(findings(ct010, doc)).toEqual([]);
  });

  it('finds a badly padded date in NFD text through the whole pipeline', () => {
    const doc = program();
    doc.noi_dung![0].mo_ta = 'Thực hiện Kế hoạch ngày 3 tháng 02 năm 2026 của Đảng ủy xã.'.normalize('NFD');
    const [m, ...rest] = placed(doc, 'CT010');
    expect(rest).toEqual([]);
    expect(m.line.normalize('NFC').trim()).toBe('mo_ta: Thực hiện Kế hoạch ngày 3 tháng 02 năm 2026 của Đảng ủy xã.');
    expect(m.message.expected).toEqual(['ngày 03 tháng 02 năm 2026']);
  });

  it('points at the line of the text holding the date', () => {
    const doc = program();
    doc.noi_dung![1].mo_ta = 'Theo Kế hoạch ngày 9 tháng 4 năm 2026.';
    const [m, ...rest] = placed(doc, 'CT010');
    expect(rest).toEqual([]);
    expect(m.line.trim()).toBe('mo_ta: Theo Kế hoạch ngày 9 tháng 4 năm 2026.');
    expect(m.message.severity).toBe('warning');
    doc.noi_dung![1].mo_ta = 'x';
    doc.noi_ban_hanh = 'Phù Đổng, ngày 05 tháng 02 năm 2026';
    const [p] = placed(doc, 'CT010');
    expect(p.line).toBe('noi_ban_hanh: Phù Đổng, ngày 05 tháng 02 năm 2026');
    expect(p.message.severity).toBe('error');
  });
});
