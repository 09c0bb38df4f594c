import { highTable } from './tables.js';
import type { LegacyEncoding } from './types.js';

let utf16: InstanceType<typeof TextDecoder> | undefined; // made on first use: most runs decode no legacy text

/** Decodes bytes in a legacy Vietnamese encoding to Unicode NFC. Never throws. */
export function decodeLegacy(buf: Uint8Array, encoding: LegacyEncoding): string {
  const high = highTable(encoding);
  // Fill UTF-16 code units and let the native decoder build the string: much faster than
  // concatenating a string per byte. A table entry is at most two code units.
  const units = new Uint16Array(buf.length * 2);
  let n = 0;
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i];
    if (b < 0x80) {
      units[n++] = b;
      continue;
    }
    const text = high[b - 0x80];
    units[n++] = text.charCodeAt(0);
    if (text.length > 1) units[n++] = text.charCodeAt(1);
  }
  return (utf16 ??= new TextDecoder('utf-16le')).decode(units.subarray(0, n)).normalize('NFC');
}
