import type { Block, Run } from './blocks.js';

/**
 * The block markup templates produce: one line, one block. Small on purpose, so a clerk can read a
 * template and a parser can never fail on it.
 *
 *   # I. MỤC ĐÍCH, YÊU CẦU      heading, level 1 (## level 2, ### level 3: "Điều 1. …"), kept with the next line
 *   ^ Chương I                  a centred bold line
 *   - Phối hợp …                a dash item
 *   | TT | Nội dung | …         a table row (the first row of a table is its header)
 *   ./.                         ends the paragraph above with the closing mark "./."
 *   @phu_luc                    what follows goes after the signatures, on a new page
 *   @phan noi_dung.2            the blocks that follow print one unit of the data (here the third
 *                               item), until the next "@phan" line; "@phan" alone ends it (nothing printed)
 *   any other text              a body paragraph
 *
 * Inline: **bold**, *italic*, ***both***; a backslash makes the next character plain (\*, \|, \\),
 * and \n is a line break inside the paragraph. Empty lines are ignored.
 */

export interface ParsedMarkup {
  body: Block[];
  annex: Block[];
}

const CLOSING = './.';

export function parseMarkup(source: string): ParsedMarkup {
  const body: Block[] = [];
  const annex: Block[] = [];
  let target = body;
  let table: Run[][][] | undefined;
  let unit: string | undefined;
  const push = (block: Block) => target.push(unit === undefined ? block : { ...block, unit });
  for (const rawLine of source.split(/\r?\n/)) {
    const line = rawLine.trim();
    const isRow = line.startsWith('|');
    if (!isRow) table = undefined;
    if (line === '') continue;
    if (line === '@phu_luc') {
      target = annex;
      continue;
    }
    const phan = /^@phan(?:\s+(\S+))?$/.exec(line);
    if (phan) {
      unit = phan[1];
      continue;
    }
    if (line === CLOSING) {
      close(target);
      continue;
    }
    if (isRow) {
      const cells = splitCells(line).map(parseInline);
      if (!table) {
        table = [];
        push({ type: 'table', rows: table });
      }
      table.push(cells);
      continue;
    }
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    if (heading) {
      push({ type: 'heading', level: heading[1].length as 1 | 2 | 3, runs: parseInline(heading[2]) });
    } else if (line.startsWith('^ ')) {
      push({ type: 'centered', runs: parseInline(line.slice(2)) });
    } else if (line.startsWith('- ')) {
      push({ type: 'item', runs: parseInline(line.slice(2)) });
    } else {
      push({ type: 'paragraph', runs: parseInline(line) });
    }
  }
  return { body, annex };
}

/** Splits "| a | b \| c |" into ["a", "b \| c"], keeping escapes for parseInline. */
function splitCells(line: string): string[] {
  const cells: string[] = [];
  let current = '';
  for (let i = 1; i < line.length; i++) {
    const c = line[i];
    if (c === '\\' && i + 1 < line.length) {
      current += c + line[++i];
    } else if (c === '|') {
      cells.push(current.trim());
      current = '';
    } else {
      current += c;
    }
  }
  if (current.trim() !== '') cells.push(current.trim());
  return cells;
}

/** Inline emphasis by toggling: each "*" flips italics, "**" bold, "***" both. */
export function parseInline(text: string): Run[] {
  const runs: Run[] = [];
  let bold = false;
  let italics = false;
  let current = '';
  const flush = (lineBreak = false) => {
    if (current === '' && !lineBreak) return;
    const run: Run = { text: current };
    if (bold) run.bold = true;
    if (italics) run.italics = true;
    if (lineBreak) run.lineBreak = true;
    runs.push(run);
    current = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length) {
      const next = text[++i];
      if (next === 'n') flush(true);
      else current += next;
    } else if (c === '*') {
      let stars = 1;
      while (text[i + 1] === '*' && stars < 3) { stars++; i++; }
      flush();
      if (stars !== 2) italics = !italics;
      if (stars >= 2) bold = !bold;
    } else {
      current += c;
    }
  }
  flush();
  return runs;
}

/** Ends the last text block with "./.", replacing a final "." ";" ":" or ",". */
function close(blocks: Block[]): void {
  const last = [...blocks].reverse().find((b) => b.type !== 'table');
  if (!last || !('runs' in last)) return;
  const runs = last.runs;
  let index = runs.length - 1;
  while (index >= 0 && (runs[index].change === 'del' || runs[index].text.trim() === '')) index--;
  if (index < 0) return;
  const run = runs[index];
  if (run.text.trimEnd().endsWith(CLOSING)) return;
  runs[index] = { ...run, text: run.text.trimEnd().replace(/[.;:,]+$/, '') + CLOSING };
}

/**
 * Makes a value from the document plain text inside markup: its characters never become markup,
 * wherever the template puts it. Newlines become line breaks inside the paragraph.
 */
export function escapeMarkup(value: string): string {
  let escaped = value.normalize('NFC').replace(/\r\n?/g, '\n').trim()
    .replace(/[\\*|]/g, (c) => `\\${c}`)
    .replace(/[ \t]*\n[ \t]*/g, '\\n');
  if (/^[#^@-]/.test(escaped) || escaped.startsWith(CLOSING)) escaped = `\\${escaped}`;
  return escaped;
}
