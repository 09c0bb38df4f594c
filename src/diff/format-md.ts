import type { Lang } from '../report/style.js';
import type { DocumentDiff } from './model.js';
import { describeDiff, type Segment } from './describe.js';
import { KIND_WORDS, pick } from './labels.js';
import { escapeControl } from '../text/control.js';

/**
 * The diff as Markdown, for meeting notes and pull requests: a heading, the summary in bold, one
 * list per section; deleted words in <del>, inserted words in <ins> (struck through and underlined
 * on GitHub and in most Markdown viewers).
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
  return escapeControl(out.join('\n').replace(/\n+$/, '') + '\n');
}

function segments(parts: Segment[]): string {
  return parts.map((p) => {
    if (p.op === 'delete') return wrap(p.text, 'del');
    if (p.op === 'insert') return wrap(p.text, 'ins');
    return escape(p.text);
  }).join('');
}

/**
 * Inline HTML rather than ~~ and **: CommonMark lets emphasis open or close next to punctuation
 * only between spaces, so "minh[-;-]{+.+}" would print its markers; <del>/<ins> work anywhere.
 * Spaces at either end stay outside the tags.
 */
function wrap(text: string, tag: 'del' | 'ins'): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/u.exec(text)!;
  return m[2] ? `${m[1]}<${tag}>${escape(m[2])}</${tag}>${m[3]}` : text;
}

/** Characters that Markdown would read as formatting, escaped; line breaks folded. */
export function escape(text: string): string {
  return text.replace(/[\\`*_~[\]<>#|]/g, (c) => `\\${c}`).replace(/\s*\n\s*/g, ' ');
}
