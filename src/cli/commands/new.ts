import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkText } from '../../check/check-source.js';
import { relatedLoader } from '../../check/check-files.js';
import { loadDocument } from '../../cycle/load-document.js';
import { nextFileName } from '../../cycle/next-name.js';
import { nextPeriod, periodOf, type NextPeriodInput } from '../../cycle/next-period.js';
import { placeNotes } from '../../cycle/place-notes.js';
import type { CochuongDocument } from '../../model/document.js';
import type { Message } from '../../message/message.js';
import { formatMessage } from '../../report/text-reporter.js';
import { existsMessage, writeFileAtomic } from '../../write/write-file-atomic.js';
import { sameFile } from '../../write/same-file.js';
import { EXIT, maxSizeOption, t, type CliContext } from '../context.js';

export interface NewOptions {
  output?: string;
  report?: string;
  force?: boolean;
  nam?: string;
  maxSize?: string;
}

/**
 * cochuong new FILE: next period's draft (program → next year, quy chế → next term), checked as
 * validate checks it. Exit 0 written and valid (warnings to confirm are fine), 1 written with errors
 * left to fix (a district that no longer exists…), 2 nothing written.
 */
export async function newCommand(file: string, options: NewOptions, ctx: CliContext): Promise<number> {
  const maxBytes = maxSizeOption(options.maxSize, ctx);
  if (maxBytes === undefined) return EXIT.usage;
  let toYear: number | undefined;
  if (options.nam !== undefined) {
    toYear = Number(options.nam);
    if (!/^\d{4}$/.test(options.nam) || toYear < 1990 || toYear > 2100) {
      ctx.stderr(t(ctx.lang, `--nam cần một năm, ví dụ --nam 2026 (đang ghi "${options.nam}").\n`, `--nam takes a year, e.g. --nam 2026 (got "${options.nam}").\n`));
      return EXIT.usage;
    }
  }
  const print = (messages: Message[], sources?: Map<string, string>) => {
    if (messages.length > 0) ctx.stderr(messages.map((m) => formatMessage(m, { lang: ctx.lang, style: ctx.style, sources })).join('\n\n') + '\n');
  };

  const source = await loadDocument(file, resolve(ctx.cwd, file), ['chuong_trinh', 'quy_che'], maxBytes);
  if (!source.ok) { print(source.messages); return EXIT.usage; }
  if (toYear !== undefined && source.doc.loai !== 'chuong_trinh') {
    ctx.stderr(t(ctx.lang, '--nam chỉ dùng cho chương trình năm; quy chế chuyển sang nhiệm kỳ sau.\n', '--nam applies to annual programs; a regulation moves to the next term.\n'));
    return EXIT.usage;
  }
  if (toYear !== undefined && toYear <= source.doc.nam!) {
    ctx.stderr(t(ctx.lang, `--nam ${toYear} phải sau năm của chương trình (${source.doc.nam}).\n`, `--nam ${toYear} must come after the program's year (${source.doc.nam}).\n`));
    return EXIT.usage;
  }

  if (source.doc.loai === 'quy_che' && !periodOf(source.doc)) {
    ctx.stderr(t(ctx.lang, `${file}: quy chế không ghi nhiệm kỳ (nhiem_ky) hay giai đoạn (giai_doan), nên không có kỳ sau để lập. Chép tệp và sửa tay, hoặc ghi nhiem_ky trước.\n`,
      `${file}: the regulation names no term (nhiem_ky) or period (giai_doan), so there is no next period to draft. Copy and edit it by hand, or add nhiem_ky first.\n`));
    return EXIT.usage;
  }
  const input: NextPeriodInput = { file, text: source.text, doc: source.doc, toYear };
  const related = relatedLoader(maxBytes);
  if (options.report !== undefined) {
    if (source.doc.loai !== 'chuong_trinh') {
      ctx.stderr(t(ctx.lang, '--report chỉ dùng khi lập chương trình năm sau.\n', '--report applies to next year\'s program.\n'));
      return EXIT.usage;
    }
    const report = await loadDocument(options.report, resolve(ctx.cwd, options.report), ['bao_cao'], maxBytes);
    if (!report.ok) { print(report.messages); return EXIT.usage; }
    let program: CochuongDocument | undefined;
    const tep = report.doc.chuong_trinh?.tep;
    if (tep) {
      const loaded = related(resolve(ctx.cwd, options.report), tep);
      if (loaded.ok) program = loaded.doc;
    }
    input.report = { file: options.report, doc: report.doc, program };
  }

  const result = nextPeriod(input);
  const output = options.output ?? nextFileName(file, result.from, result.period);
  const target = resolve(ctx.cwd, output);
  // The draft never replaces what it is made from, not even with --force (issue 15, item 22).
  const sources = [file, options.report].filter((f): f is string => f !== undefined).map((f) => resolve(ctx.cwd, f));
  if (sources.some((f) => sameFile(f, target))) {
    ctx.stderr(t(ctx.lang, `Tệp kết quả "${output}" là tệp đầu vào; ghi vào đó sẽ làm mất văn bản gốc. Chọn tên khác bằng -o.\n`,
      `The output "${output}" is an input; writing it would destroy the original. Choose another name with -o.\n`));
    return EXIT.usage;
  }
  if (!options.force && existsSync(target)) { print([existsMessage(output)]); return EXIT.usage; }

  const notes = placeNotes(output, result.text, result.notes);
  const checked = checkText(target, result.text, { loadRelated: related });
  const noted = new Set(result.notes.map((n) => n.path.join('.')));
  // What validate says that the notes do not already say (a district party is noted once, not twice).
  const findings = checked.messages.filter((m) => !(m.path && noted.has(m.path.join('.')))).map((m) => ({ ...m, file: output }));
  print([...notes, ...findings], new Map([[output, result.text]]));

  const written = await writeFileAtomic(target, result.text, { force: options.force });
  if (!written.ok) { print([{ ...written.message, file: output }]); return EXIT.usage; }
  const errors = checked.messages.filter((m) => m.severity === 'error').length;
  const what = source.doc.loai === 'quy_che'
    ? t(ctx.lang, `quy chế nhiệm kỳ ${result.period}`, `regulation for the ${result.period} term`)
    : t(ctx.lang, `chương trình năm ${result.period}`, `program for ${result.period}`);
  ctx.stderr(t(ctx.lang,
    `Đã ghi ${output}: dự thảo ${what}, ${notes.length} điều cần xác nhận${errors ? `, ${errors} lỗi cần sửa trước khi trình ký` : ''}. So sánh với năm trước: cochuong diff ${file} ${output}\n`,
    `Wrote ${output}: draft ${what}, ${notes.length} point(s) to confirm${errors ? `, ${errors} error(s) to fix before signing` : ''}. Compare with last period: cochuong diff ${file} ${output}\n`));
  return errors > 0 ? EXIT.problems : EXIT.ok;
}
