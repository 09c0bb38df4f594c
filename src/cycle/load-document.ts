import { checkSource } from '../check/check-source.js';
import type { CochuongDocument, DocumentKind } from '../model/document.js';
import { createMessage, text, type Message } from '../message/message.js';
import { readBytes } from '../read/read-bytes.js';
import { CYCLE_CODES } from './codes.js';

export type LoadedDocument =
  | { ok: true; file: string; text: string; doc: CochuongDocument }
  | { ok: false; messages: Message[] };

const KIND_NAMES: Record<DocumentKind, { vi: string; en: string }> = {
  chuong_trinh: { vi: 'chương trình phối hợp', en: 'program' },
  quy_che: { vi: 'quy chế phối hợp', en: 'regulation' },
  bao_cao: { vi: 'báo cáo', en: 'report' },
  van_ban: { vi: 'văn bản', en: 'document' },
};

/**
 * A document the cycle commands build on: read with the bounded reader, checked against the schema
 * (the domain rules are not needed to build from it), and of one of the `kinds` wanted.
 */
export async function loadDocument(file: string, path: string, kinds: readonly DocumentKind[], maxBytes: number): Promise<LoadedDocument> {
  const read = await readBytes(path, maxBytes);
  if (!read.ok) return { ok: false, messages: [{ ...read.message, file }] };
  const checked = checkSource(file, read.bytes, { rules: [] });
  if (!checked.document || checked.text === undefined) {
    const errors = checked.messages.filter((m) => m.severity === 'error');
    return { ok: false, messages: [...errors, createMessage({ file, source: 'cycle', fatal: true, ruleId: CYCLE_CODES.notValid.id,
      reason: text('Tệp này chưa đúng mẫu (xem các lỗi trên), nên chưa dựng được văn bản từ nó.', 'This file does not match the format (see the errors above), so nothing can be built from it.'),
      note: text(`Sửa các lỗi (cochuong validate ${file}) rồi chạy lại lệnh.`, `Fix the errors (cochuong validate ${file}) and run the command again.`) })] };
  }
  const doc = checked.document;
  if (!kinds.includes(doc.loai)) {
    const wanted = kinds.map((k) => KIND_NAMES[k]);
    return { ok: false, messages: [createMessage({ file, source: 'cycle', fatal: true, ruleId: CYCLE_CODES.wrongKind.id, path: ['loai'], actual: doc.loai,
      expected: [...kinds],
      reason: text(`Tệp này là ${KIND_NAMES[doc.loai].vi} (loai: ${doc.loai}); lệnh cần ${wanted.map((w) => w.vi).join(' hoặc ')}.`,
        `This file is a ${KIND_NAMES[doc.loai].en} (loai: ${doc.loai}); the command needs a ${wanted.map((w) => w.en).join(' or ')}.`),
      note: text(`Chỉ ra tệp ${wanted.map((w) => w.vi).join(' hoặc ')} (loai: ${kinds.join(' hoặc ')}).`, `Name a ${wanted.map((w) => w.en).join(' or ')} file (loai: ${kinds.join(' or ')}).`) })] };
  }
  if (doc.loai === 'chuong_trinh' && typeof doc.nam !== 'number') {
    return { ok: false, messages: [createMessage({ file, source: 'cycle', fatal: true, ruleId: CYCLE_CODES.wrongKind.id, path: ['loai'],
      reason: text('Chương trình này không ghi năm (nam), nên không biết năm sau, hạn và các kỳ sơ kết, tổng kết của nó.',
        'This program names no year (nam), so its next year, deadlines and reviews are unknown.'),
      note: text('Thêm dòng "nam: NĂM" (ví dụ nam: 2026) rồi chạy lại.', 'Add a line "nam: YEAR" (e.g. nam: 2026) and run again.') })] };
  }
  return { ok: true, file, text: checked.text, doc };
}
