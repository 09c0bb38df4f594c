import { isMap, type Document, type LineCounter } from 'yaml';
import { createMessage, text, type Message, type Text } from '../message/message.js';
import { nodePlace } from '../parse/parse-yaml.js';
import { findNode, pathKey, type DataPath, type NumberTrap } from '../parse/source-tree.js';
import { YAML_CODES } from '../parse/codes.js';
import { validate } from './generated/validate.js';
import { collapseAlternatives, toDataPath, type AjvError } from './ajv-error.js';
import { SCHEMA_CODES } from './codes.js';
import { closest } from '../text/closest.js';
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
  const errors = collapseAlternatives((validate.errors ?? []) as AjvError[]);
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

function describe(input: SchemaInput, error: AjvError): Message {
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
      return createMessage({ ...base, ruleId: SCHEMA_CODES.required.id, place: path.length ? at(path, true) : { start: { line: 1, column: 1, offset: 0 } },
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
      return createMessage({ ...base, path: [...path, key], ruleId: SCHEMA_CODES.unknownProperty.id, place: at([...path, key], true),
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
    case 'anyOf':
      return createMessage({ ...base, ruleId: SCHEMA_CODES.noForm.id, place: at(path),
        reason: text(`${named}: "${quoted(path)}" không khớp với dạng nào được phép.`, `${named}: "${quoted(path)}" matches none of the allowed forms.`),
        actual: quoted(path), note });
    default:
      return createMessage({ ...base, ruleId: SCHEMA_CODES.type.id, place: at(path),
        reason: text(`${named}: ${error.message ?? 'không hợp lệ'}.`, `${named}: ${error.message ?? 'invalid'}.`), note });
  }
}

const RANGE_TEXT: Record<string, (n: number) => [string, string]> = {
  minLength: (n) => [`quá ngắn: cần ít nhất ${n} ký tự`, `is too short: at least ${n} characters`],
  maxLength: (n) => [`quá dài: tối đa ${n} ký tự`, `is too long: at most ${n} characters`],
  minItems: (n) => [`cần ít nhất ${n} mục`, `needs at least ${n} entries`],
  maxItems: (n) => [`có quá nhiều mục: tối đa ${n}`, `has too many entries: at most ${n}`],
  minimum: (n) => [`phải từ ${n} trở lên`, `must be ${n} or more`],
  maximum: (n) => [`phải không quá ${n}`, `must be at most ${n}`],
};
