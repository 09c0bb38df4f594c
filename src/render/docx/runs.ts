import type { Run } from '../blocks.js';
import { halfPoints } from './page.js';
import { breakRun, deletedRun, insertedRun, textRun, type Revision, type Xml } from './wordml.js';
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
  take(): Revision {
    return { id: this.next++, author: this.author, date: `${this.date}T00:00:00Z` };
  }
}

/** Runs as DOCX runs: Times New Roman on every run (ascii, hAnsi, eastAsia, cs), black. */
export function docxRuns(runs: Run[], style: RunStyle, revisions: Revisions): Xml {
  let out = '';
  const size = halfPoints(style.size);
  for (const run of runs) {
    const props = { size, bold: run.bold ?? style.bold, italics: style.italics || run.italics };
    const text = xmlText(run.text);
    if (run.change === 'ins') out += insertedRun(text, props, revisions.take());
    else if (run.change === 'del') out += deletedRun(text, props, revisions.take());
    else out += textRun(text, props);
    if (run.lineBreak) out += breakRun(size);
  }
  return out;
}

/** The change of a paragraph all of whose text is inserted (or all deleted): its mark is then a revision too. */
export function wholeChange(runs: readonly Run[]): 'ins' | 'del' | undefined {
  const kind = runs[0]?.change;
  return kind !== undefined && runs.every((r) => r.change === kind) && runs.some((r) => r.text !== '') ? kind : undefined;
}
