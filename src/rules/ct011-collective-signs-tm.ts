import { text } from '../message/message.js';
import { COLLECTIVE_PARTY_KINDS, type PartyKind } from '../model/document.js';
import type { Rule } from './rule.js';

/** The body named after "TM." for each collective kind, as usually printed. */
const AUTHORITY: Partial<Record<PartyKind, string>> = {
  thuong_truc_hdnd: 'THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN',
  hdnd: 'HỘI ĐỒNG NHÂN DÂN',
  ubnd: 'ỦY BAN NHÂN DÂN',
  ban_thuong_truc_mttq: 'BAN THƯỜNG TRỰC',
  uy_ban_mttq: 'ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM',
};

/** UBND, Thường trực HĐND and the Mặt trận's standing board decide collectively: their head signs on its behalf. */
export const ct011: Rule = {
  id: 'CT011',
  name: 'collective-signs-tm',
  stage: 'rule',
  severity: 'error',
  description: text('Cơ quan làm việc theo chế độ tập thể (HĐND, Thường trực HĐND, UBND, Ủy ban và Ban Thường trực MTTQ) ký "TM." (thay mặt) kèm tên tập thể (tham_quyen).',
    'Collective bodies (HĐND and its standing committee, UBND, the Fatherland Front committee and its standing board) sign "TM." (on behalf of) with the name of the body (tham_quyen).'),
  rationale: text('Nghị định 30/2020/NĐ-CP: văn bản của tập thể thì người đứng đầu ký thay mặt tập thể, ghi "TM." trước tên tập thể, ví dụ "TM. ỦY BAN NHÂN DÂN" rồi "CHỦ TỊCH". Thiếu dòng này, chữ ký in ra như của cá nhân. Đoàn thể và cơ quan khác không bắt buộc.',
    'Decree 30/2020: for a collective body, the head signs on its behalf, writing "TM." before the body\'s name, e.g. "TM. ỦY BAN NHÂN DÂN" then "CHỦ TỊCH". Without it, the signature reads as a personal one. Mass organisations and other bodies are not required to.'),
  bad: 'ben:\n  - id: ubnd\n    loai: ubnd\n    ten: Ủy ban nhân dân xã Phù Đổng\n    ky:\n      chuc_vu: CHỦ TỊCH\n      ho_ten: Trần Thị Bình',
  good: 'ben:\n  - id: ubnd\n    loai: ubnd\n    ten: Ủy ban nhân dân xã Phù Đổng\n    ky:\n      tien_to: TM.\n      tham_quyen: ỦY BAN NHÂN DÂN\n      chuc_vu: CHỦ TỊCH\n      ho_ten: Trần Thị Bình',
  check({ doc }, report) {
    doc.ben.forEach((party, i) => {
      if (!COLLECTIVE_PARTY_KINDS.includes(party.loai)) return;
      const { ky } = party;
      const authority = ky.tham_quyen ?? AUTHORITY[party.loai] ?? '';
      if (ky.tien_to !== 'TM.') {
        const wrong = ky.tien_to !== undefined;
        report({
          path: wrong ? ['ben', i, 'ky', 'tien_to'] : ['ben', i, 'ky'],
          key: !wrong,
          actual: ky.tien_to,
          expected: ['TM.'],
          message: text(`${party.ten} làm việc theo chế độ tập thể: phần ký phải ghi "TM. ${authority}" (thay mặt tập thể)${wrong ? `, không ghi "${ky.tien_to}"` : ', đang thiếu "TM."'}.`,
            `${party.ten} is a collective body: its signature must read "TM. ${authority}" (on behalf of the body)${wrong ? `, not "${ky.tien_to}"` : '; "TM." is missing'}.`),
          note: text(`Ghi trong ky: tien_to: "TM."${ky.tham_quyen ? '' : ` và tham_quyen: ${authority}`}. Cấp phó ký thay thì thêm ky_thay: CHỦ TỊCH.`,
            `Under ky write tien_to: "TM."${ky.tham_quyen ? '' : ` and tham_quyen: ${authority}`}. A deputy signing for the head adds ky_thay: CHỦ TỊCH.`),
        });
      } else if (!ky.tham_quyen) {
        report({
          path: ['ben', i, 'ky', 'tien_to'],
          actual: 'TM.',
          expected: [`TM. ${authority}`],
          message: text(`Phần ký của ${party.ten} ghi "TM." nhưng thiếu tên tập thể (tham_quyen): in ra chỉ còn "TM." trơ trọi.`,
            `The signature of ${party.ten} has "TM." but no body name (tham_quyen): it would print a bare "TM.".`),
          note: text(`Thêm vào ky: tham_quyen: ${authority}.`, `Add under ky: tham_quyen: ${authority}.`),
        });
      }
    });
  },
};
