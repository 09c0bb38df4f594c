import { describe, expect, it } from 'vitest';
import { createMessage, text } from '../../src/message/message.js';
import { formatMessage, MAX_PER_FILE, textReport } from '../../src/report/text-reporter.js';
import { summarize } from '../../src/report/summary.js';
import { codeFrame } from '../../src/report/code-frame.js';
import { escapeControl, escapeForTerminal, escapeLine } from '../../src/text/control.js';
import { formatText } from '../../src/diff/format-text.js';
import { formatMarkdown } from '../../src/diff/format-md.js';
import { compareDocuments } from '../../src/diff/compare.js';
import { program } from '../support/documents.js';

/** Issue 15, items 10 and 16: the text report stays linear and never passes control characters through. */
describe('control characters are shown escaped (item 16)', () => {
  it('in messages: the file name, the reason and the code frame', () => {
    const source = 'loai: chuong_trinh\ntrich_yeu: "a\u001b]0;pwned\u0007b"\n';
    const m = createMessage({ file: 'x\r\n\u001b[2J.yaml', source: 'schema', ruleId: 'SC002', place: { start: { line: 2, column: 1 } },
      reason: text('Sai \u001b[31m', 'Wrong \u001b[31m') });
    const out = formatMessage(m, { lang: 'en', sources: new Map([[m.file, source]]) });
    expect(out).not.toMatch(/[\r\u0007\u001b]/);
    expect(out).toContain('x\\r\\n\\x1b[2J.yaml:2:1');
    expect(out).toContain('a\\x1b]0;pwned\\x07b');
  });

  it('in diff text and Markdown', () => {
    const a = program();
    const b = program();
    b.trich_yeu = `${a.trich_yeu} \u001b]8;;http://x\u0007link\u001b]8;;\u0007 \u202e`;
    const diff = compareDocuments(a, b);
    for (const out of [formatText(diff, { lang: 'vi' }), formatMarkdown(diff, 'vi')]) {
      expect(out).not.toMatch(/[\u0007\u001b\u202e]/);
      expect(out).toContain('\\x1b');
    }
  });

  it('the terminal guard keeps our colours only, and keeps JSON valid', () => {
    expect(escapeForTerminal('\u001b[31mlỗi\u001b[39m \u001b]0;x\u0007', true)).toBe('\u001b[31mlỗi\u001b[39m \\x1b]0;x\\x07');
    expect(escapeForTerminal('\u001b[31m', false)).toBe('\\x1b[31m');
    const json = JSON.stringify({ v: 'a\u0085b\u202ec' });
    expect(JSON.parse(escapeForTerminal(json, false)).v).toBe('a\u0085b\u202ec');
    expect(escapeControl('dòng 1\ndòng 2\tx')).toBe('dòng 1\ndòng 2\tx');
    expect(escapeLine('a\nb')).toBe('a\\nb');
  });
});

describe('the text report of many messages (item 10)', () => {
  it('prints at most MAX_PER_FILE messages per file, then how many more, and counts them all', () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `k${i}: v`).join('\n');
    const messages = Array.from({ length: 3000 }, (_, i) => createMessage({ file: 'lon.yaml', source: 'schema', ruleId: 'SC002', place: { start: { line: i + 1, column: 1 } },
      reason: text(`lỗi ${i}`, `error ${i}`) }));
    const results = [{ file: 'lon.yaml', messages, text: lines }];
    const out = textReport(results, [], summarize(results), { lang: 'en' });
    expect(out.split('error SC002').length - 1).toBe(MAX_PER_FILE);
    expect(out).toContain(`lon.yaml: and ${3000 - MAX_PER_FILE} more messages not shown (see them all with --format json)`);
    expect(out).toContain('3000 errors');
  });

  it('frames lines of a long file from one index, the same as splitting it', () => {
    const source = Array.from({ length: 1000 }, (_, i) => `dong ${i}\r`).join('\n');
    expect(codeFrame(source, 500, 2)).toBe('  499 | dong 498\n> 500 | dong 499\n      |  ^\n  501 | dong 500');
    expect(codeFrame(source, 1001, 1)).toBe('');
  });
});

describe('line ends pass the guard', () => {
  it('keeps CRLF (iCalendar) and escapes a lone carriage return, which would overwrite the line', () => {
    expect(escapeForTerminal('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', false)).toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    expect(escapeForTerminal('an toàn\rgiả mạo', true)).toBe('an toàn\\rgiả mạo');
    expect(escapeLine('a\r\nb')).toBe('a\\r\\nb');
  });
});
