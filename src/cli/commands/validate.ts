import { collectFiles } from '../../check/collect-files.js';
import { checkFiles } from '../../check/check-files.js';
import { summarize } from '../../report/summary.js';
import { textReport } from '../../report/text-reporter.js';
import { jsonReport } from '../../report/json-reporter.js';
import { githubReport } from '../../report/github-reporter.js';
import { DEFAULT_MAX_BYTES } from '../../read/read-bytes.js';
import { EXIT, parseSize, t, type CliContext } from '../context.js';

export interface ValidateOptions {
  format: string;
  maxWarnings?: string;
  maxSize?: string;
}

export async function validateCommand(paths: string[], options: ValidateOptions, ctx: CliContext): Promise<number> {
  const format = options.format ?? 'text';
  if (!['text', 'json', 'github'].includes(format)) {
    ctx.stderr(t(ctx.lang, `Định dạng "${format}" không có. Dùng: text, json, github.\n`, `Unknown format "${format}". Use: text, json, github.\n`));
    return EXIT.usage;
  }
  const maxWarnings = options.maxWarnings === undefined ? undefined : Number(options.maxWarnings);
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) {
    ctx.stderr(t(ctx.lang, '--max-warnings cần một số nguyên không âm.\n', '--max-warnings takes a whole number, 0 or more.\n'));
    return EXIT.usage;
  }
  const maxBytes = options.maxSize === undefined ? DEFAULT_MAX_BYTES : parseSize(options.maxSize);
  if (maxBytes === undefined) {
    ctx.stderr(t(ctx.lang, '--max-size cần một cỡ như 5MB hoặc 500KB.\n', '--max-size takes a size like 5MB or 500KB.\n'));
    return EXIT.usage;
  }
  if (paths.length === 0) {
    ctx.stderr(t(ctx.lang, 'Hãy chỉ ra tệp hoặc thư mục cần kiểm tra, ví dụ: cochuong validate examples/\n',
      'Name the files or directories to check, e.g.: cochuong validate examples/\n'));
    return EXIT.usage;
  }

  const collected = await collectFiles(paths);
  const results = await checkFiles(collected.files, { maxBytes, stdin: ctx.readStdin });
  const summary = summarize(results, collected.messages);
  summary.files += collected.messages.filter((m) => m.severity === 'error').length;
  const report = format === 'json' ? jsonReport(results, collected.messages, summary, ctx.lang)
    : format === 'github' ? githubReport(results, collected.messages, summary, ctx.lang)
    : textReport(results, collected.messages, summary, { lang: ctx.lang, style: ctx.style });
  ctx.stdout(report);

  // A file that could not be read at all is trouble with the call (exit 2), even among bad documents.
  const ioTrouble = [...collected.messages, ...results.flatMap((r) => r.messages)].some((m) => m.source === 'io' && m.severity === 'error');
  if (ioTrouble) return EXIT.usage;
  if (summary.errors > 0) return EXIT.problems;
  if (maxWarnings !== undefined && summary.warnings > maxWarnings) return EXIT.problems;
  return EXIT.ok;
}
