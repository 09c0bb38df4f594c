import { xmlText } from './xml-text.js';

/**
 * Makes a DOCX byte-identical from run to run: docProps/core.xml dated from the document, and
 * every zip entry stamped with that date instead of the time of packing. The zip that docx packs
 * is otherwise deterministic (same entries, same order, same compression), so the stamps are
 * rewritten in place.
 */

/** docProps/core.xml with fixed created/modified dates (ISO date, YYYY-MM-DD). */
export function coreProperties(title: string, date: string): string {
  const stamp = `${date}T00:00:00Z`;
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    + 'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    + 'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    + `<dc:title>${escapeXml(title)}</dc:title>`
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

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** MS-DOS date and time fields (local time, no zone, from 1980): midnight of the given date. */
function dosStamp(date: string): { time: number; day: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const year = m ? Math.min(Math.max(Number(m[1]), 1980), 2107) : 1980;
  const month = m ? Number(m[2]) : 1;
  const dayOfMonth = m ? Number(m[3]) : 1;
  return { time: 0, day: ((year - 1980) << 9) | (month << 5) | dayOfMonth };
}

/**
 * Sets the modification time of every entry (central directory and local headers) to `date`.
 * Throws on a zip it does not understand rather than write a damaged file.
 */
export function stampZipEntries(zip: Uint8Array, date: string): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error('not a zip file: no end of central directory');
  const entries = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const { time, day } = dosStamp(date);
  for (let n = 0; n < entries; n++) {
    if (view.getUint32(offset, true) !== CENTRAL) throw new Error('damaged zip: bad central directory entry');
    view.setUint16(offset + 12, time, true);
    view.setUint16(offset + 14, day, true);
    const local = view.getUint32(offset + 42, true);
    if (view.getUint32(local, true) !== LOCAL) throw new Error('damaged zip: bad local header');
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, day, true);
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return out;
}
