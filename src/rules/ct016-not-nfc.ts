import { text } from '../message/message.js';
import type { Rule } from './rule.js';

/** Past this many strings, the rest are summed up in one finding. */
const MAX_LISTED = 5;

/** The first word of a string that is stored decomposed, shown normally (it looks the same either way). */
function firstDecomposedWord(value: string): string {
  for (const word of value.split(/\s+/u)) if (word !== word.normalize('NFC')) return word.normalize('NFC');
  return value.normalize('NFC');
}

/**
 * Text stored decomposed (NFD: letter and marks apart) looks right but is not the same string as
 * the same text typed normally (NFC). The parser has already normalised it; this says where it was.
 */
export const ct016: Rule = {
  id: 'CT016',
  name: 'not-nfc',
  stage: 'rule',
  severity: 'warning',
  description: text('Chữ tiếng Việt phải lưu ở dạng Unicode dựng sẵn (NFC), không ở dạng tổ hợp (NFD) tách dấu khỏi chữ.',
    'Vietnamese text must be stored precomposed (Unicode NFC), not decomposed (NFD) with the marks apart from the letters.'),
  rationale: text('Chữ dán từ Word, PDF hoặc máy Mac thường ở dạng tổ hợp: nhìn giống hệt nhưng máy coi "Quốc hội" dạng tổ hợp và "Quốc hội" gõ bình thường là hai chuỗi khác nhau, nên tìm kiếm, đếm độ dài và so sánh văn bản đều sai. cochuong tự chuyển sang dạng dựng sẵn khi kiểm tra và so sánh, nhưng tệp vẫn giữ dạng tổ hợp cho đến khi được sửa.',
    'Text pasted from Word, PDFs or macOS often arrives decomposed: it looks identical, but "Quốc hội" decomposed and "Quốc hội" typed normally are different strings, so search, length and comparison go wrong. cochuong converts to NFC when it checks and compares, but the file keeps the decomposed text until it is fixed.'),
  // The bad example really is decomposed: it prints the same, which is the point.
  bad: `trich_yeu: ${'Phối hợp công tác năm 2026'.normalize('NFD')}   # dán từ PDF: "ố" lưu thành "o" + dấu mũ + dấu sắc`,
  good: 'trich_yeu: Phối hợp công tác năm 2026   # gõ lại bằng Unikey, bảng mã Unicode',
  check({ nonNfc }, report) {
    // A file pasted whole from a PDF is decomposed everywhere: a few places, then one summary, not a hundred warnings.
    const shown = nonNfc.length > MAX_LISTED ? nonNfc.slice(0, MAX_LISTED - 1) : nonNfc;
    if (shown.length < nonNfc.length) {
      const rest = nonNfc.length - shown.length;
      report({ path: nonNfc[shown.length].path, actual: `${rest}`,
        message: text(`Còn ${rest} chỗ nữa trong tệp cũng lưu chữ ở dạng tổ hợp (Unicode NFD), từ dòng này trở đi.`,
          `${rest} more places in this file, from this line on, also store text decomposed (Unicode NFD).`),
        note: text('Chuyển cả tệp một lần: cochuong fix-encoding --in-place TÊN_TỆP', 'Convert the whole file at once: cochuong fix-encoding --in-place FILE') });
    }
    for (const { path, value } of shown) {
      const word = firstDecomposedWord(value);
      report({
        path,
        actual: word,
        message: text(`Chữ ở đây nhìn bình thường nhưng được lưu ở dạng tổ hợp (Unicode NFD, dấu tách khỏi chữ), ví dụ chữ "${word}"; thường do sao chép từ Word, PDF hoặc máy Mac. Dạng này làm sai việc tìm kiếm và so sánh; cochuong so sánh ở dạng dựng sẵn (NFC).`,
          `This text looks normal but is stored decomposed (Unicode NFD, marks apart from letters), e.g. "${word}"; usually copied from Word, a PDF or macOS. It breaks search and comparison; cochuong compares in NFC.`),
        note: text('Gõ lại đoạn này bằng bộ gõ tiếng Việt với bảng mã Unicode (dựng sẵn), hoặc chuyển cả tệp sang dạng dựng sẵn: cochuong fix-encoding --in-place TÊN_TỆP (hoặc Unikey: Công cụ chuyển mã, nguồn "Unicode tổ hợp", đích "Unicode").',
          'Retype this text with a Vietnamese keyboard set to Unicode (precomposed), or convert the whole file to NFC: cochuong fix-encoding --in-place FILE (or Unikey\'s converter, from "Unicode tổ hợp" to "Unicode").'),
      });
    }
  },
};
