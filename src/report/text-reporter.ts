import type { CheckedFile } from '../check/check-source.js';
import type { Message } from '../message/message.js';
import { codeFrame } from './code-frame.js';
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
  const where = m.place ? `${m.file}:${m.place.start.line}:${m.place.start.column}` : m.file;
  const severity = m.severity === 'error' ? style.error(w.error) : style.warning(w.warning);
  const lines = [`${style.place(where)}: ${severity} ${style.dim(m.ruleId)} ${m.reason[options.lang]}`];
  const source = options.sources?.get(m.file);
  if (source && m.place) {
    const end = m.place.end && m.place.end.line === m.place.start.line ? m.place.end.column : undefined;
    const frame = codeFrame(source, m.place.start.line, m.place.start.column, end);
    if (frame) lines.push(style.dim(frame));
  }
  if (m.expected && m.expected.length > 0 && m.expected.length <= 12 && m.source !== 'schema') {
    lines.push(`  ${w.expected}: ${m.expected.join(', ')}`);
  }
  if (m.note) lines.push(`  ${style.bold(w.fix)}: ${m.note[options.lang]}`);
  return lines.join('\n');
}

export function textReport(results: CheckedFile[], extra: Message[], summary: Summary, options: TextReportOptions): string {
  const sources = options.sources ?? new Map(results.filter((r) => r.text !== undefined).map((r) => [r.file, r.text!]));
  const blocks: string[] = [];
  for (const m of extra) blocks.push(formatMessage(m, { ...options, sources }));
  for (const r of results) for (const m of r.messages) blocks.push(formatMessage(m, { ...options, sources }));
  blocks.push(summaryLine(summary, options.lang, options.style ?? PLAIN));
  return blocks.join('\n\n') + '\n';
}

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
    return `Đã kiểm tra ${s.files} tệp: ${verdict} — ${s.errors} lỗi, ${s.warnings} cảnh báo.`;
  }
  const verdict = s.errors > 0 ? style.error(`${s.filesWithErrors} with errors`) : style.bold('all valid');
  return `Checked ${s.files} file${s.files === 1 ? '' : 's'}: ${verdict} — ${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}.`;
}
