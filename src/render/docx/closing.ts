import { plain, runsText, type Run, type SignatureBlock } from '../blocks.js';
import { balanced } from './frame.js';
import { BODY, SIZES, mmToTwips, type PageSetup, textWidth } from './page.js';
import { docxRuns, wholeChange, type Revisions } from './runs.js';
import { textWidthTwips } from './text-width.js';
import { paragraph, table, tableCell, tableRow, type Xml } from './wordml.js';

/**
 * The closing block: the signatures and "Nơi nhận", laid out so that they can never be parted.
 * Everything sits in one borderless table of one row that cannot break across pages (w:cantSplit,
 * which Word and LibreOffice both honour), and the body's last paragraph is kept with it: the
 * signatures, all of "Nơi nhận" and at least the last paragraph of the body share a page, and no
 * page holds recipients alone. With one signer the row has the decree's two columns (Phụ lục I,
 * mẫu 1.1: "Nơi nhận" on the left, the signature on the right); with several, the signature rows
 * (side by side, rows of up to four) and "Nơi nhận" under them, in two columns when the list is so
 * long that the block would not fit on a page.
 */
export interface ClosingOptions {
  page: PageSetup;
  revisions: Revisions;
  /** Room between the signer's title and name for the signature, the seal and the image slot of an electronic signature (mm). */
  signatureSpaceMm: number;
  /** Names no line breaks inside (the locality's). */
  names: readonly string[];
}

/** Ô 7 of Phụ lục I: at least 3 cm for a wet signature and seal, or the signature image of a signed PDF. */
export const DEFAULT_SIGNATURE_SPACE_MM = 30;
/** Twips between a signature column's text and its edge: centred titles stand apart anyway. */
const INNER_MARGIN = 28;
/** Twips a line may need beyond its measured width (LibreOffice and Word round glyph advances). */
const SLACK = 40;

export function closingBlock(signatures: SignatureBlock[], recipients: Run[][], options: ClosingOptions): Xml[] {
  if (signatures.length === 0 && recipients.length === 0) return [];
  const total = textWidth(options.page);
  const noMargins = { left: 0, right: 0, top: 0, bottom: 0 };
  if (signatures.length === 1) {
    // Phụ lục I: "Nơi nhận" flush left level with the title, the signature centred in the right half.
    const right = Math.max(Math.round(total * 0.5), Math.min(total - 2835, signatureNeed(signatures[0], 14, options.names)));
    const left = total - right;
    return [table({ width: total, columns: [left, right], borders: 'none' }, [tableRow([
      tableCell({ width: left, margins: noMargins, alignTop: true }, recipientParagraphs(recipients, options.revisions, 240)),
      tableCell({ width: right, margins: noMargins, alignTop: true }, signatureColumn(signatures[0], right, 14, options)),
    ])])];
  }
  const rows = signatureRows(signatures, total, options.names);
  const content: Xml[] = [];
  rows.forEach((row, r) => {
    if (r > 0) content.push(paragraph({ spacing: { before: 0, after: 0, line: 240 } }));
    content.push(table({ width: row.widths.reduce((a, b) => a + b, 0), columns: row.widths, alignment: 'center', borders: 'none' }, [
      // Titles and names in one cell each, the names at one height whatever the titles' lengths: the
      // titles' row is as tall as the tallest, and every name stands the same space below it.
      tableRow(row.blocks.map((sig, i) => tableCell({ width: row.widths[i], margins: { left: INNER_MARGIN, right: INNER_MARGIN, top: 0, bottom: 0 } },
        sig.lines.map((runs, k) => signatureLine(runs, k === 0 ? 240 : 0, row.widths[i] - 2 * INNER_MARGIN, row.size, options))))),
      tableRow(row.blocks.map((sig, i) => tableCell({ width: row.widths[i], margins: { left: INNER_MARGIN, right: INNER_MARGIN, top: 0, bottom: 0 } },
        [signatureLine(sig.name, mmToTwips(options.signatureSpaceMm), row.widths[i] - 2 * INNER_MARGIN, row.size, options)]))),
    ]));
  });
  content.push(...recipientBlock(recipients, total, options.revisions, estimateHeight(rows, recipients.length)));
  return [table({ width: total, columns: [total], borders: 'none' }, [tableRow([tableCell({ width: total, margins: noMargins }, content)])])];
}

/** One signer's column: title lines, the room for signature and seal, the name. */
function signatureColumn(sig: SignatureBlock, width: number, size: number, options: ClosingOptions): Xml[] {
  const text = width - 2 * INNER_MARGIN;
  return [
    ...sig.lines.map((runs, k) => signatureLine(runs, k === 0 ? 240 : 0, text, size, options)),
    signatureLine(sig.name, mmToTwips(options.signatureSpaceMm), text, size, options),
  ];
}

function signatureLine(runs: Run[], before: number, available: number, size: number, options: ClosingOptions): Xml {
  return paragraph({ alignment: 'center', keepLines: true, spacing: { before, after: 0, line: BODY.line }, whole: wholeChange(runs) },
    docxRuns(balanced(runs, available, size, { bold: true }, options.names), { size, bold: true }, options.revisions));
}

interface SignatureRow { blocks: SignatureBlock[]; widths: number[]; size: number }

/**
 * Two or three signers: one row; four or more: rows of up to four, three when a name or a title
 * would not fit four abreast. Columns are as wide as their names and unbroken titles need
 * ("TM. BAN THƯỜNG TRỰC" on one line), the rest shared out.
 */
function signatureRows(signatures: SignatureBlock[], total: number, names: readonly string[]): SignatureRow[] {
  const layout = (perRow: number): SignatureRow[] => {
    const size = perRow <= 2 ? 14 : 13;
    const rows: SignatureRow[] = [];
    for (let i = 0; i < signatures.length; i += perRow) {
      const blocks = signatures.slice(i, i + perRow);
      const equal = Math.floor(total / perRow);
      const needs = blocks.map((b) => Math.min(signatureNeed(b, size, names, equal), total));
      const sum = needs.reduce((a, b) => a + b, 0);
      let widths = sum <= total ? needs.map((n) => n + Math.floor((total - sum) / blocks.length)) : blocks.map(() => equal);
      // Rows of fewer signers keep the widths of a full row, centred.
      if (blocks.length < perRow && sum <= equal * blocks.length) widths = blocks.map((_, k) => Math.max(equal, needs[k]));
      rows.push({ blocks, widths, size });
    }
    return rows;
  };
  const perRow = signatures.length <= 3 ? signatures.length : Math.min(4, Math.ceil(signatures.length / 2));
  const first = layout(perRow);
  const fits = (rows: SignatureRow[]) => rows.every((row) => row.blocks.every((b, k) => nameWidth(b, row.size) + 2 * INNER_MARGIN <= row.widths[k]));
  return fits(first) || perRow < 4 ? first : layout(3);
}

function nameWidth(sig: SignatureBlock, size: number): number {
  return textWidthTwips(runsText(sig.name), size, { bold: true }) + SLACK;
}

/**
 * The width a signer's column needs: its name whole, and each title line whole when that is
 * reasonable (not much wider than an equal share), else as balanced onto lines of that share.
 */
function signatureNeed(sig: SignatureBlock, size: number, names: readonly string[], share = Infinity): number {
  const widths = sig.lines.map((runs) => {
    const whole = textWidthTwips(runsText(runs), size, { bold: true }) + SLACK;
    if (whole <= share * 1.25) return whole;
    const lines = balanced(runs, share - 2 * INNER_MARGIN, size, { bold: true }, names).map((r) => r.text);
    return Math.max(...lines.map((l) => textWidthTwips(l, size, { bold: true }) + SLACK));
  });
  return Math.max(nameWidth(sig, size), ...widths) + 2 * INNER_MARGIN;
}

/** Page height in twips a block of this many lines at `pt` takes. */
const lineTwips = (pt: number, line = 240) => Math.round(pt * 20 * 1.15 * (line / 240));

/** Rough height of the signature rows plus "Nơi nhận" in one column, to choose one or two columns. */
function estimateHeight(rows: SignatureRow[], recipients: number): number {
  const signatures = rows.reduce((sum, row) => sum + 240 + Math.max(...row.blocks.map((b) => b.lines.length * 2)) * lineTwips(row.size, BODY.line)
    + 1701 + lineTwips(row.size, BODY.line) + 240, 0);
  return signatures + 360 + lineTwips(SIZES.noiNhanLabel) + recipients * lineTwips(SIZES.recipient);
}

/** "Nơi nhận" under the signatures: one column, or two when the whole block would not fit on a page. */
function recipientBlock(recipients: Run[][], total: number, revisions: Revisions, height: number): Xml[] {
  // Text height of A4 with the largest margins the decree allows (25 + 25 mm), less the body's last lines.
  const pageText = 16838 - 2 * mmToTwips(25) - 4 * lineTwips(14, BODY.line);
  if (height <= pageText || recipients.length < 8) return recipientParagraphs(recipients, revisions, 360);
  const half = Math.ceil(recipients.length / 2);
  const column = Math.floor(total / 2);
  const cell = (lines: Run[][], label: boolean) => tableCell({ width: column, margins: { left: 0, right: INNER_MARGIN, top: 0, bottom: 0 }, alignTop: true },
    label ? recipientParagraphs(lines, revisions, 360) : [paragraph({ spacing: { before: 360, after: 0, line: 240 } },
      docxRuns(plain(' '), { size: SIZES.noiNhanLabel }, revisions)), ...lines.map((line) => recipientLine(line, revisions))]);
  return [table({ width: column * 2, columns: [column, column], borders: 'none' }, [tableRow([cell(recipients.slice(0, half), true), cell(recipients.slice(half), false)])])];
}

/** "Nơi nhận:" 12 pt bold italic, flush left; one recipient a line at 11 pt. */
export function recipientParagraphs(recipients: Run[][], revisions: Revisions, before: number): Xml[] {
  if (recipients.length === 0) return [paragraph({ spacing: { before: 0, after: 0 } })];
  return [
    paragraph({ spacing: { before, after: 0, line: 240 } },
      docxRuns(plain('Nơi nhận:'), { size: SIZES.noiNhanLabel, bold: true, italics: true }, revisions)),
    ...recipients.map((line) => recipientLine(line, revisions)),
  ];
}

function recipientLine(line: Run[], revisions: Revisions): Xml {
  return paragraph({ spacing: { before: 0, after: 0, line: 240 }, whole: wholeChange(line) }, docxRuns(line, { size: SIZES.recipient }, revisions));
}

