import { text } from '../message/message.js';
import { isValidDate, parseIsoDate, shortDate } from '../model/dates.js';
import { timeOwner, timesOf } from '../model/times.js';
import type { Rule } from './rule.js';

/** The year-end review of a program is often held in January or February of the next year. */
const REVIEW_NEXT_YEAR_LAST_MONTH = 2;

/** A program for year N gives work for year N: a deadline in another year is usually a copied file. */
export const ct004: Rule = {
  id: 'CT004',
  name: 'time-outside-year',
  stage: 'rule',
  severity: 'error',
  kinds: ['chuong_trinh'],
  description: text('Hạn (han) và tháng có ghi năm ({thang, nam}) trong thời gian thực hiện phải thuộc năm của chương trình (nam).',
    'Deadlines (han) and months given with a year ({thang, nam}) must fall in the program year (nam).'),
  rationale: text('Chương trình phối hợp năm nào giao việc của năm đó. Hạn rơi vào năm khác thường là do sao chép chương trình năm trước mà quên sửa năm; khi in ra, văn bản có hạn đã qua hoặc hạn của năm sau. Riêng hội nghị tổng kết được phép họp vào tháng 1, tháng 2 năm sau.',
    'An annual program assigns the work of its year. A deadline in another year usually comes from copying last year\'s program without changing the year; printed, the document shows a deadline already past or one in the next year. Only the year-end review may be held in January or February of the next year.'),
  bad: 'nam: 2026\nnoi_dung:\n  - id: giam-sat\n    tieu_de: Giám sát đầu tư công\n    chu_tri: hdnd\n    thoi_gian: {han: 2025-05-19}',
  good: 'nam: 2026\nnoi_dung:\n  - id: giam-sat\n    tieu_de: Giám sát đầu tư công\n    chu_tri: hdnd\n    thoi_gian: {han: 2026-05-19}',
  check({ doc }, report) {
    const year = doc.nam;
    if (year === undefined) return;
    for (const placed of timesOf(doc)) {
      const { time, path } = placed;
      if (typeof time !== 'object') continue;
      const owner = timeOwner(doc, placed);
      if ('han' in time) {
        const date = parseIsoDate(time.han);
        if (!date || date.year === year) continue;
        if (placed.place === 'tong_ket' && date.year === year + 1 && date.month <= REVIEW_NEXT_YEAR_LAST_MONTH) continue;
        const fixed = isValidDate(year, date.month, date.day) ? `${year}${time.han.slice(4)}` : undefined;
        report({
          path: [...path, 'han'],
          actual: time.han,
          expected: fixed ? [fixed] : undefined,
          message: text(`Hạn ${shortDate(time.han)} của ${owner.vi} không thuộc năm ${year} của chương trình.`,
            `The deadline ${time.han} of ${owner.en} is not in the program year ${year}.`),
          note: text(`Sửa năm của hạn${fixed ? ` (ví dụ han: ${fixed})` : ''}; thường do sao chép từ chương trình năm trước. Nếu việc này làm vào năm ${date.year} thì đưa vào chương trình năm ${date.year}.`,
            `Correct the year of the deadline${fixed ? ` (e.g. han: ${fixed})` : ''}; it usually comes from copying last year's program. If the work is done in ${date.year}, put it in the ${date.year} program.`),
        });
      } else if ('thang' in time && time.nam !== undefined && time.nam !== year) {
        if (placed.place === 'tong_ket' && time.nam === year + 1 && time.thang <= REVIEW_NEXT_YEAR_LAST_MONTH) continue;
        report({
          path: [...path, 'nam'],
          actual: String(time.nam),
          expected: [String(year)],
          message: text(`Tháng ${time.thang}/${time.nam} của ${owner.vi} không thuộc năm ${year} của chương trình.`,
            `Month ${time.thang}/${time.nam} of ${owner.en} is not in the program year ${year}.`),
          note: text(`Xóa dòng nam (tháng mặc định thuộc năm ${year} của chương trình) hoặc sửa thành nam: ${year}.`,
            `Remove nam (a month defaults to the program year ${year}) or change it to nam: ${year}.`),
        });
      }
    }
  },
};
