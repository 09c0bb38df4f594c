import { text } from '../message/message.js';
import { COLLECTIVE_PARTY_KINDS } from '../model/document.js';
import { sameText, startsWithWords } from '../text/compare-key.js';
import type { Rule } from './rule.js';

const DEPUTY = 'phó';
/** A minister's deputy is a "thứ trưởng", not a "phó bộ trưởng". */
const VICE_MINISTER = 'thứ trưởng';

/** Whether a title is a deputy's: "PHÓ CHỦ TỊCH", "PHÓ TRƯỞNG BAN", "THỨ TRƯỞNG". */
export function isDeputyTitle(title: string): boolean {
  return startsWithWords(title, DEPUTY) || startsWithWords(title, VICE_MINISTER);
}

/** "PHÓ CHỦ TỊCH THƯỜNG TRỰC" → "CHỦ TỊCH", "THỨ TRƯỞNG" → "BỘ TRƯỞNG": the head a deputy signs for. */
export function headTitle(deputyTitle: string): string {
  const title = deputyTitle.normalize('NFC').trim();
  const upper = title === title.toLocaleUpperCase('vi');
  if (startsWithWords(title, VICE_MINISTER)) return upper ? 'BỘ TRƯỞNG' : 'Bộ trưởng';
  return title
    .replace(/^phó\s+/iu, '')
    .replace(/\s+thường\s+trực$/iu, '');
}

/**
 * "KT." (ký thay) is a deputy signing for the head: the line reads "KT. CHỦ TỊCH" and the title under it
 * is the deputy's ("PHÓ CHỦ TỊCH"). Titles are compared ignoring case and tone placement.
 */
export const ct012: Rule = {
  id: 'CT012',
  name: 'kt-deputy',
  stage: 'rule',
  severity: 'error',
  description: text('Ký thay (ky_thay, in thành "KT. CHỦ TỊCH") thì chức vụ người ký là cấp phó (PHÓ CHỦ TỊCH); cấp phó ký văn bản của tập thể thì phải có ky_thay.',
    'With ky_thay (printed "KT. CHỦ TỊCH") the signer\'s title is a deputy\'s (PHÓ CHỦ TỊCH); a deputy signing for a collective body needs ky_thay.'),
  rationale: text('Nghị định 30/2020/NĐ-CP: cấp phó ký thay người đứng đầu thì ghi "KT." trước chức vụ người đứng đầu, dưới đó là chức vụ của người ký. Vì vậy khối chữ ký của Phó Chủ tịch UBND gồm ba dòng: "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH". Chủ tịch tự ký thì không có dòng "KT."; Phó Chủ tịch ký mà thiếu dòng "KT. CHỦ TỊCH" là ký sai thẩm quyền.',
    'Decree 30/2020: a deputy signing for the head writes "KT." before the head\'s title, with the signer\'s own title below. So a Vice Chair of the UBND signs with three lines: "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH". The Chair signing personally has no "KT." line; a Vice Chair signing without "KT. CHỦ TỊCH" signs beyond their authority.'),
  bad: [
    'ben:',
    '  - id: ubnd',
    '    loai: ubnd',
    '    ten: Ủy ban nhân dân xã Phù Đổng',
    '    ky:',
    '      tien_to: TM.',
    '      tham_quyen: ỦY BAN NHÂN DÂN',
    '      chuc_vu: PHÓ CHỦ TỊCH      # Phó Chủ tịch ký mà thiếu dòng "KT. CHỦ TỊCH"',
    '      ho_ten: Trần Thị Bình',
    '  - id: hdnd',
    '    loai: thuong_truc_hdnd',
    '    ten: Thường trực Hội đồng nhân dân xã Phù Đổng',
    '    ky:',
    '      tien_to: TM.',
    '      tham_quyen: THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN',
    '      ky_thay: CHỦ TỊCH',
    '      chuc_vu: CHỦ TỊCH          # có "KT. CHỦ TỊCH" mà chức vụ lại là CHỦ TỊCH',
    '      ho_ten: Nguyễn Văn An',
  ].join('\n'),
  good: [
    'ben:',
    '  - id: ubnd',
    '    loai: ubnd',
    '    ten: Ủy ban nhân dân xã Phù Đổng',
    '    ky:                          # in ra: TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH',
    '      tien_to: TM.',
    '      tham_quyen: ỦY BAN NHÂN DÂN',
    '      ky_thay: CHỦ TỊCH',
    '      chuc_vu: PHÓ CHỦ TỊCH',
    '      ho_ten: Trần Thị Bình',
    '  - id: hdnd',
    '    loai: thuong_truc_hdnd',
    '    ten: Thường trực Hội đồng nhân dân xã Phù Đổng',
    '    ky:                          # Chủ tịch tự ký, không có ky_thay: TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN / CHỦ TỊCH',
    '      tien_to: TM.',
    '      tham_quyen: THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN',
    '      chuc_vu: CHỦ TỊCH',
    '      ho_ten: Nguyễn Văn An',
  ].join('\n'),
  check({ doc }, report) {
    doc.ben.forEach((party, i) => {
      const { ky } = party;
      const at = (field: string) => ['ben', i, 'ky', field];
      if (ky.ky_thay !== undefined) {
        if (isDeputyTitle(ky.ky_thay)) {
          const head = headTitle(ky.ky_thay);
          report({
            path: at('ky_thay'), actual: ky.ky_thay, expected: [head],
            message: text(`Dòng "KT." ghi chức vụ của người đứng đầu được ký thay (${head}), không ghi chức vụ cấp phó "${ky.ky_thay}".`,
              `The "KT." line names the head being signed for (${head}), not the deputy's title "${ky.ky_thay}".`),
            note: text(`Sửa thành ky_thay: ${head}; chức vụ cấp phó ghi ở chuc_vu.`, `Write ky_thay: ${head}; the deputy's title goes in chuc_vu.`),
          });
        } else if (sameText(ky.ky_thay, ky.chuc_vu)) {
          report({
            path: at('ky_thay'), actual: ky.ky_thay, expected: [`chuc_vu: PHÓ ${ky.ky_thay}`],
            message: text(`ky_thay và chuc_vu cùng là "${ky.chuc_vu}": in ra "KT. ${ky.ky_thay}" rồi "${ky.chuc_vu}", tức người đứng đầu tự ký thay chính mình.`,
              `ky_thay and chuc_vu are both "${ky.chuc_vu}": it would print "KT. ${ky.ky_thay}" then "${ky.chuc_vu}", the head signing for themselves.`),
            note: text(`Nếu ${ky.chuc_vu} tự ký: xóa dòng ky_thay. Nếu cấp phó ký thay: sửa chuc_vu thành PHÓ ${ky.ky_thay}.`,
              `If the ${ky.chuc_vu} signs personally: remove ky_thay. If a deputy signs: change chuc_vu to PHÓ ${ky.ky_thay}.`),
          });
        } else if (!isDeputyTitle(ky.chuc_vu)) {
          report({
            path: at('chuc_vu'), actual: ky.chuc_vu, expected: [`PHÓ ${ky.ky_thay}`],
            message: text(`Có dòng "KT. ${ky.ky_thay}" (ký thay) nên chức vụ người ký phải là cấp phó (ví dụ PHÓ ${ky.ky_thay}), không phải "${ky.chuc_vu}".`,
              `With "KT. ${ky.ky_thay}" (signing for the head) the signer's title must be a deputy's (e.g. PHÓ ${ky.ky_thay}), not "${ky.chuc_vu}".`),
            note: text(`Sửa chuc_vu thành chức vụ cấp phó của người ký (PHÓ ${ky.ky_thay}), hoặc xóa ky_thay nếu người đứng đầu tự ký.`,
              `Set chuc_vu to the signer's deputy title (PHÓ ${ky.ky_thay}), or remove ky_thay if the head signs personally.`),
          });
        }
        return;
      }
      const signsForBody = ky.tien_to === undefined || ky.tien_to === 'TM.';
      if (COLLECTIVE_PARTY_KINDS.includes(party.loai) && signsForBody && isDeputyTitle(ky.chuc_vu)) {
        const head = headTitle(ky.chuc_vu);
        report({
          path: at('chuc_vu'), actual: ky.chuc_vu, expected: [`ky_thay: ${head}`],
          message: text(`"${ky.chuc_vu}" là cấp phó: ký văn bản của ${party.ten} thì phải ký thay người đứng đầu, có dòng "KT. ${head}", đang thiếu.`,
            `"${ky.chuc_vu}" is a deputy: signing for ${party.ten} means signing for the head, with the line "KT. ${head}", which is missing.`),
          note: text(`Thêm vào ky: ky_thay: ${head}.`, `Add under ky: ky_thay: ${head}.`),
        });
      }
    });
  },
};
