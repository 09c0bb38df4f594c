/**
 * Control characters made visible, for every piece of human output (messages, code frames, diff
 * text and Markdown, file names): a YAML value or a file name holding ESC, OSC or a carriage return
 * must never drive the terminal it is printed on — which matters most when cochuong runs as git's
 * diff driver over someone else's repository. Each becomes a visible escape such as \x1b, \r or
 * \u202e (the bidirectional overrides of "Trojan Source" too).
 */

// C0 except tab and line feed, DEL, C1, and the bidirectional embedding/override/isolate controls. A
// carriage return before a line feed is a Windows line end (iCalendar needs it), not a way to
// overwrite a line: it stays.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/gu;
const CONTROL_OR_LINE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;
const TEST = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

const NAMED: Record<string, string> = { '\r': '\\r', '\n': '\\n', '\t': '\\t' };

function visible(c: string): string {
  const named = NAMED[c];
  if (named) return named;
  const code = c.charCodeAt(0);
  // \u form from DEL on: also a valid JSON escape, so JSON output stays JSON after the guard.
  return code < 0x7f ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Text that may span lines (a value, a message): tabs and line feeds stay, every other control is escaped. */
export function escapeControl(s: string): string {
  return TEST.test(s) ? s.replace(CONTROL, visible) : s;
}

/** A name printed on one line (a file name, a key): line feeds and tabs are escaped too. */
export function escapeLine(s: string): string {
  return s.replace(CONTROL_OR_LINE, visible);
}

/**
 * The last guard before a terminal: output that may carry our own colours (SGR sequences such as
 * ESC[31m) keeps those and escapes every other control character, ESC included.
 */
export function escapeForTerminal(s: string, keepColours: boolean): string {
  if (!TEST.test(s)) return s;
  if (!keepColours) return s.replace(CONTROL, visible);
  return s.replace(/\u001b\[[0-9;]*m|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/gu, (m) => (m.length > 1 ? m : visible(m)));
}
