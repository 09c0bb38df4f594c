import { text } from '../message/message.js';
import { ABOLISHED_UNIT_WORDS, ADMIN_LEVELS, REFORM_DATE, findUnitMentions, levelExistedOn, type AdminLevel } from '../model/admin-units.js';
import { documentDate } from '../model/document-date.js';
import { paragraphs } from '../model/document.js';
import type { DataPath } from '../parse/source-tree.js';
import type { Rule } from './rule.js';

const LEVELS = Object.keys(ADMIN_LEVELS) as AdminLevel[];

/**
 * Levels that did not exist on the document's date: since 1 July 2025 local government has two tiers
 * (tỉnh; xã, phường, đặc khu). Documents from before keep their huyện and thị trấn: they are history.
 */
export const ct014: Rule = {
  id: 'CT014',
  name: 'admin-level-period',
  stage: 'rule',
  severity: 'error',
  description: text('Cấp hành chính phải có vào ngày của văn bản: từ 01/7/2025 không còn huyện, quận, thị xã, thành phố thuộc tỉnh, thị trấn; trước 01/7/2025 chưa có đặc khu.',
    'The administrative level must exist on the document\'s date: from 1 July 2025 there are no huyện, quận, thị xã, provincial cities or thị trấn; before that date there are no đặc khu.'),
  rationale: text('Từ ngày 01/7/2025 chính quyền địa phương chỉ còn hai cấp: tỉnh và xã (xã, phường, đặc khu); cấp huyện và thị trấn kết thúc hoạt động (Luật Tổ chức chính quyền địa phương số 72/2025/QH15). Văn bản mới mà còn ghi "huyện", "Ủy ban nhân dân huyện…" thường là do sao chép văn bản cũ. Văn bản trước 01/7/2025 có cấp huyện vẫn đúng, không bị báo lỗi.',
    'Since 1 July 2025 local government has two tiers: provinces and communes (xã, phường, đặc khu); districts and thị trấn ended (Law 72/2025/QH15). A new document that still names a huyện or its People\'s Committee was usually copied from an old one. Documents from before 1 July 2025 with districts are correct and not reported.'),
  bad: 'dia_phuong:\n  cap: huyen\n  ten: Sóc Sơn\nngay_ban_hanh: 2026-02-05\nben:\n  - id: ubnd\n    ten: Ủy ban nhân dân huyện Sóc Sơn',
  good: 'dia_phuong:\n  cap: xa\n  ten: Sóc Sơn\nngay_ban_hanh: 2026-02-05\nben:\n  - id: ubnd\n    ten: Ủy ban nhân dân xã Sóc Sơn',
  check({ doc }, report) {
    const date = documentDate(doc);
    if (!date) return;
    const reform = { vi: '01/7/2025', en: '1 July 2025' };
    const cap = doc.dia_phuong.cap;
    if (!levelExistedOn(cap, date.iso)) {
      const info = ADMIN_LEVELS[cap];
      const existing = LEVELS.filter((level) => level !== 'trung_uong' && levelExistedOn(level, date.iso)); // a locality, not a central body
      const afterReform = date.iso >= REFORM_DATE;
      report({
        path: ['dia_phuong', 'cap'],
        actual: cap,
        expected: existing,
        message: afterReform
          ? text(`Văn bản ${date.label.vi} nhưng đơn vị ban hành là cấp ${info.word} (cap: ${cap}). Cấp ${info.word} đã kết thúc hoạt động từ ${reform.vi}; từ đó chỉ còn cấp tỉnh và cấp xã (xã, phường, đặc khu).`,
            `The document is ${date.label.en} but its issuing unit is a ${info.en} (cap: ${cap}). That level ended on ${reform.en}; since then there are only provinces and communes (xã, phường, đặc khu).`)
          : text(`Văn bản ${date.label.vi} nhưng đơn vị ban hành là đặc khu (cap: ${cap}). Đặc khu chỉ có từ ${reform.vi}.`,
            `The document is ${date.label.en} but its issuing unit is a special zone (cap: ${cap}). Special zones exist only from ${reform.en}.`),
        note: afterReform
          ? text(`Nếu đây là văn bản cũ, sửa ngay_ban_hanh (hoặc nam) cho đúng ngày đã ký. Nếu là văn bản mới, ghi đơn vị cấp xã mới: cap: ${existing.join(', ')} và tên đơn vị mới ở dia_phuong.ten.`,
            `If this is an old document, correct ngay_ban_hanh (or nam) to the real date. If it is new, give the new commune-level unit: cap: ${existing.join(', ')}, and its name in dia_phuong.ten.`)
          : text(`Nếu văn bản ký từ ${reform.vi} trở đi, sửa ngay_ban_hanh (hoặc nam). Nếu ký trước đó, ghi cấp của đơn vị lúc ấy: ${existing.join(', ')}.`,
            `If the document was signed on or after ${reform.en}, correct ngay_ban_hanh (or nam). If before, give the level the unit had then: ${existing.join(', ')}.`),
      });
    }
    if (date.iso < REFORM_DATE) return;

    // Parties named as bodies of an abolished level: one finding per party, on the first name that shows it.
    doc.ben.forEach((party, i) => {
      const names: [DataPath, string][] = [[['ben', i, 'ten'], party.ten]];
      const header = party.ten_tieu_de;
      if (typeof header === 'string') names.push([['ben', i, 'ten_tieu_de'], header]);
      else paragraphs(header).forEach((line, j) => names.push([['ben', i, 'ten_tieu_de', j], line]));
      for (const [path, name] of names) {
        const mention = findUnitMentions(name).find((m) => ABOLISHED_UNIT_WORDS.includes(m.unitWord));
        if (!mention) continue;
        const shown = mention.name ? `${mention.unit} ${mention.name}` : mention.unit;
        report({
          path,
          actual: name,
          message: text(`Tên "${name}" là của cơ quan cấp ${mention.unitWord} ("${shown}"), nhưng văn bản ${date.label.vi}: cấp ${mention.unitWord} không còn từ ${reform.vi}.`,
            `"${name}" names a body of a ${mention.unitWord} ("${shown}"), but the document is ${date.label.en}: that level no longer exists from ${reform.en}.`),
          note: text('Ghi tên cơ quan của đơn vị hành chính mới (ví dụ "Ủy ban nhân dân xã …", "Hội đồng nhân dân phường …"), hoặc sửa ngày ban hành nếu đây là văn bản trước 01/7/2025.',
            'Give the body of the new administrative unit (e.g. "Ủy ban nhân dân xã …"), or correct the date of issue if this document is from before 1 July 2025.'),
        });
        break;
      }
    });
  },
};
