import { xmlText } from './xml-text.js';

/**
 * docProps/core.xml dated from the document, so a DOCX is byte-identical from run to run (the zip
 * entries carry the same date: zip.ts).
 */

/** docProps/core.xml with fixed created/modified dates (ISO date, YYYY-MM-DD). */
export function coreProperties(title: string, date: string): string {
  const stamp = `${date}T00:00:00Z`;
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    + 'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    + 'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    + `<dc:title>${escapeXml(title)}</dc:title>`
    + '<dc:language>vi-VN</dc:language>'
    + '<dc:creator>cochuong</dc:creator>'
    + '<cp:lastModifiedBy>cochuong</cp:lastModifiedBy>'
    + '<cp:revision>1</cp:revision>'
    + `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>`
    + `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>`
    + '</cp:coreProperties>';
}

function escapeXml(text: string): string {
  return xmlText(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** docProps/custom.xml with one text property: the facts the page does not show (model/unprinted.ts). */
export function customProperties(unprinted: string): string {
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    + `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="cochuong"><vt:lpwstr>${escapeXml(unprinted)}</vt:lpwstr></property>`
    + '</Properties>';
}
