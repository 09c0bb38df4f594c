import { text } from '../message/message.js';
import { parseIsoDate } from '../model/dates.js';
import { timesOf } from '../model/times.js';
import { writtenYears } from './ct020-stale-year.js';
import type { Rule } from './rule.js';

/**
 * The program year itself wrong: the subject says "năm 2027", the deadlines and the date of issue
 * agree, and only `nam` says 2026. Then the deadlines are right and `nam` is the one line to change;
 * the rules that compare each date with `nam` would otherwise ask the clerk to change every correct
 * date. Their findings are folded into this one (`folds`).
 */
export const ct026: Rule = {
  id: 'CT026',
  name: 'program-year',
  stage: 'rule',
  severity: 'error',
  kinds: ['chuong_trinh'],
  folds: ['CT004', 'CT005', 'CT020'],
  description: text('Năm của chương trình (nam) phải là năm mà trích yếu, các hạn và ngày ban hành cùng chỉ ra.',
    'The program year (nam) must be the year that the subject, the deadlines and the date of issue agree on.'),
  rationale: text('Khi sao chép chương trình năm trước, hay sửa trích yếu và các hạn mà quên dòng "nam:". Lúc đó mọi hạn đều có vẻ "không thuộc năm của chương trình", nhưng chỉ có một dòng sai: dòng nam. Thông báo này thay cho các thông báo về từng hạn, ngày do cùng một nguyên nhân.',
    'When last year\'s program is copied, the subject and deadlines get changed and the "nam:" line is forgotten. Every deadline then seems "outside the program year", but one line is wrong: nam. This message replaces the messages about each deadline and date that come from that one cause.'),
  bad: 'nam: 2026\nngay_ban_hanh: 2027-02-05\ntrich_yeu: Phối hợp công tác năm 2027\nnoi_dung:\n  - …\n    thoi_gian: {han: 2027-03-15}',
  good: 'nam: 2027\nngay_ban_hanh: 2027-02-05\ntrich_yeu: Phối hợp công tác năm 2027\nnoi_dung:\n  - …\n    thoi_gian: {han: 2027-03-15}',
  check({ doc }, report) {
    const year = doc.nam;
    if (year === undefined) return;
    const subject = [...new Set(writtenYears(doc.trich_yeu).map((w) => w.year))];
    const deadlines: number[] = [];
    for (const { time } of timesOf(doc)) {
      if (typeof time !== 'object') continue;
      if ('han' in time) { const d = parseIsoDate(time.han); if (d) deadlines.push(d.year); }
      else if ('thang' in time && time.nam !== undefined) deadlines.push(time.nam);
    }
    if (deadlines.includes(year)) return;
    const issued = doc.ngay_ban_hanh ? parseIsoDate(doc.ngay_ban_hanh)?.year : undefined;
    // The year the rest of the document agrees on: the subject's, backed by the deadlines; or, without
    // a year in the subject, every deadline's (at least two). Without deadlines it cannot be told
    // whether nam or the subject is stale: CT020 then speaks.
    let meant: number | undefined;
    if (subject.length === 1 && subject[0] !== year && deadlines.includes(subject[0])) meant = subject[0];
    else if (subject.length === 0 && deadlines.length >= 2 && deadlines.every((y) => y === deadlines[0]) && deadlines[0] !== year) meant = deadlines[0];
    if (meant === undefined || deadlines.some((y) => y !== meant)) return;
    const evidence = [
      subject.length ? text(`trích yếu ghi "năm ${meant}"`, `the subject says "năm ${meant}"`) : undefined,
      deadlines.length ? text(`${deadlines.length} hạn thuộc năm ${meant}`, `${deadlines.length} deadline(s) fall in ${meant}`) : undefined,
      issued === meant ? text(`ngày ban hành năm ${meant}`, `the date of issue is in ${meant}`) : undefined,
    ].filter((x) => x !== undefined);
    report({
      path: ['nam'], actual: String(year), expected: [String(meant)],
      message: text(`Năm của chương trình là nam: ${year}, nhưng ${evidence.map((e) => e.vi).join(', ')}.`,
        `The program year is nam: ${year}, but ${evidence.map((e) => e.en).join(', ')}.`),
      note: text(`Có phải là nam: ${meant}? Sửa dòng này; các hạn và ngày khác đã đúng.`, `Did you mean nam: ${meant}? Change this line; the deadlines and dates are already right.`),
    });
  },
};
