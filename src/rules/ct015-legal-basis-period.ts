import { text } from '../message/message.js';
import { shortDate } from '../model/dates.js';
import { documentDate } from '../model/document-date.js';
import { citation, citedTexts, currentReplacement, identifyBasis, nameFits, symbolKey } from '../model/legal-bases.js';
import type { Rule } from './rule.js';

/**
 * Legal bases (căn cứ) checked against the table of known texts (src/model/legal-bases.ts): cited in
 * their period, with their own date and name; and no basis dated after the document itself.
 * Texts not in the table are left alone, apart from the date check, which needs no table.
 */
export const ct015: Rule = {
  id: 'CT015',
  name: 'legal-basis-period',
  stage: 'rule',
  severity: 'error',
  description: text('Căn cứ phải là văn bản còn được dùng vào ngày của văn bản, đúng số, ngày và tên; không căn cứ văn bản ban hành sau ngày của văn bản.',
    'Legal bases must be texts still cited on the document\'s date, with the right number, date and name; none may be dated after the document.'),
  rationale: text('Căn cứ một luật đã được thay thế (ví dụ Luật Tổ chức chính quyền địa phương số 77/2015/QH13 trong văn bản năm 2026) làm văn bản sai cơ sở pháp lý; thường do sao chép phần căn cứ từ văn bản năm trước. Số hoặc ngày của một văn bản quen thuộc bị gõ nhầm cũng được phát hiện. Văn bản không có trong bảng của cochuong thì chỉ được kiểm tra ngày.',
    'Citing a replaced law (e.g. Law 77/2015/QH13 in a 2026 document) gives the document a wrong legal basis, usually because the bases were copied from last year\'s document. A mistyped number or date of a well-known text is caught too. Texts not in cochuong\'s table are only checked for their date.'),
  bad: 'ngay_ban_hanh: 2026-02-05\ncan_cu:\n  - loai: luat\n    ten: Tổ chức chính quyền địa phương\n    so: 77/2015/QH13\n    ngay: 2015-06-19',
  good: 'ngay_ban_hanh: 2026-02-05\ncan_cu:\n  - loai: luat\n    ten: Tổ chức chính quyền địa phương\n    so: 72/2025/QH15\n    ngay: 2025-06-16',
  check({ doc }, report) {
    const date = documentDate(doc);
    const issued = doc.ngay_ban_hanh ?? undefined;
    doc.can_cu?.forEach((line, i) => citedTexts(line).forEach((entry) => {
      // A line written as text is pointed at whole; a structured one at its key.
      const at = (key: 'so' | 'ten' | 'ngay') => (typeof line === 'string' ? ['can_cu', i] : ['can_cu', i, key]);
      const found = identifyBasis(entry);
      let dateReported = false;

      if (found) {
        const { basis } = found;
        const name = citation(basis);
        if (found.by === 'so' && entry.so && symbolKey(entry.so) !== symbolKey(basis.so)) {
          report({ path: at('so'), actual: entry.so, expected: [basis.so], severity: 'warning',
            message: text(`Số, ký hiệu của ${basis.title.vi.includes(basis.so) ? basis.title.vi : `văn bản số ${basis.so}`} là "${basis.so}", căn cứ ghi "${entry.so}".`,
              `The number and symbol of ${basis.title.en} is "${basis.so}"; the citation gives "${entry.so}".`),
            note: text(`Văn bản mới ghi đúng ký hiệu: ${basis.so}. Văn bản đã ban hành thì giữ như đã in.`,
              `A new document cites it as ${basis.so}. An issued document keeps its text as printed.`) });
        }
        if (found.by === 'so' && entry.ngay && entry.ngay !== basis.ngay) {
          dateReported = true;
          report({ path: at('ngay'), actual: entry.ngay, expected: [basis.ngay],
            message: text(`${name.vi} ban hành ngày ${shortDate(basis.ngay)}, nhưng căn cứ ghi ngày ${shortDate(entry.ngay)}.`,
              `${name.en} is dated ${basis.ngay}, but the citation gives ${entry.ngay}.`),
            note: text(`Sửa ngày thành ${basis.ngay}, hoặc kiểm tra lại số văn bản nếu định căn cứ một văn bản khác.`,
              `Change the date to ${basis.ngay}, or check the number if another text was meant.`) });
        }
        if (found.by === 'so' && !entry.asWritten && !nameFits(basis, entry.ten)) {
          report({ path: at('ten'), actual: entry.ten, expected: [basis.title.vi],
            message: text(`Số ${entry.so} là ${basis.title.vi}, nhưng tên căn cứ ghi "${entry.ten}".`,
              `Number ${entry.so} is the ${basis.title.en}, but the citation is named "${entry.ten}".`),
            note: text('Sửa tên cho khớp với số, hoặc sửa số nếu định căn cứ một văn bản khác.',
              'Make the name match the number, or correct the number if another text was meant.') });
        }
        if (date && basis.citedUntil && date.iso >= basis.citedUntil) {
          const replacement = currentReplacement(basis, date.iso);
          const since = replacement?.inForceFrom
            ? { vi: `có hiệu lực từ ${shortDate(replacement.inForceFrom)}`, en: `in force from ${replacement.inForceFrom}` }
            : replacement ? { vi: `ban hành ngày ${shortDate(replacement.ngay)}`, en: `dated ${replacement.ngay}` } : undefined;
          const by = replacement && since ? citation(replacement) : undefined;
          report({ path: at(entry.so ? 'so' : 'ten'), actual: entry.so ?? entry.ten,
            expected: replacement ? [replacement.so] : undefined,
            message: by && since
              ? text(`${name.vi} đã được thay bằng ${by.vi} (${since.vi}); văn bản ${date.label.vi} không căn cứ văn bản cũ nữa.`,
                `The ${name.en} has been replaced by the ${by.en} (${since.en}); a document ${date.label.en} cannot cite the old one.`)
              : text(`${name.vi} không còn được dùng làm căn cứ cho văn bản ${date.label.vi}.`,
                `The ${name.en} is no longer cited by a document ${date.label.en}.`),
            note: replacement
              ? text(`Thay căn cứ này bằng ${citation(replacement).vi}: so: ${replacement.so}, ngay: ${replacement.ngay}. Thường do sao chép phần căn cứ từ văn bản năm trước.`,
                `Replace it with the ${citation(replacement).en}: so: ${replacement.so}, ngay: ${replacement.ngay}. Usually the bases were copied from last year's document.`)
              : text('Xóa căn cứ này hoặc thay bằng văn bản đang có hiệu lực.', 'Remove this basis or replace it with the text now in force.') });
        }
      }

      // Cannot cite a text issued after the document (checked only against a real date of issue, not a draft's year).
      const basisDate = entry.ngay ?? (found?.by === 'so' ? found.basis.ngay : undefined);
      if (issued && basisDate && basisDate > issued && !dateReported) {
        report({ path: at(entry.ngay ? 'ngay' : 'so'), actual: basisDate,
          message: text(`Căn cứ ngày ${shortDate(basisDate)} ban hành sau văn bản này (ngày ${shortDate(issued)}): không thể căn cứ một văn bản chưa có.`,
            `The basis is dated ${basisDate}, after this document (${issued}): a document cannot cite a text that did not exist yet.`),
          note: text('Kiểm tra lại ngày của căn cứ và ngày ban hành (ngay_ban_hanh) của văn bản.',
            'Check the date of the basis and the document\'s date of issue (ngay_ban_hanh).') });
      }
    }));
  },
};
