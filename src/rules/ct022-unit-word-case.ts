import { text } from '../message/message.js';
import { findUnitMentions, nameKeepsUnitCapital } from '../model/admin-units.js';
import type { DataPath } from '../parse/source-tree.js';
import type { Rule } from './rule.js';

/** "Hội đồng Nhân dân", "Ủy ban Nhân dân" (not the all-capitals header form). */
const BODY_NHAN_DAN = /(Hội đồng|Ủy ban|Uỷ ban)\s+Nhân dân/gu;
/** "nhân dân Huyện" followed by no proper name (a lower-case word, a number-less end). */
const UNIT_AFTER_BODY = /(nhân dân)\s+(Huyện|Xã|Tỉnh|Quận|Phường|Thị xã|Thị trấn)(?=\s+\p{Ll}|\s*[,;.)]|\s*$)/gu;

/** A capital is normal at the start of the text or of a sentence, clause or bracket. */
const STARTS_HERE = /(?:^|[.!?:;(\-–—"“'‘/])\s*$/u;

/** "Xã", "Thành phố", "Thị Xã": capitalised, not written all in capitals ("XÃ PHÙ ĐỔNG" is a caps header). */
function isCapitalised(word: string): boolean {
  return word[0] !== word[0].toLowerCase() && word !== word.toUpperCase();
}

/**
 * Nghị định 30/2020, Phụ lục II, mục III.1: the common noun of an administrative unit is lower case
 * before its proper name ("xã Phù Đổng", "huyện Sóc Sơn", "tỉnh Nam Định"); it keeps its capital
 * when the name is a number, a person's name or a historical event ("Quận 1", "Phường Điện Biên Phủ").
 */
export const ct022: Rule = {
  id: 'CT022',
  name: 'unit-word-case',
  stage: 'rule',
  severity: 'warning',
  description: text('Trong tên cơ quan, địa danh và nơi nhận, danh từ chỉ đơn vị hành chính đứng trước tên riêng viết thường: "xã Phù Đổng", không viết "Xã Phù Đổng".',
    'In body names, places and recipients, the administrative unit word before a proper name is lower case: "xã Phù Đổng", not "Xã Phù Đổng".'),
  rationale: text('Phụ lục II Nghị định 30/2020 quy định: tên đơn vị hành chính gồm danh từ chung (tỉnh, huyện, xã…) và tên riêng thì chỉ viết hoa tên riêng ("tỉnh Nam Định", "Ủy ban nhân dân xã Phù Đổng"). Danh từ chung được viết hoa khi tên riêng là chữ số, tên người hoặc tên sự kiện lịch sử ("Quận 1", "Phường Điện Biên Phủ"), và ở đầu câu. cochuong nhận ra chữ số, các họ phổ biến và một số tên sự kiện; trường hợp khác nếu đúng là tên người thì bỏ qua cảnh báo này. Tên in ở tiêu đề (ten_tieu_de) viết hoa toàn bộ nên không kiểm tra.',
    'Phụ lục II of Nghị định 30/2020: in an administrative unit\'s name made of a common noun (tỉnh, huyện, xã…) and a proper name, only the proper name is capitalised ("tỉnh Nam Định", "Ủy ban nhân dân xã Phù Đổng"). The noun keeps its capital when the name is a number, a person\'s name or a historical event ("Quận 1", "Phường Điện Biên Phủ"), and at the start of a sentence. cochuong recognises numbers, common family names and some event names; if another name really is a person\'s, ignore the warning. Header names (ten_tieu_de) are in capitals and not checked.'),
  bad: 'ben:\n  - id: ubnd\n    ten: Ủy ban nhân dân Xã Phù Đổng\nnoi_nhan:\n  - UBND Huyện Gia Lâm (để b/c)',
  good: 'ben:\n  - id: ubnd\n    ten: Ủy ban nhân dân xã Phù Đổng\nnoi_nhan:\n  - UBND huyện Gia Lâm (để b/c)',
  check({ doc }, report) {
    const texts: [DataPath, string][] = [
      ...doc.ben.map((b, i): [DataPath, string] => [['ben', i, 'ten'], b.ten]),
      ...(doc.don_vi ?? []).map((u, i): [DataPath, string] => [['don_vi', i, 'ten'], u.ten]),
      ...(doc.dia_phuong.thuoc ? [[['dia_phuong', 'thuoc'], doc.dia_phuong.thuoc] as [DataPath, string]] : []),
      ...doc.noi_nhan.map((r, i): [DataPath, string] => [['noi_nhan', i], r]),
      // Căn cứ: the issuing body of a structured one, or the whole line written as text.
      ...(doc.can_cu ?? []).flatMap((c, i): [DataPath, string][] => (typeof c === 'string' ? [[['can_cu', i], c]] : c.co_quan ? [[['can_cu', i, 'co_quan'], c.co_quan]] : [])),
    ];
    for (const [path, value] of texts) {
      // "Hội đồng Nhân dân", "Ủy ban Nhân dân": inside these names "nhân dân" is lower case (Phụ lục II).
      for (const m of value.matchAll(BODY_NHAN_DAN)) {
        const fixed = `${m[1]} nhân dân`;
        report({ path, actual: m[0], expected: [fixed],
          message: text(`Trong "${value}", tên cơ quan viết "${m[0]}"; Phụ lục II Nghị định 30/2020 viết "${fixed}".`,
            `In "${value}", the body is written "${m[0]}"; Phụ lục II of Nghị định 30/2020 writes "${fixed}".`),
          note: text(`Sửa "${m[0]}" thành "${fixed}" (văn bản đã ban hành thì giữ như đã in).`, `Change "${m[0]}" to "${fixed}" (an issued document keeps its text as printed).`) });
      }
      // "Hội đồng nhân dân Huyện khóa XI": a capitalised unit word after a body's name with no proper name after it.
      for (const m of value.matchAll(UNIT_AFTER_BODY)) {
        const fixed = `${m[1]} ${m[2].toLowerCase()}`;
        report({ path, actual: m[0], expected: [fixed],
          message: text(`Trong "${value}", chữ "${m[2]}" giữa tên cơ quan phải viết thường: "${fixed}" (Nghị định 30/2020, Phụ lục II).`,
            `In "${value}", the unit word "${m[2]}" inside a body's name is lower case: "${fixed}" (Nghị định 30/2020, Phụ lục II).`),
          note: text(`Sửa "${m[0]}" thành "${fixed}" (văn bản đã ban hành thì giữ như đã in).`, `Change "${m[0]}" to "${fixed}" (an issued document keeps its text as printed).`) });
      }
      for (const m of findUnitMentions(value)) {
        if (!m.name || !isCapitalised(m.unit) || nameKeepsUnitCapital(m.name)) continue;
        if (STARTS_HERE.test(value.slice(0, m.index))) continue;
        const written = value.slice(m.index, m.nameIndex! + m.name.length);
        const fixed = m.unit.toLowerCase() + value.slice(m.index + m.unit.length, m.nameIndex! + m.name.length);
        report({ path, actual: written, expected: [fixed],
          message: text(`Trong "${value}", chữ "${m.unit}" đứng trước tên riêng "${m.name}" phải viết thường: "${fixed}" (Nghị định 30/2020, Phụ lục II).`,
            `In "${value}", the unit word "${m.unit}" before the proper name "${m.name}" must be lower case: "${fixed}" (Nghị định 30/2020, Phụ lục II).`),
          note: text(`Sửa "${written}" thành "${fixed}". Chỉ giữ chữ hoa khi tên riêng là chữ số, tên người hoặc tên sự kiện lịch sử (Quận 1, Phường Điện Biên Phủ).`,
            `Change "${written}" to "${fixed}". Keep the capital only when the name is a number, a person's name or a historical event (Quận 1, Phường Điện Biên Phủ).`) });
      }
    }
  },
};
