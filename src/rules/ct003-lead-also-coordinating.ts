import { text } from '../message/message.js';
import type { Rule } from './rule.js';

/** The lead (chủ trì) and the coordinating units (phối hợp) are different roles: one body is not both. */
export const ct003: Rule = {
  id: 'CT003',
  name: 'lead-also-coordinating',
  stage: 'rule',
  severity: 'error',
  kinds: ['chuong_trinh'],
  description: text('Cơ quan chủ trì không được ghi lại trong danh sách phối hợp của cùng nội dung; một cơ quan không ghi hai lần.',
    'The lead must not also be listed as coordinating for the same item, and no unit is listed twice.'),
  rationale: text('Bảng phân công in ra sẽ ghi một cơ quan vừa chủ trì vừa phối hợp, người đọc không rõ trách nhiệm.',
    'The printed table would show one body both leading and coordinating, and responsibilities become unclear.'),
  bad: 'chu_tri: ubnd\nphoi_hop: [ubnd, mttq]',
  good: 'chu_tri: ubnd\nphoi_hop: [mttq]',
  check({ doc }, report) {
    doc.noi_dung?.forEach((item, i) => {
      const seen = new Set<string>();
      item.phoi_hop?.forEach((id, j) => {
        const path = ['noi_dung', i, 'phoi_hop', j];
        if (id === item.chu_tri) {
          report({ path, actual: id,
            message: text(`"${id}" đã là cơ quan chủ trì của nội dung này, không ghi lại ở phối hợp.`, `"${id}" already leads this item; do not list it as coordinating.`),
            note: text(`Xóa "${id}" khỏi phoi_hop.`, `Remove "${id}" from phoi_hop.`) });
        } else if (seen.has(id)) {
          report({ path, actual: id,
            message: text(`"${id}" được ghi hai lần trong phoi_hop.`, `"${id}" is listed twice in phoi_hop.`),
            note: text('Xóa dòng lặp lại.', 'Remove the repeated entry.') });
        }
        seen.add(id);
      });
    });
  },
};
