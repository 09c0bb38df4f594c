import type { Lang } from '../report/style.js';
import type { DocumentDiff } from './model.js';
import { describeDiff, type Segment } from './describe.js';
import { KIND_WORDS, pick } from './labels.js';

/**
 * The diff as Markdown, for meeting notes and pull requests: a heading, the summary in bold, one
 * list per section; deleted words ~~struck through~~, inserted words **in bold**.
 */
export function formatMarkdown(diff: DocumentDiff, lang: Lang): string {
  const described = describeDiff(diff, lang);
  const out: string[] = [`## ${escape(described.title)}`, ''];
  if (described.subtitle) out.push(escape(described.subtitle), '');
  out.push(`**${escape(described.summary)}**`, '');
  if (described.hidden) out.push(`_${escape(described.hidden)}_`, '');
  for (const group of described.groups) {
    out.push(`### ${escape(group.title)}`, '');
    for (const line of group.lines) {
      const value = line.value && line.value.length > 0 ? segments(line.value) : '';
      const what = escape(line.what);
      const head = what && value ? `${what}: ${value}` : what || value;
      out.push(`- **${pick(KIND_WORDS[line.kind], lang)}** ${head}${line.note ? ` _(${escape(line.note)})_` : ''}`);
      for (const row of line.rows) {
        const rowValue = segments(row.value);
        out.push(`${'  '.repeat(row.depth)}- ${escape(row.label)}${rowValue ? `: ${rowValue}` : ''}`);
      }
    }
    out.push('');
  }
  return out.join('\n').replace(/\n+$/, '') + '\n';
}

function segments(parts: Segment[]): string {
  return parts.map((p, i) => {
    if (p.op === 'delete') {
      // "~~old~~**new**" reads as one smudge: keep a space between a replaced and a replacing word.
      const next = parts[i + 1];
      const gap = next?.op === 'insert' && !/\s$/u.test(p.text) && !/^\s/u.test(next.text) ? ' ' : '';
      return wrap(p.text, '~~') + gap;
    }
    if (p.op === 'insert') return wrap(p.text, '**');
    return escape(p.text);
  }).join('');
}

/** Emphasis markers must touch the words: spaces at either end go outside them. */
function wrap(text: string, marker: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/u.exec(text)!;
  return m[2] ? `${m[1]}${marker}${escape(m[2])}${marker}${m[3]}` : text;
}

/** Characters that Markdown would read as formatting, escaped; line breaks folded. */
export function escape(text: string): string {
  return text.replace(/[\\`*_~[\]<>#|]/g, (c) => `\\${c}`).replace(/\s*\n\s*/g, ' ');
}
