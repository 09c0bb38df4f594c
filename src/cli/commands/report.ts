import { existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { checkText } from '../../check/check-source.js';
import { relatedLoader } from '../../check/check-files.js';
import { loadDocument } from '../../cycle/load-document.js';
import { reportFileName } from '../../cycle/next-name.js';
import { reportSkeleton, type ReportPeriod } from '../../cycle/report-skeleton.js';
import type { Message } from '../../message/message.js';
import { formatMessage } from '../../report/text-reporter.js';
import { existsMessage, writeFileAtomic } from '../../write/write-file-atomic.js';
import { EXIT, maxSizeOption, t, type CliContext } from '../context.js';

export interface ReportOptions {
  ky?: string;
  output?: string;
  force?: boolean;
  maxSize?: string;
}

const PERIODS: readonly ReportPeriod[] = ['6-thang', 'ca-nam'];

/**
 * cochuong report PROGRAM: the report skeleton (sơ kết 6 tháng or tổng kết năm) of a program,
 * written beside it. Exit 0 written, 2 nothing written.
 */
export async function reportCommand(file: string, options: ReportOptions, ctx: CliContext): Promise<number> {
  const ky = (options.ky ?? 'ca-nam') as ReportPeriod;
  if (!PERIODS.includes(ky)) {
    ctx.stderr(t(ctx.lang, `--ky "${options.ky}" không có. Dùng: 6-thang (sơ kết 6 tháng) hoặc ca-nam (tổng kết năm).\n`,
      `--ky "${options.ky}" is unknown. Use: 6-thang (mid-year review) or ca-nam (year-end report).\n`));
    return EXIT.usage;
  }
  const maxBytes = maxSizeOption(options.maxSize, ctx);
  if (maxBytes === undefined) return EXIT.usage;
  const print = (messages: Message[], sources?: Map<string, string>) => {
    if (messages.length > 0) ctx.stderr(messages.map((m) => formatMessage(m, { lang: ctx.lang, style: ctx.style, sources })).join('\n\n') + '\n');
  };
  const programPath = resolve(ctx.cwd, file);
  const source = await loadDocument(file, programPath, ['chuong_trinh'], maxBytes);
  if (!source.ok) { print(source.messages); return EXIT.usage; }

  const output = options.output ?? reportFileName(file, source.doc.nam!, ky === '6-thang');
  const target = resolve(ctx.cwd, output);
  if (!options.force && existsSync(target)) { print([existsMessage(output)]); return EXIT.usage; }
  const tep = relative(dirname(target), programPath).split(sep).join('/');
  const skeleton = reportSkeleton({ program: source.doc, programPath: tep, programFile: file, ky });

  const checked = checkText(target, skeleton, { loadRelated: relatedLoader(maxBytes) });
  print(checked.messages.map((m) => ({ ...m, file: output })), new Map([[output, skeleton]]));
  const written = await writeFileAtomic(target, skeleton, { force: options.force });
  if (!written.ok) { print([{ ...written.message, file: output }]); return EXIT.usage; }
  const items = source.doc.noi_dung?.length ?? 0;
  ctx.stderr(t(ctx.lang,
    `Đã ghi ${output}: khung báo cáo ${ky === '6-thang' ? 'sơ kết 6 tháng' : 'tổng kết năm'} ${source.doc.nam}, ${items} nội dung chờ ghi kết quả. In ra: cochuong render ${output}\n`,
    `Wrote ${output}: ${ky === '6-thang' ? 'mid-year' : 'year-end'} report skeleton for ${source.doc.nam}, ${items} item(s) awaiting results. Print: cochuong render ${output}\n`));
  return checked.messages.some((m) => m.severity === 'error') ? EXIT.problems : EXIT.ok;
}
