import { AlignmentType, Document, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun, type FileChild } from 'docx';
import type { Composition } from '../blocks.js';
import { bodyElements } from './body.js';
import { headerTable, recipientParagraphs, signatureTables, titleBlock } from './frame.js';
import { A4, BODY, DEFAULT_PAGE, FONT, SIZES, halfPoints, mmToTwips, type PageSetup } from './page.js';
import { coreProperties } from './package.js';
import { Revisions } from './runs.js';
import { xmlText } from './xml-text.js';
import { zipEntries, type ZipEntry } from './zip.js';

export interface DocxOptions {
  page?: PageSetup;
  /** Author of tracked changes (runs marked ins/del). */
  revisionAuthor?: string;
}

/**
 * The decree's layout, in code so no template can break it: A4, margins, Times New Roman, the
 * header table, title, body, signatures, recipients, page numbers from page 2, the annex on a
 * page of its own. Same composition, same bytes.
 */
export async function writeDocx(c: Composition, options: DocxOptions = {}): Promise<Uint8Array> {
  const page = options.page ?? DEFAULT_PAGE;
  const revisions = new Revisions(c.date, options.revisionAuthor);
  const children: FileChild[] = [
    headerTable(c, page, revisions),
    ...titleBlock(c, page, revisions),
    ...bodyElements(c.body, { page, revisions, keepLastWithNext: 2 }),
    ...signatureTables(c.signatures, page, revisions),
    ...recipientParagraphs(c.recipients, revisions),
  ];
  if (c.annex.length > 0) {
    children.push(new Paragraph({ pageBreakBefore: true, spacing: { before: 0, after: 0 }, children: [] }));
    children.push(...bodyElements(c.annex, { page, revisions }));
  }

  const pageNumber = new Header({
    children: [new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: halfPoints(SIZES.pageNumber), color: '000000' })],
    })],
  });
  const document = new Document({
    creator: 'cochuong',
    title: xmlText(c.title),
    styles: {
      default: {
        document: {
          run: { font: FONT, size: halfPoints(page.bodySize), color: '000000', language: { value: 'vi-VN', eastAsia: 'vi-VN' } },
          paragraph: { spacing: { line: BODY.line } },
        },
      },
    },
    sections: [{
      properties: {
        titlePage: true,
        page: {
          size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT },
          margin: {
            top: mmToTwips(page.margins.top), bottom: mmToTwips(page.margins.bottom),
            left: mmToTwips(page.margins.left), right: mmToTwips(page.margins.right),
            header: mmToTwips(10), footer: mmToTwips(10), gutter: 0,
          },
        },
      },
      headers: { default: pageNumber, first: new Header({ children: [new Paragraph({ children: [] })] }) },
      children,
    }],
  });
  return zipEntries(packageParts(document, [{ path: 'docProps/core.xml', data: coreProperties(c.title, c.date) }]), c.date);
}

type Compile = (file: Document, prettify: undefined, overrides: ZipEntry[]) => Map<string, string | Uint8Array>;

/**
 * The package's parts as the docx library writes them, in its order, without its zipping: it would
 * deflate in JavaScript (a third of a render) and stamp the time of packing. `compile` is what
 * Packer itself calls; it is not in the library's types.
 */
function packageParts(document: Document, overrides: ZipEntry[]): ZipEntry[] {
  const compiler = (Packer as unknown as { compiler?: { compile?: Compile } }).compiler;
  if (typeof compiler?.compile !== 'function') throw new Error('docx: Packer.compiler.compile is missing; this docx version is not supported');
  return [...compiler.compile(document, undefined, overrides)].map(([path, data]) => ({ path, data }));
}
