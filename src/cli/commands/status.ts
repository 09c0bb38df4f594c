import { resolve } from 'node:path';
import { relatedLoader } from '../../check/check-files.js';
import { parseIsoDate } from '../../model/dates.js';
import { formatMessage } from '../../report/text-reporter.js';
import { localToday } from '../../status/calendar-days.js';
import { formatIcs } from '../../status/format-ics.js';
import { formatStatusJson, formatStatusText } from '../../status/format-text.js';
import { loadFiles } from '../../status/load-files.js';
import { statusOf } from '../../status/status-of.js';
import { writeFileAtomic } from '../../write/write-file-atomic.js';
import { EXIT, maxSizeOption, t, type CliContext } from '../context.js';

export interface StatusOptions {
  date?: string;
  format?: string;
  output?: string;
  force?: boolean;
  maxSize?: string;
}

const FORMATS = ['text', 'json', 'ics'];

/** cochuong status FILE…: what is due, overdue and coming up on a day. Exit 0, or 2 when nothing could be read. */
export async function statusCommand(paths: string[], options: StatusOptions, ctx: CliContext): Promise<number> {
  const format = options.format ?? 'text';
  if (!FORMATS.includes(format)) {
    ctx.stderr(t(ctx.lang, `Định dạng "${format}" không có. Dùng: ${FORMATS.join(', ')}.\n`, `Unknown format "${format}". Use: ${FORMATS.join(', ')}.\n`));
    return EXIT.usage;
  }
  const date = options.date ?? localToday();
  if (!parseIsoDate(date)) {
    ctx.stderr(t(ctx.lang, `--date cần một ngày có thật, viết YYYY-MM-DD (ví dụ 2026-06-30); đang ghi "${date}".\n`,
      `--date takes a real date written YYYY-MM-DD (e.g. 2026-06-30); got "${date}".\n`));
    return EXIT.usage;
  }
  if (paths.length === 0) {
    ctx.stderr(t(ctx.lang, 'Hãy chỉ ra tệp hoặc thư mục, ví dụ: cochuong status chuong-trinh-2026.yaml\n', 'Name files or folders, e.g.: cochuong status program-2026.yaml\n'));
    return EXIT.usage;
  }
  const maxBytes = maxSizeOption(options.maxSize, ctx);
  if (maxBytes === undefined) return EXIT.usage;

  const loaded = await loadFiles(paths, ctx.cwd, maxBytes);
  for (const m of loaded.messages) ctx.stderr(formatMessage(m, { lang: ctx.lang, style: ctx.style }) + '\n\n');
  if (loaded.files.length === 0) return EXIT.usage;
  const related = relatedLoader(maxBytes);
  const statuses = statusOf(loaded.files, date, (from, rel) => related(from, rel));
  const output = format === 'ics' ? formatIcs(statuses, date) : format === 'json' ? formatStatusJson(statuses, date) : formatStatusText(statuses, date, ctx.lang);
  if (options.output) {
    const written = await writeFileAtomic(resolve(ctx.cwd, options.output), output, { force: options.force });
    if (!written.ok) { ctx.stderr(formatMessage({ ...written.message, file: options.output }, { lang: ctx.lang, style: ctx.style }) + '\n'); return EXIT.usage; }
    ctx.stderr(t(ctx.lang, `Đã ghi ${options.output}\n`, `Wrote ${options.output}\n`));
  } else {
    ctx.stdout(output);
  }
  return loaded.messages.some((m) => m.severity === 'error') ? EXIT.problems : EXIT.ok;
}
