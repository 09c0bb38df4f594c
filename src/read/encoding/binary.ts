import { Buffer } from 'node:buffer';
import type { BinaryFormat } from './types.js';

const MAGIC: ReadonlyArray<readonly [BinaryFormat, readonly number[]]> = [
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['rtf', [0x7b, 0x5c, 0x72, 0x74, 0x66]], // {\rtf
  ['doc', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]], // OLE2 compound file (Word 97–2003)
  ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38, 0x37, 0x61]], // GIF87a
  ['gif', [0x47, 0x49, 0x46, 0x38, 0x39, 0x61]], // GIF89a
];

/** The format told by the file's magic number, or undefined for anything else. */
export function sniffBinary(buf: Uint8Array): BinaryFormat | undefined {
  // PK\x03\x04 (local file header), PK\x05\x06 (empty archive), PK\x07\x08 (spanned)
  if (buf[0] === 0x50 && buf[1] === 0x4b && [3, 5, 7].includes(buf[2]) && buf[3] === buf[2] + 1) return zipFormat(buf);
  for (const [format, magic] of MAGIC) if (magic.every((b, i) => buf[i] === b)) return format;
  return undefined;
}

/**
 * Office files are ZIPs told apart by their entry names. Entry names are stored uncompressed in the
 * local headers near the start and in the central directory at the end, so look at both.
 */
function zipFormat(buf: Uint8Array): BinaryFormat {
  const bytes = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  const head = bytes.subarray(0, 8192);
  const tail = bytes.subarray(Math.max(0, bytes.length - 65536));
  const has = (name: string) => head.includes(name, 0, 'latin1') || tail.includes(name, 0, 'latin1');
  // ODF stores "mimetype" first, uncompressed, followed by its content.
  if (head.includes('mimetypeapplication/vnd.oasis.opendocument.text', 0, 'latin1')) return 'odt';
  if (has('word/')) return 'docx';
  if (has('xl/')) return 'xlsx';
  return 'zip';
}
