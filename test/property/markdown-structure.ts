import type { Block, Composition } from '../../src/render/blocks.js';

/**
 * Checks that a document's Markdown has exactly the block structure its writer means to give it,
 * so no text from the YAML can open a heading, a table, a list, a code block, a quote or HTML.
 * Each line is classified the way CommonMark / GitHub read the start of a line; the number of
 * lines of each kind must equal what the composition calls for. Also: no character the user
 * typed is left where Markdown would read it as inline syntax (<, ~, [, ], `, _, an entity).
 */
export function markdownProblems(md: string, c: Composition): string[] {
  const expected = expectedCounts(c);
  const found: Record<Kind, number> = { heading: 0, rule: 0, fence: 0, quote: 0, html: 0, item: 0, delimiter: 0, indented: 0 };
  const lines = md.split('\n');
  for (const line of lines) {
    const kind = classify(line);
    if (kind) found[kind]++;
  }
  const problems: string[] = [];
  for (const kind of Object.keys(found) as Kind[]) {
    if (found[kind] !== expected[kind]) {
      const examples = lines.filter((l) => classify(l) === kind).slice(0, 8);
      problems.push(`${found[kind]} ${kind} lines, expected ${expected[kind]}: ${JSON.stringify(examples)}`);
    }
  }
  const inline = md.replace(/<div align="center">|<\/div>|<br>|<\/?ins>/g, '');
  for (const [what, pattern] of UNESCAPED) {
    const hit = pattern.exec(inline);
    if (hit) problems.push(`unescaped ${what}: ${JSON.stringify(inline.slice(Math.max(0, hit.index - 30), hit.index + 30))}`);
  }
  return problems;
}

type Kind = 'heading' | 'rule' | 'fence' | 'quote' | 'html' | 'item' | 'delimiter' | 'indented';

/** What a line starts, read as the first line of a block (indentation of up to three spaces allowed). */
function classify(line: string): Kind | undefined {
  if (line.trim() === '') return undefined;
  if (/^(?: {4}|\t| {0,3}\t)/.test(line)) return 'indented';
  if (/^ {0,3}(?:`{3,}|~{3,})/.test(line)) return 'fence';
  // Thematic breaks and setext underlines ("===", "---" under a paragraph make it a heading).
  if (/^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|=+[ \t]*|-+[ \t]*)$/.test(line)) return 'rule';
  if (/^ {0,3}#{1,6}(?:[ \t]|$)/.test(line)) return 'heading';
  if (/^ {0,3}>/.test(line)) return 'quote';
  if (/^ {0,3}<[A-Za-z/!?]/.test(line)) return 'html';
  if (/^ {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/.test(line)) return 'item';
  if (/^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/.test(line)) return 'delimiter';
  return undefined;
}

/** The writer's own structure: the header and signature tables, the title's centred div, the annex rule, and the blocks. */
function expectedCounts(c: Composition): Record<Kind, number> {
  const all = [...c.body, ...c.annex];
  const count = (type: Block['type']) => all.filter((b) => b.type === type).length;
  const centredGroups = (list: Block[]) => list.filter((b, i) => b.type === 'centered' && list[i - 1]?.type !== 'centered').length;
  return {
    heading: count('heading'),
    rule: c.annex.length > 0 ? 1 : 0,
    fence: 0,
    quote: 0,
    html: 2 * (1 + centredGroups(c.body) + centredGroups(c.annex)),
    item: count('item') + c.recipients.length,
    delimiter: 2 + count('table'),
    indented: 0,
  };
}

/** Characters Markdown reads as inline syntax, not preceded by an escaping backslash. */
const NOT_ESCAPED = '(?<!(?:^|[^\\\\])(?:\\\\\\\\)*\\\\)';
const UNESCAPED: [string, RegExp][] = [
  ['<', new RegExp(`${NOT_ESCAPED}<`)],
  ['~', new RegExp(`${NOT_ESCAPED}~`)],
  ['[', new RegExp(`${NOT_ESCAPED}\\[`)],
  [']', new RegExp(`${NOT_ESCAPED}\\]`)],
  ['`', new RegExp(`${NOT_ESCAPED}\``)],
  ['_', new RegExp(`${NOT_ESCAPED}_`)],
  ['entity', new RegExp(`${NOT_ESCAPED}&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9a-fA-F]+);`)],
];

/**
 * The text a Markdown paragraph shows: backslash escapes resolved, emphasis markers dropped,
 * hard line breaks and <br> as "\n". (The writer escapes every "*" from the document, so an unescaped one
 * is the writer's emphasis.)
 */
export function shownText(paragraph: string): string {
  let out = '';
  for (let i = 0; i < paragraph.length; i++) {
    const c = paragraph[i];
    if (c === '\\' && i + 1 < paragraph.length && /[\n!-/:-@[-`{-~]/.test(paragraph[i + 1])) out += paragraph[++i];
    else if (paragraph.startsWith('<br>', i)) { out += '\n'; i += 3; }
    else if (c !== '*') out += c;
  }
  return out;
}
