import { QUOC_HIEU, TIEU_NGU, plain, runsText, type Composition, type Run } from '../blocks.js';
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

/** Sizes of the header's lines (points, within the decree's ranges as far as they go) and where each row's columns part. */
interface HeaderFit {
  /** Width of the issuers' column (the first row) and of the Số line's (the second row), in twips. */
  left: number;
  numberLeft: number;
  quocHieu: number;
  tieuNgu: number;
  number: number;
  placeDate: number;
}

/**
 * The columns and sizes that put the Quốc hiệu, the Số line and the place-and-date line on one line
 * each. The first row is split for the Quốc hiệu (about 96 mm at 13 pt); the second row, Số and
 * place-and-date, is split where its two lines fit: under the first row's split when they fit
 * there, else wherever they both fit, else with the place-and-date line at the decree's smaller
 * 13 pt, and only then with a smaller Số line (never wrapped).
 */
export function fitHeader(number: string, placeDate: string, total: number): HeaderFit {
  const width = (text: string, size: number, style: TextStyle, slack: number) => textWidthTwips(text, size, style) + slack + INNER_MARGIN;
  const right = Math.max(width(QUOC_HIEU, SIZES.quocHieu, { bold: true }, QUOC_HIEU_SLACK), width(TIEU_NGU, SIZES.tieuNgu, { bold: true }, QUOC_HIEU_SLACK));
  const left = total - right;
  const tries = [
    { number: 13, placeDate: 14 }, { number: 13, placeDate: 13 },
    ...[12.5, 12, 11.5, 11, 10.5, 10, 9.5, 9].map((size) => ({ number: size, placeDate: 13 })),
  ];
  let fit: HeaderFit | undefined;
  for (const t of tries) {
    const n = width(number, t.number, {}, NUMBER_SLACK);
    const p = width(placeDate, t.placeDate, { italics: true }, NUMBER_SLACK);
    const numberLeft = n <= left && p <= total - left ? left : n > left ? n : total - p;
    fit = { left, numberLeft, quocHieu: SIZES.quocHieu, tieuNgu: SIZES.tieuNgu, ...t };
    if (n + p <= total) return fit;
  }
  return fit!;
}

/**
 * The two-column header of page 1 (Phụ lục I): issuers on the left with a short rule and the
 * number under them; Quốc hiệu and Tiêu ngữ on the right with a rule as long as the Tiêu ngữ and
 * the italic place-and-date line on the same row as the number. The right column is sized for
 * the Quốc hiệu on one line (about 96 mm at 13 pt); the issuers may wrap, never inside a name. A
 * parent body's line is upright, the issuer's bold (II.2.b); a little space parts stacked bodies.
 */
export function headerTable(c: Composition, page: PageSetup, revisions: Revisions): Xml {
  const total = textWidth(page) + HEADER_OUTDENT;
  const fit = fitHeader(runsText(c.header.number), runsText(c.header.placeDate), total);
  const { left, numberLeft } = fit;
  const right = total - left;
  const leftText = left - INNER_MARGIN;
  const rightText = right - INNER_MARGIN;
  const names = c.names ?? [];

  const centred = (runs: Run[], size: number, style: { bold?: boolean; italics?: boolean } = {}, before = 0) => paragraph({
    alignment: 'center',
    spacing: { before, after: 0, line: BODY.line },
    whole: wholeChange(runs),
  }, docxRuns(runs, { size, ...style }, revisions));

  const issuerWidth = Math.max(...c.header.issuers.map((l) => textWidthTwips(runsText(l), SIZES.issuer, { bold: true })));
  const issuerRule = clamp(Math.round(Math.min(issuerWidth, leftText) * 0.4), 567, leftText);
  const tieuNguRule = textWidthTwips(TIEU_NGU, fit.tieuNgu, { bold: true });

  // One grid for both rows: where the first row parts, and where the second does if elsewhere.
  const grid = numberLeft === left ? [left, right] : [Math.min(left, numberLeft), Math.abs(left - numberLeft), total - Math.max(left, numberLeft)];
  const spans = (leftWidth: number): [number, number] => (grid.length === 2 ? [1, 1] : leftWidth === grid[0] ? [1, 2] : [2, 1]);
  const [issuerSpan, quocHieuSpan] = spans(left);
  const [numberSpan, placeSpan] = spans(numberLeft);
  const cell = (width: number, side: 'left' | 'right', children: Xml[], span = 1) => tableCell({
    width,
    span,
    margins: side === 'left' ? { left: 0, right: INNER_MARGIN, top: 0, bottom: 0 } : { left: INNER_MARGIN, right: 0, top: 0, bottom: 0 },
    alignTop: true,
  }, children);
  const issuerLine = (line: Run[]) => centred(balanced(line, leftText, SIZES.issuer, { bold: line[0]?.bold !== false }, names), SIZES.issuer,
    { bold: true }, line[0]?.spaceBefore ? STACK_GAP : 0);

  return table({ width: total, indent: -HEADER_OUTDENT, columns: grid, borders: 'none' }, [
    tableRow([
      cell(left, 'left', [...c.header.issuers.map(issuerLine), rule(issuerRule, leftText)], issuerSpan),
      cell(right, 'right', [
        centred(plain(QUOC_HIEU), fit.quocHieu, { bold: true }),
        centred(plain(TIEU_NGU), fit.tieuNgu, { bold: true }),
        rule(tieuNguRule, rightText),
      ], quocHieuSpan),
    ]),
    tableRow([
      cell(numberLeft, 'left', [centred(c.header.number, fit.number, {}, 120)], numberSpan),
      cell(total - numberLeft, 'right', [centred(c.header.placeDate, fit.placeDate, { italics: true }, 120)], placeSpan),
    ]),
  ]);
}

/** Room left beside the Số line (LibreOffice and Word round glyph advances differently). */
const NUMBER_SLACK = 40;

/** Space above the lines of the second and later bodies of a stacked header (3 pt). */
const STACK_GAP = 60;

/** Type name and subject, centred and bold, with a short rule under them. */
export function titleBlock(c: Composition, page: PageSetup, revisions: Revisions): Xml[] {
  const total = textWidth(page);
  const subjectWidth = textWidthTwips(runsText(c.subject), SIZES.subject, { bold: true });
  const ruleWidth = clamp(Math.round(Math.min(subjectWidth, total) * 0.4), 1134, Math.round(total / 2));
  return [
    paragraph({ alignment: 'center', keepNext: true, spacing: { before: 480, after: 0, line: BODY.line }, whole: wholeChange(c.typeName) },
      docxRuns(c.typeName, { size: SIZES.typeName, bold: true }, revisions)),
    paragraph({ alignment: 'center', keepNext: true, keepLines: true, spacing: { before: 0, after: 0, line: BODY.line }, whole: wholeChange(c.subject) },
      docxRuns(balanced(c.subject, total, SIZES.subject, { bold: true }, c.names ?? []), { size: SIZES.subject, bold: true }, revisions)),
    rule(ruleWidth, total, 360),
  ];
}

/** A plain line too wide for its cell, broken into even lines; lines with tracked changes are left to Word. */
export function balanced(runs: Run[], available: number, size: number, style: TextStyle, names: readonly string[] = []): Run[] {
  if (runs.length !== 1 || runs[0].change || runs[0].lineBreak) return runs;
  const lines = balanceLine(runs[0].text, available, size, style, names);
  return lines.map((line, i) => ({ ...runs[0], text: line, ...(i < lines.length - 1 ? { lineBreak: true } : {}) }));
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
