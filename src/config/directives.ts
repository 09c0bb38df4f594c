import { CST, Lexer } from 'yaml';
import { createMessage, text, type Message } from '../message/message.js';
import { RULES } from '../rules/catalogue.js';
import { closest } from '../text/closest.js';
import { CONFIG_CODES } from './codes.js';

/**
 * Directive comments in a document, after ESLint's `eslint-disable…`:
 *   # cochuong-disable-next-line CT009 -- lý do     (the next line that holds a value)
 *   # cochuong-disable-line CT009 -- lý do          (at the end of the line it is on)
 *   # cochuong-disable CT009, CT013 -- lý do        (from here to the end, or to …)
 *   # cochuong-enable CT009
 * A reason after " -- " is required on every disable: a directive without one has no effect.
 */
export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';
const KINDS: readonly DirectiveKind[] = ['disable-next-line', 'disable-line', 'disable', 'enable'];

export interface Directive {
  kind: DirectiveKind;
  ruleIds: string[];
  reason: string;
  /** Where the comment is (1-based line and columns). */
  line: number;
  column: number;
  endColumn: number;
  offset: number;
  /** The line a -line or -next-line directive covers (0: none, the file ends first). */
  target: number;
}

export interface DirectiveScan {
  directives: Directive[];
  /** Directives that are malformed or lack a reason: each is a finding, and has no effect. */
  problems: Message[];
  /** The first line holding something other than comments and blanks (a directive above it covers the whole file). */
  firstContentLine: number;
}

const RULE_IDS = RULES.map((r) => r.id);
const MARKER = 'cochuong-';

/** True when the text may hold a directive: the cheap test that keeps clean files on their fast path. */
export function mayHaveDirectives(source: string): boolean {
  return source.includes(MARKER);
}

/**
 * The directive comments of a YAML text. Comments are found by the yaml library's lexer, so a
 * "# cochuong-…" inside a quoted value or a block scalar (`|`) is text, not a directive.
 */
export function scanDirectives(file: string, source: string): DirectiveScan {
  const lineStarts = [0];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return lo + 1;
  };
  const comments: { offset: number; body: string; fullLine: boolean }[] = [];
  const commentLines = new Set<number>();
  let offset = 0;
  for (const token of new Lexer().lex(source)) {
    const type = CST.tokenType(token);
    if (type === 'comment') {
      const lineStart = lineStarts[lineOf(offset) - 1];
      const fullLine = source.slice(lineStart, offset).trim() === '';
      if (fullLine) commentLines.add(lineOf(offset));
      comments.push({ offset, body: token.slice(1), fullLine });
    }
    // The lexer's control tokens (document mode, scalar, flow error end) stand for no source text.
    if (!(token.length === 1 && (token === '\x02' || token === '\x1f' || token === '\x18'))) offset += token.length;
  }
  const lineText = (line: number) => source.slice(lineStarts[line - 1], line < lineStarts.length ? lineStarts[line] : source.length);
  const isContent = (line: number) => !commentLines.has(line) && lineText(line).trim() !== '' && !/^\s*(---|\.\.\.)\s*$/.test(lineText(line));
  let firstContentLine = 1;
  while (firstContentLine <= lineStarts.length && !isContent(firstContentLine)) firstContentLine++;

  const directives: Directive[] = [];
  const problems: Message[] = [];
  for (const comment of comments) {
    const body = comment.body.trim();
    if (!body.startsWith(MARKER)) continue;
    const line = lineOf(comment.offset);
    const column = comment.offset - lineStarts[line - 1] + 1;
    const where = { line, column, endColumn: column + 1 + comment.body.trimEnd().length, offset: comment.offset };
    const problem = (code: typeof CONFIG_CODES[keyof typeof CONFIG_CODES], reason: ReturnType<typeof text>, note: ReturnType<typeof text>) => {
      problems.push(createMessage({
        file, source: 'directive', severity: 'warning', ruleId: code.id, actual: '#' + comment.body.trimEnd(),
        place: { start: { line, column, offset: comment.offset }, end: { line, column: where.endColumn, offset: comment.offset + 1 + comment.body.trimEnd().length } },
        reason, note,
      }));
    };
    const [head, ...reasonParts] = body.split(/\s--(?:\s|$)/);
    const reason = reasonParts.join(' -- ').trim();
    const words = head.trim().split(/[\s,]+/).filter((w) => w !== '');
    const name = words[0].slice(MARKER.length);
    const kind = KINDS.find((k) => k === name);
    if (!kind) {
      const near = closest(name, KINDS);
      problem(CONFIG_CODES.directiveBad,
        text(`"${words[0]}" không phải lệnh tắt kiểm tra của cochuong.`, `"${words[0]}" is not a cochuong directive.`),
        near ? text(`Có phải là "${MARKER}${near}"?`, `Did you mean "${MARKER}${near}"?`)
          : text(`Dùng ${KINDS.map((k) => MARKER + k).join(', ')}.`, `Use ${KINDS.map((k) => MARKER + k).join(', ')}.`));
      continue;
    }
    const ids = words.slice(1).map((w) => w.toUpperCase());
    const unknown = ids.find((id) => !RULE_IDS.includes(id));
    if (unknown !== undefined) {
      const near = closest(unknown, RULE_IDS);
      problem(CONFIG_CODES.directiveBad,
        text(`"${unknown}" không phải mã một quy tắc nghiệp vụ; chỉ tắt được các quy tắc CT… (npx cochuong rules).`,
          `"${unknown}" is not the id of a domain rule; only CT… rules can be turned off (npx cochuong rules).`),
        near ? text(`Có phải là "${near}"?`, `Did you mean "${near}"?`) : text('Ghi mã quy tắc như trong thông báo, ví dụ CT009.', 'Write the rule id as the message shows it, e.g. CT009.'));
      continue;
    }
    if (ids.length === 0 && kind !== 'enable') {
      problem(CONFIG_CODES.directiveBad,
        text(`"${MARKER}${kind}" cần mã quy tắc cần tắt.`, `"${MARKER}${kind}" needs the ids of the rules to turn off.`),
        text(`Ví dụ: # ${MARKER}${kind} CT009 -- lý do`, `For example: # ${MARKER}${kind} CT009 -- reason`));
      continue;
    }
    if (kind !== 'enable' && reason === '') {
      problem(CONFIG_CODES.directiveNoReason,
        text(`Dòng "${MARKER}${kind}" cần lý do sau " -- "; chưa có lý do nên dòng này không tắt gì.`,
          `"${MARKER}${kind}" needs a reason after " -- "; without one it turns nothing off.`),
        text(`Viết thêm lý do, ví dụ: # ${MARKER}${kind} ${ids.join(', ')} -- in lại đúng số đã ban hành`,
          `Add the reason, e.g.: # ${MARKER}${kind} ${ids.join(', ')} -- reprinted with the number as issued`));
      continue;
    }
    let target = 0;
    if (kind === 'disable-line') target = comment.fullLine ? 0 : line;
    if (kind === 'disable-next-line') {
      for (let next = line + 1; next <= lineStarts.length; next++) if (isContent(next)) { target = next; break; }
    }
    directives.push({ kind, ruleIds: ids, reason, target, ...where });
  }
  return { directives, problems, firstContentLine };
}
