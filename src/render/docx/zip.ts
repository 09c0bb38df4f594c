import { crc32, deflateRawSync } from 'node:zlib';

/**
 * A minimal ZIP writer for DOCX packages: every entry deflated (node:zlib, native), stamped with
 * one fixed date, in the order given, with no extra fields, comments or data descriptors. The
 * same entries and date give the same bytes, so a rendered file can live in git without noise.
 * (The docx library zips with a JavaScript deflate and the time of packing: slower, and its
 * stamps had to be rewritten afterwards.)
 */

export interface ZipEntry {
  /** Path inside the archive, "/"-separated. */
  path: string;
  /** Text is written as UTF-8. */
  data: string | Uint8Array;
  /** The same text is zipped again and again in this process (a fixed part): compress it once. */
  fixed?: boolean;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const VERSION = 20; // 2.0: deflate
const UTF8_NAME = 0x0800;
const DEFLATE = 8;
const LOCAL_SIZE = 30;
const CENTRAL_SIZE = 46;
const END_SIZE = 22;

/** zlib's default level: within a few per cent of the best size, at a fraction of its time. */
export const ZIP_LEVEL = 6;

/** MS-DOS date and time fields (local time, no zone, 1980–2107): midnight of an ISO date (YYYY-MM-DD). */
export function dosStamp(date: string): { time: number; day: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const year = m ? Math.min(Math.max(Number(m[1]), 1980), 2107) : 1980;
  const month = m ? Number(m[2]) : 1;
  const dayOfMonth = m ? Number(m[3]) : 1;
  return { time: 0, day: ((year - 1980) << 9) | (month << 5) | dayOfMonth };
}

interface Content { crc: number; size: number; compressed: Uint8Array }

/** Compressed fixed parts, by level and text: a hundred documents deflate the theme once, not a hundred times. */
const fixedByLevel = new Map<number, Map<string, Content>>();

function fixedContents(level: number): Map<string, Content> {
  let cache = fixedByLevel.get(level);
  if (!cache) fixedByLevel.set(level, (cache = new Map()));
  return cache;
}

/** The archive of `entries`, each stamped with midnight of `date`. */
export function zipEntries(entries: readonly ZipEntry[], date: string, level = ZIP_LEVEL): Uint8Array {
  if (entries.length > 0xffff) throw new Error('zip: too many entries');
  const { time, day } = dosStamp(date);
  const encoder = new TextEncoder();
  const packed = entries.map((entry) => {
    const name = encoder.encode(entry.path);
    const flags = /^[\x20-\x7e]*$/.test(entry.path) ? 0 : UTF8_NAME;
    const cache = entry.fixed && typeof entry.data === 'string' ? fixedContents(level) : undefined;
    let content = cache?.get(entry.data as string);
    if (!content) {
      const raw = typeof entry.data === 'string' ? encoder.encode(entry.data) : entry.data;
      content = { crc: crc32(raw), size: raw.length, compressed: deflateRawSync(raw, { level }) };
      cache?.set(entry.data as string, content);
    }
    return { name, flags, ...content };
  });

  let localBytes = 0;
  let centralBytes = 0;
  for (const p of packed) {
    localBytes += LOCAL_SIZE + p.name.length + p.compressed.length;
    centralBytes += CENTRAL_SIZE + p.name.length;
  }
  if (localBytes + centralBytes + END_SIZE > 0xffffffff) throw new Error('zip: archive too large (ZIP64 is not written)');

  const out = new Uint8Array(localBytes + centralBytes + END_SIZE);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  for (const p of packed) {
    offsets.push(at);
    view.setUint32(at, LOCAL, true);
    view.setUint16(at + 4, VERSION, true);
    view.setUint16(at + 6, p.flags, true);
    view.setUint16(at + 8, DEFLATE, true);
    view.setUint16(at + 10, time, true);
    view.setUint16(at + 12, day, true);
    view.setUint32(at + 14, p.crc, true);
    view.setUint32(at + 18, p.compressed.length, true);
    view.setUint32(at + 22, p.size, true);
    view.setUint16(at + 26, p.name.length, true);
    view.setUint16(at + 28, 0, true); // no extra field
    out.set(p.name, at + LOCAL_SIZE);
    out.set(p.compressed, at + LOCAL_SIZE + p.name.length);
    at += LOCAL_SIZE + p.name.length + p.compressed.length;
  }
  const centralStart = at;
  packed.forEach((p, i) => {
    view.setUint32(at, CENTRAL, true);
    view.setUint16(at + 4, VERSION, true); // made by: MS-DOS (no Unix permissions to carry)
    view.setUint16(at + 6, VERSION, true);
    view.setUint16(at + 8, p.flags, true);
    view.setUint16(at + 10, DEFLATE, true);
    view.setUint16(at + 12, time, true);
    view.setUint16(at + 14, day, true);
    view.setUint32(at + 16, p.crc, true);
    view.setUint32(at + 20, p.compressed.length, true);
    view.setUint32(at + 24, p.size, true);
    view.setUint16(at + 28, p.name.length, true);
    // extra field, comment, disk number, internal and external attributes: all zero
    view.setUint32(at + 42, offsets[i], true);
    out.set(p.name, at + CENTRAL_SIZE);
    at += CENTRAL_SIZE + p.name.length;
  });
  view.setUint32(at, END, true);
  view.setUint16(at + 8, packed.length, true);
  view.setUint16(at + 10, packed.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}
