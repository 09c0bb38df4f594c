import Handlebars from 'handlebars';
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, isAbsolute, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMessage, text, type Message, type Text } from '../message/message.js';
import { RENDER_CODES } from './codes.js';
import { TEMPLATE_HELPERS, resetCounters } from './template-helpers.js';
import { closest } from '../text/closest.js';
import type { TemplateContext } from './view.js';

/**
 * Templates are code a clerk may edit, so they run fenced in: an isolated Handlebars instance,
 * strict (a misspelt field is an error, not a blank), only our helpers, no prototype access, no
 * HTML escaping (the output is block markup, and values arrive escaped for it), partials only
 * from the known template folders, and every error named by template file, line and column.
 */

export interface TemplateFile {
  /** "chuong_trinh" for a main template, "can_cu" for partials/can_cu.hbs. */
  name: string;
  partial: boolean;
  file: string;
  source: string;
}

export type TemplateResult = { ok: true; text: string } | { ok: false; message: Message };

export interface TemplateSet {
  /** The folders the set was read from, lowest priority first. */
  dirs: string[];
  files: Map<string, TemplateFile>;
  has(name: string): boolean;
  render(name: string, context: TemplateContext): TemplateResult;
}

const EXTENSION = '.hbs';
const MAX_TEMPLATE_BYTES = 256 * 1024;
const NAME = /^[\p{L}\p{N}_-]+$/u;
/** Names that lead from data to functions and prototypes. */
const FORBIDDEN = new Set(['constructor', '__proto__', 'prototype', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__']);

const COMPILE_OPTIONS = {
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: {
    ...Object.fromEntries(Object.keys(TEMPLATE_HELPERS).map((name) => [name, true])),
    log: false, // would print to the console
  },
  noEscape: true,
  preventIndent: true,
};

const RUNTIME_OPTIONS = {
  allowProtoPropertiesByDefault: false,
  allowProtoMethodsByDefault: false,
};

/** The templates shipped with cochuong: `templates/` at the package root (from src/ or dist/). */
export function defaultTemplateDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'templates');
    if (existsSync(join(candidate, `chuong_trinh${EXTENSION}`))) return candidate;
    dir = dirname(dir);
  }
  throw new Error('cochuong: the templates/ folder is missing from the installation');
}

const cache = new Map<string, { ok: true; set: TemplateSet } | { ok: false; messages: Message[] }>();

/**
 * Reads the templates of `dirs` (later folders override earlier ones, name by name) once per
 * process: rendering a hundred documents compiles each template once.
 */
export function loadTemplates(dirs: string[]): { ok: true; set: TemplateSet } | { ok: false; messages: Message[] } {
  const key = dirs.join('\0');
  let loaded = cache.get(key);
  if (!loaded) {
    loaded = readTemplateSet(dirs);
    cache.set(key, loaded);
  }
  return loaded;
}

function readTemplateSet(dirs: string[]): { ok: true; set: TemplateSet } | { ok: false; messages: Message[] } {
  const files = new Map<string, TemplateFile>();
  const messages: Message[] = [];
  for (const dir of dirs) {
    for (const [sub, partial] of [['', false], ['partials', true]] as const) {
      const folder = join(dir, sub);
      if (!existsSync(folder)) continue;
      for (const entry of readdirSync(folder).sort()) {
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
        if (!statSync(file).isFile()) continue;
        if (statSync(file).size > MAX_TEMPLATE_BYTES) {
          messages.push(templateMessage(file, text('Tệp mẫu quá lớn (hơn 256 KB).', 'The template file is too large (over 256 KB).')));
          continue;
        }
        let source = readFileSync(file, 'utf8');
        // A partial called on a line of its own swallows that line's end: without a final newline of
        // its own, its last line would run into the next one.
        if (partial && !source.endsWith('\n')) source += '\n';
        files.set(`${partial ? 'partials/' : ''}${name}`, { name, partial, file, source });
      }
    }
  }
  if (messages.length > 0) return { ok: false, messages };

  const hb = Handlebars.create();
  hb.unregisterHelper('log');
  hb.registerHelper(TEMPLATE_HELPERS as unknown as Handlebars.HelperDeclareSpec);
  // Handlebars would print a warning for a blocked prototype lookup (rendered as nothing); the checks
  // below refuse such templates anyway, and the core never prints. (The logger is shared by the process.)
  (hb.logger as { level: unknown }).level = 99;

  const partialNames = new Set([...files.values()].filter((f) => f.partial).map((f) => f.name));
  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  for (const [key, template] of files) {
    let ast: hbs.AST.Program;
    try {
      ast = hb.parse(template.source);
    } catch (error) {
      messages.push(parseErrorMessage(hb, template.file, template.source, error));
      continue;
    }
    const problems = checkAst(ast, partialNames);
    if (problems.length > 0) {
      for (const p of problems) messages.push(templateMessage(template.file, p.reason, p.line, p.column, p.note));
      continue;
    }
    // Compiled on first use: Handlebars' own compile errors then name this file too (see `attributed`).
    const fn = hb.compile(ast, COMPILE_OPTIONS);
    const named = attributed(fn, template.file);
    compiled.set(key, named);
    if (template.partial) hb.registerPartial(template.name, named);
  }
  if (messages.length > 0) return { ok: false, messages };

  return {
    ok: true,
    set: {
      dirs,
      files,
      has: (name) => compiled.has(name),
      render(name, context) {
        const fn = compiled.get(name);
        if (!fn) {
          return { ok: false, message: templateMessage(join(dirs[dirs.length - 1], name + EXTENSION),
            text(`Không có mẫu "${name}${EXTENSION}".`, `There is no template "${name}${EXTENSION}".`)) };
        }
        try {
          resetCounters(context);
          return { ok: true, text: fn(context, RUNTIME_OPTIONS) };
        } catch (error) {
          return { ok: false, message: runtimeErrorMessage(error, files.get(name)!.file, fieldNames(context)) };
        }
      },
    },
  };
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

/** Tags errors with the file of the innermost template they happened in (partials call partials). */
const FILE_OF_ERROR = Symbol('cochuong template file');

function attributed(fn: Handlebars.TemplateDelegate, file: string): Handlebars.TemplateDelegate {
  return (context, options) => {
    try {
      return fn(context, options);
    } catch (error) {
      if (error && typeof error === 'object' && !(FILE_OF_ERROR in error)) Object.defineProperty(error, FILE_OF_ERROR, { value: file });
      throw error;
    }
  };
}

interface AstProblem { reason: Text; line?: number; column?: number; note?: Text }

/** Refuses what a template must never do: reach prototypes, pick partials at run time, or call a partial that is not there. */
function checkAst(ast: hbs.AST.Program, registered: Set<string>): AstProblem[] {
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

function templateMessage(file: string, reason: Text, line?: number, column?: number, note?: Text): Message {
  const where = line === undefined ? {} : { place: { start: { line, column: column ?? 1 } } };
  return createMessage({
    file, source: 'template', fatal: true, ruleId: RENDER_CODES.template.id, ...where,
    reason: text(`Lỗi trong mẫu in: ${reason.vi}`, `Template error: ${reason.en}`),
    note: note ?? text('Sửa tệp mẫu, hoặc bỏ nó đi để dùng mẫu gốc (xem: cochuong templates export THƯ_MỤC).',
      'Fix the template, or remove it to use the default (see: cochuong templates export DIR).'),
  });
}

function parseErrorMessage(hb: typeof Handlebars, file: string, source: string, error: unknown): Message {
  const raw = error instanceof Error ? error.message : String(error);
  const loc = (hb as unknown as { Parser?: { lexer?: { yylloc?: { first_line: number; first_column: number } } } }).Parser?.lexer?.yylloc;
  // At the end of the file the parser only knows it ran out: point at the {{ that was never closed.
  const unclosed = /got 'EOF'/.test(raw) ? unclosedMustache(source) : undefined;
  const own = locationOf(error);
  const line = unclosed?.line ?? own?.line ?? loc?.first_line;
  const column = unclosed?.column ?? own?.column ?? (loc ? loc.first_column + 1 : undefined);
  const detail = raw.replace(/ - \d+:\d+$/, '').split('\n')[0];
  const mismatch = /^(\S+) doesn't match (\S+)$/.exec(detail);
  const reason = mismatch
    ? text(`khối {{#${mismatch[1]}}} lại đóng bằng {{/${mismatch[2]}}}.`, `block {{#${mismatch[1]}}} is closed by {{/${mismatch[2]}}}.`)
    : text(`sai cú pháp Handlebars (${detail}). Kiểm tra cặp {{ }} và các khối {{#…}} … {{/…}}.`,
      `Handlebars syntax error (${detail}). Check the {{ }} pairs and the {{#…}} … {{/…}} blocks.`);
  return templateMessage(file, reason, line, column);
}

/** The first "{{" with no "}}" before the next "{{" or the end, as 1-based line and column. */
function unclosedMustache(source: string): { line: number; column: number } | undefined {
  let from = 0;
  for (;;) {
    const open = source.indexOf('{{', from);
    if (open < 0) return undefined;
    const close = source.indexOf('}}', open + 2);
    const next = source.indexOf('{{', open + 2);
    if (close < 0 || (next >= 0 && next < close)) {
      const before = source.slice(0, open).split('\n');
      return { line: before.length, column: before[before.length - 1].length + 1 };
    }
    from = close + 2;
  }
}

/** Every key in the data a template sees, to suggest the field a misspelt name meant. */
function fieldNames(value: unknown, names = new Set<string>(), depth = 0): string[] {
  if (depth < 6 && value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (!/^\d+$/.test(key)) names.add(key);
      fieldNames(v, names, depth + 1);
    }
  }
  return [...names];
}

function runtimeErrorMessage(error: unknown, mainFile: string, fields: string[] = []): Message {
  const tagged = error && typeof error === 'object' ? (error as Record<symbol, unknown>)[FILE_OF_ERROR] : undefined;
  const file = typeof tagged === 'string' ? tagged : mainFile;
  const raw = error instanceof Error ? error.message : String(error);
  const detail = raw.replace(/ - \d+:\d+$/, '');
  const where = locationOf(error);
  const missing = /^"([^"]+)" not defined in/.exec(detail);
  const unknownHelper = /unknown helper (\S+)/.exec(detail);
  const noPartial = /^The partial (.+) could not be found$/.exec(detail);
  const helpers = Object.keys(TEMPLATE_HELPERS).join(', ');
  if (missing) {
    const guess = closest(missing[1], fields.filter((f) => f !== missing[1]));
    const reason = text(`trường "${missing[1]}" không có trong văn bản.`, `field "${missing[1]}" is not in the document.`);
    if (guess) {
      return templateMessage(file, reason, where?.line, where?.column,
        text(`Có phải là "${guess}"? Trường có thể bỏ trống thì đặt trong {{#if ${guess}}}…{{/if}}.`,
          `Did you mean "${guess}"? Put a field that may be absent inside {{#if ${guess}}}…{{/if}}.`));
    }
    return templateMessage(file, reason,
      where?.line, where?.column,
      text(`Kiểm tra tên trường (xem schemas/cochuong.schema.json). Trường có thể bỏ trống thì đặt trong {{#if ${missing[1]}}}…{{/if}}.`,
        `Check the field name (see schemas/cochuong.schema.json). Put a field that may be absent inside {{#if ${missing[1]}}}…{{/if}}.`));
  }
  if (unknownHelper) {
    return templateMessage(file, text(`không có hàm "${unknownHelper[1]}".`, `there is no helper "${unknownHelper[1]}".`), where?.line, where?.column,
      text(`Các hàm dùng được: ${helpers}, và if, unless, each, with, lookup.`, `Helpers available: ${helpers}, and if, unless, each, with, lookup.`));
  }
  if (noPartial) return templateMessage(file, text(`không có mẫu con "${noPartial[1]}".`, `there is no partial "${noPartial[1]}".`));
  return templateMessage(file, text(`mẫu chạy lỗi (${detail}).`, `the template failed (${detail}).`), where?.line, where?.column);
}

/** Handlebars' own errors carry 1-based lines and 0-based columns. */
function locationOf(error: unknown): { line: number; column: number } | undefined {
  const e = error as { lineNumber?: unknown; column?: unknown };
  if (typeof e?.lineNumber !== 'number') return undefined;
  return { line: e.lineNumber, column: typeof e.column === 'number' ? e.column + 1 : 1 };
}
