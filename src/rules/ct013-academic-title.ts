import { text } from '../message/message.js';
import { splitAcademicTitles } from '../text/academic-title.js';
import type { Rule } from './rule.js';

/** Under a signature the decree prints the name alone, without academic titles or degrees. */
export const ct013: Rule = {
  id: 'CT013',
  name: 'academic-title',
  stage: 'rule',
  severity: 'error',
  description: text('Họ tên người ký (ho_ten) không ghi học hàm, học vị phía trước (TS., ThS., PGS., GS., KS., "Tiến sĩ"…).',
    'The signer\'s name (ho_ten) carries no academic title or degree before it (TS., ThS., PGS., GS., KS., "Tiến sĩ"…).'),
  rationale: text('Nghị định 30/2020/NĐ-CP, Phụ lục I: dưới chữ ký chỉ ghi họ và tên người ký, không ghi học hàm, học vị và các danh hiệu khác. Họ tên chép từ danh sách cán bộ hay thiệp mời hay còn kèm "TS.", "ThS.".',
    'Decree 30/2020, Appendix I: under the signature only the signer\'s full name is printed, without academic titles, degrees or honours. Names copied from staff lists or invitations often keep "TS.", "ThS.".'),
  bad: 'ky:\n  tien_to: TM.\n  tham_quyen: ỦY BAN NHÂN DÂN\n  chuc_vu: CHỦ TỊCH\n  ho_ten: TS. Trần Thị Bình',
  good: 'ky:\n  tien_to: TM.\n  tham_quyen: ỦY BAN NHÂN DÂN\n  chuc_vu: CHỦ TỊCH\n  ho_ten: Trần Thị Bình',
  check({ doc }, report) {
    doc.ben.forEach((party, i) => {
      const found = splitAcademicTitles(party.ky.ho_ten);
      if (!found) return;
      report({
        path: ['ben', i, 'ky', 'ho_ten'],
        actual: party.ky.ho_ten,
        expected: found.name ? [found.name] : undefined,
        message: text(`Họ tên người ký có học hàm, học vị "${found.titles}" ở trước: dưới chữ ký chỉ ghi họ và tên${found.name ? ` ("${found.name}")` : ''}.`,
          `The signer's name starts with the academic title "${found.titles}": only the name is printed under the signature${found.name ? ` ("${found.name}")` : ''}.`),
        note: text(`Xóa "${found.titles}"${found.name ? `, ghi ho_ten: ${found.name}` : ' và ghi họ tên người ký'}.`,
          `Remove "${found.titles}"${found.name ? `: ho_ten: ${found.name}` : ' and write the signer\'s name'}.`),
      });
    });
  },
};
