import { text, type Text } from '../message/message.js';
import { shortDate } from '../model/dates.js';
import type { DataPath } from '../parse/source-tree.js';
import { codePointBefore, isLetterOrMark } from '../text/letters.js';
import type { Rule } from './rule.js';

/**
 * "năm 2025", not a range ("năm 2021-2025") and not after "so với", "đến", "tới", "từ" (comparisons,
 * targets); "năm" is a word of its own: no letter or mark before it, checked in code (a Unicode class
 * in the regular expression costs a millisecond to compile at every start).
 */
const YEAR = /năm\s+(\d{4})(?!\d)(?!\s*[-–—]\s*\d{4})/giu;
const EXEMPT_BEFORE = /(?:so với|đến|tới|từ)\s*$/iu;

/** The years a text writes as "năm YYYY", in order, leaving out comparisons, targets and ranges. */
export function writtenYears(value: string): { year: number; phrase: string }[] {
  const found: { year: number; phrase: string }[] = [];
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(value); m; m = YEAR.exec(value)) {
    if (isLetterOrMark(codePointBefore(value, m.index))) {
      YEAR.lastIndex = m.index + 1;
      continue;
    }
    if (EXEMPT_BEFORE.test(value.slice(Math.max(0, m.index - 12), m.index))) continue;
    found.push({ year: Number(m[1]), phrase: m[0] });
  }
  return found;
}

interface Field {
  path: DataPath;
  value: string;
  label: Text;
  /** Item titles may name later years on purpose ("Chuẩn bị bầu cử năm 2026"): only earlier ones count. */
  earlierOnly: boolean;
}

/**
 * The copied-last-year's-file trap: the year was changed in `nam` but not in the subject, the
 * enacting sentence, an item title or the date of issue (or the other way round).
 */
export const ct020: Rule = {
  id: 'CT020',
  name: 'stale-year',
  stage: 'rule',
  severity: 'warning',
  kinds: ['chuong_trinh', 'bao_cao'],
  description: text('Năm ghi trong trích yếu, lời ban hành, tên nội dung và năm của ngày ban hành phải khớp với năm của văn bản (nam).',
    'Years written in the subject, the enacting sentence and item titles, and the year of the date of issue, must match the document\'s year (nam).'),
  rationale: text('Chương trình năm nay thường được soạn bằng cách sao chép tệp năm trước; sửa nam mà quên sửa "năm 2025" trong trích yếu hoặc ngày ban hành thì văn bản in ra mang năm cũ. Không tính "nhiệm kỳ 2020-2025", "giai đoạn 2021-2025", các năm trong căn cứ, năm sau "so với", "đến", "từ", và năm khác trong một câu đã ghi đúng năm của văn bản. Chương trình ký trong năm hoặc 6 tháng cuối năm trước; báo cáo ký trong năm hoặc năm sau.',
    'This year\'s program is usually made by copying last year\'s file; changing nam but not "năm 2025" in the subject or the date of issue prints the old year. Not counted: "nhiệm kỳ 2020-2025", "giai đoạn 2021-2025", years in legal bases, years after "so với", "đến", "từ", and other years in a sentence that already gives the document\'s year. Programs are signed during their year or in the second half of the year before; reports during their year or the next.'),
  bad: 'loai: chuong_trinh\nnam: 2026\nngay_ban_hanh: 2025-02-05\ntrich_yeu: Phối hợp công tác năm 2025',
  good: 'loai: chuong_trinh\nnam: 2026\nngay_ban_hanh: 2026-02-05\ntrich_yeu: Phối hợp công tác năm 2026',
  check({ doc }, report) {
    const nam = doc.nam;
    if (nam === undefined) return;
    const isReport = doc.loai === 'bao_cao';
    const kind = isReport ? text(`Báo cáo năm ${nam}`, `The report on ${nam}`) : text(`Chương trình năm ${nam}`, `The program for ${nam}`);

    const fields: Field[] = [{ path: ['trich_yeu'], value: doc.trich_yeu, label: text('Trích yếu', 'The subject'), earlierOnly: false }];
    if (!isReport) {
      // One field per paragraph of a multi-paragraph enacting text.
      if (typeof doc.loi_ban_hanh === 'string') fields.push({ path: ['loi_ban_hanh'], value: doc.loi_ban_hanh, label: text('Lời ban hành', 'The enacting sentence'), earlierOnly: false });
      else if (Array.isArray(doc.loi_ban_hanh)) doc.loi_ban_hanh.forEach((p, i) => fields.push({ path: ['loi_ban_hanh', i], value: p, label: text('Lời ban hành', 'The enacting sentence'), earlierOnly: false }));
      doc.noi_dung?.forEach((item, i) => fields.push({ path: ['noi_dung', i, 'tieu_de'], value: item.tieu_de,
        label: text(`Tên nội dung "${item.tieu_de}"`, `The item title "${item.tieu_de}"`), earlierOnly: true }));
    }
    for (const field of fields) {
      const years = writtenYears(field.value);
      if (years.some((y) => y.year === nam)) continue; // the document's own year is there: other years are deliberate
      const stale = years.find((y) => y.year !== nam && Math.abs(y.year - nam) <= 10 && (!field.earlierOnly || y.year < nam));
      if (!stale) continue;
      report({ path: field.path, actual: stale.phrase, expected: [`năm ${nam}`],
        message: text(`${field.label.vi} ghi "${stale.phrase}", nhưng văn bản là của năm ${nam} (nam: ${nam}). Có thể tệp được sao chép từ văn bản năm khác mà chưa sửa hết.`,
          `${field.label.en} says "${stale.phrase}", but the document is for ${nam} (nam: ${nam}). The file was perhaps copied from another year's and not fully updated.`),
        note: text(`Sửa thành "năm ${nam}"; nếu năm ${stale.year} mới đúng thì sửa nam.`, `Change it to "năm ${nam}"; if ${stale.year} is right, change nam instead.`) });
    }

    const issued = doc.ngay_ban_hanh;
    if (!issued) return; // a draft has no date yet
    // A program is signed in its year or in the second half of the year before (at the year-end review);
    // a report in its year or in the next.
    const from = isReport ? `${nam}-01-01` : `${nam - 1}-07-01`;
    const until = isReport ? `${nam + 1}-12-31` : `${nam}-12-31`;
    if (issued >= from && issued <= until) return;
    report({ path: ['ngay_ban_hanh'], actual: issued, expected: [`${from} … ${until}`],
      message: text(`${kind.vi} nhưng ngày ban hành là ${shortDate(issued)}: ${isReport ? `báo cáo ký trong năm ${nam} hoặc năm ${nam + 1}` : `chương trình ký trong năm ${nam} hoặc 6 tháng cuối năm ${nam - 1}`}.`,
        `${kind.en} is dated ${issued}: ${isReport ? `a report is signed in ${nam} or ${nam + 1}` : `a program is signed in ${nam} or in the second half of ${nam - 1}`}.`),
      note: text(`Kiểm tra ngay_ban_hanh và nam: một trong hai có lẽ còn là năm của tệp đã sao chép.`,
        'Check ngay_ban_hanh and nam: one of them probably still has the year of the copied file.') });
  },
};
