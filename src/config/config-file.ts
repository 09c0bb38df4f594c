import { dirname, resolve } from 'node:path';
import { createMessage, text, type Message, type Text } from '../message/message.js';
import { readBytesSync } from '../read/read-bytes.js';
import { decodeSource } from '../read/decode-source.js';
import { parseYaml } from '../parse/parse-yaml.js';
import { findNode, type DataPath } from '../parse/source-tree.js';
import { nodePlace } from '../parse/parse-yaml.js';
import { RULES } from '../rules/catalogue.js';
import { closest } from '../text/closest.js';
import { parseMargins } from '../render/docx/page.js';
import { parseFormats } from '../render/output-plan.js';
import { toDataPath, type AjvError } from '../schema/ajv-error.js';
import { validate as validateConfig } from './generated/validate-config.js';
import type { CochuongConfigFile } from './generated/config-types.js';
import type { RuleSetting } from './apply-policy.js';
import { CONFIG_CODES } from './codes.js';

/** A configuration is a few lines: anything larger is not one. */
const MAX_CONFIG_BYTES = 256 * 1024;

/** The defaults of `cochuong render`, as the command-line options would give them. */
export interface RenderDefaults {
  format?: string[];
  /** Absolute paths, resolved from the configuration's folder. */
  output?: string;
  template?: string;
  margins?: string;
  fontSize?: string;
}

/** A checked .cochuong.yaml. */
export interface CochuongConfig {
  /** The file as it will be named in messages. */
  file: string;
  /** Its folder, absolute: `ignore` patterns and paths are relative to it. */
  dir: string;
  rules: Record<string, RuleSetting>;
  ignore: string[];
  lang?: 'vi' | 'en';
  render: RenderDefaults;
}

export type ConfigResult = { ok: true; config: CochuongConfig } | { ok: false; messages: Message[] };

const RULE_IDS = RULES.map((r) => r.id);

/**
 * Reads and checks one configuration file, through the same bounded reading and decoding as
 * documents: a wrong key, value or rule id is a message naming the file, line and column.
 */
export function loadConfig(path: string, file = path): ConfigResult {
  const read = readBytesSync(path, MAX_CONFIG_BYTES);
  if (!read.ok) return { ok: false, messages: [{ ...read.message, file, source: 'config' }] };
  const decoded = decodeSource(file, read.bytes);
  if (!decoded.ok) return { ok: false, messages: decoded.messages };
  const dir = dirname(resolve(path));
  // Only comments so far: an empty configuration (a document would need content, a configuration not).
  if (decoded.text.split('\n').every((line) => /^\s*(#.*)?$/.test(line))) return { ok: true, config: { file, dir, rules: {}, ignore: [], render: {} } };
  const parsed = parseYaml(file, decoded.text);
  if (!parsed.ok) return { ok: false, messages: parsed.messages };
  const errors = parsed.messages.filter((m) => m.severity === 'error');
  if (errors.length > 0) return { ok: false, messages: errors };
  const { doc, lineCounter } = parsed.parsed;
  const data = parsed.parsed.data ?? {};
  const at = (path: DataPath, key = false) => nodePlace(lineCounter, findNode(doc, path, key));
  const problem = (path: DataPath, reason: Text, note?: Text, key = false, actual?: string): Message =>
    createMessage({ file, source: 'config', ruleId: CONFIG_CODES.invalid.id, path, place: at(path, key), reason, note, actual });

  if (!validateConfig(data)) {
    const messages = describeErrors((validateConfig.errors ?? []) as AjvError[], data, problem);
    return { ok: false, messages };
  }
  const raw = data as CochuongConfigFile;
  const messages: Message[] = [];
  for (const id of Object.keys(raw.rules ?? {})) {
    if (RULE_IDS.includes(id)) continue;
    const near = closest(id, RULE_IDS);
    messages.push(problem(['rules', id], text(`Không có quy tắc "${id}".`, `There is no rule "${id}".`),
      near ? text(`Có phải là "${near}"? Danh sách quy tắc: npx cochuong rules.`, `Did you mean "${near}"? The rules: npx cochuong rules.`)
        : text('Danh sách quy tắc: npx cochuong rules.', 'The rules: npx cochuong rules.'), true, id));
  }
  const render: RenderDefaults = {};
  const r = raw.render ?? {};
  if (r.format !== undefined) {
    render.format = Array.isArray(r.format) ? [...r.format] : [r.format];
    const formats = parseFormats(render.format);
    if (!formats.ok) messages.push(problem(['render', 'format'], text(`Định dạng "${formats.bad}" không có.`, `Unknown format "${formats.bad}".`),
      text('Dùng docx, md, pdf, ví dụ format: docx,pdf', 'Use docx, md, pdf, e.g. format: docx,pdf')));
  }
  if (r.output !== undefined) render.output = resolve(dir, r.output) + '/'; // always a folder
  if (r.template !== undefined) render.template = resolve(dir, r.template);
  if (r.margins !== undefined) {
    render.margins = Array.isArray(r.margins) ? r.margins.join(',') : r.margins;
    const margins = parseMargins(render.margins);
    if (!margins.ok) messages.push(problem(['render', 'margins'], text(margins.vi, margins.en), text('Ví dụ: margins: 20,20,30,15', 'For example: margins: 20,20,30,15')));
  }
  if (r.font_size !== undefined) render.fontSize = String(r.font_size);
  if (messages.length > 0) return { ok: false, messages };
  return { ok: true, config: { file, dir, rules: { ...raw.rules }, ignore: raw.ignore ?? [], lang: raw.lang, render } };
}

type Problem = (path: DataPath, reason: Text, note?: Text, key?: boolean, actual?: string) => Message;

/** ajv's errors on the configuration, one message per place, in words a clerk can act on. */
function describeErrors(errors: AjvError[], data: unknown, problem: Problem): Message[] {
  const messages: Message[] = [];
  const seen = new Set<string>();
  // An error inside a oneOf branch repeats what the oneOf says: keep the oneOf's own.
  const alternatives = errors.filter((e) => e.keyword === 'oneOf').map((e) => e.schemaPath + '/');
  for (const error of errors) {
    if (alternatives.some((prefix) => error.schemaPath.startsWith(prefix))) continue;
    if (error.schemaPath.includes('/propertyNames/')) continue; // the propertyNames error says it, with the name
    const path = toDataPath(error.instancePath, data);
    const message = describe(error, path, problem);
    const key = `${path.join('/')}|${message.reason.en}`;
    if (seen.has(key)) continue;
    seen.add(key);
    messages.push(message);
  }
  return messages.sort((a, b) => (a.place?.start.offset ?? 0) - (b.place?.start.offset ?? 0));
}

function describe(error: AjvError, path: DataPath, problem: Problem): Message {
  const where = path.length === 0 ? text('đầu tệp', 'the top level') : text(`"${path.join('.')}"`, `"${path.join('.')}"`);
  const hint = error.parentSchema?.description;
  const note = hint ? text(hint, hint) : undefined;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const allowed = Object.keys(error.parentSchema?.properties ?? {});
      const near = closest(key, allowed);
      return problem([...path, key], text(`Khóa "${key}" không có trong cấu hình (ở ${where.vi}).`, `Unknown key "${key}" in the configuration (at ${where.en}).`),
        near ? text(`Có phải là "${near}"?`, `Did you mean "${near}"?`) : text(`Các khóa được dùng ở đây: ${allowed.join(', ')}.`, `Keys allowed here: ${allowed.join(', ')}.`), true, key);
    }
    case 'propertyNames':
    case 'pattern': {
      if (path[0] === 'rules' && (error.keyword === 'propertyNames' || path.length > 1)) {
        const id = String(error.params.propertyName ?? path[path.length - 1]);
        const near = closest(id.toUpperCase(), RULE_IDS);
        return problem(['rules', id], text(`"${id}" không phải mã quy tắc; quy tắc có mã CT và ba chữ số.`, `"${id}" is not a rule id; rule ids are CT and three digits.`),
          near ? text(`Có phải là "${near}"?`, `Did you mean "${near}"?`) : text('Danh sách quy tắc: npx cochuong rules.', 'The rules: npx cochuong rules.'), true, id);
      }
      return problem(path, text(`${where.vi} sai dạng.`, `${where.en} has the wrong form.`), note);
    }
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map(String);
      const value = String(error.data);
      const near = closest(value, allowed);
      return problem(path, text(`Giá trị "${value}" không dùng được cho ${where.vi}.`, `"${value}" is not allowed for ${where.en}.`),
        text(`${near ? `Có phải là "${near}"? ` : ''}Các giá trị được phép: ${allowed.join(', ')}.`, `${near ? `Did you mean "${near}"? ` : ''}Allowed: ${allowed.join(', ')}.`), false, value);
    }
    case 'type': {
      const wanted = String(error.params.type);
      const names: Record<string, Text> = {
        object: text('một khối "khóa: giá trị"', 'a mapping of "key: value"'), array: text('một danh sách (các dòng "- …")', 'a list (lines "- …")'),
        string: text('chữ', 'text'), number: text('một số', 'a number'),
      };
      const name = names[wanted] ?? text(wanted, wanted);
      return problem(path, text(`${where.vi} phải là ${name.vi}.`, `${where.en} must be ${name.en}.`), note);
    }
    case 'oneOf':
      return problem(path, text(`${where.vi} viết sai dạng.`, `${where.en} has the wrong form.`), note);
    default:
      return problem(path, text(`${where.vi}: ${error.message ?? 'không hợp lệ'}.`, `${where.en}: ${error.message ?? 'invalid'}.`), note);
  }
}
