import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { AlignmentType, Document, Header, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_START, HEADER_START, PACKAGE_ORDER, STANDARD_PARTS, STYLES } from '../../src/render/generated/standard-parts.js';
import { DEFAULT_PAGE } from '../../src/render/docx/page.js';
import { writeDocx } from '../../src/render/docx/write-docx.js';
import { composeExample, exampleFiles } from './examples.js';
import { unzip } from './unzip.js';

/**
 * The standard parts of a DOCX (all but the body, the headers and the core properties) come from
 * the docx library at build time (src/render/generated/standard-parts.js). Here a document is
 * composed with that library again, independently of the build's code, as the docx-based writer
 * composed cochuong's documents: the generated parts, and those of every rendered example, must be
 * exactly what it writes now.
 */

const SIZES = [13, 14] as const;
const PER_DOCUMENT = /^(word\/document\.xml|word\/header\d+\.xml|docProps\/core\.xml)$/;

type Compile = (file: Document, prettify: undefined, overrides: []) => Map<string, string>;

function docxPackage(bodySize: 13 | 14): Map<string, string> {
  const font = 'Times New Roman';
  const document = new Document({
    creator: 'cochuong',
    title: 'Chương trình phối hợp',
    styles: {
      default: {
        document: {
          run: { font, size: bodySize * 2, color: '000000', language: { value: 'vi-VN', eastAsia: 'vi-VN' } },
          paragraph: { spacing: { line: 276 } },
        },
        // Heading 1–3 in the decree's look: the body's headings (level 1 "I. …", 2 "1. …", 3 "Điều 1. …").
        heading1: { run: { font, size: bodySize * 2, bold: true, color: '000000' }, paragraph: { keepNext: true, keepLines: true, outlineLevel: 0, spacing: { before: 0, after: 120, line: 276 } } },
        heading2: { run: { font, size: bodySize * 2, bold: true, color: '000000' }, paragraph: { keepNext: true, keepLines: true, outlineLevel: 1, spacing: { before: 0, after: 120, line: 276 } } },
        heading3: { run: { font, size: bodySize * 2, bold: true, color: '000000' }, paragraph: { keepNext: true, keepLines: true, outlineLevel: 2, spacing: { before: 0, after: 120, line: 276 } } },
      },
    },
    sections: [{
      properties: { titlePage: true },
      headers: {
        default: new Header({
          children: [new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ children: [PageNumber.CURRENT], font, size: 28, color: '000000' })],
          })],
        }),
        first: new Header({ children: [new Paragraph({ children: [] })] }),
      },
      children: [new Paragraph({ children: [new TextRun('Nội dung')] })],
    }],
  });
  return (Packer as unknown as { compiler: { compile: Compile } }).compiler.compile(document, undefined, []);
}

const docx = new Map(SIZES.map((size) => [size, docxPackage(size)]));

describe('the standard parts generated at build time', () => {
  it('are, in order, the parts the docx library writes now', () => {
    for (const [size, parts] of docx) {
      expect(PACKAGE_ORDER, `${size} pt`).toEqual([...parts.keys()]);
      const standard = [...parts].filter(([path]) => !PER_DOCUMENT.test(path) && path !== 'word/styles.xml');
      expect(Object.entries(STANDARD_PARTS), `${size} pt`).toEqual(standard);
      expect(STYLES[size], `styles.xml at ${size} pt`).toBe(parts.get('word/styles.xml'));
    }
  });

  it('start the document and the headers as the docx library does', () => {
    const parts = docx.get(14)!;
    expect(parts.get('word/document.xml')!.startsWith(`${DOCUMENT_START}<w:body>`)).toBe(true);
    expect(parts.get('word/header2.xml')).toBe(`${HEADER_START}<w:p/></w:hdr>`);
  });

  it('are still those docx 9.15.2 wrote: a docx upgrade that changes them must be looked at (open a DOCX in Word) before this digest is updated', () => {
    const digest = createHash('sha256');
    for (const [size, parts] of docx) {
      for (const [path, data] of parts) if (!PER_DOCUMENT.test(path)) digest.update(`${size} ${path}\n${data}\n`);
    }
    expect(digest.digest('hex')).toBe(PINNED_DIGEST);
  });
});

describe.each(exampleFiles().map((f) => [basename(f), f]))('DOCX of %s', (_name, file) => {
  const composition = composeExample(file);

  it.each(SIZES)('at %d pt has every part the docx library writes, in its order, and the same standard parts and headers', (size) => {
    const expected = docx.get(size)!;
    const rendered = unzip(writeDocx(composition, { page: { ...DEFAULT_PAGE, bodySize: size } }));
    expect([...rendered.keys()]).toEqual([...expected.keys()]);
    for (const [path, data] of rendered) {
      // Parts made per document: the body, its core properties, the facts the page does not show.
      if (path === 'word/document.xml' || path === 'docProps/core.xml' || path === 'docProps/custom.xml') continue;
      expect(data.toString('utf8'), path).toBe(expected.get(path));
    }
    expect(rendered.get('word/document.xml')!.toString('utf8').startsWith(`${DOCUMENT_START}<w:body>`)).toBe(true);
  });
});

/** sha256 of the standard parts (all but the body, headers and core properties), at 13 and 14 pt, as docx 9.15.2 writes them (with Heading 1–3 redefined: checked in LibreOffice, the printed page unchanged). */
const PINNED_DIGEST = '37f46368c3511206f0c59aab25ae3867b027b1ae329bf3cede9072f3dec199a9';
