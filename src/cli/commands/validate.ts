import { collectFiles } from '../../check/collect-files.js';
import { checkFiles, relatedLoader } from '../../check/check-files.js';
import type { CheckedFile } from '../../check/check-source.js';
import type { Message } from '../../message/message.js';
import { summarize } from '../../report/summary.js';
import { textReport } from '../../report/text-reporter.js';
import { jsonReport } from '../../report/json-reporter.js';
import { githubReport } from '../../report/github-reporter.js';
import type { PathBase } from '../../report/paths.js';
import { EXIT, maxSizeOption, t, type CliContext } from '../context.js';
import { commandConfig } from '../config-option.js';

export interface ValidateOptions {
  format: string;
  maxWarnings?: string;
  maxSize?: string;
  /** Check the files staged for commit, as staged (a pre-commit hook); paths then limit which. */
  staged?: boolean;
  /** --config FILE (a string) or --no-config (false). */
  config?: string | boolean;
}

/** text for people; json (cochuong's own); github (annotations); sarif 2.1.0; gitlab (Code Quality). */
export const FORMATS = ['text', 'json', 'github', 'sarif', 'gitlab'];

export async function validateCommand(paths: string[], options: ValidateOptions, cliCtx: CliContext): Promise<number> {
  let ctx = cliCtx;
  const format = options.format ?? 'text';
  if (!FORMATS.includes(format)) {
    ctx.stderr(t(ctx.lang, `Định dạng "${format}" không có. Dùng: ${FORMATS.join(', ')}.\n`, `Unknown format "${format}". Use: ${FORMATS.join(', ')}.\n`));
    return EXIT.usage;
  }
  const maxWarnings = options.maxWarnings === undefined ? undefined : Number(options.maxWarnings);
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) {
    ctx.stderr(t(ctx.lang, '--max-warnings cần một số nguyên không âm.\n', '--max-warnings takes a whole number, 0 or more.\n'));
    return EXIT.usage;
  }
  const maxBytes = maxSizeOption(options.maxSize, ctx);
  if (maxBytes === undefined) return EXIT.usage;
  if (options.staged) return validateStaged(paths, format, maxBytes, maxWarnings, options.config, ctx);
  if (paths.length === 0) {
    ctx.stderr(t(ctx.lang, 'Hãy chỉ ra tệp hoặc thư mục cần kiểm tra, ví dụ: cochuong validate examples/\n',
      'Name the files or directories to check, e.g.: cochuong validate examples/\n'));
    return EXIT.usage;
  }

  const collected = await collectFiles(paths);
  const config = commandConfig(collected.files, options.config, ctx);
  if (!config.ok) return EXIT.usage;
  ctx = config.ctx;
  // Files found in a folder may be ignored by the configuration; a file named on the command line never is.
  const files = collected.files.filter((file) => paths.includes(file) || !config.run.ignored(file));
  const results = await checkFiles(files, { maxBytes, stdin: ctx.readStdin, keep: 'report', keepText: format === 'text', onPlan: debugPlan(ctx), policies: config.run.policies });
  return await report(results, collected.messages, format, maxWarnings, ctx);
}

async function validateStaged(paths: string[], format: string, maxBytes: number, maxWarnings: number | undefined, configOption: string | boolean | undefined, cliCtx: CliContext): Promise<number> {
  let ctx = cliCtx;
  const { stagedFiles } = await import('../../check/staged-files.js');
  const staged = await stagedFiles(ctx.cwd, paths);
  if (!staged.ok) {
    ctx.stderr(staged.problem === 'git-missing'
      ? t(ctx.lang, 'Không chạy được git (máy chưa cài git?), nên --staged không biết tệp nào sắp được commit.\n',
        'git could not be run (is it installed?), so --staged cannot tell which files are about to be committed.\n')
      : staged.problem === 'not-repository'
        ? t(ctx.lang, `--staged kiểm tra các tệp đã "git add" trong một kho git, nhưng thư mục ${ctx.cwd} không nằm trong kho git nào.\nChạy lệnh trong thư mục của kho, hoặc bỏ --staged và chỉ ra tệp cần kiểm tra.\n`,
          `--staged checks the files added with "git add" in a git repository, but ${ctx.cwd} is not inside one.\nRun the command inside the repository, or drop --staged and name the files to check.\n`)
        : t(ctx.lang, `git báo lỗi khi liệt kê các tệp sắp commit: ${staged.detail}\n`, `git failed to list the files about to be committed: ${staged.detail}\n`));
    return EXIT.usage;
  }
  try {
    // The configuration is read from the working tree (like the hook itself), the documents as staged.
    const config = commandConfig(staged.files, configOption, ctx);
    if (!config.ok) return EXIT.usage;
    ctx = config.ctx;
    const files = staged.files.filter((file) => !config.run.ignored(file));
    // A report's program is read as staged too: the commit must hold a report and a program that agree.
    const related = relatedLoader(maxBytes, staged.readIndexed);
    const results = await checkFiles(files, { maxBytes, read: staged.read, related, keep: 'report', keepText: format === 'text', onPlan: debugPlan(ctx), policies: config.run.policies });
    return await report(results, [], format, maxWarnings, ctx);
  } finally {
    staged.close();
  }
}

/** With COCHUONG_DEBUG set, says on standard error how many threads checked the files. */
function debugPlan(ctx: CliContext) {
  if (!process.env.COCHUONG_DEBUG) return undefined;
  return (plan: { files: number; jobs: number }) => ctx.stderr(`cochuong: ${plan.files} files, ${plan.jobs} thread(s)\n`);
}

async function report(results: CheckedFile[], extra: Message[], format: string, maxWarnings: number | undefined, ctx: CliContext): Promise<number> {
  const collected = { messages: extra };
  const summary = summarize(results, collected.messages);
  summary.files += collected.messages.filter((m) => m.severity === 'error').length;
  if (maxWarnings !== undefined) summary.maxWarnings = { limit: maxWarnings, exceeded: summary.warnings > maxWarnings };
  // CI formats name files from the repository root, wherever the command ran.
  const base: PathBase = { cwd: ctx.cwd };
  if (format === 'github' || format === 'sarif' || format === 'gitlab') {
    const { repositoryRoot } = await import('../../check/staged-files.js');
    base.root = await repositoryRoot(ctx.cwd);
  }
  const report = format === 'json' ? jsonReport(results, collected.messages, summary, ctx.lang)
    : format === 'github' ? githubReport(results, collected.messages, summary, ctx.lang, base)
    : format === 'sarif' ? (await import('../../report/sarif-reporter.js')).sarifReport(results, collected.messages, ctx.lang, base)
    : format === 'gitlab' ? (await import('../../report/gitlab-reporter.js')).gitlabReport(results, collected.messages, ctx.lang, base)
    : textReport(results, collected.messages, summary, { lang: ctx.lang, style: ctx.style });
  ctx.stdout(report);

  // A file that could not be read at all is trouble with the call (exit 2), even among bad documents.
  const ioTrouble = [...collected.messages, ...results.flatMap((r) => r.messages)].some((m) => m.source === 'io' && m.severity === 'error');
  if (ioTrouble) return EXIT.usage;
  if (summary.errors > 0) return EXIT.problems;
  if (maxWarnings !== undefined && summary.warnings > maxWarnings) return EXIT.problems;
  return EXIT.ok;
}
