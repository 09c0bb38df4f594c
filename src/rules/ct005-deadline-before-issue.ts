import { HALF_YEARS, monthPhrase, quarterPhrase } from '../vocabulary/times.js';
import { text, type Text } from '../message/message.js';
import { endOfMonth, monthIndex, parseIsoDate, shortDate } from '../model/dates.js';
import { quarterNumber, timeOwner, timesOf } from '../model/times.js';
import type { DataPath } from '../parse/source-tree.js';
import type { Rule } from './rule.js';

interface Period {
  path: DataPath;
  /** The last day of the period (ISO). */
  ends: string;
  label: Text;
}

/**
 * Work whose time is over before the program is signed: the program is late on the day it is issued.
 * Only times inside the program year are looked at; the others are CT004's.
 */
export const ct005: Rule = {
  id: 'CT005',
  name: 'deadline-before-issue',
  stage: 'rule',
  severity: 'warning',
  kinds: ['chuong_trinh'],
  description: text('Hạn, tháng, quý hoặc nửa năm thực hiện đã hết trước ngày ban hành chương trình.',
    'A deadline, month, quarter or half-year that is already over on the date of issue.'),
  rationale: text('Chương trình ký ngày 10/3 mà giao việc "trước ngày 28/02" hoặc "tháng 2" thì ngay khi ký việc đó đã trễ hạn. Thường do chương trình ký muộn hơn dự kiến, hoặc sao chép thời gian từ năm trước. Dự thảo chưa có ngày ban hành thì không kiểm tra.',
    'A program signed on 10 March that gives work "before 28 February" or "in February" is late on the day it is signed. Usually the program was signed later than planned, or the times were copied from last year. Drafts without a date of issue are not checked.'),
  bad: 'nam: 2026\nngay_ban_hanh: 2026-03-10\nnoi_dung:\n  - id: tong-ket-tet\n    tieu_de: Tổng kết công tác chăm lo Tết\n    chu_tri: mttq\n    thoi_gian: {thang: 2}',
  good: 'nam: 2026\nngay_ban_hanh: 2026-03-10\nnoi_dung:\n  - id: tong-ket-tet\n    tieu_de: Tổng kết công tác chăm lo Tết\n    chu_tri: mttq\n    thoi_gian: {thang: 3}',
  check({ doc }, report) {
    const year = doc.nam;
    const issued = doc.ngay_ban_hanh ? parseIsoDate(doc.ngay_ban_hanh) : undefined;
    if (year === undefined || !issued || !doc.ngay_ban_hanh) return;
    const issuedOn = doc.ngay_ban_hanh;
    const issuedMonth = monthIndex(issued.year, issued.month);

    for (const placed of timesOf(doc)) {
      const { time, path } = placed;
      if (typeof time !== 'object') continue;
      let period: Period | undefined;
      if ('han' in time) {
        const date = parseIsoDate(time.han);
        if (date?.year === year && time.han < issuedOn) {
          period = { path: [...path, 'han'], ends: time.han, label: text(`Hạn ${shortDate(time.han)}`, `The deadline ${time.han}`) };
        }
      } else {
        const month = 'thang' in time && (time.nam ?? year) === year ? time.thang
          : 'quy' in time ? (quarterNumber(time.quy) ?? 0) * 3 || undefined
          : 'nua_nam' in time ? (time.nua_nam === 'dau' ? 6 : 12)
          : undefined;
        if (month !== undefined && monthIndex(year, month) < issuedMonth) {
          const key = 'thang' in time ? 'thang' : 'quy' in time ? 'quy' : 'nua_nam';
          // The Vietnamese words are the page's own (src/vocabulary): "Tháng 6/2026", "Quý II năm 2026".
          const label = 'thang' in time ? text(monthPhrase(time.thang, year), `Month ${time.thang}/${year}`)
            : 'quy' in time ? text(`${quarterPhrase(time.quy)} năm ${year}`, `Quarter ${String(time.quy)} of ${year}`)
            : text(`${HALF_YEARS.dau} ${year}`, `The first half of ${year}`);
          period = { path: [...path, key], ends: endOfMonth(year, month), label };
        }
      }
      if (!period) continue;
      const owner = timeOwner(doc, placed);
      report({
        path: period.path,
        actual: period.ends,
        expected: [`≥ ${issuedOn}`],
        message: text(`${period.label.vi} của ${owner.vi} đã hết (${shortDate(period.ends)}) trước ngày ban hành ${shortDate(issuedOn)}: ngay khi ký, việc này đã trễ hạn.`,
          `${period.label.en} of ${owner.en} is over (${period.ends}) before the date of issue ${issuedOn}: the work is late on the day the program is signed.`),
        note: text('Kiểm tra lại thời gian thực hiện và ngày ban hành: ghi thời gian sau ngày ký, hoặc bỏ nội dung đã làm xong trước khi ký.',
          'Check the time and the date of issue: give a time after signing, or drop work that was finished before the program was signed.'),
      });
    }
  },
};
