import type { CheckedFile } from '../check/check-source.js';
import type { Message } from '../message/message.js';
import { codeFrame } from './code-frame.js';
import { escapeControl, escapeLine } from '../text/control.js';
import { PLAIN, type Lang, type Style } from './style.js';
import type { Summary } from './summary.js';

export interface TextReportOptions {
  lang: Lang;
  style?: Style;
  /** Source text per file, to draw code frames. */
  sources?: Map<string, string>;
}

const WORDS = {
  vi: { error: 'lỗi', warning: 'cảnh báo', found: 'Đang ghi', expected: 'Cần', fix: 'Cách sửa', more: 'và' },
  en: { error: 'error', warning: 'warning', found: 'Found', expected: 'Expected', fix: 'Fix', more: 'and' },
};

/** One message as a clerk reads it: where, what, the lines around it, and how to fix it. */
export function formatMessage(m: Message, options: TextReportOptions): string {
  const style = options.style ?? PLAIN;
  const w = WORDS[options.lang];
  const file = escapeLine(m.file);
  const where = m.place ? `${file}:${m.place.start.line}:${m.place.start.column}` : file;
  const severity = m.severity === 'error' ? style.error(w.error) : style.warning(w.warning);
  const lines = [`${style.place(where)}: ${severity} ${style.dim(m.ruleId)} ${escapeControl(m.reason[options.lang])}`];
  const source = options.sources?.get(m.file);
  if (source && m.place) {
    const end = m.place.end && m.place.end.line === m.place.start.line ? m.place.end.column : undefined;
    const frame = codeFrame(source, m.place.start.line, m.place.start.column, end);
    if (frame) lines.push(style.dim(frame));
  }
  if (m.expected && m.expected.length > 0 && m.expected.length <= 12 && m.source !== 'schema') {
    lines.push(`  ${w.expected}: ${escapeControl(m.expected.join(', '))}`);
  }
  if (m.note) lines.push(`  ${style.bold(w.fix)}: ${escapeControl(m.note[options.lang])}`);
  return lines.join('\n');
}

export function textReport(results: CheckedFile[], extra: Message[], summary: Summary, options: TextReportOptions): string {
  const sources = options.sources ?? new Map(results.filter((r) => r.text !== undefined).map((r) => [r.file, r.text!]));
  const blocks: string[] = [];
  for (const m of extra) blocks.push(formatMessage(m, { ...options, sources }));
  for (const r of results) {
    const shown = r.messages.length > MAX_PER_FILE ? r.messages.slice(0, MAX_PER_FILE) : r.messages;
    for (const m of shown) blocks.push(formatMessage(m, { ...options, sources }));
    const rest = r.messages.length - shown.length;
    if (rest > 0) {
      blocks.push(options.lang === 'vi'
        ? `${escapeLine(r.file)}: ${w(options).more} ${rest} thông báo khác không in ra (xem đủ bằng --format json).`
        : `${escapeLine(r.file)}: ${w(options).more} ${rest} more message${rest === 1 ? '' : 's'} not shown (see them all with --format json).`);
    }
  }
  blocks.push(summaryLine(summary, options.lang, options.style ?? PLAIN));
  return blocks.join('\n\n') + '\n';
}

/** Messages printed per file: past a few hundred, more help nobody, and the total still counts them all. */
export const MAX_PER_FILE = 200;

const w = (options: TextReportOptions) => WORDS[options.lang];

export function summaryLine(s: Summary, lang: Lang, style: Style): string {
  const over = s.maxWarnings?.exceeded ? `\n${style.error(maxWarningsText(s, lang))}` : '';
  return countsLine(s, lang, style) + over;
}

/** Why a run without errors failed: more warnings than --max-warnings allows. */
export function maxWarningsText(s: Summary, lang: Lang): string {
  const limit = s.maxWarnings!.limit;
  return lang === 'vi'
    ? `Thất bại: có ${s.warnings} cảnh báo, nhiều hơn giới hạn --max-warnings ${limit}.`
    : `Failed: ${s.warnings} warning${s.warnings === 1 ? '' : 's'}, more than --max-warnings ${limit} allows.`;
}

function countsLine(s: Summary, lang: Lang, style: Style): string {
  if (lang === 'vi') {
    const verdict = s.errors > 0 ? style.error(`${s.filesWithErrors} tệp có lỗi`) : style.bold('tất cả hợp lệ');
    return `Đã kiểm tra ${s.files} tệp: ${verdict} — ${s.errors} lỗi, ${s.warnings} cảnh báo${s.suppressed ? `, ${s.suppressed} thông báo đã tắt bằng chú thích cochuong-disable` : ''}.`;
  }
  const verdict = s.errors > 0 ? style.error(`${s.filesWithErrors} with errors`) : style.bold('all valid');
  return `Checked ${s.files} file${s.files === 1 ? '' : 's'}: ${verdict} — ${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}${s.suppressed ? `, ${s.suppressed} turned off by cochuong-disable comments` : ''}.`;
}
