import { sameFile } from '../../write/same-file.js';
import { join, resolve } from 'node:path';
import { relatedLoader } from '../../check/check-files.js';
import type { CochuongDocument } from '../../model/document.js';
import type { DocumentDiff } from '../../diff/model.js';
import { compareDocuments } from '../../diff/compare.js';
import { formatText, type DiffColors } from '../../diff/format-text.js';
import { formatMarkdown } from '../../diff/format-md.js';
import { formatJson } from '../../diff/format-json.js';
import { gitExternalArguments, lineDiff } from '../../diff/git-external.js';
import { createMessage, text, type Message } from '../../message/message.js';
import { inputSpec, isCochuongData, kindWarning, loadInput, sinceSpec, type InputSpec, type LoadedInput } from '../../diff/inputs.js';
import { DIFF_CODES } from '../../diff/codes.js';
import { formatMessage } from '../../report/text-reporter.js';
import { PLAIN } from '../../report/style.js';
import { writeFileAtomic } from '../../write/write-file-atomic.js';
import { EXIT, maxSizeOption, t, type CliContext } from '../context.js';
import { existsSync } from 'node:fs';
import { commandConfig } from '../config-option.js';

export interface DiffOptions {
  format?: string;
  output?: string;
  force?: boolean;
  keepYears?: boolean;
  since?: string;
  maxSize?: string;
  /** --config FILE (a string) or --no-config (false): diff takes only `lang` from it. */
  config?: string | boolean;
}

const FORMATS = ['text', 'md', 'json', 'docx', 'pdf'];

/**
 * cochuong diff OLD NEW | --since REV FILE | git's 7 (or 9) external-diff arguments.
 * Exit like diff: 0 no difference, 1 differences, 2 trouble. As git's external diff it always
 * exits 0 (git stops at any other code) and falls back to a line diff for files that are not documents.
 */
export async function diffCommand(args: string[], options: DiffOptions, cliCtx: CliContext): Promise<number> {
  // The configuration beside the new file (or the working folder's) may set the language.
  const newFile = args.length === 7 || args.length === 9 ? undefined : args[args.length - 1];
  const config = commandConfig(newFile !== undefined && newFile !== '-' && existsSync(newFile) ? [newFile] : [], options.config, cliCtx);
  // Called by git (7 or 9 arguments), a bad configuration is said but must not stop git's diff.
  if (!config.ok && newFile !== undefined) return EXIT.usage;
  const ctx = config.ok ? config.ctx : cliCtx;
  const format = options.format ?? 'text';
  if (!FORMATS.includes(format)) {
    ctx.stderr(t(ctx.lang, `Định dạng "${format}" không có. Dùng: ${FORMATS.join(', ')}.\n`, `Unknown format "${format}". Use: ${FORMATS.join(', ')}.\n`));
    return EXIT.usage;
  }
  const maxBytes = maxSizeOption(options.maxSize, ctx);
  if (maxBytes === undefined) return EXIT.usage;
  const binary = format === 'docx' || format === 'pdf';
  const label = format === 'pdf' ? 'PDF' : 'Word';
  if (binary && options.output === '-') {
    ctx.stderr(t(ctx.lang, `Bản so sánh ${label} là tệp nhị phân, không in ra đầu ra chuẩn: ghi -o TỆP.${format}\n`,
      `A ${label} redline is a binary file, not for standard output: write -o FILE.${format}\n`));
    return EXIT.usage;
  }
  if (binary && !options.output) {
    ctx.stderr(t(ctx.lang, `Bản so sánh ${label} cần tên tệp kết quả: thêm -o TỆP.${format}\n`,
      `A ${label} redline needs an output file: add -o FILE.${format}\n`));
    return EXIT.usage;
  }
  const read = { maxBytes, stdin: ctx.readStdin };

  const external = options.since === undefined ? gitExternalArguments(args) : undefined;
  if (external) return gitExternalDiff(external, options, ctx, read);

  let specs: [InputSpec, InputSpec];
  if (options.since !== undefined) {
    if (args.length !== 1) return usage(ctx);
    specs = [sinceSpec(options.since, args[0], ctx.cwd), inputSpec(args[0], ctx.cwd)];
  } else {
    if (args.length !== 2) return usage(ctx);
    specs = [inputSpec(args[0], ctx.cwd), inputSpec(args[1], ctx.cwd)];
  }
  if (specs[0].kind === 'stdin' && specs[1].kind === 'stdin') {
    report(ctx, [createMessage({ file: '-', source: 'io', fatal: true, ruleId: DIFF_CODES.stdinTwice.id,
      reason: text('Cả hai tệp đều là "-": chỉ đọc được đầu vào chuẩn một lần.', 'Both files are "-": standard input can be read only once.'),
      note: text('Ghi tên tệp cho ít nhất một bên.', 'Name a file for at least one side.') })], []);
    return EXIT.usage;
  }

  const toFile = options.output !== undefined && options.output !== '-';
  if (toFile && specs.some((spec) => spec.kind === 'file' && sameFile(spec.path, resolve(ctx.cwd, options.output!)))) {
    ctx.stderr(t(ctx.lang, `Tệp kết quả "${options.output}" là một trong hai tệp đang so sánh; ghi vào đó sẽ làm mất văn bản. Chọn tên khác bằng -o.\n`,
      `The output "${options.output}" is one of the files compared; writing it would destroy that document. Choose another name with -o.\n`));
    return EXIT.usage;
  }
  const [oldSide, newSide] = [await loadInput(specs[0], read), await loadInput(specs[1], read)];
  const problems = [...oldSide.messages, ...newSide.messages];
  const kind = kindWarning(oldSide, newSide);
  if (kind) problems.push(kind);
  report(ctx, problems, [oldSide, newSide]);
  if (oldSide.data === undefined || newSide.data === undefined) return EXIT.usage;

  const diff = compareDocuments(oldSide.data, newSide.data, {
    keepYears: options.keepYears,
    old: { file: oldSide.name, valid: oldSide.valid },
    new: { file: newSide.name, valid: newSide.valid },
  });

  let output: string | Uint8Array;
  if (format === 'docx' || format === 'pdf') {
    const redline = await redlineFor(oldSide, newSide, specs, diff, ctx);
    if (!redline) return EXIT.usage;
    output = redline;
    if (format === 'pdf') {
      // The printable redline: LibreOffice prints the tracked changes as Word shows them (inserted underlined, deleted struck out).
      const { convertToPdf } = await import('../../render/pdf.js');
      const [pdf] = await convertToPdf([{ file: options.output!, docx: redline }]);
      if (!pdf.ok) {
        report(ctx, [pdf.message], []);
        return EXIT.usage;
      }
      output = pdf.pdf;
    }
  } else if (format === 'json') {
    output = formatJson(diff, problems.filter((m) => m.severity === 'warning'));
  } else if (format === 'md') {
    output = formatMarkdown(diff, ctx.lang);
  } else {
    output = formatText(diff, { lang: ctx.lang, colors: toFile ? undefined : await colorsFor(ctx) });
  }

  if (toFile && options.output) {
    const written = await writeFileAtomic(resolve(ctx.cwd, options.output), output, { force: options.force });
    if (!written.ok) {
      report(ctx, [{ ...written.message, file: options.output }], []);
      return EXIT.usage;
    }
  } else {
    ctx.stdout(typeof output === 'string' ? output : Buffer.from(output).toString('utf8'));
  }
  return diff.changes.length > 0 ? EXIT.problems : EXIT.ok;
}

/** The Word redline, or undefined after printing why it cannot be made. */
async function redlineFor(oldSide: LoadedInput, newSide: LoadedInput, specs: [InputSpec, InputSpec], diff: DocumentDiff,
  ctx: CliContext): Promise<Uint8Array | undefined> {
  const invalid = [oldSide, newSide].filter((side) => !side.valid);
  if (invalid.length > 0) {
    report(ctx, invalid.map((side) => createMessage({ file: side.name, source: 'diff', fatal: true, ruleId: DIFF_CODES.redlineNeedsValid.id,
      reason: text('Bản Word so sánh cần tệp đúng mẫu để in; tệp này còn lỗi.', 'A Word redline needs files that match the format to lay out; this one has errors.'),
      note: text(`Sửa lỗi (cochuong validate ${side.name}), hoặc so sánh bằng --format text, md hay json.`,
        `Fix the errors (cochuong validate ${side.name}), or compare with --format text, md or json.`) })), []);
    return undefined;
  }
  // A report names its program relative to its own file; a side read from git uses the folder of the file compared.
  const folderOf = (spec: InputSpec) => (spec.kind === 'file' ? spec.path : spec.kind === 'git' ? join(spec.cwd, 'x.yaml') : join(ctx.cwd, 'x.yaml'));
  const related = relatedLoader();
  const { redlineDocx } = await import('../../diff/redline.js');
  const result = await redlineDocx(oldSide.data as unknown as CochuongDocument, newSide.data as unknown as CochuongDocument, diff, {
    loadRelated: (side, path) => related(folderOf(specs[side === 'old' ? 0 : 1]), path),
  });
  if (!result.ok) {
    report(ctx, result.messages, []);
    return undefined;
  }
  if (result.messages.length > 0) report(ctx, result.messages, []);
  return result.docx;
}

function usage(ctx: CliContext): number {
  ctx.stderr(t(ctx.lang,
    'Cần hai tệp để so sánh: cochuong diff TỆP-CŨ TỆP-MỚI\n  (tệp, "-" cho đầu vào chuẩn, hoặc phiên bản git như HEAD~1:chuong-trinh.yaml)\nhoặc một tệp với phiên bản cũ của nó: cochuong diff --since HEAD~1 TỆP\n',
    'Two files to compare: cochuong diff OLD NEW\n  (files, "-" for standard input, or git versions like HEAD~1:program.yaml)\nor one file against an earlier version: cochuong diff --since HEAD~1 FILE\n'));
  return EXIT.usage;
}

/** Input problems on stderr, worded and laid out as validate prints them. */
function report(ctx: CliContext, messages: Message[], sides: LoadedInput[]): void {
  if (messages.length === 0) return;
  const sources = new Map(sides.filter((s) => s.text !== undefined).map((s) => [s.name, s.text!]));
  ctx.stderr(messages.map((m) => formatMessage(m, { lang: ctx.lang, style: ctx.style, sources })).join('\n\n') + '\n');
}

/** Terminal colours when the context has them (a terminal, no NO_COLOR, no --no-color). */
async function colorsFor(ctx: CliContext): Promise<DiffColors | undefined> {
  if (ctx.style === PLAIN) return undefined;
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: 1 });
  const kinds = { added: chalk.green.bold, removed: chalk.red.bold, changed: chalk.yellow.bold, moved: chalk.cyan.bold };
  return {
    inserted: chalk.green,
    deleted: chalk.red.strikethrough,
    heading: chalk.bold,
    dim: chalk.gray,
    kind: (kind, s) => kinds[kind](s),
  };
}

/**
 * As git's external diff (GIT_EXTERNAL_DIFF or diff.<driver>.command): a header like git's, then the
 * semantic diff; a line diff for files that are not coordination documents. Always exit 0.
 */
async function gitExternalDiff(external: NonNullable<ReturnType<typeof gitExternalArguments>>, options: DiffOptions, ctx: CliContext,
  read: Parameters<typeof loadInput>[1]): Promise<number> {
  const colors = await colorsFor(ctx);
  const header = `diff --cochuong a/${external.path} b/${external.newPath}`;
  ctx.stdout((colors ? colors.heading(header) : header) + '\n');
  if (external.oldFile === '/dev/null' || external.newFile === '/dev/null') {
    ctx.stdout(external.oldFile === '/dev/null' ? t(ctx.lang, 'Tệp mới.\n', 'New file.\n') : t(ctx.lang, 'Tệp đã bị xóa.\n', 'File deleted.\n'));
    return EXIT.ok;
  }
  const oldSide = await loadInput({ kind: 'file', name: `a/${external.path}`, path: resolve(ctx.cwd, external.oldFile) }, read);
  const newSide = await loadInput({ kind: 'file', name: `b/${external.newPath}`, path: resolve(ctx.cwd, external.newFile) }, read);
  if (!isCochuongData(oldSide) || !isCochuongData(newSide)) {
    ctx.stdout(lineDiff(oldSide, newSide, ctx.lang));
    return EXIT.ok;
  }
  const diff = compareDocuments(oldSide.data, newSide.data, {
    keepYears: options.keepYears, old: { file: oldSide.name, valid: oldSide.valid }, new: { file: newSide.name, valid: newSide.valid },
  });
  ctx.stdout(formatText(diff, { lang: ctx.lang, colors }));
  return EXIT.ok;
}
