/**
 * A few lines of source around a position with a caret under the column, as compilers show.
 * Long lines are cut around the column so the caret stays in view.
 */
export function codeFrame(source: string, line: number, column: number, endColumn?: number, context = 1): string {
  const lines = source.split(/\r?\n/);
  if (line < 1 || line > lines.length) return '';
  const first = Math.max(1, line - context);
  const last = Math.min(lines.length, line + context);
  const width = String(last).length;
  const out: string[] = [];
  const cut = column > 60 ? column - 40 : 0;
  for (let n = first; n <= last; n++) {
    let content = lines[n - 1].replace(/\t/g, '→');
    if (cut > 0) content = '…' + content.slice(cut);
    if (content.length > 100) content = content.slice(0, 99) + '…';
    const marker = n === line ? '>' : ' ';
    out.push(`${marker} ${String(n).padStart(width)} | ${content}`);
    if (n === line) {
      const start = Math.max(1, column - cut + (cut > 0 ? 1 : 0));
      const span = endColumn && endColumn > column ? Math.min(endColumn - column, 60) : 1;
      out.push(`  ${' '.repeat(width)} | ${' '.repeat(start - 1)}${'^'.repeat(span)}`);
    }
  }
  return out.join('\n');
}
