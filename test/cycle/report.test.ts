import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/check-source.js';
import { relatedLoader } from '../../src/check/check-files.js';
import { reportSkeleton, reportSubject, reportSymbol } from '../../src/cycle/report-skeleton.js';
import { reportFileName } from '../../src/cycle/next-name.js';
import { figureLines, figurePhrase, figureTotals, percentVi, numberVi, impossibleShares } from '../../src/model/figures.js';
import type { CochuongDocument } from '../../src/model/document.js';
import { defaultTemplateDir, loadTemplates } from '../../src/render/templates.js';
import { renderDocument } from '../../src/render/render-document.js';
import { compareDocuments } from '../../src/diff/compare.js';
import { docxPart } from '../diff/docx-parts.js';
import { EXAMPLES_DIR, exampleFiles } from '../render/examples.js';

const programs = exampleFiles().filter((f) => /^loai: chuong_trinh$/mu.test(readFileSync(f, 'utf8')));
const related = relatedLoader();

function program(file: string): CochuongDocument {
  const checked = checkText(file, readFileSync(file, 'utf8'), { rules: [] });
  expect(checked.document).toBeDefined();
  return checked.document!;
}

/** The skeleton of a program, as if written beside it, checked as validate checks it. */
function skeletonOf(file: string, ky: '6-thang' | 'ca-nam' = 'ca-nam') {
  const text = reportSkeleton({ program: program(file), programPath: basename(file), programFile: basename(file), ky });
  const reportFile = join(EXAMPLES_DIR, `skeleton-of-${basename(file)}`);
  const checked = checkText(reportFile, text, { loadRelated: related });
  return { text, reportFile, checked };
}

async function render(file: string, doc: CochuongDocument) {
  const loaded = loadTemplates([defaultTemplateDir()]);
  if (!loaded.ok) throw new Error('templates');
  const result = await renderDocument(file, doc, { templates: loaded.set, formats: ['docx', 'md'], loadRelated: (p) => related(file, p), env: {} });
  if (!result.ok) throw new Error(result.messages.map((m) => m.reason.en).join('; '));
  return { md: new TextDecoder().decode(result.outputs.md!), docx: docxPart(result.outputs.docx!, 'word/document.xml') };
}

const TABLE_HEADER = '| TT | Nội dung | Cơ quan chủ trì | Kết quả | Đánh giá |';

describe('cochuong report on every example program', () => {
  it('finds the programs', () => expect(programs.length).toBeGreaterThanOrEqual(5));

  for (const file of programs) {
    it(`${basename(file)}: the skeleton validates, CT019 agrees item by item, and it renders with the results table`, async () => {
      const p = program(file);
      const { text, reportFile, checked } = skeletonOf(file);
      expect(checked.document, checked.messages.map((m) => m.reason.en).join('; ')).toBeDefined();
      expect(checked.messages.filter((m) => m.severity === 'error')).toEqual([]);
      const doc = checked.document!;
      expect(doc.loai).toBe('bao_cao');
      expect(doc.ben).toEqual(p.ben);
      expect(doc.ket_qua!.map((r) => r.noi_dung)).toEqual(p.noi_dung!.map((i) => i.id));
      expect(doc.chuong_trinh?.tep).toBe(basename(file));
      // CT019 reads the program: every item is there (no unknown id, none missing), each still to fill.
      const ct019 = checked.messages.filter((m) => m.ruleId === 'CT019');
      expect(ct019).toHaveLength(1);
      expect(ct019[0].reason.en).toContain(`${p.noi_dung!.length} item(s) have an empty result`);
      // The item's title and lead are written above its result; the sections to fill are there as comments.
      for (const item of p.noi_dung!) expect(text).toContain(`. ${item.tieu_de}`);
      for (const key of ['ton_tai', 'nguyen_nhan', 'phuong_huong', 'kien_nghi', 'danh_gia_chung']) expect(text).toContain(`# ${key}:`);

      const { md, docx } = await render(reportFile, doc);
      expect(md).toContain(TABLE_HEADER);
      expect(md).toContain(`| 1 | ${p.noi_dung![0].tieu_de.replace(/\*/g, '\\*')} |`);
      expect(docx).toContain('Cơ quan chủ trì');
      expect(docx).toContain('Đánh giá');
    });
  }

  it('a mid-year review (sơ kết) says so in its subject and its tasks ahead', async () => {
    const file = join(EXAMPLES_DIR, 'soc-son-2020.yaml');
    const { text, checked, reportFile } = skeletonOf(file, '6-thang');
    expect(text).toContain('ky_bao_cao: 6_thang');
    const doc = checked.document!;
    expect(doc.trich_yeu).toMatch(/^Kết quả thực hiện 6 tháng đầu năm 2020 Chương trình phối hợp công tác năm 2020/u);
    const filled = { ...doc, phuong_huong: ['Tiếp tục giám sát.'] };
    const { md } = await render(reportFile, filled);
    expect(md).toContain('PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2020');
    expect(md).toContain('báo cáo kết quả thực hiện 6 tháng đầu năm 2020 như sau');
  });

  it('once filled in with figures, CT019 is satisfied and the table prints the figures, percentages and totals', async () => {
    const file = join(EXAMPLES_DIR, 'soc-son-2020.yaml');
    const { text, reportFile } = skeletonOf(file);
    const yaml = parseDocument(text);
    const n = (yaml.toJS() as CochuongDocument).ket_qua!.length;
    for (let i = 0; i < n; i++) {
      yaml.setIn(['ket_qua', i, 'danh_gia'], 'hoan_thanh');
      yaml.setIn(['ket_qua', i, 'mo_ta'], 'Đã thực hiện.');
    }
    yaml.setIn(['ket_qua', 2, 'so_lieu'], yaml.createNode({ cuoc_giam_sat: 3 }));
    yaml.setIn(['ket_qua', 3, 'so_lieu'], yaml.createNode({ hoi_nghi_tiep_xuc_cu_tri: 12, luot_cu_tri: 1250, kien_nghi_nhan: 40, kien_nghi_da_giai_quyet: 37 }));
    yaml.setIn(['ket_qua', 4, 'so_lieu'], yaml.createNode({ cuoc_giam_sat: 2, kien_nghi_nhan: 10, kien_nghi_da_giai_quyet: 10 }));
    const checked = checkText(reportFile, yaml.toString(), { loadRelated: related });
    expect(checked.messages).toEqual([]);
    const { md, docx } = await render(reportFile, checked.document!);
    expect(md).toContain('| 4 | Nâng cao hiệu quả công tác tiếp xúc cử tri | UBMTTQ | 12 hội nghị tiếp xúc cử tri; 1.250 lượt cử tri; 40 ý kiến, kiến nghị nhận được; 37/40 ý kiến, kiến nghị đã giải quyết (92,5%) | Hoàn thành |');
    // Totals: 3 + 2 supervision visits; 47 of 50 petitions resolved = 94%.
    expect(md).toContain('|  | **Tổng cộng** |  | 5 cuộc giám sát; 12 hội nghị tiếp xúc cử tri; 1.250 lượt cử tri; 50 ý kiến, kiến nghị nhận được; 47/50 ý kiến, kiến nghị đã giải quyết (94%) |  |');
    expect(docx).toContain('47/50 ý kiến, kiến nghị đã giải quyết (94%)');
  });

  it('a report with figures diffs against last year\'s: the figures that moved, nothing else but the year', () => {
    const lastYear = checkText('a.yaml', readFileSync(join(EXAMPLES_DIR, 'soc-son-bao-cao-2020.yaml'), 'utf8'), { rules: [] }).document!;
    const thisYear = structuredClone(lastYear);
    thisYear.nam = 2021;
    thisYear.ket_qua!.find((r) => r.noi_dung === 'tiep-xuc-cu-tri')!.so_lieu!.kien_nghi_da_giai_quyet = 205;
    thisYear.ket_qua!.find((r) => r.noi_dung === 'giam-sat')!.so_lieu = { cuoc_giam_sat: 6, cuoc_khao_sat: 2 };
    const diff = compareDocuments(lastYear as never, thisYear as never, {});
    const details = diff.changes.filter((c) => !c.yearOnly).flatMap((c) => c.details ?? [c]).filter((c) => !c.yearOnly);
    expect(details.map((d) => [d.field, d.old, d.new])).toEqual(expect.arrayContaining([
      ['so_lieu.cuoc_giam_sat', 4, 6], ['so_lieu.cuoc_khao_sat', undefined, 2], ['so_lieu.kien_nghi_da_giai_quyet', 198, 205]]));
    expect(details).toHaveLength(3);
  });
});

describe('figures', () => {
  it('writes numbers and percentages as Vietnamese does', () => {
    expect(percentVi(92.523)).toBe('92,5%');
    expect(percentVi(100)).toBe('100%');
    expect(percentVi(2 / 3 * 100)).toBe('66,7%');
    expect(numberVi(1250)).toBe('1.250');
    expect(numberVi(1234567)).toBe('1.234.567');
    expect(numberVi(12)).toBe('12');
  });
  it('computes the share of a part of a whole, never of nothing', () => {
    expect(figureLines({ kien_nghi_nhan: 0, kien_nghi_da_giai_quyet: 0 }).map(figurePhrase)).toEqual(['0 ý kiến, kiến nghị nhận được', '0 ý kiến, kiến nghị đã giải quyết']);
    expect(figureLines({ khac: [{ ten: 'đạt danh hiệu gia đình văn hóa', so: 1200, tren: 1300, don_vi: 'hộ' }] }).map(figurePhrase)).toEqual(['1.200 hộ đạt danh hiệu gia đình văn hóa (92,3% trên 1.300)']);
    expect(figureTotals([{ don_thu_nhan: 5, don_thu_da_giai_quyet: 4 }, undefined, { don_thu_nhan: 5, don_thu_da_giai_quyet: 5 }]).map(figurePhrase))
      .toEqual(['10 đơn thư nhận được', '9/10 đơn thư đã giải quyết (90%)']);
    expect(impossibleShares({ kien_nghi_nhan: 10, kien_nghi_da_giai_quyet: 12 })).toEqual([{ key: 'kien_nghi_da_giai_quyet', value: 12, of: 'kien_nghi_nhan', whole: 10 }]);
  });
  it('names the report after its program', () => {
    expect(reportSymbol('CTr-HĐND-UBND-MTTQ')).toBe('BC-HĐND-UBND-MTTQ');
    expect(reportSubject('Phối hợp công tác năm 2026 giữa A và B', 2026, false)).toBe('Kết quả thực hiện Chương trình phối hợp công tác năm 2026 giữa A và B');
    expect(reportFileName('x/soc-son-2020.yaml', 2020, false)).toBe(join('x', 'soc-son-bao-cao-2020.yaml'));
    expect(reportFileName('chuong-trinh.yaml', 2020, true)).toBe('chuong-trinh-so-ket.yaml');
  });
});
