import type { Composition } from '../blocks.js';
import { bodyElements } from './body.js';
import { closingBlock, DEFAULT_SIGNATURE_SPACE_MM } from './closing.js';
import { headerTable, titleBlock } from './frame.js';
import { coreProperties, customProperties } from './package.js';
import { A4, DEFAULT_PAGE, SIZES, halfPoints, mmToTwips, type PageSetup } from './page.js';
import { DOCUMENT_START, FIRST_PAGE_HEADER, PACKAGE_ORDER, STANDARD_PARTS, pageNumberHeader, styles } from './parts.js';
import { placeParagraphMarks } from './paragraph-marks.js';
import { Revisions } from './runs.js';
import { paragraph, type Xml } from './wordml.js';
import { zipEntries, type ZipEntry } from './zip.js';

export interface DocxOptions {
  page?: PageSetup;
  /** Author of tracked changes (runs marked ins/del). */
  revisionAuthor?: string;
  /** Room for the signature and seal between a signer's title and name, in mm (default 30). */
  signatureSpaceMm?: number;
}

/**
 * The decree's layout, in code so no template can break it: A4, margins, Times New Roman, the
 * header table, title, body, signatures, recipients, page numbers from page 2, the annex on a
 * page of its own. Same composition, same bytes.
 */
export function writeDocx(c: Composition, options: DocxOptions = {}): Uint8Array {
  const page = options.page ?? DEFAULT_PAGE;
  const revisions = new Revisions(c.date, options.revisionAuthor);
  const children: Xml[] = [
    headerTable(c, page, revisions),
    ...titleBlock(c, page, revisions),
    ...bodyElements(c.body, { page, revisions, keepLastWithNext: 2 }),
    ...closingBlock(c.signatures, c.recipients, { page, revisions, names: c.names ?? [],
      signatureSpaceMm: options.signatureSpaceMm ?? DEFAULT_SIGNATURE_SPACE_MM }),
  ];
  if (c.annex.length > 0) {
    children.push(paragraph({ pageBreakBefore: true, spacing: { before: 0, after: 0 } }));
    for (const element of bodyElements(c.annex, { page, revisions })) children.push(element);
  }
  const body = placeParagraphMarks(children.join(''), revisions);
  const document = `${DOCUMENT_START}<w:body>${body}${section(page)}</w:body></w:document>`;
  return zipEntries(packageParts(document, page, coreProperties(c.title, c.date), c.unprinted), c.date);
}

/** A4 portrait, the margins, headers 10 mm from the edge, the page number from page 2 (titlePg: page 1 has its own, empty header). */
function section(page: PageSetup): Xml {
  const m = page.margins;
  return '<w:sectPr><w:headerReference w:type="default" r:id="rId6"/><w:headerReference w:type="first" r:id="rId7"/>'
    + `<w:pgSz w:w="${A4.width}" w:h="${A4.height}" w:orient="portrait"/>`
    + `<w:pgMar w:top="${mmToTwips(m.top)}" w:right="${mmToTwips(m.right)}" w:bottom="${mmToTwips(m.bottom)}" w:left="${mmToTwips(m.left)}" `
    + `w:header="${mmToTwips(10)}" w:footer="${mmToTwips(10)}" w:gutter="0"/>`
    + '<w:pgNumType/><w:titlePg/><w:docGrid w:linePitch="360"/></w:sectPr>';
}

/**
 * Every part of the package, in the order the docx library zips them (so renderings stay
 * byte-identical inside): the document and its core properties, the headers the section refers to
 * (rId6: header1, pages 2 onwards; rId7: header2, page 1), the styles of the body's size, and the
 * standard parts as that library wrote them at build time.
 */
function packageParts(document: string, page: PageSetup, core: string, unprinted?: string): ZipEntry[] {
  const own: Record<string, string> = { 'word/document.xml': document, 'docProps/core.xml': core };
  if (unprinted !== undefined) own['docProps/custom.xml'] = customProperties(unprinted);
  const layout: Record<string, string> = {
    'word/styles.xml': styles(page.bodySize),
    'word/header1.xml': pageNumberHeader(halfPoints(SIZES.pageNumber)),
    'word/header2.xml': FIRST_PAGE_HEADER,
  };
  return PACKAGE_ORDER.map((path) => {
    if (path in own) return { path, data: own[path] };
    const data = layout[path] ?? STANDARD_PARTS[path];
    if (data === undefined) throw new Error(`DOCX: no content for the package part ${path}`);
    return { path, data, fixed: true };
  });
}
