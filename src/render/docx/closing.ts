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
  // Every paragraph of the signature rows is kept with the next (Word keeps a row with the next
  // when its paragraphs are; LibreOffice keeps a table with what follows), every row unsplittable.
  rows.forEach((row, r) => {
    if (r > 0) content.push(paragraph({ keepNext: true, spacing: { before: 0, after: 0, line: 240 } }));
    const cell = (width: number, children: Xml[]) => tableCell({ width, margins: { left: INNER_MARGIN, right: INNER_MARGIN, top: 0, bottom: 0 } }, children);
    content.push(table({ width: row.widths.reduce((a, b) => a + b, 0), columns: row.widths, alignment: 'center', borders: 'none' }, [
      // Titles in one row and names in the next, so the names line up whatever the titles' lengths.
      tableRow(row.blocks.map((sig, i) => cell(row.widths[i],
        sig.lines.map((runs, k) => signatureLine(runs, k === 0 ? 240 : 0, row.widths[i] - 2 * INNER_MARGIN, row.size, options, true))))),
      tableRow(row.blocks.map((sig, i) => cell(row.widths[i],
        [signatureLine(sig.name, mmToTwips(options.signatureSpaceMm), row.widths[i] - 2 * INNER_MARGIN, row.size, options, true)]))),
    ]));
  });
  content.push(...recipientBlock(recipients, total, options.revisions, signaturesHeight(rows, options.signatureSpaceMm), options.page));
  return content;
}

/** One signer's column: title lines, the room for signature and seal, the name. */
function signatureColumn(sig: SignatureBlock, width: number, size: number, options: ClosingOptions): Xml[] {
  const text = width - 2 * INNER_MARGIN;
  return [
    ...sig.lines.map((runs, k) => signatureLine(runs, k === 0 ? 240 : 0, text, size, options)),
    signatureLine(sig.name, mmToTwips(options.signatureSpaceMm), text, size, options),
  ];
}

function signatureLine(runs: Run[], before: number, available: number, size: number, options: ClosingOptions, keepNext = false): Xml {
  return paragraph({ alignment: 'center', keepLines: true, keepNext, spacing: { before, after: 0, line: BODY.line }, whole: wholeChange(runs) },
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
    const rows: SignatureRow[] = [];
    for (let i = 0; i < signatures.length; i += perRow) {
      const blocks = signatures.slice(i, i + perRow);
      const equal = Math.floor(total / perRow);
      // The decree's 13 pt (14 for one or two signers); 12 only where names would not fit whole at 13.
      const sizes = perRow <= 2 ? [14, 13] : [13, 12];
      for (const size of sizes) {
        const needs = blocks.map((b) => Math.min(signatureNeed(b, size, names, equal), total));
        const sum = needs.reduce((a, b) => a + b, 0);
        const nameSum = blocks.reduce((a, b) => a + nameWidth(b, size) + 2 * INNER_MARGIN, 0);
        if (nameSum > total && size !== sizes[sizes.length - 1]) continue;
        let widths = sum <= total ? needs.map((n) => n + Math.floor((total - sum) / blocks.length)) : blocks.map(() => equal);
        // Rows of fewer signers keep the widths of a full row, centred.
        if (blocks.length < perRow && sum <= equal * blocks.length) widths = blocks.map((_, k) => Math.max(equal, needs[k]));
        if (sum > total && nameSum <= total) widths = blocks.map((b) => nameWidth(b, size) + 2 * INNER_MARGIN + Math.floor((total - nameSum) / blocks.length));
        rows.push({ blocks, widths, size });
        break;
      }
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

/** Height of the signature rows, in twips. */
function signaturesHeight(rows: SignatureRow[], spaceMm: number): number {
  return rows.reduce((sum, row) => sum + 240 + Math.max(...row.blocks.map((b) => b.lines.length + 1)) * lineTwips(row.size, BODY.line)
    + mmToTwips(spaceMm) + lineTwips(row.size, BODY.line) + 240, 0);
}

/**
 * "Nơi nhận" under the signatures: one column, or two or three when the signatures, the list and
 * the body's last lines would not fit on one page otherwise.
 */
function recipientBlock(recipients: Run[][], total: number, revisions: Revisions, above: number, page: PageSetup): Xml[] {
  const pageText = 16838 - mmToTwips(page.margins.top) - mmToTwips(page.margins.bottom) - 6 * lineTwips(page.bodySize, BODY.line);
  const height = (columns: number) => above + 360 + lineTwips(SIZES.noiNhanLabel) + Math.ceil(recipients.length / columns) * lineTwips(SIZES.recipient) * (columns > 2 ? 1.3 : 1);
  if (height(1) <= pageText || recipients.length < 8) return recipientParagraphs(recipients, revisions, 360);
  const count = height(2) <= pageText ? 2 : 3;
  const per = Math.ceil(recipients.length / count);
  const column = Math.floor(total / count);
  const cell = (children: Xml[]) => tableCell({ width: column, margins: { left: 0, right: INNER_MARGIN, top: 0, bottom: 0 }, alignTop: true }, children);
  // The other columns start level with the first recipient, under the label's line.
  const label = () => paragraph({ keepNext: true, spacing: { before: 360, after: 0, line: 240 } }, docxRuns(plain(' '), { size: SIZES.noiNhanLabel }, revisions));
  const cells = Array.from({ length: count }, (_, k) => recipients.slice(k * per, (k + 1) * per));
  return [table({ width: column * count, columns: cells.map(() => column), borders: 'none' }, [tableRow(cells.map((lines, k) => cell(k === 0
    ? recipientParagraphs(lines, revisions, 360, false)
    : [label(), ...lines.map((line) => recipientLine(line, revisions))])))])];
}

/** "Nơi nhận:" 12 pt bold italic, flush left; one recipient a line at 11 pt. */
export function recipientParagraphs(recipients: Run[][], revisions: Revisions, before: number, keep = true): Xml[] {
  if (recipients.length === 0) return [paragraph({ spacing: { before: 0, after: 0 } })];
  return [
    paragraph({ keepNext: true, spacing: { before, after: 0, line: 240 } },
      docxRuns(plain('Nơi nhận:'), { size: SIZES.noiNhanLabel, bold: true, italics: true }, revisions)),
    ...recipients.map((line, i) => recipientLine(line, revisions, keep && i < recipients.length - 1)),
  ];
}

function recipientLine(line: Run[], revisions: Revisions, keepNext = false): Xml {
  return paragraph({ keepNext, spacing: { before: 0, after: 0, line: 240 }, whole: wholeChange(line) }, docxRuns(line, { size: SIZES.recipient }, revisions));
}

