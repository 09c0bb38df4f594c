import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkText } from '../../src/check/check-source.js';
import { compareDocuments } from '../../src/diff/compare.js';
import { redlineDocx } from '../../src/diff/redline.js';
import { diffRuns, mergeCompositions, runsPlainText, sliceRuns } from '../../src/diff/redline-merge.js';
import type { Block, Composition, Run } from '../../src/render/blocks.js';
import { composeDocument } from '../../src/render/render-document.js';
import { defaultTemplateDir, loadTemplates } from '../../src/render/templates.js';
import type { CochuongDocument } from '../../src/model/document.js';
import { regulation } from '../support/documents.js';
import { docxPart, revisions } from './docx-parts.js';

const example = (name: string) => {
  const checked = checkText(name, readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8'));
  return checked.document!;
};
const y2019 = example('cau-giay-2019.yaml');
const y2020 = example('cau-giay-2020.yaml');

function compose(doc: CochuongDocument): Composition {
  const templates = loadTemplates([defaultTemplateDir()]);
  if (!templates.ok) throw new Error('templates');
  const composed = composeDocument('x.yaml', doc, { templates: templates.set, env: {} });
  if (!composed.ok) throw new Error(composed.messages.map((m) => m.reason.en).join('; '));
  return composed.composition;
}

/** Every run of a composition in reading order, blocks and frame alike. */
function allRuns(c: Composition): Run[][] {
  const blockRuns = (b: Block): Run[][] => (b.type === 'table' ? b.rows.flat() : [b.runs]);
  return [
    ...c.header.issuers, c.header.number, c.header.placeDate, c.typeName, c.subject, ...c.body.flatMap(blockRuns),
    ...c.signatures.flatMap((s) => [...s.lines, s.name]), ...c.recipients, ...c.annex.flatMap(blockRuns),
  ];
}
const accepted = (c: Composition) => allRuns(c).map((runs) => runsPlainText(runs.filter((r) => r.change !== 'del'))).filter((t) => t !== '').join('\n');
const rejected = (c: Composition) => allRuns(c).map((runs) => runsPlainText(runs.filter((r) => r.change !== 'ins'))).filter((t) => t !== '').join('\n');
const plainText = (c: Composition) => allRuns(c).map((runs) => runsPlainText(runs)).filter((t) => t !== '').join('\n');

describe('diffRuns', () => {
  it('keeps formatting and marks changed words', () => {
    const before: Run[] = [{ text: '1. ', bold: true }, { text: 'Hoạt động giám sát', bold: true }];
    const after: Run[] = [{ text: '1. ', bold: true }, { text: 'Đổi mới hoạt động giám sát', bold: true }];
    const out = diffRuns(before, after);
    expect(out.every((r) => r.bold)).toBe(true);
    expect(out.filter((r) => r.change === 'ins').map((r) => r.text).join('')).toBe('Đổi mới hoạt ');
    expect(out.filter((r) => r.change === 'del').map((r) => r.text).join('')).toBe('Hoạt ');
  });
  it('slices runs across line breaks', () => {
    const runs: Run[] = [{ text: 'ab', lineBreak: true }, { text: 'cd', italics: true }];
    expect(sliceRuns(runs, 1, 4)).toEqual([{ text: 'b', lineBreak: true }, { text: 'c', italics: true }]);
  });
  it('leaves a year-only change unmarked in consecutive years', () => {
    const out = diffRuns([{ text: 'Phối hợp công tác năm 2019' }], [{ text: 'Phối hợp công tác năm 2020' }], { shift: { from: 2019, to: 2020 } });
    expect(out).toEqual([{ text: 'Phối hợp công tác năm 2020' }]);
  });
});

describe('mergeCompositions', () => {
  const cases: [string, CochuongDocument, CochuongDocument][] = [
    ['Cầu Giấy 2019 → 2020', y2019, y2020],
    ['a quy chế with a điều reworded and a chương added', regulation(), (() => {
      const b = regulation();
      b.chuong![0].dieu[0].noi_dung = 'Quy chế này quy định nguyên tắc, nội dung và cách thức phối hợp công tác.';
      b.chuong!.push({ id: 'thi-hanh', ten: 'Điều khoản thi hành', dieu: [{ ten: 'Hiệu lực thi hành', noi_dung: 'Quy chế có hiệu lực từ ngày ký.' }] });
      return b;
    })()],
  ];
  for (const [name, a, b] of cases) {
    it(`gives NEW when every change is accepted and OLD when every change is rejected: ${name}`, () => {
      const [before, after] = [compose(a), compose(b)];
      const merged = mergeCompositions(before, after, {});
      expect(accepted(merged)).toBe(plainText(after));
      expect(rejected(merged)).toBe(plainText(before));
      expect(allRuns(merged).flat().some((r) => r.change === 'ins')).toBe(true);
      expect(allRuns(merged).flat().some((r) => r.change === 'del')).toBe(true);
    });
  }
});

describe('redlineDocx', () => {
  it('writes NEW with real tracked changes by cochuong, dated from NEW, the same bytes every time', async () => {
    const diff = compareDocuments(y2019, y2020, { old: { file: 'cau-giay-2019.yaml' }, new: { file: 'cau-giay-2020.yaml' } });
    const result = await redlineDocx(y2019, y2020, diff, { env: {} });
    if (!result.ok) throw new Error(result.messages.map((m) => m.reason.en).join('; '));
    const xml = docxPart(result.docx, 'word/document.xml');
    const marks = revisions(xml);
    expect(marks.length).toBeGreaterThan(10);
    expect(new Set(marks.map((m) => m.author))).toEqual(new Set(['cochuong']));
    expect(new Set(marks.map((m) => m.date))).toEqual(new Set(['2020-02-13T00:00:00Z']));
    const inserted = marks.filter((m) => m.kind === 'ins').map((m) => m.text).join(' | ');
    const deleted = marks.filter((m) => m.kind === 'del').map((m) => m.text).join(' | ');
    expect(inserted).toContain('Hà Minh Tuấn');
    expect(deleted).toContain('Lương Quốc Bảo');
    expect(inserted).toContain('Góp phần tổ chức thành công Đại hội Đảng bộ các cấp');
    expect(deleted).toContain('Đại hội đại biểu Mặt trận Tổ quốc Việt Nam quận nhiệm kỳ 2019-2024');
    expect(inserted).toContain('Các Ban HĐND quận');
    expect(inserted).toContain('kịp thời thông báo kết quả giải quyết tới cử tri');
    // Year-only changes are not marked: the subject reads "năm 2020" with nothing struck out.
    expect(xml).toContain('Phối hợp công tác năm 2020 giữa');
    expect(deleted).not.toMatch(/năm 2019 giữa|^2019$/m);
    // Numbers are literal text: no Word list numbering that a deletion could garble.
    expect(xml).not.toContain('<w:numPr>');

    const again = await redlineDocx(y2019, y2020, diff, { env: {} });
    expect(again.ok && Buffer.from(again.docx).equals(Buffer.from(result.docx))).toBe(true);
  });

  it('marks year-only changes too with keepYears', async () => {
    const diff = compareDocuments(y2019, y2020, { keepYears: true });
    const result = await redlineDocx(y2019, y2020, diff, { env: {} });
    expect(result.ok).toBe(true);
    const deleted = result.ok ? revisions(docxPart(result.docx, 'word/document.xml')).filter((m) => m.kind === 'del').map((m) => m.text) : [];
    expect(deleted.filter((t) => t === '2019').length).toBeGreaterThanOrEqual(3);
  });
});
