import { text } from '../message/message.js';
import { documentTextsOf, entriesMatching } from '../model/texts.js';
import type { Rule } from './rule.js';

// Control characters (but tab and line breaks), the non-characters U+FFFE/U+FFFF, lone surrogates,
// zero-width and bidirectional marks: pasted from Word or PDFs, invisible, and the DOCX writer must drop them.
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

// The same characters, and every surrogate, without the `u` flag and lookarounds: a cheap first search,
// over all the document's text at once (it cannot match the "\n" that joins the strings).
const MAYBE_INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\ud800-\udfff]/g;

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Text a reader cannot see: invisible characters, and values that are only spaces. */
export const ct023: Rule = {
  id: 'CT023',
  name: 'invisible-characters',
  stage: 'rule',
  severity: 'error',
  description: text('Văn bản không được chứa ký tự vô hình (ký tự điều khiển, dấu cách độ rộng 0, dấu đổi chiều chữ) hoặc đoạn chỉ có dấu cách.',
    'Text must not contain invisible characters (control characters, zero-width spaces, direction marks) or paragraphs of spaces only.'),
  rationale: text('Chép từ Word hoặc PDF có thể mang theo ký tự không nhìn thấy. Word từ chối mở tệp có ký tự điều khiển; dấu cách độ rộng 0 làm việc tìm kiếm và so sánh sai mà không ai thấy. Đoạn chỉ có dấu cách sẽ in thành một dòng trống.',
    'Text copied from Word or PDFs may carry characters no one can see. Word refuses files with control characters; zero-width spaces silently break search and comparison. A paragraph of only spaces prints as an empty line.'),
  bad: 'trich_yeu: "Phối hợp công tác\\u000b năm 2026"\nmuc_dich:\n  - " "',
  good: 'trich_yeu: Phối hợp công tác năm 2026\nmuc_dich:\n  - Tăng cường phối hợp giữa ba cơ quan.',
  check({ doc }, report) {
    const texts = documentTextsOf(doc);
    const suspects = new Set(entriesMatching(texts, MAYBE_INVISIBLE));
    texts.entries.forEach(([path, value], index) => {
      const found = suspects.has(index) ? INVISIBLE.exec(value) : null;
      if (found) {
        const at = found.index;
        const around = value.slice(Math.max(0, at - 15), at + 15).replace(INVISIBLE, '⍰');
        report({ path, actual: codePoint(found[0]),
          message: text(`Có ký tự vô hình ${codePoint(found[0])} ở vị trí thứ ${at + 1} của đoạn chữ: "${around}" (⍰ là chỗ của nó).`,
            `An invisible character ${codePoint(found[0])} at position ${at + 1} of the text: "${around}" (⍰ marks it).`),
          note: text('Xóa ký tự đó (gõ lại đoạn quanh nó), hoặc dán văn bản dạng chữ thuần (Ctrl+Shift+V) thay vì chép nguyên định dạng từ Word/PDF.',
            'Delete the character (retype the text around it), or paste as plain text (Ctrl+Shift+V) instead of copying with formatting from Word/PDF.') });
      } else if (value.length > 0 && value.trim() === '') {
        report({ path, actual: JSON.stringify(value), severity: 'warning',
          message: text('Đoạn này chỉ có dấu cách, sẽ in thành một dòng trống.', 'This text is only spaces and prints as an empty line.'),
          note: text('Viết nội dung, hoặc xóa dòng này.', 'Write the content, or remove the line.') });
      }
    });
  },
};
