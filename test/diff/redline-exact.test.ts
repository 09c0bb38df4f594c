import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkText } from '../../src/check/check-source.js';
import { compareDocuments } from '../../src/diff/compare.js';
import { redlineDocx, unitPairs } from '../../src/diff/redline.js';
import { wholeTokenDiff } from '../../src/diff/redline-merge.js';
import fc from 'fast-check';
import type { CochuongDocument } from '../../src/model/document.js';
import { renderDocument } from '../../src/render/render-document.js';
import { defaultTemplateDir, loadTemplates } from '../../src/render/templates.js';
import { docxPart } from './docx-parts.js';
import { comparable, plainParagraphs, resolveRevisions } from '../support/word-revisions.js';

const example = (name: string): CochuongDocument => {
  const checked = checkText(name, readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8'));
  return checked.document!;
};

const templates = (() => {
  const t = loadTemplates([defaultTemplateDir()]);
  if (!t.ok) throw new Error('templates');
  return t.set;
})();

async function renderXml(doc: CochuongDocument): Promise<string> {
  const r = await renderDocument('x.yaml', doc, { templates, formats: ['docx'], env: {} });
  if (!r.ok) throw new Error(r.messages.map((m) => m.reason.en).join('; '));
  return docxPart(r.outputs.docx!, 'word/document.xml');
}

async function redlineXml(a: CochuongDocument, b: CochuongDocument, keepYears: boolean): Promise<string> {
  const diff = compareDocuments(a, b, { keepYears, old: { file: 'old.yaml' }, new: { file: 'new.yaml' } });
  const r = await redlineDocx(a, b, diff, { env: {} });
  if (!r.ok) throw new Error(r.messages.map((m) => m.reason.en).join('; '));
  return docxPart(r.docx, 'word/document.xml');
}

export async function expectExactRedline(a: CochuongDocument, b: CochuongDocument, keepYears = true): Promise<void> {
  const red = await redlineXml(a, b, keepYears);
  expect(comparable(resolveRevisions(red, 'accept'))).toEqual(comparable(plainParagraphs(await renderXml(b))));
  expect(comparable(resolveRevisions(red, 'reject'))).toEqual(comparable(plainParagraphs(await renderXml(a))));
}

describe('the redline accepts to NEW and rejects to OLD, paragraph for paragraph (Word semantics over document.xml)', () => {
  it('Cầu Giấy 2019 → 2020, years kept', async () => {
    await expectExactRedline(example('cau-giay-2019.yaml'), example('cau-giay-2020.yaml'));
  });
});

describe('redline pairing and tokens', () => {
  it('never compares a brand-new item\'s paragraphs with a removed item\'s: they are inserted and deleted whole', async () => {
    const a = example('cau-giay-2019.yaml');
    const b = example('cau-giay-2020.yaml');
    const diff = compareDocuments(a, b, { keepYears: true });
    const pairs = unitPairs(diff, a, b);
    // dai-hoi-mttq (old 3rd) was removed, dai-hoi-dang (new 3rd) added: neither is paired.
    expect(pairs.has('noi_dung.2')).toBe(false);
    expect([...pairs.values()]).not.toContain('noi_dung.2');
    expect(pairs.get('noi_dung.7')).toBe('noi_dung.3');
    const xml = await redlineXml(a, b, true);
    const newItem = resolveRevisions(xml, 'accept').findIndex((p) => p.text.startsWith('3. Góp phần tổ chức thành công'));
    expect(newItem).toBeGreaterThan(0);
    // Every paragraph of the new item (heading, description, three dash lines) is inserted, mark and all.
    const paragraphs = [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((m) => m[0]);
    const heading = paragraphs.findIndex((p) => p.includes('>3. </w:t>') || p.includes('Góp phần tổ chức thành công Đại hội Đảng bộ các cấp'));
    for (const p of paragraphs.slice(heading, heading + 5)) {
      expect(p).toMatch(/<w:pPr>[\s\S]*<w:rPr><w:ins /);
      expect(p).not.toContain('<w:delText');
    }
  });

  it('replaces a changed number or code whole, not by characters', () => {
    const parts = wholeTokenDiff('Thời gian thực hiện: Quý III.', 'Thời gian thực hiện: Quý II.');
    expect(parts).toEqual([{ op: 'equal', text: 'Thời gian thực hiện: Quý ' }, { op: 'delete', text: 'III.' }, { op: 'insert', text: 'II.' }]);
    const code = wholeTokenDiff('Số: 01/CTr-HĐND-UBND', 'Số: 02/CTr-HĐND-UBND-MTTQ');
    expect(code.filter((p) => p.op !== 'equal').map((p) => p.text)).toEqual(['01/CTr-HĐND-UBND', '02/CTr-HĐND-UBND-MTTQ']);
  });

  it('with year-only changes hidden, reject-all keeps NEW\'s year on those lines and only there', async () => {
    const a = example('cau-giay-2019.yaml');
    const b = example('cau-giay-2020.yaml');
    const rejected = comparable(resolveRevisions(await redlineXml(a, b, false), 'reject'));
    const old = comparable(plainParagraphs(await renderXml(a)));
    expect(comparable(resolveRevisions(await redlineXml(a, b, false), 'accept'))).toEqual(comparable(plainParagraphs(await renderXml(b))));
    expect(rejected.length).toBe(old.length);
    const differing = rejected.map((p, i) => [p, old[i]]).filter(([p, o]) => p !== o);
    expect(differing.length).toBeGreaterThan(0);
    for (const [p, o] of differing) expect(p.replace(/2020/g, '2019').replace(/2021/g, '2020')).toBe(o);
  });
});

/** Random edits of a program a clerk might make between two versions. */
function edited(base: CochuongDocument, edits: Edit[]): CochuongDocument {
  const doc = structuredClone(base) as CochuongDocument & Record<string, unknown>;
  const items = doc.noi_dung as unknown as Record<string, unknown>[];
  for (const e of edits) {
    const at = (_n: number) => (items.length === 0 ? -1 : e.where % items.length);
    switch (e.kind) {
      case 'drop-item': if (items.length > 1) items.splice(at(items.length), 1); break;
      case 'add-item': items.splice(items.length === 0 ? 0 : e.where % (items.length + 1), 0,
        { id: `moi-${e.where}-${items.length}`, tieu_de: `Nội dung mới ${e.word}`, mo_ta: `Phối hợp ${e.word} trên địa bàn, báo cáo kết quả ${e.word}.`, chu_tri: 'ubnd', thoi_gian: { quy: 'II' } }); break;
      case 'reword': if (items.length > 0) {
        const item = items[at(items.length)];
        const words = String(item.mo_ta).split(' ');
        words.splice(e.where % words.length, 1, e.word);
        item.mo_ta = words.join(' ');
      } break;
      case 'retime': if (items.length > 0) items[at(items.length)].thoi_gian = { quy: ['I', 'II', 'III', 'IV'][e.where % 4] }; break;
      case 'move': if (items.length > 1) { const [m] = items.splice(at(items.length), 1); items.splice((e.where * 7) % items.length, 0, m); } break;
      case 'recipient': {
        const list = doc.noi_nhan as string[];
        if (e.where % 2 === 0 || list.length < 3) list.splice(e.where % list.length, 0, `${e.word} quận`);
        else list.splice(e.where % (list.length - 1), 1);
      } break;
      case 'signer': (doc.ben[e.where % doc.ben.length].ky as { ho_ten: string }).ho_ten = `Nguyễn Văn ${e.word}`; break;
      case 'purpose': (doc.muc_dich as string[]).splice(e.where % ((doc.muc_dich as string[]).length + 1), 0, `Bảo đảm ${e.word} trong năm.`); break;
      case 'number': doc.so = 1 + (e.where % 30); break;
    }
  }
  return doc;
}
type Edit = { kind: 'drop-item' | 'add-item' | 'reword' | 'retime' | 'move' | 'recipient' | 'signer' | 'purpose' | 'number'; where: number; word: string };
const editArb: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('drop-item', 'add-item', 'reword', 'retime', 'move', 'recipient', 'signer', 'purpose', 'number'),
  where: fc.nat(50),
  word: fc.constantFrom('giám sát', 'Đoàn Thanh niên', 'cử tri', 'III', '19/5/2020', 'an ninh', 'xã hội'),
});

describe('randomly edited pairs (fast-check, fixed seed)', () => {
  it('accept-all gives NEW and reject-all gives OLD for every pair', async () => {
    const base = example('cau-giay-2020.yaml');
    await fc.assert(fc.asyncProperty(fc.array(editArb, { maxLength: 6 }), fc.array(editArb, { maxLength: 6 }), async (x, y) => {
      await expectExactRedline(edited(base, x), edited(base, y));
    }), { numRuns: 40 });
  });
});
