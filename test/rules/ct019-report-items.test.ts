import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { ct019 } from '../../src/rules/ct019-report-items.js';
import { checkFiles } from '../../src/check/check-files.js';
import { findings, program, regulation, report } from '../support/documents.js';

const related = { 'chuong-trinh-2025.yaml': { ...program(), nam: 2025 } };

describe('CT019 report-items', () => {
  it('accepts a report whose results answer every program item', () => {
    expect(findings(ct019, report(), { related })).toEqual([]);
  });

  it('says nothing without chuong_trinh.tep, and does not apply to programs', () => {
    const doc = report();
    doc.chuong_trinh = { so: 1, ky_hieu: 'CTr-HĐND-UBND-MTTQ' };
    doc.ket_qua![0].noi_dung = 'khong-co';
    expect(findings(ct019, doc)).toEqual([]);
    expect(findings(ct019, program())).toEqual([]);
  });

  it('reports a program of another year', () => {
    const found = findings(ct019, report(), { related: { 'chuong-trinh-2025.yaml': { ...program(), nam: 2024 } } });
    expect(found.map((f) => f.path)).toEqual([['chuong_trinh', 'tep']]);
    expect(found[0].message.vi).toContain('chương trình năm 2024');
  });

  it('reports a result naming no program item, with the nearest id', () => {
    const doc = report();
    doc.ket_qua![1].noi_dung = 'giam-sta';
    doc.ket_qua!.push({ noi_dung: 'bau-cu', danh_gia: 'hoan_thanh', mo_ta: 'Đã tổ chức bầu cử.' });
    const found = findings(ct019, doc, { related });
    expect(found.map((f) => [f.path, f.severity ?? f.rule.severity])).toEqual([
      [['ket_qua', 1, 'noi_dung'], 'error'],
      [['ket_qua', 2, 'noi_dung'], 'error'],
      [['ket_qua'], 'warning'],
    ]);
    expect(found[0].expected).toEqual(['giam-sat']);
    expect(found[1].expected).toEqual(['tiep-xuc-cu-tri', 'giam-sat']);
    expect(found[2].key).toBe(true);
    expect(found[2].message.vi).toBe('1 nội dung của chương trình chưa có kết quả: giam-sat (Giám sát đầu tư công).');
  });

  it('warns once at the file name when the program cannot be read or is not a program', () => {
    const missing = findings(ct019, report());
    expect(missing.map((f) => [f.path, f.severity])).toEqual([[['chuong_trinh', 'tep'], 'warning']]);
    expect(missing[0].message.vi).toContain('không tìm thấy tệp chuong-trinh-2025.yaml');
    const wrongKind = findings(ct019, report(), { related: { 'chuong-trinh-2025.yaml': regulation() } });
    expect(wrongKind.map((f) => [f.path, f.severity])).toEqual([[['chuong_trinh', 'tep'], 'warning']]);
    expect(wrongKind[0].message.vi).toContain('loai: quy_che');
  });

  describe('through the pipeline, with real files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cochuong-ct019-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('reads the program beside the report and points at the wrong id and at ket_qua', async () => {
      writeFileSync(join(dir, 'chuong-trinh-2025.yaml'), stringify({ ...program(), nam: 2025, ngay_ban_hanh: '2025-02-05', trich_yeu: 'Phối hợp công tác năm 2025' }, { lineWidth: 0 }));
      const doc = report();
      doc.ket_qua = [{ noi_dung: 'tiep-xuc-cu-tr', danh_gia: 'hoan_thanh', mo_ta: 'Đã tổ chức 4 hội nghị.' }];
      const yaml = stringify(doc, { lineWidth: 0 });
      const file = join(dir, 'bao-cao-2025.yaml');
      writeFileSync(file, yaml);
      const [checked] = await checkFiles([file]);
      const lines = yaml.split('\n');
      const m = checked.messages.filter((x) => x.ruleId === 'CT019');
      // In line order: ket_qua: comes before its entry.
      expect(m.map((x) => [x.severity, lines[x.place!.start.line - 1].trim()])).toEqual([
        ['warning', 'ket_qua:'],
        ['error', '- noi_dung: tiep-xuc-cu-tr'],
      ]);
      expect(m[1].note!.vi).toContain('Có phải là "tiep-xuc-cu-tri"?');
    });

    it('warns on the tep line when the program file is missing', async () => {
      const doc = report();
      doc.chuong_trinh = { tep: 'khong-co.yaml' };
      const yaml = stringify(doc, { lineWidth: 0 });
      const file = join(dir, 'bao-cao-thieu.yaml');
      writeFileSync(file, yaml);
      const [checked] = await checkFiles([file]);
      const m = checked.messages.filter((x) => x.ruleId === 'CT019');
      expect(m.map((x) => [x.severity, yaml.split('\n')[x.place!.start.line - 1].trim()])).toEqual([['warning', 'tep: khong-co.yaml']]);
    });
  });
});
