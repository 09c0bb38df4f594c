import { text } from '../message/message.js';
import type { DataPath } from '../parse/source-tree.js';
import type { Rule } from './rule.js';

/** Ids are how references, reports and diffs find things: each must be unique in its namespace. */
export const ct002: Rule = {
  id: 'CT002',
  name: 'duplicate-id',
  stage: 'rule',
  severity: 'error',
  description: text('Mã (id) phải là duy nhất: giữa các bên và đơn vị, giữa các nội dung, giữa các chương, giữa các điều.',
    'Ids must be unique: among parties and units, among items, among chapters, among articles.'),
  rationale: text('Hai mục trùng mã thì không biết chu_tri, báo cáo kết quả hay lệnh so sánh đang nói đến mục nào. Thường do sao chép một mục rồi quên đổi mã.',
    'With two entries of one id, references, reports and diffs cannot tell which is meant. Usually an entry copied without changing its id.'),
  bad: 'noi_dung:\n  - id: giam-sat\n    …\n  - id: giam-sat\n    …',
  good: 'noi_dung:\n  - id: giam-sat\n    …\n  - id: giam-sat-dau-tu\n    …',
  check({ doc }, report) {
    const groups: { label: [string, string]; entries: { id?: string; path: DataPath }[] }[] = [
      { label: ['bên, đơn vị', 'parties and units'], entries: [
        ...doc.ben.map((b, i) => ({ id: b.id, path: ['ben', i, 'id'] })),
        ...(doc.don_vi ?? []).map((u, i) => ({ id: u.id, path: ['don_vi', i, 'id'] })),
      ] },
      { label: ['nội dung', 'items'], entries: (doc.noi_dung ?? []).map((n, i) => ({ id: n.id, path: ['noi_dung', i, 'id'] })) },
      { label: ['chương', 'chapters'], entries: (doc.chuong ?? []).map((c, i) => ({ id: c.id, path: ['chuong', i, 'id'] })) },
      { label: ['điều', 'articles'], entries: (doc.chuong ?? []).flatMap((c, i) => c.dieu.map((d, j) => ({ id: d.id, path: ['chuong', i, 'dieu', j, 'id'] }))) },
      { label: ['kết quả', 'results'], entries: (doc.ket_qua ?? []).map((k, i) => ({ id: k.noi_dung, path: ['ket_qua', i, 'noi_dung'] })) },
    ];
    for (const group of groups) {
      const first = new Map<string, DataPath>();
      for (const entry of group.entries) {
        if (entry.id === undefined) continue;
        const earlier = first.get(entry.id);
        if (!earlier) { first.set(entry.id, entry.path); continue; }
        report({
          path: entry.path,
          message: text(`Mã "${entry.id}" bị trùng: đã dùng cho một ${group.label[0]} khác ở trên.`, `Duplicate id "${entry.id}": already used by other ${group.label[1]} above.`),
          actual: entry.id,
          note: text('Đổi mã này thành một mã khác, chưa dùng.', 'Give this entry an id not used yet.'),
        });
      }
    }
  },
};
