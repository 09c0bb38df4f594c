import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkText } from '../../src/check/check-source.js';
import { compareDocuments } from '../../src/diff/compare.js';
import { redlineDocx } from '../../src/diff/redline.js';
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
