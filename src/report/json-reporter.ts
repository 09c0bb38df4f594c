import type { CheckedFile } from '../check/check-source.js';
import type { Message } from '../message/message.js';
import type { Lang } from './style.js';
import type { Summary } from './summary.js';

/**
 * The JSON report, format version 1 (documented in README "Định dạng JSON"). Fields are only
 * ever added, never renamed or removed, within a version.
 */
export function jsonReport(results: CheckedFile[], extra: Message[], summary: Summary, lang: Lang): string {
  const byFile = new Map<string, Message[]>();
  for (const m of extra) byFile.set(m.file, [...(byFile.get(m.file) ?? []), m]);
  const files = results.map((r) => ({
    file: r.file,
    valid: !r.messages.some((m) => m.severity === 'error'),
    stoppedAt: r.stoppedAt ?? null,
    messages: r.messages.map((m) => jsonMessage(m, lang)),
    suppressed: (r.suppressed ?? []).map((m) => ({ ...jsonMessage(m, lang), suppressed: { kind: m.suppressed!.kind, reason: m.suppressed!.reason, line: m.suppressed!.line } })),
  }));
  for (const [file, messages] of byFile) {
    files.push({ file, valid: false, stoppedAt: 'read', messages: messages.map((m) => jsonMessage(m, lang)), suppressed: [] });
  }
  return JSON.stringify({ version: 1, lang, summary, files }, null, 2) + '\n';
}

export function jsonMessage(m: Message, lang: Lang) {
  return {
    ruleId: m.ruleId,
    severity: m.severity,
    source: m.source,
    fatal: m.fatal,
    line: m.place?.start.line ?? null,
    column: m.place?.start.column ?? null,
    endLine: m.place?.end?.line ?? null,
    endColumn: m.place?.end?.column ?? null,
    path: m.path ?? null,
    message: m.reason[lang],
    note: m.note?.[lang] ?? null,
    actual: m.actual ?? null,
    expected: m.expected ?? null,
  };
}

/** One message of the JSON report (format version 1). */
export type JsonMessage = ReturnType<typeof jsonMessage>;

/** A finding a directive comment turned off: the message, and the directive's reason and line. */
export type JsonSuppressed = JsonMessage & { suppressed: { kind: 'directive'; reason: string; line: number } };

/** The JSON report of `validate --format json` (format version 1). */
export interface JsonReport {
  version: 1;
  lang: Lang;
  summary: Summary;
  files: Array<{ file: string; valid: boolean; stoppedAt: string | null; messages: JsonMessage[]; suppressed: JsonSuppressed[] }>;
}
