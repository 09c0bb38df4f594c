import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { join, relative, isAbsolute, sep } from 'node:path';
import { createMessage, text, type Message, type Text } from '../message/message.js';
import { RENDER_CODES } from './codes.js';
import { TEMPLATE_HELPERS } from './template-helpers.js';
import { readBytesSync } from '../read/read-bytes.js';
import { detectAndDecode } from '../read/encoding/detect.js';
import { ENCODING_NAMES } from '../read/encoding/index.js';

/**
 * Template files and what is checked before one is compiled: the reading rules (names, size, no
 * link out of the folder), the compile options, and the checks of the syntax tree. Shared by run
 * time (templates.ts) and the build, which precompiles the default templates
 * (precompile-templates.ts) — this module never imports the build's output.
 */

export interface TemplateFile {
  /** "chuong_trinh" for a main template, "can_cu" for partials/can_cu.hbs. */
  name: string;
  partial: boolean;
  file: string;
  source: string;
  /** Compiled at build time (a default template, unchanged): not parsed or compiled at run time. */
  precompiled?: boolean;
}

export const EXTENSION = '.hbs';
const MAX_TEMPLATE_BYTES = 256 * 1024;
const NAME = /^[\p{L}\p{N}_-]+$/u;
/** Names that lead from data to functions and prototypes. */
const FORBIDDEN = new Set(['constructor', '__proto__', 'prototype', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__']);

/** How templates are compiled, at run time and (the defaults) at build time. */
export const COMPILE_OPTIONS = {
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: {
    ...Object.fromEntries(Object.keys(TEMPLATE_HELPERS).map((name) => [name, true])),
    log: false, // would print to the console
  },
  noEscape: true,
  preventIndent: true,
};

/**
 * The template files of `dirs` by key ("chuong_trinh", "partials/can_cu"), later folders replacing
 * earlier ones name by name; messages for files that cannot be templates.
 */
export function readTemplateFiles(dirs: string[]): { files: Map<string, TemplateFile>; messages: Message[] } {
  const files = new Map<string, TemplateFile>();
  const messages: Message[] = [];
  for (const dir of dirs) {
    for (const [sub, partial] of [['', false], ['partials', true]] as const) {
      const folder = join(dir, sub);
      if (!existsSync(folder)) continue;
      let entries: string[];
      try {
        entries = readdirSync(folder).sort();
      } catch (error) {
        messages.push(templateMessage(folder, folderProblem(error)));
        continue;
      }
      for (const entry of entries) {
        if (!entry.endsWith(EXTENSION)) continue;
        const name = entry.slice(0, -EXTENSION.length);
        const file = join(folder, entry);
        const problem = !NAME.test(name)
          ? text(`Tên mẫu "${name}" chỉ được gồm chữ, số, "_" và "-".`, `Template name "${name}" may only hold letters, digits, "_" and "-".`)
          : outside(dir, file);
        if (problem) {
          messages.push(templateMessage(file, problem));
          continue;
        }
        // The bounded reader: a FIFO or device named *.hbs is refused, never waited on.
        const read = readBytesSync(file, MAX_TEMPLATE_BYTES);
        if (!read.ok) {
          messages.push(read.message.ruleId === 'IN004'
            ? templateMessage(file, text('Tệp mẫu quá lớn (hơn 256 KB).', 'The template file is too large (over 256 KB).'))
            : read.message);
          continue;
        }
        const decoded = decodeTemplate(read.bytes);
        if (!decoded.ok) {
          messages.push(templateMessage(file, decoded.reason, decoded.line, decoded.column,
            text('Mở tệp mẫu bằng trình soạn thảo (Notepad, VS Code) và lưu lại với mã UTF-8.', 'Open the template in an editor (Notepad, VS Code) and save it as UTF-8.')));
          continue;
        }
        let source = decoded.text;
        // A partial called on a line of its own swallows that line's end: without a final newline of
        // its own, its last line would run into the next one.
        if (partial && !source.endsWith('\n')) source += '\n';
        files.set(`${partial ? 'partials/' : ''}${name}`, { name, partial, file, source });
      }
    }
  }
  return { files, messages };
}

/**
 * A template's bytes as UTF-8 text, strictly: a template in another encoding would print U+FFFD or
 * garbled letters into a document that goes for signature, so it is refused with its encoding named.
 */
function decodeTemplate(bytes: Uint8Array): { ok: true; text: string } | { ok: false; reason: Text; line?: number; column?: number } {
  const { kind, text: decoded } = detectAndDecode(bytes);
  switch (kind.kind) {
    case 'utf8': return { ok: true, text: decoded ?? '' };
    case 'utf16':
    case 'utf32': {
      const label = kind.kind === 'utf16' ? 'UTF-16' : 'UTF-32';
      return { ok: false, reason: text(`tệp mẫu được lưu bằng mã ${label}, cochuong cần UTF-8.`, `the template is saved as ${label}; cochuong needs UTF-8.`) };
    }
    case 'legacy': {
      const name = ENCODING_NAMES[kind.encoding];
      return { ok: false, reason: text(`tệp mẫu dùng bảng mã cũ ${name.vi}, không phải UTF-8.`, `the template uses the legacy encoding ${name.en}, not UTF-8.`) };
    }
    case 'binary':
      return { ok: false, reason: text('tệp mẫu không phải văn bản (tệp nhị phân).', 'the template is not text (a binary file).') };
    case 'invalid-utf8':
      return { ok: false, line: kind.line, column: kind.column,
        reason: text('tệp mẫu có byte không hợp lệ trong UTF-8 (tệp bị hỏng hoặc dùng bảng mã khác).', 'the template has bytes that are not valid UTF-8 (damaged, or another encoding).') };
  }
}

/** Why a template folder cannot be listed, in words (no raw error codes). */
function folderProblem(error: unknown): Text {
  const code = (error as { code?: string } | null)?.code;
  return code === 'EACCES' || code === 'EPERM'
    ? text('không có quyền đọc thư mục mẫu này.', 'no permission to read this template folder.')
    : code === 'ENOTDIR'
      ? text('đây là một tệp, không phải thư mục mẫu.', 'this is a file, not a template folder.')
      : text('không đọc được thư mục mẫu này.', 'this template folder cannot be read.');
}

/** A symlink (or a name) that leads outside its template folder is refused. */
function outside(dir: string, file: string): Text | undefined {
  let real: string;
  let root: string;
  try {
    real = realpathSync(file);
    root = realpathSync(dir);
  } catch {
    return text('Không đọc được tệp mẫu.', 'The template file cannot be read.');
  }
  const rel = relative(root, real);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) {
    return text('Tệp mẫu trỏ ra ngoài thư mục mẫu; cochuong chỉ đọc mẫu nằm trong thư mục mẫu.',
      'The template file points outside its template folder; cochuong only reads templates inside the folder.');
  }
  return undefined;
}

export interface AstProblem { reason: Text; line?: number; column?: number; note?: Text }

/** Refuses what a template must never do: reach prototypes, pick partials at run time, or call a partial that is not there. */
export function checkAst(ast: hbs.AST.Program, registered: Set<string>): AstProblem[] {
  const problems: AstProblem[] = [];
  const partials = new Set([...registered, ...inlinePartials(ast)]);
  const at = (node: hbs.AST.Node) => ({ line: node.loc?.start.line, column: node.loc ? node.loc.start.column + 1 : undefined });
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) { node.forEach(visit); return; }
    const n = node as hbs.AST.Node & Record<string, unknown>;
    // What knownHelpersOnly refuses at compile time, found now with its place: a call of an unknown helper.
    if ((n.type === 'MustacheStatement' || n.type === 'BlockStatement' || n.type === 'SubExpression') && isCall(n)) {
      const path = (n as unknown as hbs.AST.MustacheStatement).path;
      const name = path.type === 'PathExpression' ? (path as hbs.AST.PathExpression).original : '';
      if (path.type === 'PathExpression' && !CALLABLE.has(name)) {
        problems.push({ ...at(n),
          reason: text(`không có hàm "${name}".`, `there is no helper "${name}".`),
          note: text(`Các hàm dùng được: ${Object.keys(TEMPLATE_HELPERS).join(', ')}, và if, unless, each, with, lookup.`,
            `Helpers available: ${Object.keys(TEMPLATE_HELPERS).join(', ')}, and if, unless, each, with, lookup.`) });
      }
    }
    if (n.type === 'PathExpression') {
      const bad = (n as unknown as hbs.AST.PathExpression).parts.find((p) => FORBIDDEN.has(p));
      if (bad) problems.push({ ...at(n), reason: text(`Mẫu không được dùng "${bad}".`, `Templates may not use "${bad}".`) });
    }
    if (n.type === 'StringLiteral' && FORBIDDEN.has((n as unknown as hbs.AST.StringLiteral).value)) {
      const value = (n as unknown as hbs.AST.StringLiteral).value;
      problems.push({ ...at(n), reason: text(`Mẫu không được dùng "${value}".`, `Templates may not use "${value}".`) });
    }
    if (n.type === 'PartialStatement' || n.type === 'PartialBlockStatement') {
      const name = (n as unknown as hbs.AST.PartialStatement).name;
      if (name.type !== 'PathExpression') {
        problems.push({ ...at(n), reason: text('Tên mẫu con phải viết thẳng ra, ví dụ {{> can_cu}}.', 'Partials must be named literally, e.g. {{> can_cu}}.') });
      } else {
        const partialName = (name as hbs.AST.PathExpression).original;
        if (!partials.has(partialName) && !(n.type === 'PartialBlockStatement')) {
          problems.push({ ...at(n),
            reason: text(`Không có mẫu con "${partialName}".`, `There is no partial "${partialName}".`),
            note: text(`Mẫu con là tệp .hbs trong thư mục partials/ của thư mục mẫu. Đang có: ${[...partials].sort().join(', ') || '(không có)'}.`,
              `Partials are .hbs files in the partials/ folder of a template folder. Available: ${[...partials].sort().join(', ') || '(none)'}.`) });
        }
      }
    }
    if ((n.type === 'DecoratorBlock' || n.type === 'Decorator') && ((n as unknown as hbs.AST.Decorator).path as hbs.AST.PathExpression).original !== 'inline') {
      problems.push({ ...at(n), reason: text('Mẫu chỉ được dùng trang trí {{#*inline}}.', 'Templates may only use the {{#*inline}} decorator.') });
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'loc') visit(value);
  };
  visit(ast);
  return problems;
}

/** Helpers a template may call: ours and Handlebars' block helpers (not log, which prints). */
const CALLABLE = new Set([...Object.keys(TEMPLATE_HELPERS), 'if', 'unless', 'each', 'with', 'lookup']);

/** A mustache with arguments, a block or a subexpression calls a helper; a bare {{name}} reads a field. */
function isCall(node: hbs.AST.Node): boolean {
  const n = node as unknown as { type: string; params?: unknown[]; hash?: { pairs?: unknown[] } };
  return n.type === 'SubExpression' || n.type === 'BlockStatement' || (n.params?.length ?? 0) > 0 || (n.hash?.pairs?.length ?? 0) > 0;
}

/** Names defined in the template itself with {{#*inline "name"}}. */
function inlinePartials(ast: hbs.AST.Program): string[] {
  const names: string[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) { node.forEach(visit); return; }
    const n = node as hbs.AST.Node & Record<string, unknown>;
    if (n.type === 'DecoratorBlock') {
      const first = (n as unknown as hbs.AST.DecoratorBlock).params[0];
      if (first?.type === 'StringLiteral') names.push((first as hbs.AST.StringLiteral).value);
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'loc') visit(value);
  };
  visit(ast);
  return names;
}

export function templateMessage(file: string, reason: Text, line?: number, column?: number, note?: Text): Message {
  const where = line === undefined ? {} : { place: { start: { line, column: column ?? 1 } } };
  return createMessage({
    file, source: 'template', fatal: true, ruleId: RENDER_CODES.template.id, ...where,
    reason: text(`Lỗi trong mẫu in: ${reason.vi}`, `Template error: ${reason.en}`),
    note: note ?? text('Sửa tệp mẫu, hoặc bỏ nó đi để dùng mẫu gốc (xem: cochuong templates export THƯ_MỤC).',
      'Fix the template, or remove it to use the default (see: cochuong templates export DIR).'),
  });
}
