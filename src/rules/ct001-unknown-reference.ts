import { text } from '../message/message.js';
import { declaredUnits } from '../model/document.js';
import type { Rule } from './rule.js';

/** chu_tri, phoi_hop and trach_nhiem name parties or units by id; an unknown id is a typo or a deleted party. */
export const ct001: Rule = {
  id: 'CT001',
  name: 'unknown-reference',
  stage: 'rule',
  severity: 'error',
  description: text('Mã cơ quan trong chu_tri, phoi_hop, trach_nhiem phải là mã của một bên (ben) hoặc đơn vị (don_vi) đã khai báo.',
    'Ids in chu_tri, phoi_hop and trach_nhiem must name a declared party (ben) or unit (don_vi).'),
  rationale: text('Nội dung giao cho một mã không có thì khi in sẽ không biết cơ quan nào chủ trì. Thường do gõ sai mã, hoặc đã xóa một bên mà quên sửa nội dung.',
    'Work given to an id that does not exist has no one to lead it when printed. Usually a typo, or a party removed without updating the items.'),
  bad: 'ben:\n  - id: ubnd\n    …\nnoi_dung:\n  - id: tuyen-truyen\n    chu_tri: ubnd-xa',
  good: 'ben:\n  - id: ubnd\n    …\nnoi_dung:\n  - id: tuyen-truyen\n    chu_tri: ubnd',
  check({ doc }, report) {
    const units = declaredUnits(doc);
    const known = [...units.keys()];
    const unknown = (id: string, path: (string | number)[]) => {
      if (units.has(id)) return;
      report({
        path,
        message: text(`Mã "${id}" không phải là một bên hay đơn vị đã khai báo.`, `"${id}" is not a declared party or unit.`),
        actual: id,
        expected: known,
        note: text(`Dùng một trong các mã: ${known.join(', ')}; hoặc khai báo đơn vị này trong don_vi.`,
          `Use one of: ${known.join(', ')}; or declare the unit under don_vi.`),
      });
    };
    doc.noi_dung?.forEach((item, i) => {
      unknown(item.chu_tri, ['noi_dung', i, 'chu_tri']);
      item.phoi_hop?.forEach((id, j) => unknown(id, ['noi_dung', i, 'phoi_hop', j]));
    });
    doc.to_chuc_thuc_hien?.trach_nhiem?.forEach((entry, i) => unknown(entry.ben, ['to_chuc_thuc_hien', 'trach_nhiem', i, 'ben']));
  },
};
