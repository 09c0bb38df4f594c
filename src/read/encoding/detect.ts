import { sniffBinary } from './binary.js';
import { guessLegacy } from './legacy.js';
import type { ByteKind } from './types.js';
import { decodeUtf8, firstInvalidUtf8, sniffBom, utf16ByNuls, utf8Position } from './utf.js';

/** Tells what a file's bytes are. Never throws; an empty buffer is UTF-8 without BOM. */
export function detectBytes(buf: Uint8Array): ByteKind {
  return detectAndDecode(buf).kind;
}

/** The same, with the text (without its BOM) when the bytes are UTF-8: decoded once, while checking them. */
export function detectAndDecode(buf: Uint8Array): { kind: ByteKind; text?: string } {
  try {
    return detect(buf);
  } catch {
    return { kind: { kind: 'binary', format: 'unknown' } }; // not expected; the promise is not to throw
  }
}

function detect(buf: Uint8Array): { kind: ByteKind; text?: string } {
  if (buf.length === 0) return { kind: { kind: 'utf8', bom: false }, text: '' };
  const format = sniffBinary(buf);
  if (format) return { kind: { kind: 'binary', format } };
  const bom = sniffBom(buf);
  if (bom && bom.kind.kind !== 'utf8') return { kind: bom.kind };
  if (!bom && buf.includes(0)) {
    // NUL is valid UTF-8 but no text file has one: UTF-16 without BOM, or not text at all.
    const endian = utf16ByNuls(buf);
    return { kind: endian ? { kind: 'utf16', endian, bom: false } : { kind: 'binary', format: 'unknown' } };
  }
  const text = decodeUtf8(buf);
  if (text !== undefined) return { kind: { kind: 'utf8', bom: bom !== undefined }, text };
  const start = bom ? bom.length : 0;
  const offset = firstInvalidUtf8(buf, start);
  // A UTF-8 BOM says the file means to be UTF-8: report the broken byte rather than guess.
  const legacy = bom ? undefined : guessLegacy(buf, offset);
  if (legacy) return { kind: { kind: 'legacy', ...legacy } };
  return { kind: { kind: 'invalid-utf8', offset, ...utf8Position(buf, offset, start) } };
}
