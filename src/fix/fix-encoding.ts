import { createMessage, text, type Message } from '../message/message.js';
import { decodeLegacy, detectBytes, findMojibake, ENCODING_NAMES, type LegacyEncoding } from '../read/encoding/index.js';
import { FIX_CODES } from './codes.js';

export type SourceEncoding = LegacyEncoding | 'utf8' | 'utf16le' | 'utf16be' | 'mojibake-tcvn3' | 'mojibake-vni' | 'mojibake-cp1258';

export type FixResult =
  | { ok: true; text: string; from: SourceEncoding; changed: boolean; description: { vi: string; en: string } }
  | { ok: false; message: Message };

/**
 * Converts a file's bytes to UTF-8 NFC text: legacy Vietnamese encodings (TCVN3, VNI, Windows-1258),
 * UTF-16, decomposed (NFD) Unicode, and text that a wrong conversion garbled (legacy bytes read as
 * Windows-1252). `from` forces a legacy encoding when detection is unsure.
 */
export function fixEncoding(file: string, bytes: Uint8Array, from?: LegacyEncoding): FixResult {
  const done = (t: string, source: SourceEncoding, description: { vi: string; en: string }) =>
    ({ ok: true as const, text: t.normalize('NFC'), from: source, changed: true, description });
  if (from) return done(decodeLegacy(bytes, from), from, ENCODING_NAMES[from]);

  const kind = detectBytes(bytes);
  switch (kind.kind) {
    case 'legacy':
      return done(decodeLegacy(bytes, kind.encoding), kind.encoding, ENCODING_NAMES[kind.encoding]);
    case 'utf16': {
      const body = bytes.subarray(kind.bom ? 2 : 0);
      const decoded = new TextDecoder(kind.endian === 'le' ? 'utf-16le' : 'utf-16be').decode(body);
      return done(decoded, kind.endian === 'le' ? 'utf16le' : 'utf16be', { vi: `UTF-16 ${kind.endian.toUpperCase()}`, en: `UTF-16 ${kind.endian.toUpperCase()}` });
    }
    case 'utf8': {
      const decoded = new TextDecoder('utf-8').decode(bytes);
      const garbled = findMojibake(decoded);
      if (garbled) return repairMojibake(file, decoded, garbled.likely);
      const nfc = decoded.normalize('NFC');
      if (nfc === decoded && !kind.bom) {
        return { ok: true, text: decoded, from: 'utf8', changed: false, description: { vi: 'UTF-8', en: 'UTF-8' } };
      }
      return done(nfc, 'utf8', { vi: 'UTF-8 (chuẩn hóa NFC)', en: 'UTF-8 (normalised to NFC)' });
    }
    default:
      return { ok: false, message: cannotFix(file, kind.kind === 'binary'
        ? text(`đây là tệp nhị phân (${kind.format}), không phải văn bản`, `this is a binary file (${kind.format}), not text`)
        : text('không nhận ra bảng mã', 'the encoding is not recognised')) };
  }
}

/** Garbled text is legacy bytes shown as Windows-1252 characters: take the characters back to bytes. */
function repairMojibake(file: string, garbled: string, encoding: LegacyEncoding): FixResult {
  const bytes = new Uint8Array(garbled.length);
  for (let i = 0; i < garbled.length; i++) {
    const byte = toWindows1252(garbled.charCodeAt(i));
    if (byte === undefined) {
      return { ok: false, message: cannotFix(file, text(
        'tệp vừa có chữ bị lỗi phông vừa có chữ Unicode đúng, không thể chuyển cả tệp một lần; hãy lấy lại bản gốc',
        'the file mixes garbled and correct Unicode text and cannot be converted as a whole; take the original again')) };
    }
    bytes[i] = byte;
  }
  const name = ENCODING_NAMES[encoding];
  return { ok: true, text: decodeLegacy(bytes, encoding), from: `mojibake-${encoding}`, changed: true,
    description: { vi: `chữ lỗi phông (${name.vi} bị đọc nhầm)`, en: `garbled text (${name.en} read wrongly)` } };
}

// Windows-1252 puts these characters at 0x80–0x9F, where Latin-1 has control codes.
const CP1252_HIGH: Record<number, number> = {
  0x20ac: 0x80, 0x201a: 0x82, 0x0192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87, 0x02c6: 0x88,
  0x2030: 0x89, 0x0160: 0x8a, 0x2039: 0x8b, 0x0152: 0x8c, 0x017d: 0x8e, 0x2018: 0x91, 0x2019: 0x92, 0x201c: 0x93,
  0x201d: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02dc: 0x98, 0x2122: 0x99, 0x0161: 0x9a, 0x203a: 0x9b,
  0x0153: 0x9c, 0x017e: 0x9e, 0x0178: 0x9f,
};

function toWindows1252(code: number): number | undefined {
  if (code <= 0xff) return code;
  return CP1252_HIGH[code];
}

function cannotFix(file: string, why: { vi: string; en: string }): Message {
  return createMessage({ file, source: 'read', fatal: true, ruleId: FIX_CODES.cannotFix.id,
    reason: text(`Không chuyển được sang UTF-8: ${why.vi}.`, `Cannot convert to UTF-8: ${why.en}.`),
    note: text('Nếu biết bảng mã của tệp, chỉ rõ bằng --from tcvn3, --from vni hoặc --from cp1258.',
      'If you know the encoding, name it with --from tcvn3, --from vni or --from cp1258.') });
}
