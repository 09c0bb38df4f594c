import { DeletedTextRun, InsertedTextRun, TextRun, type ParagraphChild } from 'docx';
import type { Run } from '../blocks.js';
import { FONT, halfPoints } from './page.js';
import { xmlText } from './xml-text.js';

/** Formatting a writer applies on top of a run's own (a signature line is bold whatever its runs say). */
export interface RunStyle {
  size: number;
  bold?: boolean;
  italics?: boolean;
}

/**
 * Numbers tracked changes within one document: every w:ins / w:del needs its own id. The date
 * is the document's, so a redline renders byte-identical too.
 */
export class Revisions {
  private next = 1;
  constructor(readonly date: string, readonly author = 'cochuong') {}
  take(): { id: number; author: string; date: string } {
    return { id: this.next++, author: this.author, date: `${this.date}T00:00:00Z` };
  }
}

/** Runs as DOCX runs: Times New Roman on every run (ascii, hAnsi, eastAsia, cs), black. */
export function docxRuns(runs: Run[], style: RunStyle, revisions: Revisions): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const run of runs) {
    const options = {
      text: xmlText(run.text),
      font: FONT,
      size: halfPoints(style.size),
      bold: style.bold || run.bold || undefined,
      italics: style.italics || run.italics || undefined,
      color: '000000',
    };
    if (run.change === 'ins') out.push(new InsertedTextRun({ ...options, ...revisions.take() }));
    else if (run.change === 'del') out.push(new DeletedTextRun({ ...options, ...revisions.take() }));
    else out.push(new TextRun(options));
    if (run.lineBreak) out.push(new TextRun({ break: 1, font: FONT, size: halfPoints(style.size) }));
  }
  return out;
}
