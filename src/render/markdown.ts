import { QUOC_HIEU, TIEU_NGU, type Block, type Composition, type Run } from './blocks.js';

/**
 * The same document as Markdown that reads like the document on GitHub or GitLab, and as a
 * reviewer's view in a pull request: header table, centred title, sections, signatures side by
 * side, recipients, annex. Tracked changes show as <ins>…</ins> and ~~…~~.
 */
export function writeMarkdown(c: Composition): string {
  const out: string[] = [];
  const cellLines = (lines: Run[][]) => lines.map((l) => inline(l, { table: true })).join('<br>');

  out.push(`| ${cellLines(c.header.issuers.map(bold))} | ${inline(bold([{ text: QUOC_HIEU }]), { table: true })}<br>${inline(bold([{ text: TIEU_NGU }]), { table: true })} |`);
  out.push('|:---:|:---:|');
  out.push(`| ${inline(c.header.number, { table: true })} | ${inline(italic(c.header.placeDate), { table: true })} |`);
  out.push('');
  out.push(centred([bold(c.typeName), bold(c.subject)]));
  out.push('');
  pushAll(out, blocks(c.body));

  const signatures = c.signatures;
  out.push(`| ${signatures.map((s) => cellLines([...s.lines.map(bold), [], [], bold(s.name)])).join(' | ')} |`);
  out.push(`|${signatures.map(() => ':---:').join('|')}|`);
  out.push('');
  if (c.recipients.length > 0) {
    out.push('***Nơi nhận:***', '');
    // The runs say "- …;" as the document prints them; Markdown makes its own dash.
    pushAll(out, c.recipients.map((r) => `- ${inline(withoutDash(r))}`));
    out.push('');
  }
  if (c.annex.length > 0) {
    out.push('---');
    out.push('');
    pushAll(out, blocks(c.annex));
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

function blocks(list: Block[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const block = list[i];
    switch (block.type) {
      case 'heading':
        out.push(`${'#'.repeat(block.level + 1)} ${inline(block.runs, { heading: true })}`, '');
        break;
      case 'paragraph':
        out.push(inline(block.runs), '');
        break;
      case 'item': {
        const items: string[] = [];
        while (i < list.length && list[i].type === 'item') items.push(`- ${inline((list[i++] as { runs: Run[] }).runs)}`);
        i--;
        pushAll(out, items);
        out.push('');
        break;
      }
      case 'centered': {
        const lines: Run[][] = [];
        while (i < list.length && list[i].type === 'centered') lines.push((list[i++] as { runs: Run[] }).runs);
        i--;
        out.push(centred(lines), '');
        break;
      }
      case 'table': {
        const [head, ...rows] = block.rows;
        const columns = block.rows.reduce((most, r) => Math.max(most, r.length), 0);
        const row = (cells: Run[][]) => `| ${Array.from({ length: columns }, (_, c) => inline(cells[c] ?? [], { table: true })).join(' | ')} |`;
        out.push(row(head), `|${Array.from({ length: columns }, () => '---').join('|')}|`, ...rows.map(row), '');
        break;
      }
    }
  }
  return out;
}

/** Centred lines: GitHub honours align on a div, and Markdown inside it after a blank line. */
function centred(lines: Run[][]): string {
  return `<div align="center">\n\n${lines.map((l) => inline(l)).join('\\\n')}\n\n</div>`;
}

const bold = (runs: Run[]): Run[] => runs.map((r) => (r.bold === false ? r : { ...r, bold: true }));
const italic = (runs: Run[]): Run[] => runs.map((r) => ({ ...r, italics: true }));

/** Runs as inline Markdown; literal characters Markdown would read as syntax are escaped. */
function withoutDash(runs: Run[]): Run[] {
  if (runs.length === 0) return runs;
  return [{ ...runs[0], text: runs[0].text.replace(/^- /, '') }, ...runs.slice(1)];
}

function inline(runs: Run[], options: { table?: boolean; heading?: boolean } = {}): string {
  let out = '';
  for (const [index, run] of runs.entries()) {
    let text = escapeMarkdown(run.text, { table: options.table, heading: options.heading, lineStart: (index === 0 || Boolean(runs[index - 1].lineBreak)) && !options.heading && !options.table });
    const core = text.trim();
    if (core !== '') {
      const lead = text.slice(0, text.indexOf(core));
      const trail = text.slice(text.indexOf(core) + core.length);
      let marked = core;
      if (run.bold && run.italics) marked = `***${marked}***`;
      else if (run.bold) marked = `**${marked}**`;
      else if (run.italics) marked = `*${marked}*`;
      if (run.change === 'ins') marked = `<ins>${marked}</ins>`;
      if (run.change === 'del') marked = `~~${marked}~~`;
      text = lead + marked + trail;
    }
    out += text;
    // An ATX heading is one line: a break inside it is HTML, as in a table cell.
    if (run.lineBreak) out += options.table || options.heading ? '<br>' : '\\\n';
  }
  return out;
}

function escapeMarkdown(text: string, options: { table?: boolean; heading?: boolean; lineStart?: boolean }): string {
  // A raw line end inside a run (a title from YAML) shows as a space in Word: here too, or the next line could start a block.
  let escaped = text.replace(/[ \t]*(?:\r\n?|\n)[ \t]*/g, ' ')
    .replace(/[\\`*_[\]<>~]/g, (c) => `\\${c}`)
    // "&amp;" or "&#35;" typed in the document would show as "&" or "#".
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
  if (options.table) escaped = escaped.replace(/\|/g, '\\|');
  // Trailing "#"s of a heading would be read as its closing sequence and dropped.
  if (options.heading) escaped = escaped.replace(/#/g, '\\#');
  if (!options.lineStart) return escaped;
  // A paragraph starting like a heading, a list or a quote would become one; one starting like a
  // rule, a setext underline ("===", "---") or a table's delimiter row ("|---|", ":--") too.
  return escaped
    .replace(/^(\s*)(#{1,6}|[>+-]|\d+[.)])(?=\s|$)/, (_m, space: string, mark: string) => `${space}${mark.replace(/([#>+\-.)])$/, '\\$1')}`)
    .replace(/^(\s*)([=|]|-(?=[-:|])|:(?=-))/, '$1\\$2');
}

/** push(...list) passes every member as an argument: a document of 20,000 items overflowed the stack. */
function pushAll<T>(out: T[], list: readonly T[]): void {
  for (const member of list) out.push(member);
}
