import Handlebars from 'handlebars';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { text, type Message } from '../message/message.js';
import { HelperArgumentError, TEMPLATE_HELPERS, resetCounters } from './template-helpers.js';
import { formatSize } from '../text/size.js';
import { RenderBudgetError, countedEach, resetBudget } from './render-budget.js';
import { closest } from '../text/closest.js';
import type { TemplateContext } from './view.js';
import { COMPILE_OPTIONS, EXTENSION, checkAst, readTemplateFiles, templateMessage, type TemplateFile } from './template-files.js';
import { PRECOMPILED } from './generated/templates.js';

export type { TemplateFile } from './template-files.js';

/**
 * Templates are code a clerk may edit, so they run fenced in: an isolated Handlebars instance,
 * strict (a misspelt field is an error, not a blank), only our helpers, no prototype access, no
 * HTML escaping (the output is block markup, and values arrive escaped for it), partials only
 * from the known template folders, and every error named by template file, line and column.
 */

export type TemplateResult = { ok: true; text: string } | { ok: false; message: Message };

export interface TemplateSet {
  /** The folders the set was read from, lowest priority first. */
  dirs: string[];
  files: Map<string, TemplateFile>;
  has(name: string): boolean;
  render(name: string, context: TemplateContext): TemplateResult;
}

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
  const { files, messages } = readTemplateFiles(dirs);
  if (messages.length > 0) return { ok: false, messages };

  const hb = Handlebars.create();
  hb.unregisterHelper('log');
  hb.registerHelper(TEMPLATE_HELPERS as unknown as Handlebars.HelperDeclareSpec);
  // Loops are where a template's output multiplies: they count what they write (render-budget.ts).
  hb.registerHelper('each', countedEach(hb.helpers.each as Parameters<typeof countedEach>[0]));
  // Handlebars would print a warning for a blocked prototype lookup (rendered as nothing); the checks
  // below refuse such templates anyway, and the core never prints. (The logger is shared by the process.)
  (hb.logger as { level: unknown }).level = 99;

  const partialNames = new Set([...files.values()].filter((f) => f.partial).map((f) => f.name));
  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  const precompiled = usablePrecompiled();
  for (const [key, template] of files) {
    let fn: Handlebars.TemplateDelegate;
    const spec = precompiled?.get(key);
    if (spec && spec.source === template.source) {
      // A default template as shipped: checked and compiled by the build (scripts/build.mjs).
      fn = hb.template(spec.spec as TemplateSpecification);
      template.precompiled = true;
    } else {
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
      fn = hb.compile(ast, COMPILE_OPTIONS);
    }
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
          resetBudget(context);
          return { ok: true, text: fn(context, RUNTIME_OPTIONS) };
        } catch (error) {
          return { ok: false, message: runtimeErrorMessage(error, files.get(name)!.file, fieldNames(context)) };
        }
      },
    },
  };
}

/**
 * The build's precompiled default templates, when they were made by this Handlebars with these
 * helpers (else, say after an upgrade without a rebuild, every template is compiled as a user's is).
 */
function usablePrecompiled(): Map<string, { source: string; spec: unknown }> | undefined {
  const helpers = Object.keys(TEMPLATE_HELPERS).sort().join(',');
  if (PRECOMPILED.handlebars !== Handlebars.VERSION || PRECOMPILED.helpers.slice().sort().join(',') !== helpers) return undefined;
  return new Map(Object.entries(PRECOMPILED.templates));
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
  if (error instanceof HelperArgumentError) return templateMessage(file, error.reason, where?.line, where?.column);
  if (error instanceof RenderBudgetError) {
    return templateMessage(file, text(`mẫu in ra quá nhiều (hơn ${formatSize(error.limit)} cho một văn bản); có thể một vòng {{#each}} lồng nhau quá sâu.`,
      `the template writes too much (over ${formatSize(error.limit)} for one document); perhaps {{#each}} loops nest too deep.`), where?.line, where?.column,
    text('Kiểm tra các vòng {{#each}} trong mẫu (nhất là {{#each @root…}} lồng trong vòng khác), hoặc bỏ mẫu này để dùng mẫu gốc.',
      'Check the {{#each}} loops of the template (above all {{#each @root…}} inside another loop), or remove it to use the default.'));
  }
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
