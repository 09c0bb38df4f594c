import type { ByteKind } from './types.js';

/** The encoding a byte-order mark declares, with the BOM's length. */
export function sniffBom(buf: Uint8Array): { kind: ByteKind; length: number } | undefined {
  const [a, b, c, d] = buf;
  // UTF-32 LE first: its BOM starts with the UTF-16 LE one.
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return { kind: { kind: 'utf32', endian: 'le' }, length: 4 };
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return { kind: { kind: 'utf32', endian: 'be' }, length: 4 };
  if (a === 0xef && b === 0xbb && c === 0xbf) return { kind: { kind: 'utf8', bom: true }, length: 3 };
  if (a === 0xff && b === 0xfe) return { kind: { kind: 'utf16', endian: 'le', bom: true }, length: 2 };
  if (a === 0xfe && b === 0xff) return { kind: { kind: 'utf16', endian: 'be', bom: true }, length: 2 };
  return undefined;
}

/**
 * UTF-16 without a BOM, told by its NUL bytes: mostly-ASCII text (Vietnamese included: its letters
 * are U+00xx–U+01xx or U+1Exx) has a zero high byte in most units and almost never a zero low byte.
 * Also requires the units to look like text, not control codes.
 */
export function utf16ByNuls(buf: Uint8Array): 'le' | 'be' | undefined {
  const units = Math.min(buf.length, 1 << 16) >> 1;
  if (units < 2) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < units; i++) {
    if (buf[2 * i] === 0) evenZero++;
    if (buf[2 * i + 1] === 0) oddZero++;
  }
  const endian =
    oddZero >= units * 0.5 && evenZero <= units * 0.05 ? 'le'
    : evenZero >= units * 0.5 && oddZero <= units * 0.05 ? 'be'
    : undefined;
  if (!endian) return undefined;
  let controls = 0;
  for (let i = 0; i < units; i++) {
    const u = endian === 'le' ? buf[2 * i] | (buf[2 * i + 1] << 8) : (buf[2 * i] << 8) | buf[2 * i + 1];
    if (u < 0x20 && u !== 0x09 && u !== 0x0a && u !== 0x0d && u !== 0x0c) controls++;
  }
  return controls <= Math.max(1, units * 0.02) ? endian : undefined;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text, without a leading BOM, when the bytes are valid UTF-8; undefined when not. Fast path: the
 * native decoder validates and decodes a megabyte in about a millisecond.
 */
export function decodeUtf8(buf: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(buf);
  } catch {
    return undefined;
  }
}

/** Offset of the first byte of the first ill-formed UTF-8 sequence at or after `from`, or -1. */
export function firstInvalidUtf8(buf: Uint8Array, from = 0): number {
  for (let i = from; i < buf.length; ) {
    const c = buf[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80; // allowed range of the second byte: excludes overlongs, surrogates, > U+10FFFF
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else return i;
    if (i + need >= buf.length || buf[i + 1] < lo || buf[i + 1] > hi) return i;
    for (let k = 2; k <= need; k++) if ((buf[i + k] & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}

/** 1-based line and column (in characters) of `offset` in bytes that are valid UTF-8 before it. */
export function utf8Position(buf: Uint8Array, offset: number, start = 0): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = start; i < offset; i++) {
    const b = buf[i];
    if (b === 0x0a) {
      line++;
      column = 1;
    } else if ((b & 0xc0) !== 0x80) column++; // count lead bytes only: one per character
  }
  return { line, column };
}
