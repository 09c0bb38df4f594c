import { text } from '../message/message.js';
import { ADMIN_LEVELS, findUnitMentions } from '../model/admin-units.js';
import { containsWords } from '../text/contains-words.js';
import { compareKey, sameText } from '../text/compare-key.js';
import type { Rule } from './rule.js';

/**
 * A party's full official name carries the locality ("Ủy ban nhân dân xã Phù Đổng"). A party named
 * after another commune is the trace of a file copied from a neighbour and not fully adapted.
 */
export const ct021: Rule = {
  id: 'CT021',
  name: 'party-locality',
  stage: 'rule',
  severity: 'warning',
  description: text('Tên đầy đủ của mỗi bên ký phải có tên địa phương ban hành (dia_phuong.ten); bên loại "khac" không kiểm tra.',
    'Each signing party\'s full name must contain the locality (dia_phuong.ten); parties of kind "khac" are not checked.'),
  rationale: text('Tên chính thức của cơ quan gồm cả tên đơn vị hành chính: "Ủy ban nhân dân xã Phù Đổng". Tên bên ký mang tên một xã khác thường là dấu vết của tệp sao chép từ địa phương khác mà chưa sửa hết; tên thiếu địa danh thì khi in tiêu đề và chữ ký sẽ không rõ cơ quan nào. So sánh không phân biệt hoa thường, kiểu đặt dấu (Hòa/Hoà) hay dạng Unicode.',
    'An official body name includes its administrative unit: "Ủy ban nhân dân xã Phù Đổng". A party named after another commune is usually left over from a file copied from another locality; a name without the locality prints an ambiguous header and signature. The comparison ignores case, tone placement (Hòa/Hoà) and Unicode form.'),
  bad: 'dia_phuong:\n  cap: xa\n  ten: Phù Đổng\nben:\n  - id: ubnd\n    loai: ubnd\n    ten: Ủy ban nhân dân xã Phù Lỗ',
  good: 'dia_phuong:\n  cap: xa\n  ten: Phù Đổng\nben:\n  - id: ubnd\n    loai: ubnd\n    ten: Ủy ban nhân dân xã Phù Đổng',
  check({ doc }, report) {
    const locality = doc.dia_phuong.ten;
    // A central body (Chính phủ, a Bộ, the Front's central committee) has no locality in its name.
    if (doc.dia_phuong.cap === 'trung_uong' || locality === undefined) return;
    const unitWord = ADMIN_LEVELS[doc.dia_phuong.cap].word;
    const place = `${unitWord} ${locality}`;
    doc.ben.forEach((party, i) => {
      if (party.loai === 'khac' || containsWords(party.ten, locality)) return;
      const other = findUnitMentions(party.ten).find((m) => m.name && m.unitWord === unitWord && !sameText(m.name, locality));
      if (other) {
        const fixed = party.ten.slice(0, other.nameIndex) + locality + party.ten.slice(other.nameIndex! + other.name!.length);
        report({ path: ['ben', i, 'ten'], actual: party.ten, expected: [fixed],
          message: text(`Tên bên ký "${party.ten}" mang tên ${other.unit} ${other.name}, nhưng văn bản là của ${place}. Có thể tệp được sao chép từ văn bản của địa phương khác.`,
            `The party "${party.ten}" is named after ${other.unit} ${other.name}, but the document is issued in ${place}. The file was perhaps copied from another locality's.`),
          note: text(`Sửa thành "${fixed}" (hoặc sửa dia_phuong nếu chính nó mới sai).`, `Change it to "${fixed}" (or correct dia_phuong if that is what is wrong).`) });
        return;
      }
      const endsWithUnit = ` ${compareKey(party.ten)}`.endsWith(` ${compareKey(unitWord)}`); // "Hội Nông dân xã"
      const suggested = endsWithUnit ? `${party.ten} ${locality}` : `${party.ten} ${place}`;
      report({ path: ['ben', i, 'ten'], actual: party.ten, expected: [suggested],
        message: text(`Tên bên ký "${party.ten}" không có tên địa phương "${locality}": tên đầy đủ của cơ quan phải ghi cả đơn vị hành chính.`,
          `The party "${party.ten}" does not contain the locality "${locality}": a body's full name includes its administrative unit.`),
        note: text(`Ghi tên đầy đủ, ví dụ "${suggested}"; tên ngắn để in ở tiêu đề thì ghi ở ten_tieu_de. Bên không thuộc địa phương này thì ghi loai: khac.`,
          `Give the full name, e.g. "${suggested}"; a short header name goes in ten_tieu_de. A party from outside the locality takes loai: khac.`) });
    });
  },
};
