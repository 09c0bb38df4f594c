import { text } from '../message/message.js';
import { FIGURES, impossibleShares } from '../model/figures.js';
import type { Rule } from './rule.js';

/**
 * A result's resolved count cannot exceed what was received (ý kiến, kiến nghị; đơn thư): the
 * printed percentage would pass 100%. Usually two figures typed the wrong way round.
 */
export const ct030: Rule = {
  id: 'CT030',
  name: 'figure-share',
  stage: 'rule',
  severity: 'error',
  kinds: ['bao_cao'],
  description: text('Số đã giải quyết không được lớn hơn số nhận được (ý kiến, kiến nghị; đơn thư) trong số liệu của một kết quả.',
    'A resolved count may not exceed the count received (petitions; letters) in a result\'s figures.'),
  rationale: text('Bảng kết quả in tỷ lệ đã giải quyết trên số nhận được; số đã giải quyết lớn hơn số nhận thì tỷ lệ quá 100%, thường do gõ đảo hai số hoặc cộng cả kiến nghị năm trước. Nếu đúng là giải quyết cả kiến nghị tồn đọng, ghi số tồn đọng vào số nhận hoặc vào so_lieu.khac.',
    'The results table prints the share resolved of received; more resolved than received passes 100%, usually two figures swapped or last year\'s petitions counted. If backlog was resolved too, count it in the received figure or under so_lieu.khac.'),
  bad: 'ket_qua:\n  - noi_dung: tiep-xuc-cu-tri\n    so_lieu:\n      kien_nghi_nhan: 198\n      kien_nghi_da_giai_quyet: 214',
  good: 'ket_qua:\n  - noi_dung: tiep-xuc-cu-tri\n    so_lieu:\n      kien_nghi_nhan: 214\n      kien_nghi_da_giai_quyet: 198',
  check({ doc }, report) {
    doc.ket_qua?.forEach((result, i) => {
      for (const bad of impossibleShares(result.so_lieu)) {
        report({ path: ['ket_qua', i, 'so_lieu', bad.key], actual: String(bad.value), expected: [`≤ ${bad.whole}`],
          message: text(`Số ${FIGURES[bad.key].vi} (${bad.value}) lớn hơn số ${FIGURES[bad.of].vi} (${bad.whole}): tỷ lệ sẽ quá 100%.`,
            `The number of ${FIGURES[bad.key].en} (${bad.value}) exceeds the ${FIGURES[bad.of].en} (${bad.whole}): the share would pass 100%.`),
          note: text(`Kiểm tra lại hai số ${bad.key} và ${bad.of} (có gõ đảo không?).`, `Check ${bad.key} and ${bad.of} again (swapped?).`) });
      }
    });
  },
};
