import { text, type Text } from '../message/message.js';
import { codePointAt, isLetterOrMark, isUpper } from '../text/letters.js';
import type { Rule } from './rule.js';

/** A recipient line as written, and the same line without what the renderer adds itself. */
const LEADING_BULLET = /^\s*(?:[-–—+•*]\s*)+/u;
const TRAILING_PUNCTUATION = /\s*(?:\.\/\.|[;.,])+\s*$/u;

/**
 * The archive line: "Lưu" then a colon, a comma, nothing, or the records office ("Lưu: VT, VP",
 * "Lưu VT", "LƯU", "Lưu văn thư"); not "Lưu trữ lịch sử tỉnh", a recipient. As a regular expression:
 * /^(?:Lưu|LƯU|lưu)(?:\s*[:,.;]|\s*$|\s+(?:VT|VP|HS|[Vv]ăn thư|VĂN THƯ|[Hh]ồ sơ|\p{Lu}{2,})(?![\p{L}\p{M}]))/u,
 * written out so that no Unicode class is compiled at every start.
 */
export function isArchiveEntry(entry: string): boolean {
  return isArchiveLine(entry.normalize('NFC').replace(LEADING_BULLET, '').trim());
}

const ARCHIVE_WORD = /^(?:Lưu|LƯU|lưu)/;
const PUNCTUATION_OR_END = /^\s*(?:[:,.;]|$)/;
const SPACES = /^\s+/;
const OFFICE_NAMES = ['VT', 'VP', 'HS', 'Văn thư', 'văn thư', 'VĂN THƯ', 'Hồ sơ', 'hồ sơ'];

function isArchiveLine(line: string): boolean {
  if (!ARCHIVE_WORD.test(line)) return false;
  const rest = line.slice(3);
  if (PUNCTUATION_OR_END.test(rest)) return true;
  const spaces = SPACES.exec(rest);
  if (!spaces) return false;
  const office = rest.slice(spaces[0].length);
  if (OFFICE_NAMES.some((name) => office.startsWith(name) && !isLetterOrMark(codePointAt(office, name.length)))) return true;
  // Two or more capitals (a unit's abbreviation), then no letter: the whole run of capitals, since a
  // shorter one would be followed by a capital.
  let end = 0;
  let capitals = 0;
  for (let cp = codePointAt(office, 0); isUpper(cp); cp = codePointAt(office, end)) {
    end += cp > 0xffff ? 2 : 1;
    capitals++;
  }
  return capitals >= 2 && !isLetterOrMark(codePointAt(office, end));
}

/**
 * Whether a text names the records office, "VT" or "văn thư" in any case, as a word at the start or
 * after a space, comma or bracket (or a colon, with `orColon`): as a regular expression
 * /(^|[\s,(:])(VT|văn thư)(?![\p{L}\p{M}])/iu, with the letter after checked in code.
 */
export function namesRecordsOffice(text: string, orColon = false): boolean {
  const start = orColon ? VT_AFTER_COLON_TOO : VT;
  start.lastIndex = 0;
  for (let m = start.exec(text); m; m = start.exec(text)) {
    if (!isLetterOrMark(codePointAt(text, m.index + m[0].length))) return true;
    start.lastIndex = m.index + 1;
  }
  return false;
}
const VT = /(?:^|[\s,(])(?:VT|văn thư)/giu;
const VT_AFTER_COLON_TOO = /(?:^|[\s,(:])(?:VT|văn thư)/giu;

/** The archive line in the decree's form: "Lưu: VT, …" (colon, then VT first). */
function archiveForm(body: string): string {
  const rest = body.replace(/^lưu\s*:?\s*/iu, '').trim();
  const namesVt = namesRecordsOffice(rest);
  return `Lưu: ${namesVt ? rest : rest ? `VT, ${rest}` : 'VT'}`;
}

const quoteForYaml = (value: string) => `- "${value}"`;

/**
 * Nơi nhận (Nghị định 30/2020, Phụ lục I): one recipient a line, the last "Lưu: VT, …" (the records
 * office keeps a copy). The renderer writes the "- " before each line and the ";" or "." after it.
 */
export const ct018: Rule = {
  id: 'CT018',
  name: 'recipients-luu',
  stage: 'rule',
  severity: 'error',
  description: text('Nơi nhận phải kết thúc bằng đúng một dòng lưu "Lưu: VT, …", ở cuối danh sách; các dòng không tự ghi gạch đầu dòng và dấu ";" hoặc "." ở cuối.',
    'Recipients must end with exactly one archive line "Lưu: VT, …", last; lines carry no leading "- " and no trailing ";" or ".".'),
  rationale: text('Theo Nghị định 30/2020, dòng cuối của nơi nhận là nơi lưu văn bản: "Lưu: VT, tên đơn vị soạn thảo". Thiếu dòng này, hoặc có hai dòng lưu, hoặc dòng lưu không ở cuối, thì văn thư không biết bản lưu ở đâu. Dòng "Lưu VT" thiếu dấu hai chấm, hoặc không ghi VT, chỉ là cảnh báo. cochuong tự thêm "- " trước mỗi dòng và ";" hoặc "." sau mỗi dòng khi in, nên tự gõ thêm sẽ thành hai lần.',
    'Under Nghị định 30/2020 the last recipient line says where the document is archived: "Lưu: VT, drafting unit". Without it, with two such lines or with it elsewhere than last, the records office cannot tell where the copy is kept. "Lưu VT" without a colon, or without VT, is only a warning. cochuong prints the "- " before each line and the ";" or "." after it, so typing them too doubles them.'),
  bad: 'noi_nhan:\n  - "Lưu: VT"\n  - Thường trực Đảng ủy xã (để b/c);',
  good: 'noi_nhan:\n  - Thường trực Đảng ủy xã (để b/c)\n  - "Lưu: VT, VP"',
  check({ doc }, report) {
    const entries = doc.noi_nhan;
    const archives = entries.map((entry, i) => (isArchiveEntry(entry) ? i : -1)).filter((i) => i >= 0);
    const last = entries.length - 1;

    if (archives.length === 0) {
      report({ path: ['noi_nhan', last], actual: entries[last], expected: ['Lưu: VT, …'],
        message: text('Danh sách nơi nhận thiếu dòng lưu: dòng cuối phải là "Lưu: VT, …" (nơi lưu văn bản).',
          'The recipients lack the archive line: the last line must be "Lưu: VT, …" (where the document is archived).'),
        note: text(`Thêm dòng cuối ${quoteForYaml('Lưu: VT, VP')} (ghi trong dấu nháy vì có dấu hai chấm; thay VP bằng đơn vị soạn thảo).`,
          `Add the last line ${quoteForYaml('Lưu: VT, VP')} (quoted because of the colon; VP is the drafting unit).`) });
    }
    const lastArchive = archives[archives.length - 1];
    for (const i of archives) {
      if (i !== lastArchive) {
        report({ path: ['noi_nhan', i], actual: entries[i],
          message: text(`Có ${archives.length} dòng lưu trong nơi nhận; chỉ được một dòng "Lưu: VT, …", ở cuối.`,
            `There are ${archives.length} archive lines among the recipients; there must be one "Lưu: VT, …", last.`),
          note: text('Gộp các dòng lưu thành một dòng ở cuối danh sách (ví dụ "Lưu: VT, VP, Tư pháp") và xóa dòng này.',
            'Merge the archive lines into one at the end (e.g. "Lưu: VT, VP, Tư pháp") and remove this one.') });
      } else if (i !== last) {
        report({ path: ['noi_nhan', i], actual: entries[i],
          message: text(`Dòng lưu "${entries[i]}" phải là dòng cuối cùng của nơi nhận, nhưng sau nó còn ${last - i} dòng.`,
            `The archive line "${entries[i]}" must be the last recipient line, but ${last - i} line(s) follow it.`),
          note: text('Chuyển dòng này xuống cuối danh sách noi_nhan.', 'Move this line to the end of noi_nhan.') });
      }
    }

    // Style of each line: at most one warning per line, with the line as it should be written.
    entries.forEach((entry, i) => {
      const problems: Text[] = [];
      let clean = entry.trim();
      if (LEADING_BULLET.test(clean)) {
        problems.push(text('có gạch đầu dòng ở đầu', 'starts with a dash'));
        clean = clean.replace(LEADING_BULLET, '');
      }
      if (TRAILING_PUNCTUATION.test(clean)) {
        problems.push(text(`có dấu "${clean.match(TRAILING_PUNCTUATION)![0].trim()}" ở cuối`, `ends with "${clean.match(TRAILING_PUNCTUATION)![0].trim()}"`));
        clean = clean.replace(TRAILING_PUNCTUATION, '');
      }
      if (isArchiveEntry(clean)) {
        const form = archiveForm(clean);
        if (!/^lưu\s*:/iu.test(clean)) problems.push(text('thiếu dấu hai chấm sau "Lưu"', 'has no colon after "Lưu"'));
        if (!namesRecordsOffice(clean, true)) problems.push(text('không ghi VT (văn thư)', 'does not name VT (the records office)'));
        if (problems.length > 0) clean = form;
      }
      if (problems.length === 0) return;
      report({ path: ['noi_nhan', i], actual: entry, expected: [clean], severity: 'warning',
        message: text(`Dòng nơi nhận "${entry}" ${problems.map((p) => p.vi).join(', ')}.`, `The recipient line "${entry}" ${problems.map((p) => p.en).join(', ')}.`),
        note: text(`Ghi là ${quoteForYaml(clean)}. Khi in, cochuong tự thêm "- " ở đầu và ";" (dòng cuối: ".") ở cuối mỗi dòng; dòng lưu theo mẫu "Lưu: VT, …".`,
          `Write ${quoteForYaml(clean)}. cochuong prints "- " before and ";" (last line: ".") after each line; the archive line follows "Lưu: VT, …".`) });
    });
  },
};
