import { QUOC_HIEU, TIEU_NGU, plain, runsText, type Composition, type Run, type SignatureBlock } from '../blocks.js';
import { BODY, SIZES, halfPoints, type PageSetup, textWidth } from './page.js';
import { docxRuns, wholeChange, type Revisions } from './runs.js';
import { textWidthTwips, type TextStyle } from './text-width.js';
import { balanceLine } from './balance.js';
import { paragraph, table, tableCell, tableRow, type Xml } from './wordml.js';

/** Space between a cell's text and the next column; the outer edges sit on the page margins. */
const INNER_MARGIN = 57;
/** Room left beside the Quốc hiệu, so it stays on one line even with a slightly wider font. */
const QUOC_HIEU_SLACK = 110;
/**
 * The header reaches 2 mm into the left margin, as the decree's own Word templates do: the
 * issuers' column then holds "Số:      /CTr-HĐND-UBND-MTTQ" on one line at 13 pt.
 */
const HEADER_OUTDENT = 113;

/**
 * The two-column header of page 1 (Phụ lục I): issuers on the left with a short rule and the
 * number under them; Quốc hiệu and Tiêu ngữ on the right with a rule as long as the Tiêu ngữ and
 * the italic place-and-date line on the same row as the number. The right column is sized for
 * the Quốc hiệu on one line (about 96 mm at 13 pt); the issuers may wrap.
 */
export function headerTable(c: Composition, page: PageSetup, revisions: Revisions): Xml {
  const total = textWidth(page) + HEADER_OUTDENT;
  const right = textWidthTwips(QUOC_HIEU, SIZES.quocHieu, { bold: true }) + QUOC_HIEU_SLACK + INNER_MARGIN;
  const left = total - right;
  const leftText = left - INNER_MARGIN;
  const rightText = right - INNER_MARGIN;

  const centred = (runs: Run[], size: number, style: { bold?: boolean; italics?: boolean } = {}, before = 0) => paragraph({
    alignment: 'center',
    spacing: { before, after: 0, line: BODY.line },
    whole: wholeChange(runs),
  }, docxRuns(runs, { size, ...style }, revisions));

  const issuerWidth = Math.max(...c.header.issuers.map((l) => textWidthTwips(runsText(l), SIZES.issuer, { bold: true })));
  const issuerRule = clamp(Math.round(Math.min(issuerWidth, leftText) * 0.4), 567, leftText);
  const tieuNguRule = textWidthTwips(TIEU_NGU, SIZES.tieuNgu, { bold: true });

  const cell = (width: number, side: 'left' | 'right', children: Xml[]) => tableCell({
    width,
    margins: side === 'left' ? { left: 0, right: INNER_MARGIN, top: 0, bottom: 0 } : { left: INNER_MARGIN, right: 0, top: 0, bottom: 0 },
    alignTop: true,
  }, children);

  return table({ width: total, indent: -HEADER_OUTDENT, columns: [left, right], borders: 'none' }, [
    tableRow([
      cell(left, 'left', [
        ...c.header.issuers.map((line) => centred(balanced(line, leftText, SIZES.issuer, { bold: true }), SIZES.issuer, { bold: true })),
        rule(issuerRule, leftText),
      ]),
      cell(right, 'right', [
        centred(plain(QUOC_HIEU), SIZES.quocHieu, { bold: true }),
        centred(plain(TIEU_NGU), SIZES.tieuNgu, { bold: true }),
        rule(tieuNguRule, rightText),
      ]),
    ]),
    tableRow([
      cell(left, 'left', [centred(c.header.number, SIZES.number, {}, 120)]),
      cell(right, 'right', [centred(c.header.placeDate, SIZES.placeDate, { italics: true }, 120)]),
    ]),
  ]);
}

/** Type name and subject, centred and bold, with a short rule under them. */
export function titleBlock(c: Composition, page: PageSetup, revisions: Revisions): Xml[] {
  const total = textWidth(page);
  const subjectWidth = textWidthTwips(runsText(c.subject), SIZES.subject, { bold: true });
  const ruleWidth = clamp(Math.round(Math.min(subjectWidth, total) * 0.4), 1134, Math.round(total / 2));
  return [
    paragraph({ alignment: 'center', keepNext: true, spacing: { before: 480, after: 0, line: BODY.line }, whole: wholeChange(c.typeName) },
      docxRuns(c.typeName, { size: SIZES.typeName, bold: true }, revisions)),
    paragraph({ alignment: 'center', keepNext: true, keepLines: true, spacing: { before: 0, after: 0, line: BODY.line }, whole: wholeChange(c.subject) },
      docxRuns(balanced(c.subject, total, SIZES.subject, { bold: true }), { size: SIZES.subject, bold: true }, revisions)),
    rule(ruleWidth, total, 360),
  ];
}

/**
 * Signature blocks side by side in borderless rows (2–3 parties: one row; more: rows of up to
 * four), each row unsplittable and kept with the next, so the signatures stay together and on
 * the page of the body's last paragraphs.
 */
export function signatureTables(signatures: SignatureBlock[], page: PageSetup, revisions: Revisions): Xml[] {
  const total = textWidth(page);
  const perRow = signatures.length <= 3 ? signatures.length : Math.min(4, Math.ceil(signatures.length / 2));
  const size = perRow <= 2 ? 14 : 13;
  const columnWidth = Math.floor(total / perRow);
  const rows: SignatureBlock[][] = [];
  for (let i = 0; i < signatures.length; i += perRow) rows.push(signatures.slice(i, i + perRow));
  const out: Xml[] = [];
  const textWidthOfCell = columnWidth - 2 * INNER_MARGIN;
  rows.forEach((row, r) => {
    const last = r === rows.length - 1;
    if (r > 0) out.push(paragraph({ keepNext: true, spacing: { before: 0, after: 0, line: 240 } }));
    const cell = (children: Xml[]) => tableCell({ width: columnWidth, margins: { left: INNER_MARGIN, right: INNER_MARGIN, top: 0, bottom: 0 } }, children);
    const line = (runs: Run[], before: number, keepNext: boolean) => paragraph({
      alignment: 'center', keepNext, keepLines: true, spacing: { before, after: 0, line: BODY.line }, whole: wholeChange(runs),
    }, docxRuns(balanced(runs, textWidthOfCell, size, { bold: true }), { size, bold: true }, revisions));
    // Titles in one row and names in the next, so the names line up whatever the titles' lengths.
    out.push(table({ width: columnWidth * row.length, columns: row.map(() => columnWidth), alignment: 'center', borders: 'none' }, [
      tableRow(row.map((sig) => cell(sig.lines.map((runs, i) => line(runs, i === 0 ? 240 : 0, true))))),
      // Room for the wet signature and the seal above the name.
      tableRow(row.map((sig) => cell([line(sig.name, 1440, !last)]))),
    ]));
  });
  return out;
}

/** A plain line too wide for its cell, broken into even lines; lines with tracked changes are left to Word. */
function balanced(runs: Run[], available: number, size: number, style: TextStyle): Run[] {
  if (runs.length !== 1 || runs[0].change || runs[0].lineBreak) return runs;
  const lines = balanceLine(runs[0].text, available, size, style);
  return lines.map((line, i) => ({ ...runs[0], text: line, ...(i < lines.length - 1 ? { lineBreak: true } : {}) }));
}

/** "Nơi nhận:" 12 pt bold italic, flush left; one recipient a line at 11 pt. */
export function recipientParagraphs(recipients: Run[][], revisions: Revisions): Xml[] {
  if (recipients.length === 0) return [];
  return [
    paragraph({ keepNext: true, spacing: { before: 360, after: 0, line: 240 } },
      docxRuns(plain('Nơi nhận:'), { size: SIZES.noiNhanLabel, bold: true, italics: true }, revisions)),
    ...recipients.map((line, i) => paragraph({ keepNext: i < 1, spacing: { before: 0, after: 0, line: 240 }, whole: wholeChange(line) },
      docxRuns(line, { size: SIZES.recipient }, revisions))),
  ];
}

/** A horizontal rule of `width` twips, centred in `available`: an empty paragraph's top border, its mark tiny. */
function rule(width: number, available: number, after = 0): Xml {
  const side = Math.max(0, Math.floor((available - width) / 2));
  return paragraph({
    indent: { left: side, right: side },
    // A little air above, so the rule reads as a rule and not as an underline.
    spacing: { before: 60, after, line: 240 },
    topBorder: true,
    markSize: halfPoints(2),
  });
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
