import type { Block, Run } from '../blocks.js';
import { BODY, SIZES, type PageSetup, textWidth } from './page.js';
import { docxRuns, wholeChange, type Revisions } from './runs.js';
import { textWidthTwips } from './text-width.js';
import { paragraph, table as wordTable, tableCell, tableRow, type ParagraphProps, type Xml } from './wordml.js';

export interface BodyOptions {
  page: PageSetup;
  revisions: Revisions;
  /** Keep the last blocks on the page of what follows (the signatures). */
  keepLastWithNext?: number;
}

/**
 * Body blocks as DOCX: justified paragraphs with a first-line indent, 6 pt after, line spacing
 * 1.15; headings kept with the paragraph after them; numbers are in the text, never Word lists.
 */
export function bodyElements(blocks: Block[], options: BodyOptions): Xml[] {
  const keepFrom = blocks.length - (options.keepLastWithNext ?? 0);
  return blocks.map((block, index) => {
    const keepNext = index >= keepFrom || undefined;
    const next = blocks[index + 1];
    const previous = blocks[index - 1];
    return blockElement(block, { ...options, keepNext, nextIsCentered: next?.type === 'centered',
      firstCentered: block.type === 'centered' && previous !== undefined && previous.type !== 'centered' });
  });
}

interface BlockOptions extends BodyOptions {
  keepNext?: boolean;
  nextIsCentered?: boolean;
  firstCentered?: boolean;
}

function blockElement(block: Block, options: BlockOptions): Xml {
  const size = options.page.bodySize;
  const body: ParagraphProps = {
    alignment: 'both',
    indent: { firstLine: BODY.firstLine },
    spacing: { before: 0, after: BODY.after, line: BODY.line },
  };
  const whole = block.type === 'table' ? undefined : wholeChange(block.runs);
  if (whole) body.whole = whole;
  switch (block.type) {
    // The last paragraphs go whole onto the page of the signatures.
    case 'paragraph':
      return paragraph({ ...body, keepNext: options.keepNext, keepLines: options.keepNext }, docxRuns(block.runs, { size }, options.revisions));
    case 'item':
      return paragraph({ ...body, keepNext: options.keepNext, keepLines: options.keepNext }, docxRuns(withDash(block.runs), { size }, options.revisions));
    case 'heading':
      return paragraph({ ...body, style: `Heading${block.level}`, keepNext: true, keepLines: true }, docxRuns(block.runs, { size, bold: true }, options.revisions));
    case 'centered':
      return paragraph({ alignment: 'center', keepNext: true, keepLines: true, whole,
        spacing: { before: options.firstCentered ? BODY.after : 0, after: options.nextIsCentered ? 0 : BODY.after, line: BODY.line } },
      docxRuns(block.runs, { size }, options.revisions));
    case 'table':
      return table(block.rows, options);
  }
}

/** "- " before an item: shared by OLD and NEW unless the whole item is inserted or deleted. */
function withDash(runs: Run[]): Run[] {
  const whole = wholeChange(runs);
  return [{ text: '- ', ...(whole ? { change: whole } : {}) }, ...runs];
}

const CELL_MARGIN = 80;
const MIN_COLUMN = 567;

/** A bordered table (the annex): columns sized by their longest text, the header row bold and repeated on each page. */
function table(rows: Run[][][], options: BlockOptions): Xml {
  const columns = rows.reduce((most, r) => Math.max(most, r.length), 0);
  const width = textWidth(options.page);
  const widths = columnWidths(rows, columns, width);
  const narrowFirst = rows.slice(1).every((r) => cellText(r[0]).length <= 4);
  return wordTable({
    width,
    columns: widths,
    borders: 'single',
    cellMargins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 40, bottom: 40 },
  }, rows.map((row, r) => tableRow(Array.from({ length: columns }, (_, c) => tableCell({ width: widths[c] }, [paragraph({
    alignment: r === 0 || (c === 0 && narrowFirst) ? 'center' : 'left',
    spacing: { before: 0, after: 0, line: 240 },
  }, docxRuns(row[c] ?? [], { size: SIZES.table, bold: r === 0 }, options.revisions))])), { header: r === 0 })));
}

function cellText(runs: Run[] | undefined): string {
  return (runs ?? []).map((r) => r.text).join('');
}

/**
 * Column widths as a word processor's automatic layout would choose them, but fixed: every
 * column at least as wide as its longest word (no "UB/MT/TQ" broken inside a name), the rest
 * shared by how much text each column holds.
 */
export function columnWidths(rows: Run[][][], columns: number, total: number): number[] {
  const padding = 2 * CELL_MARGIN + 30;
  const measure = (runs: Run[] | undefined, r: number) => ({ text: cellText(runs), bold: r === 0 });
  const minimum = Array.from({ length: columns }, (_, c) => maxOf(MIN_COLUMN, rows.map((row, r) => {
    const cell = measure(row[c], r);
    return maxOf(0, cell.text.split(/\s+/).map((w) => textWidthTwips(w, SIZES.table, { bold: cell.bold }))) + padding;
  })));
  const natural = Array.from({ length: columns }, (_, c) => maxOf(minimum[c], rows.map((row, r) => {
    const cell = measure(row[c], r);
    return Math.min(textWidthTwips(cell.text, SIZES.table, { bold: cell.bold }) + padding, total);
  })));
  const sumMin = minimum.reduce((a, b) => a + b, 0);
  const sumNatural = natural.reduce((a, b) => a + b, 0);
  let widths: number[];
  if (sumNatural <= total) widths = natural.map((n) => Math.floor((n / sumNatural) * total));
  else if (sumMin >= total) widths = minimum.map((m) => Math.floor((m / sumMin) * total));
  else {
    const spare = total - sumMin;
    const wanted = sumNatural - sumMin;
    widths = minimum.map((m, c) => m + Math.floor(((natural[c] - m) / wanted) * spare));
  }
  widths[widths.indexOf(maxOf(-Infinity, widths))] += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/** The largest of `list` and `least`, without spreading the list into arguments (a long table overflowed the stack). */
function maxOf(least: number, list: readonly number[]): number {
  let most = least;
  for (const n of list) if (n > most) most = n;
  return most;
}
