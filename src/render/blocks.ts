/**
 * The block model every writer consumes (DOCX, Markdown, and a redline): a rendered document is
 * a fixed frame (header, title, signatures, recipients), whose layout the writers own, around
 * body blocks that come from a template. All text is in runs, so any piece of it — a signer's
 * name as much as a body sentence — can be marked inserted or deleted.
 */

import type { DocumentKind } from '../model/document.js';

/** A stretch of text with one formatting. Numbers ("1.", "a)") are literal text, never list numbering. */
export interface Run {
  text: string;
  bold?: boolean;
  italics?: boolean;
  /** A tracked change: the DOCX writer emits a revision (w:ins / w:del), Markdown <ins> / ~~…~~. */
  change?: 'ins' | 'del';
  /** A line break after this run, inside the same paragraph. */
  lineBreak?: boolean;
  /**
   * Starts the lines of another body in a stacked header: a little space above its paragraph.
   * (`bold: false` on a run prints it upright where the writer would make it bold: a parent body.)
   */
  spaceBefore?: boolean;
}

export type Block = BlockContent & {
  /**
   * The data unit the block prints ("noi_dung.2": the third content item), when the template says
   * so (`@phan`): a redline pairs paragraphs only within units the semantic diff paired.
   */
  unit?: string;
};

export type BlockContent =
  /** A body paragraph: justified, first-line indent. */
  | { type: 'paragraph'; runs: Run[] }
  /** A heading, bold and kept with what follows: level 1 "I. MỤC ĐÍCH, YÊU CẦU", 2 "1. Mục đích", 3 "Điều 1. …" or a minor heading. */
  | { type: 'heading'; level: 1 | 2 | 3; runs: Run[] }
  /** A centred bold line ("Chương I", a chapter title, "PHỤ LỤC"). */
  | { type: 'centered'; runs: Run[] }
  /** A dash item: the writers print "- " before the runs. */
  | { type: 'item'; runs: Run[] }
  /** A table; the first row is the header row. */
  | { type: 'table'; rows: Run[][][] };

export interface SignatureBlock {
  /** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH": capitals, bold. */
  lines: Run[][];
  /** The signer's name, bold, under the room for the signature and seal. */
  name: Run[];
}

/** Everything a writer needs to lay out one document. */
export interface Composition {
  kind: DocumentKind;
  header: {
    /** The issuers' names in the top left, one entry per line, in capitals. */
    issuers: Run[][];
    /** "Số: 01/CTr-HĐND-UBND-MTTQ", or "Số:      /CTr-…" for a draft. */
    number: Run[];
    /** "Sóc Sơn, ngày 27 tháng 02 năm 2020" (the writers print it in italics). */
    placeDate: Run[];
  };
  /** "CHƯƠNG TRÌNH", "QUY CHẾ", "BÁO CÁO". */
  typeName: Run[];
  /** The trích yếu, bold, under the type name. */
  subject: Run[];
  /** What the template made: căn cứ, enacting sentence, sections, closing "./.". */
  body: Block[];
  /** One per party, in the order of `ben`. */
  signatures: SignatureBlock[];
  /** "- …;" lines, the last "- Lưu: VT, …." (the writers add "- " and the punctuation is already there). */
  recipients: Run[][];
  /** Blocks after the signatures, on a new page (the annex table). */
  annex: Block[];
  /** Date of the document, for file metadata and revision marks (ISO date, YYYY-MM-DD). */
  date: string;
  /** Title for the file's properties. */
  title: string;
  /** Names a line of the header, the trích yếu or a signature never breaks inside: the locality's own. */
  names?: string[];
  /** Facts the page does not show, kept as a custom file property for `cochuong import` (JSON). */
  unprinted?: string;
}

export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';

export function plain(text: string): Run[] {
  return [{ text }];
}

/** The text of runs, leaving out deleted runs (what the document says after its changes). */
export function runsText(runs: Run[]): string {
  return runs.filter((r) => r.change !== 'del').map((r) => r.text + (r.lineBreak ? '\n' : '')).join('');
}
