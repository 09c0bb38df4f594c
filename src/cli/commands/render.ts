import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import { collectFiles } from '../../check/collect-files.js';
import { checkFiles, relatedLoader } from '../../check/check-files.js';
import { createMessage, text, type Message } from '../../message/message.js';
import { WRITE_CODES } from '../../write/codes.js';
import { formatMessage } from '../../report/text-reporter.js';
import { DEFAULT_PAGE, parseMargins, type PageSetup } from '../../render/docx/page.js';
import { convertToPdf, type PdfInput } from '../../render/pdf.js';
import { renderDocument, type OutputFormat } from '../../render/render-document.js';
import { defaultTemplateDir, loadTemplates } from '../../render/templates.js';
import { writeFileAtomic } from '../../write/write-file-atomic.js';
import { EXIT, t, type CliContext } from '../context.js';

export interface RenderCommandOptions {
  format?: string[];
  output?: string;
  template?: string;
  force?: boolean;
  margins?: string;
  fontSize?: string;
}

type Format = OutputFormat | 'pdf';
const FORMATS: readonly Format[] = ['docx', 'md', 'pdf'];

/**
 * cochuong render FILE… : validate each file as `validate` does, then write DOCX (default),
 * Markdown and/or PDF. A file with errors is not rendered; the others still are.
 * Exit 0 all rendered, 1 a document or template has errors, 2 usage or I/O trouble.
 */
export async function renderCommand(paths: string[], options: RenderCommandOptions, ctx: CliContext): Promise<number> {
  const usage = (vi: string, en: string) => { ctx.stderr(t(ctx.lang, vi, en) + '\n'); return EXIT.usage; };

  const formats = parseFormats(options.format ?? []);
  if (!formats.ok) return usage(`Định dạng "${formats.bad}" không có. Dùng: docx, md, pdf (có thể ghi nhiều: --format docx,pdf).`,
    `Unknown format "${formats.bad}". Use: docx, md, pdf (several allowed: --format docx,pdf).`);
  const page = pageSetup(options);
  if (!page.ok) return usage(page.vi, page.en);
  if (paths.length === 0) return usage('Hãy chỉ ra tệp cần in, ví dụ: cochuong render chuong-trinh-2026.yaml',
    'Name the files to render, e.g.: cochuong render program-2026.yaml');
  if (paths.includes('-')) return usage('Lệnh render đọc tệp, không đọc đầu vào chuẩn (-).', 'render reads files, not standard input (-).');
  if (options.template !== undefined && !isDirectory(options.template)) {
    return usage(`Không có thư mục mẫu "${options.template}".`, `Template folder "${options.template}" does not exist.`);
  }

  const collected = await collectFiles(paths);
  let status: number = collected.messages.some((m) => m.severity === 'error') ? EXIT.usage : EXIT.ok;
  const worse = (code: number) => { status = Math.max(status, code); };
  const print = (messages: Message[], sources?: Map<string, string>) => {
    for (const m of messages) ctx.stderr(formatMessage(m, { lang: ctx.lang, style: ctx.style, sources }) + '\n\n');
  };
  print(collected.messages);
  const files = collected.files;
  if (files.length === 0) return status === EXIT.ok ? EXIT.usage : status;

  const targets = outputPlan(files, formats.list, options.output);
  if (!targets.ok) return usage(targets.vi, targets.en);
  for (const dir of targets.dirsToCreate) {
    try { await mkdir(dir, { recursive: true }); } catch { return usage(`Không tạo được thư mục "${dir}".`, `Cannot create folder "${dir}".`); }
  }

  const related = relatedLoader();
  const results = await checkFiles(files);
  const defaultDir = defaultTemplateDir();
  const pdfQueue: (PdfInput & { target: string })[] = [];
  let rendered = 0;
  let written = 0;

  const write = async (target: string, data: Uint8Array) => {
    const result = await writeFileAtomic(target, data, { force: options.force });
    if (result.ok) {
      written++;
      ctx.stdout(t(ctx.lang, `Đã ghi ${target}\n`, `Wrote ${target}\n`));
    } else {
      print([result.message]);
      worse(EXIT.usage);
    }
  };

  for (const checked of results) {
    const sources = new Map(checked.text === undefined ? [] : [[checked.file, checked.text]]);
    print(checked.messages, sources);
    const hasErrors = checked.messages.some((m) => m.severity === 'error');
    if (hasErrors || !checked.document) {
      worse(checked.messages.some((m) => m.source === 'io' && m.severity === 'error') ? EXIT.usage : EXIT.problems);
      continue;
    }
    const templates = loadTemplates(templateDirs(defaultDir, checked.file, options.template));
    if (!templates.ok) {
      print(templates.messages, templateSources(templates.messages));
      worse(EXIT.problems);
      continue;
    }
    const wanted: OutputFormat[] = formats.list.includes('md') ? ['md'] : [];
    if (formats.list.includes('docx') || formats.list.includes('pdf')) wanted.push('docx');
    const result = await renderDocument(checked.file, checked.document, {
      templates: templates.set, formats: wanted, page: page.setup, loadRelated: (p) => related(checked.file, p),
    });
    const sourcesWithTemplates = new Map([...sources, ...[...templates.set.files.values()].map((f) => [f.file, f.source] as [string, string])]);
    print(result.messages, sourcesWithTemplates);
    if (!result.ok) {
      worse(EXIT.problems);
      continue;
    }
    rendered++;
    const plan = targets.of(checked.file);
    if (plan.docx && result.outputs.docx) await write(plan.docx, result.outputs.docx);
    if (plan.md && result.outputs.md) await write(plan.md, result.outputs.md);
    if (plan.pdf && result.outputs.docx) pdfQueue.push({ file: checked.file, docx: result.outputs.docx, target: plan.pdf });
  }

  if (pdfQueue.length > 0) {
    // An existing PDF is refused before converting: LibreOffice takes seconds to start.
    const pending = pdfQueue.filter((p) => {
      if (options.force || !existsSync(p.target)) return true;
      print([existsMessage(p.target)]);
      worse(EXIT.usage);
      return false;
    });
    const converted = await convertToPdf(pending);
    for (const [i, result] of converted.entries()) {
      if (result.ok) await write(pending[i].target, result.pdf);
      else { print([result.message]); worse(EXIT.usage); }
    }
  }

  ctx.stdout(t(ctx.lang,
    `Đã in ${rendered}/${files.length} văn bản, ghi ${written} tệp.\n`,
    `Rendered ${rendered} of ${files.length} document${files.length === 1 ? '' : 's'}, wrote ${written} file${written === 1 ? '' : 's'}.\n`));
  return status;
}

/** The message writeFileAtomic gives for an existing file. */
function existsMessage(target: string): Message {
  return createMessage({ file: target, source: 'io', fatal: true, ruleId: WRITE_CODES.exists.id,
    reason: text('Tệp này đã có; cochuong không ghi đè.', 'This file exists; cochuong does not overwrite it.'),
    note: text('Thêm --force để ghi đè, hoặc chọn tên khác bằng -o.', 'Add --force to overwrite, or choose another name with -o.') });
}

function parseFormats(values: string[]): { ok: true; list: Format[] } | { ok: false; bad: string } {
  const list: Format[] = [];
  for (const value of values.flatMap((v) => v.split(',')).map((v) => v.trim().toLowerCase()).filter((v) => v !== '')) {
    const format = value === 'markdown' ? 'md' : value;
    if (!FORMATS.includes(format as Format)) return { ok: false, bad: value };
    if (!list.includes(format as Format)) list.push(format as Format);
  }
  return { ok: true, list: list.length > 0 ? list : ['docx'] };
}

function pageSetup(options: RenderCommandOptions): { ok: true; setup: PageSetup } | { ok: false; vi: string; en: string } {
  let setup: PageSetup = DEFAULT_PAGE;
  if (options.margins !== undefined) {
    const margins = parseMargins(options.margins);
    if (!margins.ok) return margins;
    setup = { ...setup, margins: margins.margins };
  }
  if (options.fontSize !== undefined) {
    const size = Number(options.fontSize);
    if (size !== 13 && size !== 14) return { ok: false, vi: 'Cỡ chữ thân văn bản là 13 hoặc 14 (Nghị định 30/2020/NĐ-CP).', en: 'Body text size is 13 or 14 (Decree 30/2020).' };
    setup = { ...setup, bodySize: size };
  }
  return { ok: true, setup };
}

/** The default templates, then --template DIR or a templates/ folder beside the input. */
function templateDirs(defaultDir: string, file: string, option: string | undefined): string[] {
  // Paths as the user wrote them, so messages name templates the way the user knows them.
  if (option !== undefined) return [defaultDir, option];
  const beside = join(dirname(file), 'templates');
  return isDirectory(beside) && resolve(beside) !== resolve(defaultDir) ? [defaultDir, beside] : [defaultDir];
}

function templateSources(messages: Message[]): Map<string, string> {
  const sources = new Map<string, string>();
  for (const m of messages) {
    try {
      if (m.place && !sources.has(m.file)) sources.set(m.file, readFileSync(m.file, 'utf8'));
    } catch { /* no frame then */ }
  }
  return sources;
}

function isDirectory(path: string): boolean {
  try { return statSync(path).isDirectory(); } catch { return false; }
}

const EXTENSIONS: Record<Format, string> = { docx: '.docx', md: '.md', pdf: '.pdf' };

type OutputPlan =
  | { ok: true; dirsToCreate: string[]; of(file: string): Partial<Record<Format, string>> }
  | { ok: false; vi: string; en: string };

/**
 * Where each output goes: beside the input (same name) by default; with -o, into that folder
 * (several inputs, or a folder given), or to that file (one input; with several formats each
 * takes its own extension).
 */
function outputPlan(files: string[], formats: Format[], output: string | undefined): OutputPlan {
  const stem = (file: string) => basename(file).replace(/\.ya?ml$/i, '');
  const inFolder = (dir: string) => (file: string) => Object.fromEntries(formats.map((f) => [f, join(dir, stem(file) + EXTENSIONS[f])]));
  if (output === undefined) {
    return { ok: true, dirsToCreate: [], of: (file) => inFolder(dirname(file))(file) };
  }
  const endsWithSeparator = output.endsWith('/') || output.endsWith(sep);
  const exists = existsSync(output);
  const isDir = exists && isDirectory(output);
  if (isDir || endsWithSeparator || files.length > 1) {
    if ((exists && !isDir) || (!exists && /\.(docx|md|pdf)$/i.test(output))) {
      return { ok: false, vi: `Có nhiều tệp cần in nên -o phải là một thư mục, nhưng "${output}" là một tệp.`,
        en: `With several files to render, -o must be a folder, but "${output}" is a file.` };
    }
    const names = files.map(stem);
    const clash = names.find((n, i) => names.indexOf(n) !== i);
    if (clash) {
      return { ok: false, vi: `Hai tệp cùng tên "${clash}" sẽ ghi đè nhau trong thư mục ${output}.`, en: `Two files named "${clash}" would overwrite each other in ${output}.` };
    }
    return { ok: true, dirsToCreate: exists ? [] : [output], of: inFolder(output) };
  }
  const base = formats.length > 1 ? output.slice(0, output.length - extname(output).length) : output;
  return { ok: true, dirsToCreate: [], of: () => Object.fromEntries(formats.map((f) => [f, formats.length > 1 ? base + EXTENSIONS[f] : base])) };
}
