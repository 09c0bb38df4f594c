import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../src/diff/compare.js';
import { formatText, type DiffColors } from '../../src/diff/format-text.js';
import { formatMarkdown } from '../../src/diff/format-md.js';
import { formatJson } from '../../src/diff/format-json.js';
import { program, regulation } from '../support/documents.js';

const files = { old: { file: 'cu.yaml' }, new: { file: 'moi.yaml' } };

describe('formatText', () => {
  it('shows a quy chế: điều reworded, chương added with its điều', () => {
    const b = regulation();
    b.chuong![0].dieu[1].khoan![1] = { noi_dung: 'Bảo đảm:', diem: ['Dân chủ;', 'Công khai, minh bạch.'] };
    b.chuong!.push({ id: 'thi-hanh', ten: 'Điều khoản thi hành', dieu: [{ ten: 'Hiệu lực thi hành', noi_dung: 'Quy chế có hiệu lực từ ngày ký.' }] });
    const out = formatText(compareDocuments(regulation(), b, files), { lang: 'vi' });
    expect(out).toContain('So sánh cu.yaml → moi.yaml\nQuy chế phối hợp nhiệm kỳ 2026-2031 → Quy chế phối hợp nhiệm kỳ 2026-2031\n');
    expect(out).toMatch(/\nChương, điều\n  Sửa +Điều 2\. Nguyên tắc phối hợp\n +Khoản 2\n +Điểm b: Công khai{\+, minh bạch\+}\.\n/);
    expect(out).toMatch(/  Thêm +Chương II: Điều khoản thi hành\n +thêm Điều 3\. Hiệu lực thi hành\n/);
    expect(out.trimEnd().split('\n').at(-1)).toBe('1 chương mới, 1 điều sửa.');
  });

  it('notes an item split from another, and the members of a list that came and went', () => {
    const a = program();
    a.noi_dung![1].mo_ta = 'Giám sát các dự án đầu tư công trên địa bàn xã. Khảo sát tình hình an ninh trật tự tại các thôn.';
    const b = structuredClone(a);
    b.noi_dung![1].mo_ta = 'Giám sát các dự án đầu tư công trên địa bàn xã.';
    b.noi_dung![1].phoi_hop = ['mttq', 'ubnd'];
    b.noi_dung!.push({ id: 'khao-sat', tieu_de: 'Khảo sát an ninh trật tự', mo_ta: 'Khảo sát tình hình an ninh trật tự tại các thôn.', chu_tri: 'mttq', thoi_gian: { quy: 'III' } });
    const out = formatText(compareDocuments(a, b, files), { lang: 'vi' });
    expect(out).toContain('Phối hợp: thêm {+Ủy ban nhân dân xã Phù Đổng+}; bỏ [-Công an xã Phù Đổng-]');
    expect(out).toMatch(/Thêm +Nội dung 3: Khảo sát an ninh trật tự \(tách ra từ nội dung 2 «Giám sát đầu tư công»\)/);
    expect(out).toContain('Thời gian: Quý III');
    const en = formatText(compareDocuments(b, a, files), { lang: 'en' });
    expect(en).toMatch(/Removed +Item 3: Khảo sát an ninh trật tự \(merged into item 2 «Giám sát đầu tư công»\)/);
  });

  it('colours inserted and deleted words instead of marking them, when given colours', () => {
    const b = program();
    b.trich_yeu = b.trich_yeu.replace('Phối hợp', 'Chương trình phối hợp');
    const colors: DiffColors = { inserted: (s) => `<+${s}>`, deleted: (s) => `<-${s}>`, heading: (s) => `#${s}`, dim: (s) => s, kind: (_k, s) => `*${s.trim()}*` };
    const out = formatText(compareDocuments(program(), b, files), { lang: 'vi', colors });
    expect(out).toContain('*Sửa*  Trích yếu: <-Phối ><+Chương trình phối >hợp công tác');
    expect(out).not.toContain('{+');
  });
});

describe('formatMarkdown', () => {
  it('escapes Markdown in the text and marks words with <del> and <ins>, even next to punctuation', () => {
    const b = program();
    b.noi_dung![0].tieu_de = 'Tổ chức *tiếp xúc* cử tri [đợt 1]';
    const md = formatMarkdown(compareDocuments(program(), b, files), 'vi');
    expect(md).toContain('- **Sửa** Nội dung 1: Tổ chức \\*tiếp xúc\\* cử tri \\[đợt 1\\]');
    expect(md).toContain('  - Tên nội dung: Tổ chức <ins>\\*</ins>tiếp xúc<ins>\\*</ins> cử tri <ins>\\[đợt 1\\]</ins>');
  });
});

describe('formatJson', () => {
  it('names its format and version and carries the warnings', () => {
    const json = JSON.parse(formatJson(compareDocuments(program(), program(), files), [
      { file: 'moi.yaml', ruleId: 'DF001', source: 'diff', severity: 'warning', fatal: false, reason: { vi: 'a', en: 'b' } },
    ]));
    expect(json).toEqual({
      format: 'cochuong-diff', version: 1,
      old: { file: 'cu.yaml', valid: true, loai: 'chuong_trinh', nam: 2026 }, new: { file: 'moi.yaml', valid: true, loai: 'chuong_trinh', nam: 2026 },
      yearOverYear: null, keepYears: false, summary: { added: 0, removed: 0, changed: 0, moved: 0, byUnit: [], other: 0, hiddenYearOnly: 0 },
      units: { old: expect.any(Object), new: expect.any(Object) }, changes: [],
      warnings: [{ ruleId: 'DF001', severity: 'warning', file: 'moi.yaml', reason: { vi: 'a', en: 'b' } }],
    });
  });
});
