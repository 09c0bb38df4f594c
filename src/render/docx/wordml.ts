import { FONT } from './page.js';

/**
 * WordprocessingML written as text: the few elements the decree's layout uses, each child in the
 * order the schema requires. It writes the XML the docx library wrote for the same layout, byte for
 * byte, without building and serialising an object per element (most of a render's time).
 */

/** A piece of WordprocessingML. */
export type Xml = string;

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/** Text or an attribute value as XML: the five special characters escaped, C0 controls but tab and line ends dropped. */
export function escapeXml(value: string): string {
  return value.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES[c] ?? '');
}

export type Alignment = 'center' | 'both' | 'left';

export interface ParagraphProps {
  /** A paragraph style of styles.xml ("Heading1"): structure for outline and navigation, not looks. */
  style?: string;
  keepNext?: boolean;
  keepLines?: boolean;
  pageBreakBefore?: boolean;
  /** A single black line along the top of the paragraph (a rule under a title). */
  topBorder?: boolean;
  /** Twips before and after; line spacing in 240ths of a line. */
  spacing: { before: number; after: number; line?: number };
  indent?: { firstLine: number } | { left: number; right: number };
  alignment?: Alignment;
  /** Size of the paragraph mark, in half-points. */
  markSize?: number;
  /** The whole paragraph is a tracked insertion or deletion: its mark becomes a revision (paragraph-marks.ts). */
  whole?: 'ins' | 'del';
}

export function paragraph(props: ParagraphProps, runs: Xml = ''): Xml {
  const { spacing, indent } = props;
  return (props.whole ? `<w:p w:whole="${props.whole}"><w:pPr>` : '<w:p><w:pPr>')
    + (props.style ? `<w:pStyle w:val="${props.style}"/>` : '')
    + (props.keepNext ? '<w:keepNext/>' : '')
    + (props.keepLines ? '<w:keepLines/>' : '')
    + (props.pageBreakBefore ? '<w:pageBreakBefore/>' : '')
    + (props.topBorder ? '<w:pBdr><w:top w:val="single" w:color="000000" w:sz="6" w:space="1"/></w:pBdr>' : '')
    + `<w:spacing w:after="${spacing.after}" w:before="${spacing.before}"${spacing.line === undefined ? '' : ` w:line="${spacing.line}"`}/>`
    + (indent === undefined ? ''
      : 'firstLine' in indent ? `<w:ind w:firstLine="${indent.firstLine}"/>` : `<w:ind w:left="${indent.left}" w:right="${indent.right}"/>`)
    + (props.alignment ? `<w:jc w:val="${props.alignment}"/>` : '')
    + (props.markSize === undefined ? '' : `<w:rPr><w:sz w:val="${props.markSize}"/><w:szCs w:val="${props.markSize}"/></w:rPr>`)
    + `</w:pPr>${runs}</w:p>`;
}

export interface RunProps {
  /** Half-points. */
  size: number;
  bold?: boolean;
  italics?: boolean;
}

const FONTS = `<w:rFonts w:ascii="${FONT}" w:cs="${FONT}" w:eastAsia="${FONT}" w:hAnsi="${FONT}"/>`;

/** Times New Roman on every script (ascii, hAnsi, eastAsia, cs), black. */
function runProperties(props: RunProps): Xml {
  return `<w:rPr>${FONTS}${props.bold ? '<w:b/><w:bCs/>' : ''}${props.italics ? '<w:i/><w:iCs/>' : ''}`
    + `<w:color w:val="000000"/><w:sz w:val="${props.size}"/><w:szCs w:val="${props.size}"/></w:rPr>`;
}

export function textRun(text: string, props: RunProps): Xml {
  return `<w:r>${runProperties(props)}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

/** A line break inside the paragraph, in the size of the text around it. */
export function breakRun(size: number): Xml {
  return `<w:r><w:rPr>${FONTS}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr><w:br/></w:r>`;
}

export interface Revision { id: number; author: string; date: string }

/** A tracked insertion (w:ins) of a run of text. */
export function insertedRun(text: string, props: RunProps, revision: Revision): Xml {
  return `<w:ins ${revisionAttributes(revision)}>${textRun(text, props)}</w:ins>`;
}

/** A tracked deletion (w:del): the text is kept as w:delText. */
export function deletedRun(text: string, props: RunProps, revision: Revision): Xml {
  return `<w:del ${revisionAttributes(revision)}><w:r>${runProperties(props)}<w:delText xml:space="preserve">${escapeXml(text)}</w:delText></w:r></w:del>`;
}

/** A paragraph mark's revision (inside w:pPr/w:rPr). */
export function revisionMark(kind: 'ins' | 'del', revision: Revision): Xml {
  return `<w:${kind} ${revisionAttributes(revision)}/>`;
}

function revisionAttributes(r: Revision): string {
  return `w:id="${r.id}" w:author="${escapeXml(r.author)}" w:date="${escapeXml(r.date)}"`;
}

export interface Sides { top: number; left: number; bottom: number; right: number }

function sides(tag: string, s: Sides): Xml {
  return `<w:${tag}><w:top w:type="dxa" w:w="${s.top}"/><w:left w:type="dxa" w:w="${s.left}"/>`
    + `<w:bottom w:type="dxa" w:w="${s.bottom}"/><w:right w:type="dxa" w:w="${s.right}"/></w:${tag}>`;
}

export interface TableProps {
  /** Twips. */
  width: number;
  columns: number[];
  alignment?: 'center';
  /** Twips from the margin (negative: into it). */
  indent?: number;
  /** No borders (a layout grid), or thin black lines around and between every cell. */
  borders: 'none' | 'single';
  cellMargins?: Sides;
}

const NO_BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} w:val="none" w:color="auto" w:sz="0"/>`).join('');
const SINGLE_BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} w:val="single" w:color="000000" w:sz="4"/>`).join('');

/** A table of fixed layout with explicit column widths. */
export function table(props: TableProps, rows: Xml[]): Xml {
  return `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${props.width}"/>`
    + (props.alignment ? `<w:jc w:val="${props.alignment}"/>` : '')
    + (props.indent === undefined ? '' : `<w:tblInd w:type="dxa" w:w="${props.indent}"/>`)
    + `<w:tblBorders>${props.borders === 'none' ? NO_BORDERS : SINGLE_BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/>`
    + (props.cellMargins ? sides('tblCellMar', props.cellMargins) : '')
    + `</w:tblPr><w:tblGrid>${props.columns.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows.join('')}</w:tbl>`;
}

/** A row that never breaks across pages; a header row repeats on each page. */
export function tableRow(cells: Xml[], options: { header?: boolean } = {}): Xml {
  return `<w:tr><w:trPr><w:cantSplit/>${options.header ? '<w:tblHeader/>' : ''}</w:trPr>${cells.join('')}</w:tr>`;
}

export interface CellProps {
  width: number;
  /** Grid columns the cell spans (rows laid out on different column boundaries). */
  span?: number;
  margins?: Sides;
  alignTop?: boolean;
}

/** A cell ends with a paragraph, as the format requires: an empty one when it has none. */
export function tableCell(props: CellProps, paragraphs: Xml[]): Xml {
  return `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${props.width}"/>`
    + (props.span !== undefined && props.span > 1 ? `<w:gridSpan w:val="${props.span}"/>` : '')
    + (props.margins ? sides('tcMar', props.margins) : '')
    + (props.alignTop ? '<w:vAlign w:val="top"/>' : '')
    + `</w:tcPr>${paragraphs.join('')}${paragraphs.length === 0 ? '<w:p/>' : ''}</w:tc>`;
}
