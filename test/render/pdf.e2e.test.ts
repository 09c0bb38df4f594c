import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { convertToPdf, findSoffice, type PdfResult } from '../../src/render/pdf.js';
import { QUOC_HIEU, TIEU_NGU } from '../../src/render/blocks.js';
import { exampleFiles, loadExample, renderExample } from './examples.js';
import { defaultTemplateDir, loadTemplates } from '../../src/render/templates.js';
import { renderDocument } from '../../src/render/render-document.js';

/**
 * Every example through LibreOffice, read back with pdftotext, as a person would look at it.
 * Needs soffice (libreoffice-writer-nogui), pdftotext (poppler-utils) and Liberation fonts
 * (fonts-liberation2, for Vietnamese): CI installs them; without soffice the test is skipped.
 */
const soffice = findSoffice();
const reason = soffice ? '' : ' — SKIPPED: LibreOffice not installed (apt-get install libreoffice-writer-nogui poppler-utils fonts-liberation2)';
const files = exampleFiles();
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.skipIf(!soffice)(`PDF of every example through LibreOffice${reason}`, () => {
  const pdfs = new Map<string, PdfResult>();
  const dir = mkdtempSync(join(tmpdir(), 'cochuong-pdf-test-'));

  // The same program with its body growing two lines at a time, over more than a page: one of them ends near the foot of
  // a page, where signatures without "keep with next" would be pushed alone onto the next page.
  const soc = files.find((f) => f.endsWith('soc-son-2020.yaml'))!;
  const growing = Array.from({ length: 24 }, (_, n) => `${soc}#${n}`);

  beforeAll(async () => {
    const inputs = await Promise.all(files.map(async (file) => ({ file, docx: (await renderExample(file, ['docx'])).docx! })));
    const templates = loadTemplates([defaultTemplateDir()]);
    if (!templates.ok) throw new Error('templates');
    for (const [n, file] of growing.entries()) {
      const doc = loadExample(soc);
      doc.to_chuc_thuc_hien!.khac = Array.from({ length: n }, (_, i) => `Nội dung bổ sung số ${i + 1}: các cơ quan trao đổi, thống nhất bằng văn bản trước khi sửa đổi, bổ sung nội dung phối hợp; đoạn này dài khoảng hai dòng.`);
      const result = await renderDocument(file, doc, { templates: templates.set, formats: ['docx'] });
      if (!result.ok) throw new Error('render');
      inputs.push({ file, docx: result.outputs.docx! });
    }
    for (const result of await convertToPdf(inputs)) pdfs.set(result.file, result);
  }, 240_000);

  it('has Liberation Serif with Vietnamese letters (fonts-liberation2), else lines break unlike Word', () => {
    // fonts-liberation (1.x) lacks Ộ, Ủ, Ư…: LibreOffice then borrows wider glyphs and the Quốc hiệu wraps.
    const families = execFileSync('fc-list', [':charset=1ed8', 'family'], { encoding: 'utf8' });
    expect(families, 'install fonts-liberation2 (apt-get install fonts-liberation2)').toMatch(/Liberation Serif/);
  });

  // 24 PDFs read back twice each: slow on a busy machine.
  it('keeps the signatures with the end of the body however long the body is', { timeout: 180_000 }, () => {
    for (const file of growing) {
      const { raw } = pages(file);
      const names = loadExample(soc).ben.map((b) => b.ky.ho_ten);
      const signaturePage = raw.findIndex((p) => collapse(p).includes(names[0]));
      expect(signaturePage, file).toBeGreaterThan(0);
      for (const name of names) expect(collapse(raw[signaturePage]), `${file}: ${name}`).toContain(name);
      expect(raw[signaturePage], file).toContain('./.');
      // and more of the body than the closing sentence alone
      const beforeSignatures = collapse(raw[signaturePage]).split(names[0])[0];
      expect(beforeSignatures.length, file).toBeGreaterThan(120);
    }
  });

  /** The PDF's pages as text: with the layout kept (lines as printed) and in reading order. */
  function pages(file: string): { layout: string[]; raw: string[] } {
    const result = pdfs.get(file)!;
    if (!result.ok) throw new Error(`${basename(file)}: ${result.message.reason.en}`);
    const pdf = join(dir, `${basename(file)}.pdf`);
    writeFileSync(pdf, result.pdf);
    const text = (args: string[]) => execFileSync('pdftotext', [...args, pdf, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
    return { layout: text(['-layout']), raw: text([]) };
  }

  describe.each(files.map((f) => [basename(f), f]))('%s', (_name, file) => {
    const doc = loadExample(file);

    it('is a real PDF', () => {
      const result = pdfs.get(file)!;
      expect(result.ok, result.ok ? '' : result.message.reason.en).toBe(true);
      if (result.ok) expect(Buffer.from(result.pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    });

    it('has the Quốc hiệu and the Tiêu ngữ each on one line of page 1', () => {
      const first = pages(file).layout[0].split('\n');
      expect(first.some((line) => line.includes(QUOC_HIEU)), first.slice(0, 12).join('\n')).toBe(true);
      expect(first.some((line) => line.includes(TIEU_NGU))).toBe(true);
    });

    it('prints every signer\'s name, all on the page that ends the body', () => {
      const { raw } = pages(file);
      const names = doc.ben.map((b) => b.ky.ho_ten);
      const pageOf = (text: string) => raw.findIndex((p) => collapse(p).includes(text));
      for (const name of names) expect(pageOf(name), name).toBeGreaterThanOrEqual(0);
      const signaturePage = pageOf(names[0]);
      for (const name of names) expect(pageOf(name), name).toBe(signaturePage);
      // The closing "./." of the body, and so body text, stands on the same page as the signatures.
      const closing = raw.findIndex((p) => p.includes('./.'));
      expect(closing).toBe(signaturePage);
      const page = collapse(raw[signaturePage]);
      expect(page.indexOf('./.')).toBeLessThan(page.indexOf(names[0]));
    });

    it('never leaves a heading alone at the foot of a page', () => {
      const { layout } = pages(file);
      layout.slice(0, -1).forEach((page, i) => {
        const last = page.split('\n').filter((l) => l.trim() !== '').pop()!.trim();
        expect(last, `page ${i + 1}`).not.toMatch(/^(Điều \d+\.|Chương [IVXLC]+$|[IVXLC]+\. \p{Lu}{2,})/u);
      });
    });

    it('numbers the pages from page 2, at the top', () => {
      const { layout } = pages(file);
      expect(layout[0].split('\n')[0].trim()).not.toMatch(/^\d+$/);
      layout.slice(1).forEach((page, i) => {
        const firstLine = page.split('\n').find((l) => l.trim() !== '')!;
        expect(firstLine.trim()).toBe(String(i + 2));
      });
    });
  });
});
