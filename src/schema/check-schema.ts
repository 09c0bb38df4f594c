import { isMap, type Document, type LineCounter } from 'yaml';
import { createMessage, text, type Message, type Text } from '../message/message.js';
import { nodePlace } from '../parse/parse-yaml.js';
import { findNode, pathKey, type DataPath, type NumberTrap } from '../parse/source-tree.js';
import { YAML_CODES } from '../parse/codes.js';
import { validate } from './generated/validate.js';
import { collapseAlternatives, toDataPath, type AjvError } from './ajv-error.js';
import { SCHEMA_CODES } from './codes.js';
import { closest } from '../text/closest.js';
import { asId, asKey, dateHint, definedIds, idHint, timeHint } from './value-hints.js';
import schema from '../../schemas/cochuong.schema.json' with { type: 'json' };

export interface SchemaInput {
  file: string;
  data: unknown;
  doc: Document;
  lineCounter: LineCounter;
  numberTraps: Map<string, NumberTrap>;
  /** The source text, to quote what the user wrote. */
  source: string;
}

/** Checks the data against the precompiled schema; each error placed where a person would fix it. */
export function checkSchema(input: SchemaInput): Message[] {
  if (validate(input.data)) return [];
  const errors = pairKeyErrors(collapseAlternatives((validate.errors ?? []) as AjvError[]), input.data);
  const seen = new Set<string>();
  const messages: Message[] = [];
  for (const error of errors) {
    const message = describe(input, error);
    const key = `${message.ruleId}|${message.place?.start.offset}|${message.reason.en}`;
    if (seen.has(key)) continue; // the same problem reached through two schema paths
    seen.add(key);
    messages.push(message);
  }
  return messages;
}

const TYPE_NAMES: Record<string, Text> = {
  string: text('chữ (chuỗi)', 'text (a string)'),
  integer: text('số nguyên', 'a whole number'),
  number: text('số', 'a number'),
  boolean: text('true hoặc false', 'true or false'),
  array: text('danh sách (các dòng bắt đầu bằng "- ")', 'a list (lines starting with "- ")'),
  object: text('khối "khóa: giá trị"', 'a mapping of "key: value"'),
  null: text('rỗng (null)', 'empty (null)'),
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value === 'object' ? 'object' : typeof value;
}

function label(path: DataPath): string {
  let out = '';
  for (const step of path) out += typeof step === 'number' ? `[${step}]` : out ? `.${step}` : step;
  return out || '(gốc)';
}

/** The Vietnamese title of the property a path ends in, from the schema. */
function titleOf(error: AjvError, key: string | number | undefined): string | undefined {
  if (typeof key !== 'string') return undefined;
  const own = error.parentSchema?.properties?.[key]?.title;
  const top = (schema.properties as Record<string, { title?: string }>)[key]?.title;
  return own ?? top;
}

/** An unknown key explained by a missing one: the same key misspelt, or indented into the wrong block. */
interface PairedError extends AjvError {
  meant?: string;
  belongsIn?: DataPath;
}

const samePath = (a: DataPath, b: DataPath) => a.length === b.length && a.every((x, i) => x === b[i]);
const isPrefix = (a: DataPath, b: DataPath) => a.length < b.length && a.every((x, i) => x === b[i]);

/**
 * A misspelt key is one mistake, not "missing key" plus "unknown key": the unknown key takes the
 * missing one as its meaning and the missing-key error goes. So does a key indented into a block
 * (or out of one) where the same key is missing one level away.
 */
function pairKeyErrors(errors: AjvError[], data: unknown): PairedError[] {
  const out: PairedError[] = errors.map((e) => ({ ...e }));
  const dropped = new Set<PairedError>();
  const required = out.filter((e) => e.keyword === 'required');
  for (const unknown of out.filter((e) => e.keyword === 'additionalProperties')) {
    const key = String(unknown.params.additionalProperty);
    const path = toDataPath(unknown.instancePath, data);
    const here = required.filter((r) => !dropped.has(r) && samePath(toDataPath(r.instancePath, data), path));
    const missing = here.map((r) => String(r.params.missingProperty));
    const meant = missing.find((m) => asKey(key) === m) ?? closest(asKey(key), missing);
    if (meant) {
      unknown.meant = meant;
      dropped.add(here[missing.indexOf(meant)]);
      continue;
    }
    const elsewhere = required.find((r) => !dropped.has(r) && String(r.params.missingProperty) === key
      && (isPrefix(toDataPath(r.instancePath, data), path) || isPrefix(path, toDataPath(r.instancePath, data))));
    if (elsewhere) {
      unknown.belongsIn = toDataPath(elsewhere.instancePath, data);
      dropped.add(elsewhere);
      continue;
    }
    // A top-level key the document lacks, read into a block: indented under the key above it, even
    // when nothing requires it (nam of a program with no stated period).
    if (path.length > 0 && Object.hasOwn(schema.properties, key) && isRecord(data) && !Object.hasOwn(data, key)) unknown.belongsIn = [];
  }
  return out.filter((e) => !dropped.has(e));
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The column (1-based) the keys of a block start at, from one of its keys; 1 for the top. */
function keyColumnOf(input: SchemaInput, path: DataPath): number | undefined {
  if (path.length === 0) return 1;
  const node = findNode(input.doc, path);
  if (!isMap(node) || node.items.length === 0) return undefined;
  const key = node.items[0].key as { range?: [number, number] } | null;
  return key?.range ? input.lineCounter.linePos(key.range[0]).col : undefined;
}

/** The text of the source line that holds an offset. */
function lineAt(source: string, offset: number): string {
  const start = source.lastIndexOf('\n', offset - 1) + 1;
  const end = source.indexOf('\n', offset);
  return source.slice(start, end < 0 ? source.length : end);
}

function describe(input: SchemaInput, error: PairedError): Message {
  const { file, doc, lineCounter } = input;
  const path = toDataPath(error.instancePath, input.data);
  const where = label(path);
  const last = path[path.length - 1];
  const base = { file, source: 'schema' as const, path };
  const at = (p: DataPath, key = false) => nodePlace(lineCounter, findNode(doc, p, key));
  const quoted = (p: DataPath) => {
    const node = findNode(doc, p);
    const range = node?.range;
    const raw = range ? input.source.slice(range[0], range[1]).trim() : '';
    return raw.length > 60 ? raw.slice(0, 57) + '…' : raw;
  };
  const title = titleOf(error, last);
  const named = title ? `${where} (${title})` : where;
  const hint = error.parentSchema?.description;
  const note = hint ? text(hint, hint) : undefined;

  switch (error.keyword) {
    case 'required': {
      const missing = String(error.params.missingProperty);
      const missingTitle = titleOf(error, missing);
      const owner = path.length === 0 ? text('đầu tệp', 'the top of the file') : text(`khối ${where}`, `the block ${where}`);
      return createMessage({ ...base, ruleId: SCHEMA_CODES.required.id, place: path.length ? itemPlace(input, path) ?? at(path, true) : { start: { line: 1, column: 1, offset: 0 } },
        reason: text(`Thiếu khóa "${missing}"${missingTitle ? ` (${missingTitle})` : ''} trong ${owner.vi}.`, `Missing key "${missing}"${missingTitle ? ` (${missingTitle})` : ''} in ${owner.en}.`),
        expected: [missing],
        note: text(`Thêm dòng "${missing}: …" vào ${owner.vi}.`, `Add a line "${missing}: …" to ${owner.en}.`) });
    }
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const allowed = Object.keys(error.parentSchema?.properties ?? {});
      const guess = closest(key, allowed);
      // In "{su_kien: Trước, trong và sau kỳ họp}" the comma ends the value and "trong và sau kỳ họp"
      // becomes a key: the real mistake is the missing quotes, so say that.
      const owner = findNode(doc, path);
      const splitByComma = isMap(owner) && owner.flow === true && /\s/.test(key);
      const keyPlace = at([...path, key], true);
      if (error.meant) {
        const invisible = /[\u200b-\u200d\u2060\ufeff]/.exec(key);
        const meantTitle = titleOf(error, error.meant);
        return createMessage({ ...base, path: [...path, key], ruleId: SCHEMA_CODES.unknownProperty.id, place: keyPlace,
          reason: invisible
            ? text(`Khóa "${error.meant}" có lẫn một ký tự không nhìn thấy (U+${invisible[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}, thường do chép từ Word hoặc trang web), nên không được nhận ra.`,
              `The key "${error.meant}" holds an invisible character (U+${invisible[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}, usually pasted from Word or a web page), so it is not recognised.`)
            : text(`Khóa "${key}" không có trong mẫu văn bản; có phải là "${error.meant}"${meantTitle ? ` (${meantTitle})` : ''}?`,
              `There is no key "${key}"; did you mean "${error.meant}"${meantTitle ? ` (${meantTitle})` : ''}?`),
          actual: key, expected: [error.meant], replacement: error.meant,
          note: invisible ? text(`Xóa khóa rồi gõ lại: ${error.meant}:`, `Delete the key and type it again: ${error.meant}:`)
            : text(`Có phải là "${error.meant}"? Sửa thành "${error.meant}:" (khóa viết thường, không dấu, nối bằng dấu gạch dưới).`, `Did you mean "${error.meant}"? Change it to "${error.meant}:" (keys are lower case, without marks, joined by underscores).`) });
      }
      if (error.belongsIn) {
        const column = keyColumnOf(input, error.belongsIn);
        const into = label(path);
        const target = error.belongsIn.length === 0 ? text('cấp ngoài cùng (đầu dòng)', 'the top level') : text(`khối ${label(error.belongsIn)}`, `the block ${label(error.belongsIn)}`);
        return createMessage({ ...base, path: [...path, key], ruleId: YAML_CODES.syntax.id, place: keyPlace,
          reason: text(`Khóa "${key}" thụt lề sai nên bị đọc vào ${path.length ? `khối ${into}` : 'cấp ngoài cùng'}; nó thuộc ${target.vi}.`,
            `The key "${key}" is indented so that it is read into ${path.length ? `the block ${into}` : 'the top level'}; it belongs to ${target.en}.`),
          actual: key,
          note: column ? text(`Cho dòng "${key}: …" bắt đầu ở cột ${column} (thụt lề ${column - 1} dấu cách), thẳng cột với các khóa khác của ${target.vi}.`,
              `Start the line "${key}: …" at column ${column} (${column - 1} spaces), in line with the other keys of ${target.en}.`)
            : text(`Thụt lề dòng "${key}: …" cho thẳng cột với các khóa khác của ${target.vi}.`, `Indent the line "${key}: …" in line with the other keys of ${target.en}.`) });
      }
      if (!guess && !splitByComma && /\s\S+\s/.test(key)) {
        // Words and spaces where a key should be: a note the clerk meant as a comment.
        return createMessage({ ...base, path: [...path, key], ruleId: SCHEMA_CODES.unknownProperty.id, place: keyPlace,
          reason: text(`Dòng này trông như một ghi chú, nhưng không có dấu # ở đầu nên YAML đọc "${key.length > 40 ? key.slice(0, 40) + '…' : key}" thành một khóa.`,
            `This line looks like a note, but without a # in front YAML reads "${key.length > 40 ? key.slice(0, 40) + '…' : key}" as a key.`),
          actual: key,
          note: text('Thêm "# " ở đầu dòng nếu đây là ghi chú; nếu không, xóa dòng này.', 'Put "# " at the start of the line if it is a note; otherwise delete the line.') });
      }
      return createMessage({ ...base, path: [...path, key], ruleId: SCHEMA_CODES.unknownProperty.id, place: keyPlace,
        reason: splitByComma
          ? text(`Trong ngoặc nhọn { }, dấu phẩy tách các khóa, nên "${key}" bị hiểu thành một khóa.`, `Inside braces { }, a comma separates keys, so "${key}" was read as a key.`)
          : text(`Khóa "${key}" không có trong mẫu văn bản${path.length ? ` (trong khối ${where})` : ''}.`, `Unknown key "${key}"${path.length ? ` (in ${where})` : ''}.`),
        actual: key, expected: allowed, ...(guess && !splitByComma ? { replacement: guess } : {}),
        note: splitByComma ? text('Đặt cả giá trị có dấu phẩy trong dấu nháy kép, ví dụ {su_kien: "Trước, trong và sau kỳ họp HĐND"}.',
            'Put the whole value that contains a comma in double quotes, e.g. {su_kien: "Before, during and after the session"}.')
          : guess ? text(`Có phải là "${guess}"?`, `Did you mean "${guess}"?`)
          : text(`Các khóa được dùng ở đây: ${allowed.join(', ')}.`, `Keys allowed here: ${allowed.join(', ')}.`) });
    }
    case 'false schema': {
      const kind = (input.data as { loai?: string }).loai ?? '';
      return createMessage({ ...base, ruleId: SCHEMA_CODES.notForKind.id, place: at(path, true),
        reason: text(`Khóa "${where}" không dùng cho loại văn bản "${kind}".`, `The key "${where}" does not belong to a document of kind "${kind}".`),
        actual: String(last),
        note: text('Xóa khóa này, hoặc sửa "loai:" nếu chọn nhầm loại văn bản.', 'Remove this key, or fix "loai:" if the kind is wrong.') });
    }
    case 'type': {
      const wanted = String(error.params.type).split(',');
      const found = typeOf(error.data);
      const trap = input.numberTraps.get(pathKey(path));
      if (trap && wanted.includes('string')) {
        return createMessage({ ...base, ruleId: YAML_CODES.numberTrap.id, place: at(path),
          reason: text(`YAML đã đọc ${trap.source} thành số ${trap.value}: mất số 0 ở đầu hoặc chữ số ở cuối.`,
            `YAML read ${trap.source} as the number ${trap.value}, losing leading zeros or trailing digits.`),
          actual: trap.source, expected: [`"${trap.source}"`], replacement: `"${trap.source}"`,
          note: text(`Đặt giá trị trong dấu nháy: "${trap.source}".`, `Put the value in quotes: "${trap.source}".`) });
      }
      const keyNode = findNode(doc, path, true) as { range?: [number, number] } | null;
      const written = keyNode?.range ? lineAt(input.source, keyNode.range[0]) : '';
      const comment = found === 'null' && wanted.includes('string') ? /^(\s*(?:-\s+)?[^\s:#][^:#]*:\s+)(#.*)$/.exec(written) : null;
      if (comment) {
        // "tieu_de: #Tiếp xúc cử tri": after a space, # starts a comment, and the value is empty.
        const fixed = `${comment[1].trim()} "${comment[2].replace(/"/g, '\\"')}"`;
        return createMessage({ ...base, ruleId: SCHEMA_CODES.type.id, place: at(path, true),
          reason: text(`${named}: giá trị bắt đầu bằng dấu #, nên YAML coi cả phần sau là ghi chú và giá trị thành rỗng.`,
            `${named}: the value starts with #, so YAML takes the rest as a comment and the value is empty.`),
          actual: comment[2], expected: [fixed],
          note: text(`Đặt giá trị trong dấu nháy kép: ${fixed}`, `Put the value in double quotes: ${fixed}`) });
      }
      if (wanted.includes('array') && found === 'string' && /,/.test(String(error.data))) {
        const items = String(error.data).split(',').map((x) => x.trim()).filter(Boolean);
        const fixed = `[${items.join(', ')}]`;
        return createMessage({ ...base, ruleId: SCHEMA_CODES.type.id, place: at(path),
          reason: text(`${named} phải là một danh sách, nhưng đang là một dòng chữ có dấu phẩy.`, `${named} must be a list, but is one line of text with commas.`),
          actual: String(error.data), expected: [fixed], replacement: fixed,
          note: text(`Đặt các mục trong ngoặc vuông: ${String(last)}: ${fixed}`, `Put the entries in square brackets: ${String(last)}: ${fixed}`) });
      }
      const digits = wanted.includes('integer') && found === 'string' ? /^\D*?(\d{1,6})\D*$/.exec(String(error.data)) : null;
      if (digits) {
        return createMessage({ ...base, ruleId: SCHEMA_CODES.type.id, place: at(path),
          reason: text(`${named} phải là một số, chỉ có chữ số, nhưng đang là "${String(error.data)}".`, `${named} must be a number, digits only, but is "${String(error.data)}".`),
          actual: String(error.data), expected: [digits[1]], replacement: String(Number(digits[1])),
          note: text(`Viết: ${String(last)}: ${Number(digits[1])}`, `Write: ${String(last)}: ${Number(digits[1])}`) });
      }
      if (wanted.includes('string') && found === 'object' && isMap(findNode(doc, path)) && !(findNode(doc, path) as { flow?: boolean }).flow) {
        // "- Lưu: VT" without quotes is a mapping {Lưu: VT}: the colon is the problem, not the clerk's text.
        return createMessage({ ...base, ruleId: SCHEMA_CODES.type.id, place: at(path),
          reason: text(`${named}: dấu hai chấm và dấu cách (": ") trong câu làm YAML hiểu thành "khóa: giá trị".`,
            `${named}: the colon and space (": ") in the text make YAML read it as "key: value".`),
          actual: quoted(path), expected: ['string'],
          note: text(`Đặt cả dòng trong dấu nháy kép: "${quoted(path).replace(/^- /, '')}".`, `Put the whole line in double quotes: "${quoted(path).replace(/^- /, '')}".`) });
      }
      const w = wanted.map((t) => TYPE_NAMES[t] ?? text(t, t));
      const f = TYPE_NAMES[found] ?? text(found, found);
      return createMessage({ ...base, ruleId: SCHEMA_CODES.type.id, place: at(path),
        reason: text(`${named} phải là ${w.map((x) => x.vi).join(' hoặc ')}, nhưng đang là ${f.vi}.`,
          `${named} must be ${w.map((x) => x.en).join(' or ')}, but is ${f.en}.`),
        actual: quoted(path), expected: wanted, note });
    }
    case 'enum':
    case 'const': {
      const allowed = (error.keyword === 'enum' ? (error.params.allowedValues as unknown[]) : [error.params.allowedValue]).map(String);
      const guess = typeof error.data === 'string' ? closest(error.data, allowed) : undefined;
      return createMessage({ ...base, ruleId: SCHEMA_CODES.enum.id, place: at(path),
        reason: text(`Giá trị "${quoted(path)}" không hợp lệ cho ${named}.`, `"${quoted(path)}" is not an allowed value for ${named}.`),
        actual: quoted(path), expected: allowed, ...(guess ? { replacement: guess } : {}),
        note: guess ? text(`Có phải là "${guess}"? Các giá trị được phép: ${allowed.join(', ')}.`, `Did you mean "${guess}"? Allowed: ${allowed.join(', ')}.`)
          : text(`Các giá trị được phép: ${allowed.join(', ')}.`, `Allowed values: ${allowed.join(', ')}.`) });
    }
    case 'format':
    case 'pattern': {
      const isDate = error.keyword === 'format' && error.params.format === 'date';
      const value = typeof error.data === 'string' ? error.data : '';
      const date = isDate ? dateHint(value) : undefined;
      if (date) {
        return createMessage({ ...base, ruleId: SCHEMA_CODES.format.id, place: at(path),
          reason: date.write
            ? text(`${named}: ngày viết "${value}", nhưng phải viết năm-tháng-ngày (YYYY-MM-DD).`, `${named}: the date is written "${value}", but must be written year-month-day (YYYY-MM-DD).`)
            : text(`${named}: "${value}" không phải là một ngày có thật. ${date.why!.vi}`, `${named}: "${value}" is not a real date. ${date.why!.en}`),
          actual: value, expected: date.write ? [date.write] : ['YYYY-MM-DD'], ...(date.write ? { replacement: date.write } : {}),
          note: date.write ? text(`Có phải là ${date.write}? Thay "${value}" bằng ${date.write}.`, `Did you mean ${date.write}? Replace "${value}" with ${date.write}.`)
            : text('Kiểm tra lại ngày trong văn bản gốc và viết YYYY-MM-DD.', 'Check the date in the original document and write it YYYY-MM-DD.') });
      }
      const pattern = String(error.params.pattern ?? '');
      if (error.keyword === 'pattern' && pattern === '^[a-z][a-z0-9_-]*$' && value) {
        const ids = definedIds(input.data);
        const isReference = typeof last === 'number' || last === 'chu_tri' || last === 'ben';
        const guess = isReference ? idHint(value, ids) : asId(value);
        if (guess && new RegExp(pattern).test(guess)) {
          return createMessage({ ...base, ruleId: SCHEMA_CODES.format.id, place: at(path),
            reason: text(`${named}: "${value}" không phải là một mã: mã viết thường, không dấu, nối bằng gạch ngang.`, `${named}: "${value}" is not an id: ids are lower case, without marks, joined by hyphens.`),
            actual: value, expected: [guess], replacement: guess,
            note: text(`Có phải là "${guess}"? Thay "${value}" bằng ${guess}.`, `Did you mean "${guess}"? Replace "${value}" with ${guess}.`) });
        }
      }
      return createMessage({ ...base, ruleId: SCHEMA_CODES.format.id, place: at(path),
        reason: isDate
          ? text(`${named}: "${quoted(path)}" không phải là một ngày có thật viết dạng YYYY-MM-DD.`, `${named}: "${quoted(path)}" is not a real date written YYYY-MM-DD.`)
          : text(`${named}: "${quoted(path)}" sai dạng.`, `${named}: "${quoted(path)}" has the wrong form.`),
        actual: quoted(path), expected: isDate ? ['YYYY-MM-DD'] : [String(error.params.pattern)],
        note: isDate ? text('Viết năm-tháng-ngày, đủ hai chữ số, ví dụ 2026-03-05 cho ngày 5 tháng 3 năm 2026.', 'Write year-month-day with two digits, e.g. 2026-03-05 for 5 March 2026.') : note });
    }
    case 'minLength': case 'maxLength': case 'minItems': case 'maxItems': case 'minimum': case 'maximum': {
      const limit = Number(error.params.limit);
      const [vi, en] = RANGE_TEXT[error.keyword](limit);
      return createMessage({ ...base, ruleId: SCHEMA_CODES.range.id, place: at(path),
        reason: text(`${named} ${vi}.`, `${named} ${en}.`), actual: quoted(path), expected: [`${error.keyword} ${limit}`], note });
    }
    case 'oneOf':
    case 'anyOf': {
      const hint = alternativeHint(error);
      if (hint) {
        return createMessage({ ...base, ruleId: SCHEMA_CODES.noForm.id, place: at(path),
          reason: text(`${named}: "${quoted(path)}" không đúng cách viết.`, `${named}: "${quoted(path)}" is not written the way the format reads it.`),
          actual: quoted(path), expected: [hint], replacement: hint,
          note: text(`Có phải là ${hint}? Viết: ${String(last)}: ${hint}`, `Did you mean ${hint}? Write: ${String(last)}: ${hint}`) });
      }
      return createMessage({ ...base, ruleId: SCHEMA_CODES.noForm.id, place: at(path),
        reason: text(`${named}: "${quoted(path)}" không khớp với dạng nào được phép.`, `${named}: "${quoted(path)}" matches none of the allowed forms.`),
        actual: quoted(path), note });
    }
    default:
      return createMessage({ ...base, ruleId: SCHEMA_CODES.type.id, place: at(path),
        reason: text(`${named}: ${error.message ?? 'không hợp lệ'}.`, `${named}: ${error.message ?? 'invalid'}.`), note });
  }
}

/**
 * What the clerk meant by a value none of the alternatives takes: a time in words ("Quý II") or a
 * key with marks ({quý: II}).
 */
function alternativeHint(error: AjvError): string | undefined {
  const branches = Array.isArray(error.schema) ? (error.schema as { properties?: Record<string, unknown> }[]) : [];
  const data = error.data;
  if (typeof data === 'string' && branches.some((b) => b.properties && 'quy' in b.properties)) return timeHint(data)?.write;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const entries = Object.entries(data as Record<string, unknown>);
  for (const branch of branches) {
    const keys = Object.keys(branch.properties ?? {});
    if (keys.length === 0) continue;
    const mapped = entries.map(([k, v]) => [keys.find((key) => key === asKey(k) || (asKey(k) === 'qui' && key === 'quy')), v] as const);
    if (mapped.every(([k]) => k !== undefined) && mapped.some(([k], i) => k !== entries[i][0])) {
      return `{${mapped.map(([k, v]) => `${k}: ${typeof v === 'string' && /[,:{}[\]#]/.test(v) ? JSON.stringify(v) : String(v)}`).join(', ')}}`;
    }
  }
  return undefined;
}

/** A list entry's missing key is placed at its dash, which the clerk sees as the start of the entry. */
function itemPlace(input: SchemaInput, path: DataPath): ReturnType<typeof nodePlace> {
  if (typeof path[path.length - 1] !== 'number') return undefined;
  const node = findNode(input.doc, path) as { range?: [number, number] } | null;
  if (!node?.range) return undefined;
  let i = node.range[0] - 1;
  while (i >= 0 && /\s/.test(input.source[i])) i--;
  if (input.source[i] !== '-') return undefined;
  const pos = input.lineCounter.linePos(i);
  return { start: { line: pos.line, column: pos.col, offset: i } };
}

const RANGE_TEXT: Record<string, (n: number) => [string, string]> = {
  minLength: (n) => [`quá ngắn: cần ít nhất ${n} ký tự`, `is too short: at least ${n} characters`],
  maxLength: (n) => [`quá dài: tối đa ${n} ký tự`, `is too long: at most ${n} characters`],
  minItems: (n) => [`cần ít nhất ${n} mục`, `needs at least ${n} entries`],
  maxItems: (n) => [`có quá nhiều mục: tối đa ${n}`, `has too many entries: at most ${n}`],
  minimum: (n) => [`phải từ ${n} trở lên`, `must be ${n} or more`],
  maximum: (n) => [`phải không quá ${n}`, `must be at most ${n}`],
};
