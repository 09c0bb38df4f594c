import { DOCUMENT_START, HEADER_START, PACKAGE_ORDER, STANDARD_PARTS, STYLES } from '../generated/standard-parts.js';
import type { PageSetup } from './page.js';
import { FONT } from './page.js';

/**
 * The parts of a DOCX package around the document's body. The standard ones (content types,
 * relationships, styles, settings, theme, fonts, numbering, notes, properties) are written by the
 * docx library at build time (standard-parts-source.ts → src/render/generated/standard-parts.js),
 * so that library stays their source of truth while rendering neither loads it nor spends its time;
 * the headers are written here, the body by wordml.ts.
 */
export { DOCUMENT_START, PACKAGE_ORDER, STANDARD_PARTS };

/** Styles: the defaults (Times New Roman, black, the body's size, Vietnamese, line spacing 1.15) and Word's built-in styles. */
export function styles(bodySize: PageSetup['bodySize']): string {
  const xml = STYLES[bodySize];
  if (xml === undefined) throw new Error(`no styles for a ${bodySize} pt body`);
  return xml;
}

/** The header of page 1: empty (page numbers start on page 2). */
export const FIRST_PAGE_HEADER = `${HEADER_START}<w:p/></w:hdr>`;

/** The header of pages 2 onwards: the page number (a PAGE field), centred, Times New Roman of `size` half-points. */
export function pageNumberHeader(size: number): string {
  const run = (content: string) => `<w:r><w:rPr><w:rFonts w:ascii="${FONT}" w:cs="${FONT}" w:eastAsia="${FONT}" w:hAnsi="${FONT}"/>`
    + `<w:color w:val="000000"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>${content}</w:r>`;
  return [
    HEADER_START,
    '<w:p><w:pPr><w:jc w:val="center"/></w:pPr>',
    run('<w:fldChar w:fldCharType="begin"/>'),
    run('<w:instrText xml:space="preserve">PAGE</w:instrText>'),
    run('<w:fldChar w:fldCharType="separate"/>'),
    run('<w:fldChar w:fldCharType="end"/>'),
    '</w:p></w:hdr>',
  ].join('');
}
