import { createMessage, text, type Message } from '../message/message.js';
import { IMPORT_CODES } from './codes.js';
import { applyUnprinted, parseUnprinted } from './apply-unprinted.js';
import { convertToDocx } from './convert-legacy.js';
import { Notes, type ImportNote } from './notes.js';
import type { TrackedMode } from './parse-wordml.js';
import { NotWordError, readWordPackage } from './read-package.js';
import { DEFAULT_ZIP_LIMITS, ZipError, type ZipLimits } from './read-zip.js';
import { toDocument, type Recognised } from './to-document.js';

/**
 * One Word file → one document of the format. Pure apart from running LibreOffice for the old
 * formats: nothing is printed or written here; the command decides what to do with the result.
 */
export interface ImportOptions {
  tracked?: TrackedMode;
  limits?: ZipLimits;
  env?: NodeJS.ProcessEnv;
  /** Time limit of one LibreOffice conversion. */
  timeoutMs?: number;
}

export interface ImportReport {
  kind?: Recognised['kind'];
  counts: Recognised['counts'];
  parties: string[];
  notes: ImportNote[];
  legacyFonts: string[];
  comments: number;
  /** Milliseconds LibreOffice took (old formats only). */
  converterMs?: number;
}

export type ImportResult =
  | { ok: true; file: string; data: Record<string, unknown>; report: ImportReport; messages: Message[] }
  | { ok: false; file: string; messages: Message[] };

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const fail = (file: string, code: keyof typeof IMPORT_CODES, vi: string, en: string, noteVi: string, noteEn: string): ImportResult => ({
  ok: false, file,
  messages: [createMessage({ file, source: 'read', fatal: true, ruleId: IMPORT_CODES[code].id, reason: text(vi, en), note: text(noteVi, noteEn) })],
});

function isOle(bytes: Uint8Array): boolean { return OLE.every((b, i) => bytes[i] === b); }

/** An OLE container holding "EncryptionInfo"/"EncryptedPackage" streams is a password-protected Office file. */
function isEncryptedOle(bytes: Uint8Array): boolean {
  const name = Buffer.from('EncryptedPackage', 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(name) >= 0;
}

export async function importWordFile(file: string, bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  const lower = file.toLowerCase();
  let docx = bytes;
  let converterMs: number | undefined;
  if (isOle(bytes) && isEncryptedOle(bytes)) {
    return fail(file, 'encrypted', 'Tệp Word có đặt mật khẩu mở: không đọc được.', 'The Word file is protected by a password; it cannot be read.',
      'Mở tệp bằng Word, vào File → Info → Protect Document → Encrypt with Password, xóa mật khẩu, lưu lại rồi chạy lại lệnh.',
      'Open it in Word, File → Info → Protect Document → Encrypt with Password, clear the password, save, and run again.');
  }
  const legacy = /\.(doc|rtf|odt)$/.test(lower) || isOle(bytes) || /^\{\\rtf/.test(Buffer.from(bytes.subarray(0, 5)).toString('latin1'));
  if (legacy) {
    const ext = /\.(doc|rtf|odt)$/.exec(lower)?.[0] ?? (isOle(bytes) ? '.doc' : '.rtf');
    const converted = await convertToDocx(bytes, ext, { env: options.env, timeoutMs: options.timeoutMs });
    if (!converted.ok) {
      if (converted.reason === 'missing') {
        return fail(file, 'converter', 'Cần LibreOffice để đọc tệp .doc, .rtf, .odt nhưng không tìm thấy.', 'LibreOffice is needed to read .doc, .rtf and .odt files, and it was not found.',
          'Cách nhanh nhất: mở tệp bằng Word, chọn File → Save As → Word Document (*.docx), rồi nhập tệp .docx. Hoặc cài LibreOffice (https://www.libreoffice.org/download/; đã cài ở chỗ khác thì đặt biến COCHUONG_SOFFICE).',
          'Quickest: open the file in Word, File → Save As → Word Document (*.docx), and import the .docx. Or install LibreOffice (https://www.libreoffice.org/download/; installed elsewhere: set COCHUONG_SOFFICE).');
      }
      return fail(file, 'converter', `LibreOffice không chuyển được tệp (${converted.reason === 'timeout' ? 'quá thời gian' : converted.detail || 'lỗi'}).`,
        `LibreOffice could not convert the file (${converted.reason === 'timeout' ? 'timed out' : converted.detail || 'failed'}).`,
        'Mở tệp bằng Word và lưu thành .docx (File → Save As → Word Document), rồi nhập tệp .docx.', 'Open it in Word and save as .docx (File → Save As → Word Document), then import the .docx.');
    }
    docx = converted.docx;
    converterMs = converted.ms;
  } else if (!lower.endsWith('.docx') && !lower.endsWith('.docm') && !(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    return fail(file, 'unsupported', 'Không phải tệp Word.', 'Not a Word file.', 'Nhập tệp .docx, .doc, .rtf hoặc .odt.', 'Import a .docx, .doc, .rtf or .odt file.');
  }

  let pkg;
  try {
    pkg = readWordPackage(docx, options.tracked ?? 'refuse', options.limits ?? DEFAULT_ZIP_LIMITS);
  } catch (error) {
    if (error instanceof ZipError) {
      const p = error.problem;
      if (p.kind === 'encrypted') return fail(file, 'encrypted', 'Gói ZIP trong tệp có mật khẩu.', 'The ZIP package inside the file is encrypted.', 'Lưu lại tệp bằng Word không có mật khẩu.', 'Save the file again in Word without a password.');
      if (p.kind === 'too-large' || p.kind === 'too-many') {
        return fail(file, 'tooLarge', `Một phần bên trong tệp giải nén ra quá lớn${p.kind === 'too-large' ? ` (${p.entry}, hơn ${Math.round(p.limit / 1048576)} MB)` : ` (${p.count} phần)`}: có thể là tệp độc hại, không đọc tiếp.`,
          `A part inside the file unpacks too large${p.kind === 'too-large' ? ` (${p.entry}, over ${Math.round(p.limit / 1048576)} MB)` : ` (${p.count} parts)`}: possibly a hostile file; not read further.`,
          'Mở tệp bằng Word, xóa ảnh lớn hoặc đối tượng nhúng, lưu lại rồi nhập lại.', 'Open it in Word, remove large pictures or embedded objects, save and import again.');
      }
      return fail(file, 'corrupt', `Tệp Word bị hỏng (${p.kind === 'corrupt' ? p.detail : 'không phải gói ZIP'}).`, `The Word file is damaged (${p.kind === 'corrupt' ? p.detail : 'not a ZIP package'}).`,
        'Mở tệp bằng Word (Word sẽ đề nghị sửa), lưu lại thành .docx rồi nhập lại.', 'Open it in Word (it offers to repair), save as .docx and import again.');
    }
    if (error instanceof NotWordError) return fail(file, 'corrupt', 'Gói ZIP không có phần văn bản Word (word/document.xml).', 'The ZIP package has no Word document part (word/document.xml).', 'Kiểm tra đây có đúng là tệp .docx không.', 'Check that this is really a .docx file.');
    throw error;
  }

  if ((options.tracked ?? 'refuse') === 'refuse' && pkg.tracked > 0) {
    return fail(file, 'tracked', `Tệp còn ${pkg.tracked} thay đổi chưa chấp nhận (Track Changes).`, `The file still has ${pkg.tracked} tracked change${pkg.tracked === 1 ? '' : 's'}.`,
      'Chạy lại với --accept-changes để lấy bản đã sửa, hoặc --reject-changes để lấy bản gốc (hoặc chấp nhận/từ chối trong Word: Review → Accept/Reject).',
      'Run again with --accept-changes for the edited text, or --reject-changes for the original (or accept/reject in Word: Review → Accept/Reject).');
  }

  const notes = new Notes();
  const facts = parseUnprinted(pkg.unprinted);
  const recognised = toDocument(pkg.blocks, notes, facts?.units?.map((u) => u.ten) ?? []);
  if ('notCoordination' in recognised) {
    const first = recognised.notCoordination;
    return fail(file, 'notCoordination', `Không thấy tên loại "CHƯƠNG TRÌNH", "QUY CHẾ" hay "BÁO CÁO" sau phần tiêu đề${first ? ` (dòng đầu sau tiêu đề: "${first}")` : ''}: đây không phải văn bản phối hợp cochuong nhập được.`,
      `No type name "CHƯƠNG TRÌNH", "QUY CHẾ" or "BÁO CÁO" after the header${first ? ` (first line after it: "${first}")` : ''}: this is not a coordination document cochuong can import.`,
      'Chỉ nhập chương trình phối hợp, quy chế phối hợp và báo cáo kết quả phối hợp. Nếu đúng là loại đó, kiểm tra tên loại in đậm, giữa trang, ngay dưới phần tiêu đề.',
      'Only coordination programs, regulations and reports can be imported. If it is one, check the bold centred type name just below the header.');
  }
  if (facts) applyUnprinted(recognised.data, facts, notes, recognised.enactingDefault);
  const messages: Message[] = [];
  if (pkg.legacy.size > 0) {
    const fonts = [...pkg.legacy].map((e) => (e === 'tcvn3' ? 'TCVN3 (.VnTime)' : e === 'vni' ? 'VNI' : e)).join(', ');
    messages.push(createMessage({ file, source: 'read', severity: 'warning', ruleId: IMPORT_CODES.legacyFont.id,
      reason: text(`Tệp dùng phông chữ cũ ${fonts}: chữ đã được chuyển sang Unicode.`, `The file uses the legacy font ${fonts}: the text was converted to Unicode.`),
      note: text('Đọc lại tệp YAML, nhất là tên riêng; khi in lại, cochuong dùng phông Times New Roman (Unicode).', 'Read the YAML through, names especially; cochuong prints it again in Times New Roman (Unicode).') }));
  }
  for (const n of recognised.skippedD) {
    messages.push(createMessage({ file, source: 'read', severity: 'warning', ruleId: IMPORT_CODES.diemLetters.id,
      reason: text(`Đoạn ${n}: danh sách tự động của Word đánh "e)" ngay sau "d)", thiếu "đ)".`, `Paragraph ${n}: Word's automatic list puts "e)" right after "d)", without "đ)".`),
      note: text('Trong tệp YAML các điểm không ghi chữ cái: cochuong in lại đúng a, b, c, d, đ, e. Nếu văn bản khác dẫn "điểm e" của văn bản này, hãy kiểm tra lại.',
        'Points carry no letters in the YAML: cochuong prints a, b, c, d, đ, e again. If another document cites "điểm e" of this one, check it.') }));
  }
  for (const note of notes.list.filter((n) => n.kind === 'unplaced')) {
    messages.push(createMessage({ file, source: 'read', severity: 'warning', ruleId: IMPORT_CODES.unplaced.id,
      reason: note.paragraph ? text(`Đoạn ${note.paragraph}: ${note.text.vi}`, `Paragraph ${note.paragraph}: ${note.text.en}`) : note.text,
      note: text('Sửa trong tệp YAML cho đúng chỗ (số đoạn đếm từ đầu văn bản Word, kể cả đoạn trong bảng).', 'Fix it in the YAML (paragraphs are counted from the start of the Word file, table cells included).') }));
  }
  return {
    ok: true, file, data: recognised.data, messages,
    report: {
      kind: recognised.kind, counts: recognised.counts,
      parties: ((recognised.data.ben as { ten: string }[] | undefined) ?? []).map((b) => b.ten),
      notes: notes.list, legacyFonts: [...pkg.legacy], comments: pkg.commentCount, converterMs,
    },
  };
}
