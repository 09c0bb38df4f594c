import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { collectFiles } from '../../check/collect-files.js';
import { checkFiles, relatedLoader } from '../../check/check-files.js';
import type { Message } from '../../message/message.js';
import { formatMessage } from '../../report/text-reporter.js';
import { convertToPdf, type PdfInput } from '../../render/pdf.js';
import { renderDocument, type OutputFormat } from '../../render/render-document.js';
import { defaultTemplateDir, loadTemplates } from '../../render/templates.js';
import { existsMessage, writeFileAtomic } from '../../write/write-file-atomic.js';
import { isDirectory, outputClash, outputPlan, pageSetup, parseFormats, templateDirs, templateSources } from '../../render/output-plan.js';
import { EXIT, maxSizeOption, t, type CliContext } from '../context.js';
import { commandConfig } from '../config-option.js';

export interface RenderCommandOptions {
  format?: string[];
  output?: string;
  template?: string;
  force?: boolean;
  margins?: string;
  fontSize?: string;
  maxSize?: string;
  /** --config FILE (a string) or --no-config (false). */
  config?: string | boolean;
}

/**
 * cochuong render FILE… : validate each file as `validate` does, then write DOCX (default),
 * Markdown and/or PDF. A file with errors is not rendered; the others still are.
 * Exit 0 all rendered, 1 a document or template has errors, 2 usage or I/O trouble.
 */
export async function renderCommand(paths: string[], cliOptions: RenderCommandOptions, cliCtx: CliContext): Promise<number> {
  let ctx = cliCtx;
  const usage = (vi: string, en: string) => { ctx.stderr(t(ctx.lang, vi, en) + '\n'); return EXIT.usage; };
  if (paths.length === 0) return usage('Hãy chỉ ra tệp cần in, ví dụ: cochuong render chuong-trinh-2026.yaml',
    'Name the files to render, e.g.: cochuong render program-2026.yaml');
  if (paths.includes('-')) return usage('Lệnh render đọc tệp, không đọc đầu vào chuẩn (-).', 'render reads files, not standard input (-).');

  const collected = await collectFiles(paths);
  const config = commandConfig(collected.files, cliOptions.config, ctx);
  if (!config.ok) return EXIT.usage;
  ctx = config.ctx;
  // The configuration's render defaults, under what the command line says.
  const defaults = config.run.main?.render ?? {};
  const options: RenderCommandOptions = {
    ...cliOptions,
    format: cliOptions.format && cliOptions.format.length > 0 ? cliOptions.format : defaults.format,
    output: cliOptions.output ?? defaults.output,
    template: cliOptions.template ?? defaults.template,
    margins: cliOptions.margins ?? defaults.margins,
    fontSize: cliOptions.fontSize ?? defaults.fontSize,
  };

  const formats = parseFormats(options.format ?? []);
  if (!formats.ok) return usage(`Định dạng "${formats.bad}" không có. Dùng: docx, md, pdf (có thể ghi nhiều: --format docx,pdf).`,
    `Unknown format "${formats.bad}". Use: docx, md, pdf (several allowed: --format docx,pdf).`);
  const page = pageSetup(options);
  if (!page.ok) return usage(page.vi, page.en);
  const maxBytes = maxSizeOption(options.maxSize, ctx);
  if (maxBytes === undefined) return EXIT.usage;
  if (options.template !== undefined && !isDirectory(options.template)) {
    return usage(`Không có thư mục mẫu "${options.template}".`, `Template folder "${options.template}" does not exist.`);
  }

  let status: number = collected.messages.some((m) => m.severity === 'error') ? EXIT.usage : EXIT.ok;
  const worse = (code: number) => { status = Math.max(status, code); };
  const print = (messages: Message[], sources?: Map<string, string>) => {
    for (const m of messages) ctx.stderr(formatMessage(m, { lang: ctx.lang, style: ctx.style, sources }) + '\n\n');
  };
  print(collected.messages);
  // Files found in a folder may be ignored by the configuration; a file named on the command line never is.
  const files = collected.files.filter((file) => paths.includes(file) || !config.run.ignored(file));
  if (files.length === 0) return status === EXIT.ok ? EXIT.usage : status;

  const targets = outputPlan(files, formats.list, options.output);
  if (!targets.ok) return usage(targets.vi, targets.en);
  const clash = outputClash(files, targets);
  if (clash) return usage(clash.vi, clash.en);
  // With -o - the document goes to standard output, so what is said about it goes to standard error.
  const say = options.output === '-' ? ctx.stderr : ctx.stdout;
  for (const dir of targets.dirsToCreate) {
    try { await mkdir(dir, { recursive: true }); } catch { return usage(`Không tạo được thư mục "${dir}".`, `Cannot create folder "${dir}".`); }
  }

  const related = relatedLoader();
  const results = await checkFiles(files, { related, maxBytes, policies: config.run.policies });
  const defaultDir = defaultTemplateDir();
  const pdfQueue: (PdfInput & { target: string })[] = [];
  let rendered = 0;
  let written = 0;

  const write = async (target: string, data: Uint8Array) => {
    if (target === '-') {
      ctx.stdout(Buffer.from(data).toString('utf8'));
      written++;
      return;
    }
    const result = await writeFileAtomic(target, data, { force: options.force });
    if (result.ok) {
      written++;
      say(t(ctx.lang, `Đã ghi ${target}\n`, `Wrote ${target}\n`));
    } else {
      print([result.message]);
      worse(EXIT.usage);
    }
  };

  for (const checked of results) {
    const sources = new Map(checked.text === undefined ? [] : [[checked.file, checked.text]]);
    print(checked.messages, sources);
    if (checked.suppressed) {
      // Printed as written: the clerk turned these findings off with a reason (an issued number reprinted as issued).
      const n = checked.suppressed.length;
      ctx.stderr(t(ctx.lang, `${checked.file}: ${n} thông báo đã tắt bằng chú thích cochuong-disable (${[...new Set(checked.suppressed.map((m) => m.ruleId))].join(', ')}).\n`,
        `${checked.file}: ${n} finding${n === 1 ? '' : 's'} turned off by cochuong-disable comments (${[...new Set(checked.suppressed.map((m) => m.ruleId))].join(', ')}).\n`));
    }
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

  say(t(ctx.lang,
    `Đã in ${rendered}/${files.length} văn bản, ghi ${written} tệp.\n`,
    `Rendered ${rendered} of ${files.length} document${files.length === 1 ? '' : 's'}, wrote ${written} file${written === 1 ? '' : 's'}.\n`));
  return status;
}
