import { describe, expect, it } from 'vitest';
import type { CochuongDocument, ThoiGian } from '../../src/model/document.js';
import { compareDocuments } from '../../src/diff/compare.js';
import { describeDiff } from '../../src/diff/describe.js';
import type { Change } from '../../src/diff/model.js';
import { defaultTemplateDir, loadTemplates } from '../../src/render/templates.js';
import { renderDocument } from '../../src/render/render-document.js';
import { program } from '../support/documents.js';

/**
 * What the diff shows is what the page prints: for each way of writing a time, the diff's
 * "shown" value of the change must be the very words of the rendered document.
 */
const loaded = loadTemplates([defaultTemplateDir()]);
if (!loaded.ok) throw new Error('templates');

async function printed(doc: CochuongDocument): Promise<string> {
  const result = await renderDocument('x.yaml', doc, { templates: loaded.ok ? loaded.set : (undefined as never), formats: ['md'] });
  if (!result.ok) throw new Error(result.messages.map((m) => m.reason.en).join('; '));
  return new TextDecoder().decode(result.outputs.md);
}

function withTime(time: ThoiGian): CochuongDocument {
  const doc = program();
  doc.noi_dung![1].thoi_gian = time;
  return doc;
}

function timeChange(changes: Change[]): Change | undefined {
  for (const c of changes) {
    if (c.field === 'thoi_gian') return c;
    const inner = timeChange(c.details ?? []);
    if (inner) return inner;
  }
  return undefined;
}

const TIMES: [string, ThoiGian, string][] = [
  ['a quarter in Roman numerals', { quy: 'I' }, 'Quý I'],
  ['a quarter written as a number', { quy: 1 as unknown as 'I' }, 'Quý I'],
  ['a month of the program year', { thang: 6 }, 'Tháng 6/2026'],
  ['a month of another year', { thang: 1, nam: 2027 }, 'Tháng 1/2027'],
  ['a deadline (a date in the text)', { han: '2026-03-05' }, 'Trước ngày 05/3/2026'],
  ['a deadline late in the year', { han: '2026-11-20' }, 'Trước ngày 20/11/2026'],
  ['a half year', { nua_nam: 'cuoi' }, '6 tháng cuối năm'],
  ['all year', 'ca_nam', 'Cả năm'],
  ['ongoing', 'thuong_xuyen', 'Thường xuyên'],
];

describe('the diff shows times as the page prints them', () => {
  for (const [what, time, words] of TIMES) {
    it(what, async () => {
      const before = withTime({ su_kien: 'Trước kỳ họp' });
      const after = withTime(time);
      const change = timeChange(compareDocuments(before, after).changes);
      expect(change?.newShown).toBe(words);
      expect(await printed(after)).toContain(words);
      // And the other way round: the old side is shown as the old print.
      const back = timeChange(compareDocuments(after, before).changes);
      expect(back?.oldShown).toBe(words);
    });
  }

  it('a date field is shown in the text form the page uses for dates', async () => {
    const before = program();
    const after = program();
    after.noi_dung![1].thoi_gian = { han: '2026-03-05' };
    (after.can_cu![0] as { ngay?: string }).ngay = '2025-06-06';
    const printedText = await printed(after);
    const all = JSON.stringify(compareDocuments(before, after));
    expect(all).toContain('05/3/2026');
    expect(printedText).toContain('05/3/2026');
    expect(all).not.toMatch(/[^0-9]5\/3\/2026/); // never the unpadded "5/3/2026"
  });

  it('an added item is described with its time as printed (the month with the program year)', async () => {
    const before = program();
    const after = program();
    after.noi_dung!.push({ id: 'moi', tieu_de: 'Nội dung mới', chu_tri: 'ubnd', thoi_gian: { thang: 6 } });
    const described = JSON.stringify(describeDiff(compareDocuments(before, after), 'vi'));
    expect(described).toContain('Tháng 6/2026');
    expect(await printed(after)).toContain('Tháng 6/2026');
  });
});
