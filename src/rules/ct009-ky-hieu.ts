import { text, type Text } from '../message/message.js';
import { DECREE_TYPE_CODES, DOCUMENT_TYPES, LOCAL_TYPE_CODES, decreeCodeIgnoringCase, documentType } from '../model/type-codes.js';
import type { Severity } from '../message/message.js';
import { codePointAt, isLetter } from '../text/letters.js';
import type { Rule } from './rule.js';

// "Số: 01/", "01/", "01-", "Số:  /" (a draft) at the start: the number belongs in `so`, not in the ký hiệu.
// As one regular expression:
//   /^\s*(?:số(?=[\s:.\d/])\s*[:.]?)?\s*(?:\d*\s*\/|\d+\s*[-\u2010-\u2015_.\s]\s*(?=\p{L}))?\s*/iu
// Here the letter after "01-" is checked in code (a Unicode class costs a millisecond to compile at
// every start): without the lookahead, the number and separator match up to the same place whenever a
// letter follows, and when none does the original skipped them.
function numberPrefix(written: string): string {
  const m = NUMBER_PREFIX.exec(written)!; // everything in it is optional: it always matches
  return m[2] !== undefined && !isLetter(codePointAt(written, m[0].length)) ? m[1] : m[0];
}
const NUMBER_PREFIX = /^(\s*(?:số(?=[\s:.\d/])\s*[:.]?)?\s*)(?:\d*\s*\/\s*|(\d+\s*[-\u2010-\u2015_.\s]\s*))?/iu;
/** Anything people type between groups; only a bare "-" is right. */
const ANY_SEPARATOR = /[\s\-\u2010-\u2015\u2212_/\\.,;:+|]+/u;
/** A year after the number, as joint resolutions carry it ("01/2023/NQLT-…"): part of the issued form. */
const YEAR_GROUP = /^((?:19|20)\d\d)\s*\/\s*(?=\p{L})/u;
/** A dot inside one body's abbreviation ("TT.HĐND", "BTT.MTTQ"): not a separator between two bodies. */
const DOTTED_ABBREVIATION = /^\p{Lu}{1,3}\.\p{L}{2,}$/u;
const DOTTED_ANYWHERE = /(?<![\p{L}.])(\p{Lu}{1,3})\.(\p{L}{2,})(?![\p{L}.])/gu;
/** Separators other than the dot, which may sit inside one abbreviation. */
const SEPARATOR_NOT_DOT = /[\s\-\u2010-\u2015\u2212_/\\,;:+|]+/u;
/** A first group that is an issuer's abbreviation: the type code is missing. */
const ISSUER = /HĐND|HDND|UBND|MTTQ|UBMT|ĐCT/iu;

interface Problem {
  message: Text;
  note: Text;
  severity?: Severity;
}

/**
 * The ký hiệu after "Số: 01/" (Nghị định 30/2020, Phụ lục I and III): the type code of the kind of
 * document, then the issuers' abbreviations, joined by "-" without spaces. An issued number is a fact:
 * departures from Phụ lục III are warnings that show the decree's form for new documents, and never
 * keep a document from printing as issued. Only a number written into the ký hiệu itself is an error,
 * as it would print twice ("Số: 01/01/…").
 */
export const ct009: Rule = {
  id: 'CT009',
  name: 'ky-hieu',
  stage: 'rule',
  severity: 'warning',
  description: text('Ký hiệu (ky_hieu) bắt đầu bằng mã loại văn bản đúng loại (CTr chương trình, QC quy chế, BC báo cáo, KH kế hoạch, NQLT nghị quyết liên tịch, TB thông báo), tiếp theo là chữ viết tắt các cơ quan, nối bằng dấu "-" không có dấu cách (cảnh báo); không ghi số văn bản (lỗi).',
    'The ký hiệu (ky_hieu) starts with the type code of the document (CTr program, QC regulation, BC report, KH plan, NQLT joint resolution, TB notice), then the issuers\' abbreviations, joined by "-" without spaces (a warning); it does not include the number (an error).'),
  rationale: text('Nghị định 30/2020/NĐ-CP (Phụ lục III) quy định mã loại: Chương trình CTr, Quy chế QC, Báo cáo BC, Kế hoạch KH, Thông báo TB, đúng chữ hoa, chữ thường; các nhóm chữ nối bằng gạch nối không cách. Đó là mẫu cho văn bản mới. Văn bản đã phát hành mang số và ký hiệu như đã in (mã tự đặt QCPH, dấu "/", "TT.HĐND", năm trong số của nghị quyết liên tịch): cochuong chỉ cảnh báo và vẫn in đúng như đã ghi. Số văn bản do văn thư cấp, ghi ở trường so; ghi số vào ký hiệu thì in ra hai lần (lỗi).',
    'Decree 30/2020 (Appendix III) sets the type codes: Chương trình CTr, Quy chế QC, Báo cáo BC, Kế hoạch KH, Thông báo TB, with that exact letter case; groups are joined by hyphens without spaces. That is the form for new documents. An issued document keeps its number as printed (local codes like QCPH, "/" separators, "TT.HĐND", the year in a joint resolution\'s number): cochuong only warns and prints it as written. The number goes in `so`; written into the ký hiệu it would print twice (an error).'),
  bad: 'loai: chuong_trinh\nso: 1\nky_hieu: "01/CTPH - HĐND-UBND-MTTQ"',
  good: 'loai: chuong_trinh\nso: 1\nky_hieu: CTr-HĐND-UBND-MTTQ',
  check({ doc }, report) {
    const written = doc.ky_hieu.normalize('NFC');
    const type = documentType(doc);
    const { code } = DOCUMENT_TYPES[type];
    const kind = DOCUMENT_TYPES[type];
    const problems: Problem[] = [];

    const year = YEAR_GROUP.exec(written);
    const prefix = year ? '' : numberPrefix(written);
    const rest = written.slice(year ? year[0].length : prefix.length);
    const yearPart = year ? `${year[1]}/` : '';
    if (prefix.trim() !== '') {
      problems.push({
        severity: 'error',
        message: text(`Ký hiệu không ghi số văn bản hay chữ "Số": "${prefix.trim()}" thừa.`,
          `The ký hiệu does not include the number or "Số": "${prefix.trim()}" is extra.`),
        note: text('Xóa phần này; số văn bản ghi ở trường so (dự thảo thì để trống), máy tự in "Số: 01/…".',
          'Remove it; the number goes in `so` (empty for a draft), and the tool prints "Số: 01/…".'),
      });
    }

    // "TT.HĐND" is one body written with a dot: one group, suggested without the dot (a warning).
    const dotted: string[] = [];
    const groups = rest.split(SEPARATOR_NOT_DOT).filter((g) => g !== '').flatMap((g) => {
      if (DOTTED_ABBREVIATION.test(g)) { dotted.push(g); return [g.replace(/\./gu, '')]; }
      return g.split(ANY_SEPARATOR).filter((part) => part !== '');
    });
    if (dotted.length > 0) {
      problems.push({
        message: text(`Dấu chấm trong chữ viết tắt "${dotted.join('", "')}" không có trong mẫu ký hiệu của Phụ lục III.`,
          `The dot in the abbreviation "${dotted.join('", "')}" is not part of Appendix III's form.`),
        note: text(`Văn bản mới viết liền: ${dotted.map((g) => g.replace(/\./gu, '')).join(', ')}.`,
          `A new document writes it without the dot: ${dotted.map((g) => g.replace(/\./gu, '')).join(', ')}.`),
      });
    }
    if (groups.length > 0 && rest.replace(DOTTED_ANYWHERE, '$1$2') !== groups.join('-')) {
      problems.push({
        message: text(`Các nhóm chữ trong ký hiệu nối bằng dấu "-" (gạch nối), không có dấu cách hay dấu khác: "${rest}".`,
          `The groups of the ký hiệu are joined by "-" (hyphen) without spaces or other marks: "${rest}".`),
        note: text(`Văn bản mới viết liền: ${groups.join('-')}.`, `A new document writes: ${groups.join('-')}.`),
      });
    }

    const first = groups[0] ?? '';
    let issuers = groups.slice(1);
    const local = LOCAL_TYPE_CODES[first.toLocaleUpperCase('vi')];
    const decree = decreeCodeIgnoringCase(first);
    if (first === code || groups.length === 0) {
      // the right code, or nothing left to judge (reported below as missing)
    } else if (decree === code) {
      problems.push({
        message: text(`Mã loại văn bản viết sai chữ hoa, chữ thường: "${first}"; ${kind.vi} ghi đúng là "${code}".`,
          `Wrong letter case in the type code "${first}"; a ${kind.en} is "${code}".`),
        note: text(`Sửa "${first}" thành "${code}".`, `Change "${first}" to "${code}".`),
      });
    } else if (local === type) {
      problems.push({
        severity: 'warning',
        message: text(`Mã "${first}" là mã tự đặt, không có trong Phụ lục III Nghị định 30/2020/NĐ-CP; ${kind.vi} dùng mã "${code}".`,
          `"${first}" is a local code, not in Appendix III of Decree 30/2020; a ${kind.en} uses "${code}".`),
        note: text(`Dùng "${code}" (ví dụ ${code}-HĐND-UBND-MTTQ).`, `Use "${code}" (e.g. ${code}-HĐND-UBND-MTTQ).`),
      });
    } else if (decree) {
      problems.push({
        message: text(`"${first}" là mã của ${DECREE_TYPE_CODES[decree]}, không phải của ${kind.vi}; ${kind.vi} dùng mã "${code}".`,
          `"${first}" is the code of ${DECREE_TYPE_CODES[decree]}, not of a ${kind.en}; a ${kind.en} uses "${code}".`),
        note: text(`Sửa "${first}" thành "${code}", hoặc sửa loai nếu đây là văn bản loại khác.`, `Change "${first}" to "${code}", or change loai if the document is of another kind.`),
      });
    } else if (local) {
      problems.push({
        message: text(`"${first}" là mã tự đặt cho ${DOCUMENT_TYPES[local].vi}, không phải ${kind.vi}; ${kind.vi} dùng mã "${code}".`,
          `"${first}" is a local code for a ${DOCUMENT_TYPES[local].en}, not a ${kind.en}; a ${kind.en} uses "${code}".`),
        note: text(`Sửa "${first}" thành "${code}".`, `Change "${first}" to "${code}".`),
      });
    } else if (ISSUER.test(first)) {
      issuers = groups;
      problems.push({
        message: text(`Ký hiệu thiếu mã loại văn bản ở đầu: ${kind.vi} bắt đầu bằng "${code}".`,
          `The ký hiệu lacks the type code at its start: a ${kind.en} starts with "${code}".`),
        note: text(`Thêm "${code}-" vào đầu ký hiệu.`, `Put "${code}-" at the start.`),
      });
    } else {
      problems.push({
        message: text(`"${first}" không phải mã loại văn bản trong Phụ lục III Nghị định 30/2020/NĐ-CP; ${kind.vi} dùng mã "${code}".`,
          `"${first}" is not a type code of Appendix III of Decree 30/2020; a ${kind.en} uses "${code}".`),
        note: text(`Sửa "${first}" thành "${code}".`, `Change "${first}" to "${code}".`),
      });
    }

    if (groups.length === 0) {
      problems.push({
        message: text('Ký hiệu thiếu mã loại văn bản và chữ viết tắt tên cơ quan ban hành.', 'The ký hiệu lacks the type code and the issuers\' abbreviations.'),
        note: text(`Ghi ký hiệu đầy đủ, ví dụ ${code}-HĐND-UBND-MTTQ.`, `Write the full ký hiệu, e.g. ${code}-HĐND-UBND-MTTQ.`),
      });
    } else if (issuers.length === 0) {
      problems.push({
        message: text('Ký hiệu thiếu chữ viết tắt tên cơ quan ban hành sau mã loại văn bản.', 'The ký hiệu lacks the issuers\' abbreviations after the type code.'),
        note: text(`Thêm chữ viết tắt các cơ quan, ví dụ ${code}-HĐND-UBND-MTTQ.`, `Add the issuers' abbreviations, e.g. ${code}-HĐND-UBND-MTTQ.`),
      });
    }

    if (problems.length === 0) return;
    const corrected = issuers.length > 0 ? yearPart + [code, ...issuers].join('-') : undefined;
    const expected = corrected ? [corrected] : undefined;
    // An issued number is a fact: the form above is for new documents, this one prints as written.
    const issued = doc.so !== undefined && doc.so !== null && problems.every((p) => p.severity !== 'error');
    const asIssued = (note: Text): Text => (issued
      ? text(`${note.vi.replace(/[^.]$/u, '$&.')} Văn bản đã phát hành thì giữ đúng ký hiệu đã in: cochuong in nguyên văn, cảnh báo này không ngăn việc in.`,
        `${note.en.replace(/[^.]$/u, '$&.')} An issued document keeps the ký hiệu as printed: cochuong prints it as written; this warning does not stop printing.`)
      : note);
    if (problems.length === 1) {
      report({ path: ['ky_hieu'], actual: written, expected, ...problems[0], note: asIssued(problems[0].note) });
      return;
    }
    // Several slips in one short value: one message that lists them and gives the whole fix.
    const list = (lang: 'vi' | 'en') => problems.map((p, i) => `(${i + 1}) ${p.message[lang]}`).join(' ');
    report({
      path: ['ky_hieu'],
      actual: written,
      expected,
      severity: problems.some((p) => p.severity === 'error') ? 'error' : 'warning',
      message: text(`Ký hiệu "${written}" có ${problems.length} chỗ chưa đúng: ${list('vi')}`,
        `The ký hiệu "${written}" has ${problems.length} problems: ${list('en')}`),
      note: asIssued(corrected
        ? text(`Sửa thành ky_hieu: ${corrected}`, `Write ky_hieu: ${corrected}`)
        : text(problems.map((p) => p.note.vi).join(' '), problems.map((p) => p.note.en).join(' '))),
    });
  },
};
