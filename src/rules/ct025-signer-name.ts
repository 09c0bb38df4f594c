import { text } from '../message/message.js';
import type { Rule } from './rule.js';

/** Forms of address and signing marks typed around a name: the decree prints the name alone. */
// Not "ông", "bà": Ông is also a family name (Ông Ích Khiêm).
const PREFIX = /^(?:đ\/c|đ\.c\.?|đc\.|đồng chí)\s+/iu;
const SIGNED = /\s*[([]\s*(?:đã\s+ký|ký|ký\s+tên|đã\s+ký\s+và\s+đóng\s+dấu|ký,\s*ghi\s+rõ\s+họ\s+tên|chữ\s+ký)\s*[)\]]\s*/iu;
/** Titles that belong in chuc_vu, not in the name. */
const TITLE = /^(?:phó\s+chủ\s+tịch|chủ\s+tịch|phó\s+bí\s+thư|bí\s+thư|trưởng\s+ban|phó\s+trưởng\s+ban|ủy\s+viên|uỷ\s+viên)\s+|\s*[-–,]\s*(?:phó\s+chủ\s+tịch|chủ\s+tịch|phó\s+bí\s+thư|bí\s+thư|trưởng\s+ban|phó\s+trưởng\s+ban)(?:\s.*)?$/iu;

/** "NGUYỄN VĂN AN" → "Nguyễn Văn An". */
function titleCase(name: string): string {
  return name.toLocaleLowerCase('vi').replace(/(^|\s)(\S)/gu, (_, space: string, c: string) => space + c.toLocaleUpperCase('vi'));
}

/** What the decree prints under the signature: the name, in bold, in normal case, nothing around it. */
export function cleanSignerName(name: string): { clean: string; problems: ('prefix' | 'signed' | 'title' | 'capitals')[] } {
  const problems: ('prefix' | 'signed' | 'title' | 'capitals')[] = [];
  let clean = name.trim();
  if (SIGNED.test(clean)) { problems.push('signed'); clean = clean.replace(SIGNED, ' ').trim(); }
  if (PREFIX.test(clean)) { problems.push('prefix'); clean = clean.replace(PREFIX, '').trim(); }
  if (TITLE.test(clean)) { problems.push('title'); clean = clean.replace(TITLE, '').trim(); }
  const letters = clean.replace(/[^\p{L}]/gu, '');
  if (letters.length > 3 && letters === letters.toLocaleUpperCase('vi') && letters !== letters.toLocaleLowerCase('vi')) {
    problems.push('capitals');
    clean = titleCase(clean);
  }
  return { clean, problems };
}

const SAID = {
  prefix: text('có cách xưng hô ("Đ/c", "đồng chí") trước tên', 'has a form of address ("Đ/c", "đồng chí") before the name'),
  signed: text('có chữ "(đã ký)" hoặc "(ký)": đó là chỗ của chữ ký, không phải một phần của tên', 'has "(đã ký)" or "(ký)": that is where the signature goes, not part of the name'),
  title: text('có chức vụ trong tên: chức vụ ghi ở chuc_vu', 'has a title inside the name: the title goes in chuc_vu'),
  capitals: text('viết toàn chữ hoa: họ tên in đậm, chữ thường, chỉ viết hoa chữ cái đầu', 'is all capitals: the name is printed in bold, normal case, capitals only at the start of each word'),
};

export const ct025: Rule = {
  id: 'CT025',
  name: 'signer-name',
  stage: 'rule',
  severity: 'warning',
  description: text('Họ tên người ký (ho_ten) chỉ là họ và tên, chữ thường viết hoa chữ đầu: không "Đ/c", "đồng chí", "(đã ký)", "(ký)", không chức vụ, không viết toàn chữ hoa.',
    'The signer\'s name (ho_ten) is the name alone, in normal case: no "Đ/c", "đồng chí", "(đã ký)", "(ký)", no title, not all capitals.'),
  rationale: text('Nghị định 30/2020/NĐ-CP, Phụ lục I: họ tên người ký in đậm, cỡ chữ như thân văn bản, không ghi cách xưng hô hay chức vụ; chữ ký đặt ở khoảng trống giữa chức vụ và họ tên. Họ tên chép từ bản đã ký ("(đã ký)"), từ biên bản ("Đ/c …") hay từ tiêu đề viết hoa thường mang theo những chữ này và sẽ in ra đúng như vậy.',
    'Decree 30/2020, Appendix I: the signer\'s name is printed in bold, body size, with no form of address or title; the signature goes in the space between the title and the name. Names copied from a signed copy ("(đã ký)"), from minutes ("Đ/c …") or from capitalised headings carry these words, and they would be printed.'),
  bad: 'ky:\n  chuc_vu: CHỦ TỊCH\n  ho_ten: Đ/c NGUYỄN VĂN AN (đã ký)',
  good: 'ky:\n  chuc_vu: CHỦ TỊCH\n  ho_ten: Nguyễn Văn An',
  check({ doc }, report) {
    doc.ben.forEach((party, i) => {
      const name = party.ky.ho_ten;
      const { clean, problems } = cleanSignerName(name);
      if (problems.length === 0) return;
      const vi = problems.map((p) => SAID[p].vi).join('; ');
      const en = problems.map((p) => SAID[p].en).join('; ');
      report({
        path: ['ben', i, 'ky', 'ho_ten'], actual: name, expected: clean ? [clean] : undefined,
        message: text(`Họ tên người ký "${name}" ${vi}.`, `The signer's name "${name}" ${en}.`),
        note: clean ? text(`Ghi ho_ten: ${clean}${problems.includes('title') ? ' (chức vụ để ở chuc_vu)' : ''}.`, `Write ho_ten: ${clean}${problems.includes('title') ? ' (the title stays in chuc_vu)' : ''}.`)
          : text('Ghi họ và tên người ký.', 'Write the signer\'s name.'),
      });
    });
  },
};
