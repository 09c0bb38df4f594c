import { sniffBinary } from './binary.js';
import { guessLegacy } from './legacy.js';
import type { ByteKind } from './types.js';
import { firstInvalidUtf8, isUtf8, sniffBom, utf16ByNuls, utf8Position } from './utf.js';

/** Tells what a file's bytes are. Never throws; an empty buffer is UTF-8 without BOM. */
export function detectBytes(buf: Uint8Array): ByteKind {
  try {
    return detect(buf);
  } catch {
    return { kind: 'binary', format: 'unknown' }; // not expected; the promise is not to throw
  }
}

function detect(buf: Uint8Array): ByteKind {
  if (buf.length === 0) return { kind: 'utf8', bom: false };
  const format = sniffBinary(buf);
  if (format) return { kind: 'binary', format };
  const bom = sniffBom(buf);
  if (bom && bom.kind.kind !== 'utf8') return bom.kind;
  if (!bom && buf.includes(0)) {
    // NUL is valid UTF-8 but no text file has one: UTF-16 without BOM, or not text at all.
    const endian = utf16ByNuls(buf);
    return endian ? { kind: 'utf16', endian, bom: false } : { kind: 'binary', format: 'unknown' };
  }
  if (isUtf8(buf)) return { kind: 'utf8', bom: bom !== undefined };
  const start = bom ? bom.length : 0;
  const offset = firstInvalidUtf8(buf, start);
  // A UTF-8 BOM says the file means to be UTF-8: report the broken byte rather than guess.
  const legacy = bom ? undefined : guessLegacy(buf, offset);
  if (legacy) return { kind: 'legacy', ...legacy };
  return { kind: 'invalid-utf8', offset, ...utf8Position(buf, offset, start) };
}
