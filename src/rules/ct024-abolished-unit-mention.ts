import { text } from '../message/message.js';
import { ABOLISHED_UNIT_WORDS, REFORM_DATE, findUnitMentions, type UnitMention } from '../model/admin-units.js';
import { documentDate } from '../model/document-date.js';
import type { CochuongDocument } from '../model/document.js';
import type { DataPath } from '../parse/source-tree.js';
import { compareKey } from '../text/compare-key.js';
import type { Rule } from './rule.js';

/**
 * The centrally-run cities since 1 July 2025 (Nghị quyết 202/2025/QH15): the only "thành phố" left.
 * Any other "thành phố X" in a document of that date is a city under a province, a level abolished.
 */
const CENTRAL_CITIES = ['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế'].map(compareKey);

/** "nguyên huyện Gia Lâm", "trước đây là huyện …": the text names the old unit on purpose. */
const OLD_BEFORE = /(?:nguyên|trước đây(?: là| thuộc)?|trước sắp xếp(?: là)?|cũ là)\s*$/iu;
/** "huyện Gia Lâm cũ", "(huyện Gia Lâm cũ)", "huyện Gia Lâm (cũ)". */
const OLD_AFTER = /^\s*\(?\s*cũ(?![\p{L}\p{M}])/u;

/** The texts of a document that name units, each with its path; ben's names are CT014's. */
function unitTexts(doc: CochuongDocument): [DataPath, string][] {
  const out: [DataPath, string][] = [[['trich_yeu'], doc.trich_yeu]];
  if (doc.dia_phuong.thuoc) out.push([['dia_phuong', 'thuoc'], doc.dia_phuong.thuoc]);
  if (typeof doc.loi_ban_hanh === 'string') out.push([['loi_ban_hanh'], doc.loi_ban_hanh]);
  doc.don_vi?.forEach((unit, i) => {
    out.push([['don_vi', i, 'ten'], unit.ten]);
    if (unit.viet_tat) out.push([['don_vi', i, 'viet_tat'], unit.viet_tat]);
  });
  doc.noi_nhan.forEach((line, i) => out.push([['noi_nhan', i], line]));
  doc.can_cu?.forEach((basis, i) => {
    // A legal basis issued before the reform names the units of its day: history, not a mistake.
    if (typeof basis === 'string') return; // a line written as text: its own dates, not told apart here
    if (basis.ngay && basis.ngay < REFORM_DATE) return;
    if (basis.co_quan) out.push([['can_cu', i, 'co_quan'], basis.co_quan]);
  });
  return out;
}

function quoted(value: string, index: number): boolean {
  const before = value.slice(0, index);
  const count = (re: RegExp) => (before.match(re) ?? []).length;
  return count(/“/g) > count(/”/g) || count(/"/g) % 2 === 1;
}

/** The first mention of an abolished level in a text that is not deliberately historical. */
export function abolishedMention(value: string): UnitMention | undefined {
  return findUnitMentions(value).find((m) => {
    if (!m.name) return false; // "cấp huyện" talks about the level, not a unit
    const abolished = ABOLISHED_UNIT_WORDS.includes(m.unitWord) || (m.unitWord === 'thành phố' && !CENTRAL_CITIES.includes(compareKey(m.name)));
    if (!abolished) return false;
    const end = m.nameIndex! + m.name.length;
    return !OLD_BEFORE.test(value.slice(0, m.index)) && !OLD_AFTER.test(value.slice(end)) && !quoted(value, m.index);
  });
}

/**
 * District-level words left in a new document: "huyện", "quận", "thị xã", "thị trấn" or a provincial
 * "thành phố" in the subject, the units, the recipients… of a document dated on or after 1 July 2025.
 */
export const ct024: Rule = {
  id: 'CT024',
  name: 'abolished-unit-mention',
  stage: 'rule',
  severity: 'warning',
  description: text('Văn bản từ 01/7/2025 không nhắc đơn vị cấp huyện (huyện, quận, thị xã, thành phố thuộc tỉnh) hay thị trấn trong trích yếu, đơn vị phối hợp, nơi nhận, địa bàn (thuoc), lời ban hành và cơ quan ban hành căn cứ.',
    'A document from 1 July 2025 names no district-level unit (huyện, quận, thị xã, provincial city) or thị trấn in its subject, units, recipients, locality (thuoc), enacting sentence or the issuers of its legal bases.'),
  rationale: text('Từ ngày 01/7/2025 chính quyền địa phương chỉ còn hai cấp: tỉnh và xã; cấp huyện và thị trấn không còn (Luật Tổ chức chính quyền địa phương số 72/2025/QH15). "Công an huyện", "Ủy ban MTTQ Việt Nam huyện …" trong văn bản mới thường là chữ còn sót khi sao chép văn bản năm trước. Không báo khi chữ đó là lịch sử: căn cứ ban hành trước 01/7/2025, tên cũ ghi rõ ("nguyên huyện …", "huyện … cũ") hoặc đặt trong ngoặc kép; tên bên ký do CT014 kiểm tra.',
    'Since 1 July 2025 local government has two tiers, provinces and communes; districts and thị trấn are gone (Law 72/2025/QH15). "Công an huyện" or "Ủy ban MTTQ Việt Nam huyện …" in a new document is usually left over from last year\'s file. Not reported where the word is history: a legal basis issued before 1 July 2025, an old name said to be old ("nguyên huyện …", "huyện … cũ") or in quotes; party names are CT014\'s.'),
  bad: 'ngay_ban_hanh: 2027-02-05\nnoi_nhan:\n  - Ủy ban MTTQ Việt Nam huyện Gia Lâm (để b/c)',
  good: 'ngay_ban_hanh: 2027-02-05\nnoi_nhan:\n  - Ủy ban MTTQ Việt Nam thành phố Hà Nội (để b/c)',
  check({ doc }, report) {
    const date = documentDate(doc);
    if (!date || date.iso < REFORM_DATE) return;
    for (const [path, value] of unitTexts(doc)) {
      const m = abolishedMention(value);
      if (!m) continue;
      const shown = `${m.unit} ${m.name}`;
      const level = m.unitWord === 'thành phố' ? text('thành phố thuộc tỉnh', 'provincial city') : text(m.unitWord === 'thị trấn' ? 'thị trấn' : `cấp huyện (${m.unitWord})`, m.unitWord === 'thị trấn' ? 'township (thị trấn)' : `district level (${m.unitWord})`);
      report({
        path, actual: shown,
        message: text(`"${shown}": văn bản ${date.label.vi}, nhưng từ 01/7/2025 không còn đơn vị ${level.vi}.`,
          `"${shown}": the document is ${date.label.en}, but since 1 July 2025 there is no ${level.en} any more.`),
        note: text(`Ghi đơn vị hiện nay (xã, phường hoặc tỉnh, thành phố trực thuộc trung ương) thay cho "${shown}"; nếu cố ý nhắc tên cũ, ghi rõ "(${m.unitWord} ${m.name} cũ)".`,
          `Name today's unit (commune, ward, or province / centrally-run city) instead of "${shown}"; to mention the old name on purpose, write "(${m.unitWord} ${m.name} cũ)".`),
      });
    }
  },
};
