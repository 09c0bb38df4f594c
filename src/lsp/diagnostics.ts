import type { Message } from '../message/message.js';
import type { Lang } from '../report/style.js';

/** An LSP position: 0-based line and UTF-16 character, as cochuong's columns already count. */
export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }

export interface Diagnostic {
  range: Range;
  severity: 1 | 2;
  code: string;
  source: 'cochuong';
  message: string;
  relatedInformation?: Array<{ location: { uri: string; range: Range }; message: string }>;
  data?: { replacement: string; actual?: string };
}

/**
 * A message as an editor shows it: the reason, with the fix ("Cách sửa: …") as related information
 * at the same place, and the rule id as the code (`cochuong explain ID` tells more). A message
 * without a place marks the first line.
 */
export function toDiagnostic(m: Message, uri: string, lang: Lang): Diagnostic {
  const range = rangeOf(m);
  const diagnostic: Diagnostic = {
    range, severity: m.severity === 'error' ? 1 : 2, code: m.ruleId, source: 'cochuong', message: m.reason[lang],
  };
  if (m.note) diagnostic.relatedInformation = [{ location: { uri, range }, message: `${lang === 'vi' ? 'Cách sửa' : 'Fix'}: ${m.note[lang]}` }];
  if (m.replacement !== undefined) diagnostic.data = { replacement: m.replacement, ...(m.actual !== undefined ? { actual: m.actual } : {}) };
  return diagnostic;
}

function rangeOf(m: Message): Range {
  if (!m.place) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const start = { line: m.place.start.line - 1, character: m.place.start.column - 1 };
  const end = m.place.end ? { line: m.place.end.line - 1, character: m.place.end.column - 1 } : { line: start.line, character: start.character + 1 };
  return { start, end };
}

/** The text of `range` in `text` (lines split on \n, \r\n or \r). */
export function textAt(text: string, range: Range): string | undefined {
  const lines = text.split(/\r\n|\r|\n/);
  if (range.start.line !== range.end.line) return undefined;
  const line = lines[range.start.line];
  if (line === undefined) return undefined;
  return line.slice(range.start.character, range.end.character);
}
