import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { createMessage, text, type Message, type Place } from '../message/message.js';
import { YAML_CODES } from './codes.js';
import { scanNesting } from './scan-nesting.js';
import { buildTree, TreeProblem, type SourceTree } from './source-tree.js';
import { diagnoseYaml, type Judge } from './recover-yaml.js';

/** A parsed file: the YAML tree (for positions), the data built from it, and how to map offsets to lines. */
export interface ParsedSource extends SourceTree {
  doc: Document;
  lineCounter: LineCounter;
}

export type ParseResult = { ok: true; parsed: ParsedSource; messages: Message[] } | { ok: false; messages: Message[] };

export function placeOf(lineCounter: LineCounter, start: number, end?: number): Place {
  const s = lineCounter.linePos(start);
  const place: Place = { start: { line: s.line, column: s.col, offset: start } };
  if (end !== undefined && end > start) {
    const e = lineCounter.linePos(end);
    place.end = { line: e.line, column: e.col, offset: end };
  }
  return place;
}

export function nodePlace(lineCounter: LineCounter, node: Node | null | undefined): Place | undefined {
  const range = node?.range;
  return range ? placeOf(lineCounter, range[0], range[1]) : undefined;
}

/** Text → YAML tree → plain data, or messages that say where the YAML is broken and how to mend it. */
export function parseYaml(file: string, source: string, judge?: Judge): ParseResult {
  const lineCounter = new LineCounter();
  const fatal = (init: Omit<Parameters<typeof createMessage>[0], 'file' | 'source'>): Message =>
    createMessage({ file, source: 'yaml', fatal: true, ...init });

  const deep = scanNesting(source);
  if (deep) {
    // Lines must be known before the parser runs: count them by hand.
    const before = source.slice(0, deep.offset);
    const line = before.split('\n').length;
    const column = deep.offset - before.lastIndexOf('\n');
    return { ok: false, messages: [fatal({ ruleId: YAML_CODES.tooDeep.id, place: { start: { line, column, offset: deep.offset } },
      reason: text(`Các khối lồng nhau quá sâu (hơn ${deep.depth} tầng); văn bản phối hợp chỉ lồng vài tầng.`,
        `Collections nest too deeply (over ${deep.depth} levels); a coordination document nests only a few.`),
      note: text('Tệp này có lẽ bị hỏng hoặc không phải văn bản phối hợp. So sánh với một tệp mẫu trong examples/.',
        'The file is probably damaged or not a coordination document. Compare it with an example in examples/.') })] };
  }

  let doc: Document;
  try {
    doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  } catch (error) {
    return { ok: false, messages: [fatal({ ruleId: YAML_CODES.syntax.id,
      reason: text('Không phân tích được YAML.', 'The YAML could not be parsed.'), actual: String((error as Error)?.message ?? error) })] };
  }

  const messages: Message[] = [];
  const syntax = doc.errors.filter((e) => !INDEPENDENT.has(e.code));
  // One mistake makes the library report every token after it: find the mistake itself, and then
  // report the library's own errors only when no single-line repair explains them (the first alone).
  const diagnosed = syntax.length > 0 ? diagnoseYaml(source, judge) : undefined;
  if (diagnosed) {
    for (const d of diagnosed) {
      const offset = lineCounter.lineStarts[d.line - 1] + d.column - 1;
      messages.push(fatal({ ruleId: d.ruleId, place: { start: { line: d.line, column: d.column, offset } }, reason: d.reason, note: d.note, actual: d.actual, expected: d.expected }));
    }
  } else if (syntax.length > 0) {
    const first = syntax.reduce((a, b) => (b.pos[0] < a.pos[0] ? b : a));
    messages.push(yamlError(file, lineCounter, first.code, first.pos, first.message));
  }
  for (const error of doc.errors) if (INDEPENDENT.has(error.code)) messages.push(yamlError(file, lineCounter, error.code, error.pos, error.message));
  messages.sort((a, b) => (a.place?.start.offset ?? 0) - (b.place?.start.offset ?? 0));
  for (const warning of doc.warnings) {
    if (warning.code !== 'TAG_RESOLVE_FAILED') continue;
    const tag = /tag: (.*)$/.exec(warning.message)?.[1]?.replace('tag:yaml.org,2002:', '!!') ?? '';
    messages.push(fatal({ ruleId: YAML_CODES.unknownTag.id, place: placeOf(lineCounter, warning.pos[0], warning.pos[1]),
      reason: text(`Thẻ ${tag} không được hỗ trợ: cochuong không chạy mã và không chèn tệp khác.`,
        `The tag ${tag} is not supported: cochuong runs no code and includes no other files.`),
      actual: tag, note: text('Xóa thẻ và viết giá trị trực tiếp.', 'Remove the tag and write the value itself.') }));
  }
  if (messages.length > 0) return { ok: false, messages };

  if (doc.contents == null) {
    return { ok: false, messages: [fatal({ ruleId: YAML_CODES.notMapping.id, place: { start: { line: 1, column: 1, offset: 0 } },
      reason: text('Tệp không có nội dung (chỉ có chú thích hoặc dòng trống).', 'The file has no content (only comments or blank lines).'),
      note: text('Sao một tệp mẫu trong examples/ rồi sửa theo văn bản của mình.', 'Copy an example from examples/ and edit it.') })] };
  }
  if (!isMap(doc.contents)) {
    const what = isSeq(doc.contents) ? text('một danh sách', 'a list') : text('một giá trị đơn', 'a single value');
    return { ok: false, messages: [fatal({ ruleId: YAML_CODES.notMapping.id, place: nodePlace(lineCounter, doc.contents),
      reason: text(`Nội dung tệp là ${what.vi}, nhưng văn bản phải là các cặp "khóa: giá trị".`, `The file holds ${what.en}, but a document must be a mapping of keys to values.`),
      expected: ['loai: chuong_trinh', 'dia_phuong: …', 'ben: …'],
      note: /^[a-z_]+:\S/.test(source.trimStart())
        ? text('Sau dấu hai chấm cần một dấu cách: viết "nam: 2026", không viết "nam:2026".', 'A colon needs a space after it: write "nam: 2026", not "nam:2026".')
        : text('Bắt đầu tệp bằng "loai: chuong_trinh" (hoặc quy_che, bao_cao) như các tệp trong examples/.', 'Start the file with "loai: chuong_trinh" (or quy_che, bao_cao) like the files in examples/.') })] };
  }

  try {
    return { ok: true, parsed: { doc, lineCounter, ...buildTree(doc) }, messages: [] };
  } catch (error) {
    if (!(error instanceof TreeProblem)) throw error;
    return { ok: false, messages: [treeProblem(file, lineCounter, error)] };
  }
}

function treeProblem(file: string, lineCounter: LineCounter, problem: TreeProblem): Message {
  const place = nodePlace(lineCounter, problem.node);
  const base = { file, source: 'yaml' as const, fatal: true, place };
  switch (problem.kind) {
    case 'alias-cycle':
      return createMessage({ ...base, ruleId: YAML_CODES.aliasLimit.id,
        reason: text('Bí danh (*tên) trỏ vào chính khối chứa nó, tạo vòng lặp vô tận.', 'An alias (*name) refers to the block that contains it: an endless loop.'),
        note: text('Viết giá trị trực tiếp thay cho bí danh.', 'Write the value instead of the alias.') });
    case 'alias-budget':
      return createMessage({ ...base, ruleId: YAML_CODES.aliasLimit.id,
        reason: text('Bí danh (*tên) nhân bản nội dung quá nhiều lần (kiểu "bom bí danh").', 'Aliases (*name) expand the content far too many times (an "alias bomb").'),
        note: text('Viết giá trị trực tiếp thay cho bí danh; văn bản phối hợp không cần bí danh.', 'Write the values instead of aliases; a coordination document needs none.') });
    case 'alias-missing':
      return createMessage({ ...base, ruleId: YAML_CODES.aliasLimit.id,
        reason: text('Bí danh (*tên) trỏ tới một neo (&tên) không có trong tệp.', 'The alias (*name) refers to an anchor (&name) that is not in the file.'),
        note: text('Viết giá trị trực tiếp thay cho bí danh.', 'Write the value instead of the alias.') });
    case 'too-deep':
      return createMessage({ ...base, ruleId: YAML_CODES.tooDeep.id,
        reason: text('Các khối lồng nhau quá sâu.', 'Collections nest too deeply.'),
        note: text('Tệp này có lẽ bị hỏng; so sánh với một tệp mẫu trong examples/.', 'The file is probably damaged; compare it with an example in examples/.') });
    case 'complex-key':
      return createMessage({ ...base, ruleId: YAML_CODES.complexKey.id,
        reason: text('Khóa phải là một từ (như nam, ben), không được là danh sách hay khối.', 'A key must be a word (like nam, ben), not a list or mapping.'),
        note: text('Bỏ dấu "?" ở đầu dòng và viết "khóa: giá trị".', 'Remove the "?" and write "key: value".') });
  }
}

/** Errors that are mistakes of their own, not the consequence of another: reported each. */
const INDEPENDENT = new Set(['DUPLICATE_KEY', 'MULTIPLE_DOCS']);

interface SyntaxHint { code: string; match?: RegExp; id: string; reason: [string, string]; note: [string, string] }

/** What the YAML library's errors mean for a clerk, most specific first (matched on code and text). */
const SYNTAX_HINTS: SyntaxHint[] = [
  { code: 'DUPLICATE_KEY', id: YAML_CODES.duplicateKey.id,
    reason: ['Khóa này đã có ở trên, trong cùng một khối.', 'This key already appears above, in the same mapping.'],
    note: ['Xóa một trong hai dòng, hoặc gộp nội dung vào một khóa.', 'Remove one of the two, or merge them into one key.'] },
  { code: 'TAB_AS_INDENT', id: YAML_CODES.tabIndent.id,
    reason: ['Thụt lề bằng phím Tab; YAML chỉ cho dùng dấu cách.', 'Indented with a tab; YAML allows only spaces.'],
    note: ['Thay Tab bằng 2 dấu cách (trong VS Code: "Convert Indentation to Spaces").', 'Replace the tab with 2 spaces (VS Code: "Convert Indentation to Spaces").'] },
  { code: 'MULTIPLE_DOCS', id: YAML_CODES.multipleDocuments.id,
    reason: ['Tệp chứa nhiều văn bản YAML (dòng "---" ở giữa tệp).', 'The file holds several YAML documents (a "---" line in the middle).'],
    note: ['Mỗi tệp chỉ một văn bản: tách phần sau dòng "---" ra tệp khác.', 'One document a file: move what follows "---" to another file.'] },
  { code: 'BLOCK_AS_IMPLICIT_KEY', id: YAML_CODES.syntax.id,
    reason: ['Giá trị có dấu hai chấm và dấu cách (": ") ở giữa, nên YAML hiểu nhầm thành một khóa nữa.', 'The value contains a colon and a space (": "), so YAML reads it as another key.'],
    note: ['Đặt cả giá trị trong dấu nháy kép, ví dụ: mo_ta: "Nội dung: tuyên truyền…"; hoặc thụt lề lại cho đúng.', 'Put the whole value in double quotes, e.g. mo_ta: "Content: …"; or fix the indentation.'] },
  { code: 'MULTILINE_IMPLICIT_KEY', id: YAML_CODES.syntax.id,
    reason: ['Một dòng không có dấu hai chấm sau khóa, hoặc một giá trị xuống dòng mà thụt lề sai.', 'A line lacks the colon after its key, or a value continues on a badly indented line.'],
    note: ['Viết "khóa: giá trị" trên một dòng; giá trị dài xuống dòng thì thụt vào sâu hơn khóa.', 'Write "key: value" on one line; a long value continued on the next line must be indented deeper than its key.'] },
  { code: 'UNEXPECTED_TOKEN', match: /at node end/, id: YAML_CODES.syntax.id,
    reason: ['Có chữ thừa sau giá trị (thường do dấu nháy đóng ở giữa câu).', 'Extra text after a value (often a closing quote in the middle of the sentence).'],
    note: ['Đặt cả câu trong một cặp dấu nháy, hoặc bỏ dấu nháy.', 'Quote the whole sentence, or remove the quotes.'] },
  { code: 'MISSING_CHAR', match: /closing/i, id: YAML_CODES.syntax.id,
    reason: ['Thiếu dấu nháy đóng.', 'A closing quote is missing.'],
    note: ['Thêm dấu nháy đóng ở cuối giá trị.', 'Add the closing quote at the end of the value.'] },
  { code: 'MISSING_CHAR', match: /Sequence item without/, id: YAML_CODES.syntax.id,
    reason: ['Dòng này lệch cột so với danh sách: mỗi mục của danh sách bắt đầu bằng "- ", các khóa của một mục thẳng cột với nhau.', 'This line is out of line with the list: each list entry starts with "- ", and the keys of one entry line up.'],
    note: ['Căn dòng này thẳng với các khóa cùng mục ở trên.', 'Line this up with the keys of the same entry above.'] },
  { code: 'MISSING_CHAR', match: /followed by map values/, id: YAML_CODES.syntax.id,
    reason: ['Thiếu dấu hai chấm sau khóa, hoặc dòng này thụt lề sai.', 'A colon is missing after a key, or this line is badly indented.'],
    note: ['Viết "khóa: giá trị" (dấu hai chấm rồi một dấu cách).', 'Write "key: value" (a colon, then a space).'] },
  { code: 'BAD_INDENT', match: /Flow (sequence|map)/, id: YAML_CODES.syntax.id,
    reason: ['Thiếu ngoặc đóng "]" hoặc "}", hoặc dòng tiếp theo thụt lề chưa đủ.', 'A closing "]" or "}" is missing, or the next line is not indented enough.'],
    note: ['Đóng ngoặc đã mở trên cùng dòng.', 'Close the bracket on the same line.'] },
  { code: 'BAD_INDENT', id: YAML_CODES.syntax.id,
    reason: ['Thụt lề không đều: các khóa cùng cấp phải thẳng cột với nhau.', 'Uneven indentation: keys of one level must line up.'],
    note: ['Căn dòng này thẳng với các dòng cùng cấp ở trên.', 'Line this up with the lines of the same level above.'] },
  { code: 'BAD_SCALAR_START', id: YAML_CODES.syntax.id,
    reason: ['Giá trị không được bắt đầu bằng ký tự này (@, `, %, …) khi không có dấu nháy.', 'A value cannot start with this character (@, `, %, …) unless quoted.'],
    note: ['Đặt giá trị trong dấu nháy kép.', 'Put the value in double quotes.'] },
  { code: 'BAD_ALIAS', id: YAML_CODES.aliasLimit.id,
    reason: ['Bí danh (*tên) không hợp lệ.', 'Invalid alias (*name).'],
    note: ['Viết giá trị trực tiếp thay cho bí danh.', 'Write the value instead of the alias.'] },
  { code: 'BAD_KEY', id: YAML_CODES.syntax.id,
    reason: ['Khóa không hợp lệ.', 'Invalid key.'], note: ['Viết khóa là một từ, theo sau là dấu hai chấm.', 'Write the key as a word followed by a colon.'] },
];

function yamlError(file: string, lineCounter: LineCounter, code: string, pos: [number, number], detail: string): Message {
  const place = placeOf(lineCounter, pos[0], pos[1]);
  if (/Maximum call stack/i.test(detail)) {
    return createMessage({ file, source: 'yaml', fatal: true, place, ruleId: YAML_CODES.tooDeep.id,
      reason: text('Các khối lồng nhau quá sâu.', 'Collections nest too deeply.'),
      note: text('Tệp này có lẽ bị hỏng; so sánh với một tệp mẫu trong examples/.', 'The file is probably damaged; compare it with an example in examples/.') });
  }
  if (code === 'BAD_ALIAS' && /Unresolved alias|undefined/i.test(detail)) {
    return createMessage({ file, source: 'yaml', fatal: true, place, ruleId: YAML_CODES.aliasLimit.id,
      reason: text('Bí danh (*tên) trỏ tới một neo (&tên) không có.', 'The alias (*name) refers to an anchor (&name) that does not exist.'),
      note: text('Viết giá trị trực tiếp thay cho bí danh.', 'Write the value instead of the alias.'), actual: firstLine(detail) });
  }
  const hint = SYNTAX_HINTS.find((h) => h.code === code && (!h.match || h.match.test(detail)));
  const detailText = firstLine(detail);
  return createMessage({
    file, source: 'yaml', fatal: true, place, ruleId: hint?.id ?? YAML_CODES.syntax.id,
    reason: hint ? text(hint.reason[0], hint.reason[1]) : text(`Lỗi cú pháp YAML: ${detailText}`, `YAML syntax error: ${detailText}`),
    actual: hint ? detailText : undefined,
    note: hint ? text(hint.note[0], hint.note[1])
      : text('Kiểm tra thụt lề (chỉ dùng dấu cách), dấu hai chấm sau mỗi khóa và các dấu nháy.', 'Check the indentation (spaces only), the colon after each key and the quotes.'),
  });
}

function firstLine(s: string): string {
  return s.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').slice(0, 200);
}
