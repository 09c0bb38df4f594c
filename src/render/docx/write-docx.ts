import type { Composition } from '../blocks.js';
import { bodyElements } from './body.js';
import { headerTable, recipientParagraphs, signatureTables, titleBlock } from './frame.js';
import { coreProperties } from './package.js';
import { A4, DEFAULT_PAGE, SIZES, halfPoints, mmToTwips, type PageSetup } from './page.js';
import {
  APP, CONTENT_TYPES, CUSTOM, DOCUMENT_RELS, DOCUMENT_START, ENDNOTES, FIRST_PAGE_HEADER, FONT_TABLE, FOOTNOTES, NO_RELS,
  NUMBERING, PACKAGE_RELS, SETTINGS, THEME, pageNumberHeader, styles,
} from './parts.js';
import { Revisions } from './runs.js';
import { paragraph, type Xml } from './wordml.js';
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
export function writeDocx(c: Composition, options: DocxOptions = {}): Uint8Array {
  const page = options.page ?? DEFAULT_PAGE;
  const revisions = new Revisions(c.date, options.revisionAuthor);
  const children: Xml[] = [
    headerTable(c, page, revisions),
    ...titleBlock(c, page, revisions),
    ...bodyElements(c.body, { page, revisions, keepLastWithNext: 2 }),
    ...signatureTables(c.signatures, page, revisions),
    ...recipientParagraphs(c.recipients, revisions),
  ];
  if (c.annex.length > 0) {
    children.push(paragraph({ pageBreakBefore: true, spacing: { before: 0, after: 0 } }));
    children.push(...bodyElements(c.annex, { page, revisions }));
  }
  const document = `${DOCUMENT_START}<w:body>${children.join('')}${section(page)}</w:body></w:document>`;
  return zipEntries(packageParts(document, page, coreProperties(c.title, c.date)), c.date);
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

/** Every part of the package, in the order the docx library zipped them (so earlier renderings stay byte-identical inside). */
function packageParts(document: string, page: PageSetup, core: string): ZipEntry[] {
  return [
    { path: 'word/_rels/document.xml.rels', data: DOCUMENT_RELS, fixed: true },
    { path: 'word/document.xml', data: document },
    { path: 'word/styles.xml', data: styles(page.bodySize), fixed: true },
    { path: 'docProps/core.xml', data: core },
    { path: '_rels/.rels', data: PACKAGE_RELS, fixed: true },
    { path: 'word/_rels/header1.xml.rels', data: NO_RELS, fixed: true },
    { path: 'word/_rels/header2.xml.rels', data: NO_RELS, fixed: true },
    { path: 'word/header1.xml', data: pageNumberHeader(halfPoints(SIZES.pageNumber)), fixed: true },
    { path: 'word/header2.xml', data: FIRST_PAGE_HEADER, fixed: true },
    { path: 'docProps/custom.xml', data: CUSTOM, fixed: true },
    { path: 'docProps/app.xml', data: APP, fixed: true },
    { path: 'word/footnotes.xml', data: FOOTNOTES, fixed: true },
    { path: 'word/_rels/footnotes.xml.rels', data: NO_RELS, fixed: true },
    { path: 'word/endnotes.xml', data: ENDNOTES, fixed: true },
    { path: 'word/_rels/endnotes.xml.rels', data: NO_RELS, fixed: true },
    { path: 'word/settings.xml', data: SETTINGS, fixed: true },
    { path: 'word/fontTable.xml', data: FONT_TABLE, fixed: true },
    { path: 'word/_rels/fontTable.xml.rels', data: NO_RELS, fixed: true },
    { path: 'word/theme/theme1.xml', data: THEME, fixed: true },
    { path: 'word/numbering.xml', data: NUMBERING, fixed: true },
    { path: '[Content_Types].xml', data: CONTENT_TYPES, fixed: true },
  ];
}
