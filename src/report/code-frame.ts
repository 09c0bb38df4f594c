import { escapeControl } from '../text/control.js';

/** Where each line of the last source starts: thousands of messages in one file split it once. */
let indexed: { source: string; starts: number[] } | undefined;

function lineStarts(source: string): number[] {
  if (indexed?.source === source) return indexed.starts;
  const starts = [0];
  for (let at = source.indexOf('\n'); at !== -1; at = source.indexOf('\n', at + 1)) starts.push(at + 1);
  indexed = { source, starts };
  return starts;
}

function lineAt(source: string, starts: number[], n: number): string {
  const end = n < starts.length ? starts[n] - 1 : source.length;
  const line = source.slice(starts[n - 1], end);
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/**
 * A few lines of source around a position with a caret under the column, as compilers show.
 * Long lines are cut around the column so the caret stays in view; control characters in the
 * source are shown escaped, never sent to the terminal.
 */
export function codeFrame(source: string, line: number, column: number, endColumn?: number, context = 1): string {
  const starts = lineStarts(source);
  if (line < 1 || line > starts.length) return '';
  const first = Math.max(1, line - context);
  const last = Math.min(starts.length, line + context);
  const width = String(last).length;
  const out: string[] = [];
  const cut = column > 60 ? column - 40 : 0;
  for (let n = first; n <= last; n++) {
    let content = lineAt(source, starts, n).replace(/\t/g, '→');
    if (cut > 0) content = '…' + content.slice(cut);
    if (content.length > 100) content = content.slice(0, 99) + '…';
    const marker = n === line ? '>' : ' ';
    out.push(`${marker} ${String(n).padStart(width)} | ${escapeControl(content)}`);
    if (n === line) {
      const start = Math.max(1, column - cut + (cut > 0 ? 1 : 0));
      const span = endColumn && endColumn > column ? Math.min(endColumn - column, 60) : 1;
      out.push(`  ${' '.repeat(width)} | ${' '.repeat(start - 1)}${'^'.repeat(span)}`);
    }
  }
  return out.join('\n');
}
