import { createMessage, text, type Message } from '../message/message.js';
import { READ_CODES } from './codes.js';
import { findMojibake, ENCODING_NAMES } from './encoding/index.js';
import { detectAndDecode } from './encoding/detect.js';

export type DecodeResult = { ok: true; text: string; messages: Message[] } | { ok: false; messages: Message[] };

const FORMAT_NAMES: Record<string, { vi: string; en: string }> = {
  docx: { vi: 'tệp Word (.docx)', en: 'a Word file (.docx)' },
  doc: { vi: 'tệp Word cũ (.doc)', en: 'an old Word file (.doc)' },
  xlsx: { vi: 'tệp Excel (.xlsx)', en: 'an Excel file (.xlsx)' },
  odt: { vi: 'tệp OpenDocument (.odt)', en: 'an OpenDocument file (.odt)' },
  zip: { vi: 'tệp nén ZIP', en: 'a ZIP archive' },
  pdf: { vi: 'tệp PDF', en: 'a PDF file' },
  rtf: { vi: 'tệp RTF (Word)', en: 'an RTF (Word) file' },
  png: { vi: 'ảnh PNG', en: 'a PNG image' },
  jpeg: { vi: 'ảnh JPEG', en: 'a JPEG image' },
  gif: { vi: 'ảnh GIF', en: 'a GIF image' },
  unknown: { vi: 'tệp nhị phân (không phải văn bản)', en: 'a binary file (not text)' },
};

/** Bytes → Unicode text, or a message that names what the bytes are and what to do. */
export function decodeSource(file: string, bytes: Uint8Array): DecodeResult {
  const fatal = (m: Omit<Parameters<typeof createMessage>[0], 'file' | 'source'>) =>
    ({ ok: false as const, messages: [createMessage({ file, source: 'read', fatal: true, ...m })] });
  const { kind, text: decoded = '' } = detectAndDecode(bytes);
  switch (kind.kind) {
    case 'utf8': {
      // the text was decoded while the bytes were checked, without its leading BOM
      if (decoded.trim() === '') {
        return fatal({ ruleId: READ_CODES.empty.id,
          reason: text('Tệp rỗng, không có nội dung.', 'The file is empty.'),
          note: text('Sao một tệp mẫu trong thư mục examples/ rồi sửa theo văn bản của mình.', 'Copy an example from examples/ and edit it.') });
      }
      const messages: Message[] = [];
      const bad = findMojibake(decoded);
      if (bad) {
        const name = ENCODING_NAMES[bad.likely];
        messages.push(createMessage({
          file, source: 'read', ruleId: READ_CODES.mojibake.id,
          place: { start: { line: bad.line, column: bad.column, offset: bad.offset } },
          reason: text(`Chữ bị lỗi phông, có vẻ là văn bản ${name.vi} bị chuyển mã sai: "${bad.sample}".`,
            `Garbled text, apparently ${name.en} text converted wrongly: "${bad.sample}".`),
          actual: bad.sample,
          note: text(`Sửa cả tệp bằng: cochuong fix-encoding "${file}"; hoặc lấy lại đoạn văn từ bản gốc.`,
            `Repair the whole file with: cochuong fix-encoding "${file}"; or take the passage from the original again.`),
        }));
      }
      return { ok: true, text: decoded, messages };
    }
    case 'utf16':
    case 'utf32': {
      // Notepad's "Unicode" is UTF-16 with a byte order mark: YAML 1.2 text, read as it is.
      if (kind.kind === 'utf16' && kind.bom) {
        const wide = new TextDecoder(kind.endian === 'be' ? 'utf-16be' : 'utf-16le', { fatal: false, ignoreBOM: false }).decode(bytes);
        if (wide.trim() !== '' && !wide.includes('\ufffd')) return { ok: true, text: wide, messages: [] };
      }
      const label = kind.kind === 'utf16' ? 'UTF-16' : 'UTF-32';
      const bomless = kind.kind === 'utf16' && !kind.bom;
      return fatal({ ruleId: READ_CODES.wideEncoding.id,
        reason: text(`Tệp được lưu bằng mã ${label}${bomless ? ' không có dấu BOM' : ''}, cochuong cần UTF-8.`, `The file is saved as ${label}${bomless ? ' without a byte order mark' : ''}; cochuong needs UTF-8.`),
        actual: `${label} ${kind.endian.toUpperCase()}`, expected: ['UTF-8'],
        note: text(`Chuyển sang UTF-8 bằng lệnh: cochuong fix-encoding "${file}" (hoặc mở bằng Notepad, Lưu thành với Encoding là UTF-8).`,
          `Convert it to UTF-8 with: cochuong fix-encoding "${file}" (or open it in Notepad and Save As with encoding UTF-8).`) });
    }
    case 'legacy': {
      const name = ENCODING_NAMES[kind.encoding];
      return fatal({ ruleId: READ_CODES.legacyEncoding.id,
        reason: text(`Tệp dùng bảng mã cũ ${name.vi}${kind.confidence === 'low' ? ' (nhiều khả năng)' : ''}, không phải Unicode UTF-8.`,
          `The file uses the legacy encoding ${name.en}${kind.confidence === 'low' ? ' (most likely)' : ''}, not Unicode UTF-8.`),
        actual: name.en, expected: ['UTF-8'],
        note: text(`Chuyển sang Unicode bằng lệnh: cochuong fix-encoding "${file}"`, `Convert it to Unicode with: cochuong fix-encoding "${file}"`) });
    }
    case 'binary': {
      const name = FORMAT_NAMES[kind.format] ?? FORMAT_NAMES.unknown;
      return fatal({ ruleId: READ_CODES.binary.id,
        reason: text(`Đây là ${name.vi}, không phải văn bản YAML (chỉ đổi đuôi thành .yaml thì không dùng được).`,
          `This is ${name.en}, not YAML text (renaming it to .yaml does not make it one).`),
        actual: name.en,
        note: text('Soạn văn bản theo mẫu YAML trong thư mục examples/ (cochuong render tạo lại tệp Word từ YAML).',
          'Write the document in YAML following examples/ (cochuong render makes the Word file from YAML).') });
    }
    case 'invalid-utf8':
      return fatal({ ruleId: READ_CODES.invalidUtf8.id,
        place: { start: { line: kind.line, column: kind.column, offset: kind.offset } },
        reason: text('Tệp có ký tự không hợp lệ trong UTF-8 (tệp bị hỏng hoặc dùng bảng mã khác).', 'The file has bytes that are not valid UTF-8 (damaged, or another encoding).'),
        note: text('Mở tệp bằng trình soạn thảo, xem chỗ này, gõ lại ký tự bị lỗi rồi lưu với mã UTF-8.',
          'Open the file in an editor, retype the broken characters at this place and save as UTF-8.') });
  }
}
