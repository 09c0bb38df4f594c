import { text } from '../message/message.js';
import { QUARTERS, quarterNumber, timesOf } from '../model/times.js';
import type { Rule } from './rule.js';

const ARABIC = /^[1-4]$/;

/**
 * Quarters are printed "Quý I" … "Quý IV". The schema accepts any string or number for `quy` so
 * that this rule, rather than a bare type error, can say what to write.
 */
export const ct006: Rule = {
  id: 'CT006',
  name: 'quarter-roman',
  stage: 'rule',
  severity: 'error',
  description: text('Quý (quy) phải ghi bằng chữ số La Mã: I, II, III hoặc IV.',
    'A quarter (quy) must be written as a Roman numeral: I, II, III or IV.'),
  rationale: text('Văn bản hành chính ghi "Quý II", không ghi "Quý 2". Một năm chỉ có bốn quý, nên quý V hay quý 0 là nhầm lẫn.',
    'Administrative documents write "Quý II", not "Quý 2". A year has four quarters only, so a quarter V or 0 is a mistake.'),
  bad: 'thoi_gian: {quy: 2}',
  good: 'thoi_gian: {quy: II}',
  check({ doc }, report) {
    for (const { time, path } of timesOf(doc)) {
      if (typeof time !== 'object' || !('quy' in time)) continue;
      const value = time.quy;
      if (quarterNumber(value) !== undefined) continue;
      const written = String(value).trim();
      const withoutWord = written.replace(/^quý\s*/iu, '');
      const n = typeof value === 'number' ? value
        : ARABIC.test(withoutWord) ? Number(withoutWord)
        : QUARTERS.indexOf(withoutWord.toUpperCase() as (typeof QUARTERS)[number]) + 1;
      const roman = Number.isInteger(n) && n >= 1 && n <= 4 ? QUARTERS[n - 1] : undefined;
      const quyPath = [...path, 'quy'];
      if (roman) {
        report({
          path: quyPath,
          actual: written,
          expected: [roman],
          message: text(`Quý phải ghi bằng chữ số La Mã: "${written}" là quý ${roman}.`,
            `A quarter is written as a Roman numeral: "${written}" is quarter ${roman}.`),
          note: text(`Ghi quy: ${roman}.`, `Write quy: ${roman}.`),
        });
      } else {
        report({
          path: quyPath,
          actual: written,
          expected: [...QUARTERS],
          message: text(`Không có quý "${written}": một năm chỉ có bốn quý I, II, III, IV.`,
            `There is no quarter "${written}": a year has four quarters, I, II, III and IV.`),
          note: text('Ghi một trong I, II, III, IV (ví dụ quy: II); nếu việc kéo dài nhiều quý, dùng nua_nam, ca_nam hoặc thuong_xuyen.',
            'Write one of I, II, III, IV (e.g. quy: II); for work over several quarters use nua_nam, ca_nam or thuong_xuyen.'),
        });
      }
    }
  },
};
