/**
 * The one message type every stage emits (reading, YAML, schema, domain rules, render, diff),
 * after unified's vfile-message: where, which rule, from which stage, how bad, what was found,
 * what was expected and how to fix it. Reporters only format these; nothing here prints.
 */

/** Text in both languages the tool speaks; reporters pick one. */
export interface Text {
  vi: string;
  en: string;
}

export type Severity = 'error' | 'warning';

/** The pipeline stage that produced a message. */
export type Stage = 'io' | 'read' | 'yaml' | 'schema' | 'rule' | 'render' | 'diff' | 'template' | 'cycle' | 'config' | 'directive';

export interface Point {
  line: number; // 1-based
  column: number; // 1-based, in UTF-16 code units as editors count
  offset?: number; // 0-based offset in the decoded text
}

export interface Place {
  start: Point;
  end?: Point;
}

export interface Message {
  /** The file as the user named it ("-" for standard input). */
  file: string;
  place?: Place;
  /** Path of the value in the document, when the message is about one ("noi_dung", 2, "chu_tri"). */
  path?: (string | number)[];
  /** Stable id from the catalogue (IN…, YA…, SC…, CT…, RD…, DF…): `cochuong explain ID`. */
  ruleId: string;
  source: Stage;
  severity: Severity;
  /** True when the stage could not go on: later stages did not run for this file. */
  fatal: boolean;
  reason: Text;
  /** What was found, as the user wrote it. */
  actual?: string;
  /** What would have been accepted. */
  expected?: string[];
  /** How to fix it. */
  note?: Text;
  /**
   * When the fix is one exact text: what to put in place of the message's range (`place`, which then
   * covers exactly `actual`). Editors offer it as a quick fix (cochuong lsp).
   */
  replacement?: string;
  /** Set on a finding a `# cochuong-disable…` comment turned off: it no longer counts, but is still listed. */
  suppressed?: Suppression;
}

/** Why a finding does not count: the directive comment that turned it off, and the reason written there. */
export interface Suppression {
  kind: 'directive';
  reason: string;
  /** The line of the directive comment. */
  line: number;
}

export type MessageInit = Omit<Message, 'fatal' | 'severity'> & { fatal?: boolean; severity?: Severity };

export function createMessage(init: MessageInit): Message {
  return { severity: 'error', fatal: false, ...init };
}

export function text(vi: string, en: string): Text {
  return { vi, en };
}

export function isError(m: Message): boolean {
  return m.severity === 'error';
}

/** Stable order: by file, then position, then rule id. */
export function compareMessages(a: Message, b: Message): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  const la = a.place?.start.line ?? 0;
  const lb = b.place?.start.line ?? 0;
  if (la !== lb) return la - lb;
  const ca = a.place?.start.column ?? 0;
  const cb = b.place?.start.column ?? 0;
  if (ca !== cb) return ca - cb;
  return a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0;
}
