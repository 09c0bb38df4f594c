import { text } from '../message/message.js';
import { daysInMonth, isValidDate, toIsoDate } from '../model/dates.js';
import { documentTextsOf, entriesMatching } from '../model/texts.js';
import { correctDatePhrase, datePhraseProblems, findDatePhrases, MONTH_WORD, type DatePhrase } from '../text/date-phrase.js';
import type { Rule, RuleReport } from './rule.js';

const PADDING_RULE = text('ngày nhỏ hơn 10 và tháng 1, tháng 2 thêm số 0 ở trước (ngày 05, tháng 01, tháng 02); tháng 3 đến tháng 12 không thêm số 0 (tháng 3, không viết tháng 03)',
  'a day below 10 and the months 1 and 2 take a leading 0 (ngày 05, tháng 01, tháng 02); months 3 to 12 never do (tháng 3, not tháng 03)');

function impossibleReason({ day, month, year }: DatePhrase) {
  if (month.value < 1 || month.value > 12) return text(`không có tháng ${month.raw}`, `there is no month ${month.raw}`);
  if (day.value < 1) return text(`không có ngày ${day.raw}`, `there is no day ${day.raw}`);
  const days = daysInMonth(year, month.value);
  return text(`tháng ${month.value} năm ${year} chỉ có ${days} ngày`, `month ${month.value} of ${year} has ${days} days only`);
}

/** Where the place name of the date line holds more than the place, and what it should be. */
function placeProblem(place: string): RuleReport | undefined {
  const hasDay = /ngày/iu.test(place);
  const hasYear = /(?<!\d)\d{4}(?!\d)/u.test(place);
  if (!hasDay && !hasYear && !place.includes(',')) return undefined;
  const name = place.split(/,|ngày|(?<!\d)\d{4}(?!\d)/iu)[0].trim();
  const phrase = findDatePhrases(place)[0];
  const iso = phrase && isValidDate(phrase.year, phrase.month.value, phrase.day.value)
    ? toIsoDate({ year: phrase.year, month: phrase.month.value, day: phrase.day.value }) : undefined;
  return {
    path: ['noi_ban_hanh'],
    severity: 'error',
    actual: place,
    expected: name ? [name] : undefined,
    message: text(`noi_ban_hanh chỉ ghi địa danh${name ? ` (ví dụ "${name}")` : ''}, không ghi ngày tháng, năm hay dấu phẩy: máy tự in dòng "…, ngày … tháng … năm …".`,
      `noi_ban_hanh holds only the place name${name ? ` (e.g. "${name}")` : ''}, without date, year or comma: the tool prints the line "…, ngày … tháng … năm …" itself.`),
    note: text(`Ghi noi_ban_hanh: ${name || '<địa danh>'}; ngày ký ghi ở ngay_ban_hanh${iso ? ` (ngay_ban_hanh: ${iso})` : ', dạng YYYY-MM-DD'}.`,
      `Write noi_ban_hanh: ${name || '<place>'}; the signing date goes in ngay_ban_hanh${iso ? ` (ngay_ban_hanh: ${iso})` : ' as YYYY-MM-DD'}.`),
  };
}

/** Dates written out in the text follow the decree's padding, and exist. */
export const ct010: Rule = {
  id: 'CT010',
  name: 'date-phrase',
  stage: 'rule',
  severity: 'warning',
  description: text('Ngày tháng viết bằng chữ ("ngày 05 tháng 3 năm 2020") phải đúng cách thêm số 0 của Nghị định 30/2020 và là ngày có thật; địa danh (noi_ban_hanh) chỉ ghi tên địa phương.',
    'Written dates ("ngày 05 tháng 3 năm 2020") must follow the zero padding of Decree 30/2020 and exist; the place (noi_ban_hanh) holds only the place name.'),
  rationale: text(`Nghị định 30/2020/NĐ-CP, Phụ lục I: ${PADDING_RULE.vi}. Ngày không có thật (30 tháng 02) là lỗi đánh máy cần sửa trước khi ký. Dòng địa danh, ngày tháng do máy in từ noi_ban_hanh và ngay_ban_hanh, nên noi_ban_hanh có ngày tháng sẽ bị in lặp.`,
    `Decree 30/2020, Appendix I: ${PADDING_RULE.en}. A date that does not exist (30 February) is a typing error to fix before signing. The place-and-date line is printed from noi_ban_hanh and ngay_ban_hanh, so a date inside noi_ban_hanh would be printed twice.`),
  bad: 'noi_ban_hanh: Sóc Sơn, ngày 27 tháng 02 năm 2020\nloi_ban_hanh: Căn cứ Kết luận ngày 5 tháng 03 năm 2020 của Thường trực Huyện ủy, …',
  good: 'noi_ban_hanh: Sóc Sơn\nngay_ban_hanh: 2020-02-27\nloi_ban_hanh: Căn cứ Kết luận ngày 05 tháng 3 năm 2020 của Thường trực Huyện ủy, …',
  check({ doc }, report) {
    const place = placeProblem(doc.noi_ban_hanh);
    if (place) report(place);
    // Only the strings with the word "tháng" can hold a phrase: found with one search of all the text.
    const texts = documentTextsOf(doc);
    for (const index of entriesMatching(texts, MONTH_WORD)) {
      const [path, value] = texts.entries[index];
      if (path.length === 1 && path[0] === 'noi_ban_hanh') continue;
      for (const phrase of findDatePhrases(value)) {
        const problems = datePhraseProblems(phrase);
        if (problems.length === 0) continue;
        if (problems[0] === 'impossible') {
          const why = impossibleReason(phrase);
          report({
            path,
            actual: phrase.text,
            message: text(`Ngày không có thật: "${phrase.text}" (${why.vi}).`, `Impossible date: "${phrase.text}" (${why.en}).`),
            note: text('Kiểm tra lại ngày tháng với văn bản gốc và sửa lại.', 'Check the date against the original document and correct it.'),
          });
          continue;
        }
        const fixed = correctDatePhrase(phrase);
        report({
          path,
          actual: phrase.text,
          expected: [fixed],
          message: text(`Ngày tháng "${phrase.text}" chưa đúng cách ghi: ${PADDING_RULE.vi}.`,
            `The date "${phrase.text}" is not written as the decree requires: ${PADDING_RULE.en}.`),
          note: text(`Sửa thành "${fixed}".`, `Write "${fixed}".`),
        });
      }
    }
  },
};
