import { decodeLegacy, type LegacyEncoding } from '../read/encoding/index.js';

/**
 * Old Vietnamese files type with 8-bit fonts: TCVN3 (.VnTime, .VnTimeH, .VnArial…) and VNI
 * (VNI-Times…). Word stores each byte as the Windows-1252 character of that byte, so the text is
 * turned back into bytes through Windows-1252 and decoded with the project's own tables.
 */
export function legacyEncodingOfFont(font: string | undefined): LegacyEncoding | undefined {
  if (!font) return undefined;
  const f = font.trim().toLowerCase();
  if (f.startsWith('.vn') || f.startsWith('vn3') || f.startsWith('abc')) return 'tcvn3';
  if (f.startsWith('vni-') || f.startsWith('vni ')) return 'vni';
  return undefined;
}

const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
let reverse: Map<string, number> | undefined;

function cp1252Byte(ch: string): number | undefined {
  const code = ch.charCodeAt(0);
  if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
  reverse ??= new Map([...CP1252_HIGH].map((c, i) => [c, 0x80 + i]));
  return reverse.get(ch);
}

/** .VnTimeH, .VnArialH…: TCVN3 capital fonts show the lower-case codes as capitals. */
export function isCapitalFont(font: string | undefined): boolean {
  return font !== undefined && /^\.vn\w*h$/i.test(font.trim());
}

/** Text stored in a legacy font, as Unicode; characters outside Windows-1252 are kept as they are. */
export function decodeLegacyRun(text: string, encoding: LegacyEncoding): string {
  let out = '';
  let bytes: number[] = [];
  const flush = () => { if (bytes.length) { out += decodeLegacy(Uint8Array.from(bytes), encoding); bytes = []; } };
  for (const ch of text) {
    const b = cp1252Byte(ch);
    if (b === undefined) { flush(); out += ch; } else bytes.push(b);
  }
  flush();
  return out;
}
