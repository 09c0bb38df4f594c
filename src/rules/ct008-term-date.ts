import { text } from '../message/message.js';
import { parseIsoDate, shortDate } from '../model/dates.js';
import { hdndTerm, hdndTermOn } from '../model/terms.js';
import type { Rule } from './rule.js';

/** A quy chế of a term is signed after that term's HĐND is elected and before the term is over. */
export const ct008: Rule = {
  id: 'CT008',
  name: 'term-date',
  stage: 'rule',
  severity: 'error',
  kinds: ['quy_che'],
  description: text('Ngày ban hành quy chế phải nằm trong nhiệm kỳ: không trước ngày bầu cử HĐND của nhiệm kỳ, không sau năm kết thúc nhiệm kỳ.',
    'The date of issue of a quy chế must fall within its term: not before the HĐND election of that term, not after the year the term ends.'),
  rationale: text('Quy chế phối hợp nhiệm kỳ được ký sau khi HĐND khóa mới được bầu (nhiệm kỳ 2026-2031: bầu cử ngày 15/3/2026). Quy chế nhiệm kỳ 2026-2031 mà ghi ngày trước 15/3/2026 thường là tệp sao chép từ quy chế nhiệm kỳ trước, chưa sửa ngày hoặc chưa sửa nhiệm kỳ.',
    'A term\'s coordination regulation is signed after the new HĐND is elected (for 2026-2031: the election of 15 March 2026). A 2026-2031 regulation dated before 15 March 2026 is usually a file copied from the previous term\'s regulation, with its date or term left unchanged.'),
  bad: 'loai: quy_che\nnhiem_ky: 2026-2031\nngay_ban_hanh: 2026-02-10',
  good: 'loai: quy_che\nnhiem_ky: 2026-2031\nngay_ban_hanh: 2026-06-10',
  check({ doc }, report) {
    const issued = doc.ngay_ban_hanh;
    const term = doc.nhiem_ky ? hdndTerm(doc.nhiem_ky) : undefined;
    const date = issued ? parseIsoDate(issued) : undefined;
    if (!issued || !date || !term) return; // drafts have no date; other terms are CT007's
    const label = doc.nhiem_ky!;
    const inOffice = hdndTermOn(issued);
    const other = inOffice && inOffice !== term ? inOffice : undefined;
    if (issued < term.election) {
      report({
        path: ['ngay_ban_hanh'],
        actual: issued,
        expected: [`≥ ${term.election}`],
        message: text(`Ngày ban hành ${shortDate(issued)} trước ngày bầu cử HĐND nhiệm kỳ ${label} (${shortDate(term.election)}): khi đó HĐND nhiệm kỳ này chưa được bầu${other ? `, đang là nhiệm kỳ ${other.label}` : ''}.`,
          `The date of issue ${issued} is before the HĐND election of the ${label} term (${term.election}): that council was not yet elected${other ? `; the ${other.label} term was in office` : ''}.`),
        note: text(`Có thể tệp được sao chép từ quy chế nhiệm kỳ trước. Sửa ngay_ban_hanh thành ngày ký thật (từ ${shortDate(term.election)} trở đi), hoặc sửa nhiem_ky${other ? ` thành ${other.label}` : ''} nếu đây là quy chế của nhiệm kỳ trước.`,
          `The file may be copied from the previous term's regulation. Set ngay_ban_hanh to the real signing date (${term.election} or later), or change nhiem_ky${other ? ` to ${other.label}` : ''} if this is the previous term's regulation.`),
      });
    } else if (date.year > term.endYear) {
      report({
        path: ['ngay_ban_hanh'],
        actual: issued,
        expected: [`≤ ${term.endYear}-12-31`],
        message: text(`Ngày ban hành ${shortDate(issued)} sau khi nhiệm kỳ ${label} đã kết thúc (năm ${term.endYear})${other ? `; khi đó là nhiệm kỳ ${other.label}` : ''}.`,
          `The date of issue ${issued} is after the ${label} term ended (${term.endYear})${other ? `; the ${other.label} term was in office` : ''}.`),
        note: text(`Sửa nhiem_ky${other ? ` thành ${other.label}` : ''} nếu đây là quy chế của nhiệm kỳ mới, hoặc sửa ngay_ban_hanh cho đúng ngày ký.`,
          `Change nhiem_ky${other ? ` to ${other.label}` : ''} if this is the new term's regulation, or correct ngay_ban_hanh.`),
      });
    }
  },
};
