import { decodeLegacy, type LegacyEncoding } from '../../src/read/encoding/index.js';

/**
 * An encoder built by inverting decodeLegacy over all one- and two-byte sequences (two-byte: a letter
 * then a mark byte, for VNI and Windows-1258). Prefers mark bytes of the same case as the letter.
 * TCVN3 has no codes for most capitals with tone marks (.VnTimeH uses the lowercase codes): those
 * are encoded as their lowercase letter, so they come back lowercase.
 */
function makeEncoder(encoding: LegacyEncoding): (text: string) => Uint8Array {
  const map = new Map<string, number[]>();
  const single = (b: number) => decodeLegacy(Uint8Array.of(b), encoding);
  for (let b = 0x80; b < 0x100; b++) if (single(b).length === 1 && !map.has(single(b))) map.set(single(b), [b]);
  if (encoding !== 'tcvn3') {
    const bases = [...'aeiouyAEIOUY'].map((c) => c.charCodeAt(0));
    for (let b = 0x80; b < 0x100; b++) if (/^\p{L}$/u.test(single(b))) bases.push(b);
    for (const sameCase of [true, false]) {
      for (const b1 of bases) {
        for (let b2 = 0x80; b2 < 0x100; b2++) {
          const c = decodeLegacy(Uint8Array.of(b1, b2), encoding);
          if (c.length !== 1 || map.has(c)) continue;
          const upper = c !== c.toLowerCase();
          if (!sameCase || upper === b2 < 0xe0) map.set(c, [b1, b2]);
        }
      }
    }
  }
  return (text) => {
    const out: number[] = [];
    for (const c of text.normalize('NFC')) {
      const code = c.charCodeAt(0);
      const mapped =
        code < 0x80 ? [code] : (map.get(c) ?? (encoding === 'tcvn3' ? map.get(c.toLowerCase()) : undefined));
      if (!mapped) throw new Error(`cannot encode ${JSON.stringify(c)} in ${encoding}`);
      out.push(...mapped);
    }
    return Uint8Array.from(out);
  };
}
export const encoders: Record<LegacyEncoding, (text: string) => Uint8Array> = {
  tcvn3: makeEncoder('tcvn3'),
  vni: makeEncoder('vni'),
  cp1258: makeEncoder('cp1258'),
};
