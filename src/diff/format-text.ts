import type { Lang } from '../report/style.js';
import type { ChangeKind, DocumentDiff } from './model.js';
import { describeDiff, type Segment } from './describe.js';
import { KIND_WORDS, pick } from './labels.js';
import { escapeForTerminal } from '../text/control.js';

/** Colours for a terminal; without them, inserted and deleted words are marked {+…+} and [-…-] as in git's word diff. */
export interface DiffColors {
  inserted(s: string): string;
  deleted(s: string): string;
  heading(s: string): string;
  dim(s: string): string;
  kind(kind: ChangeKind, s: string): string;
}

export interface TextFormatOptions {
  lang: Lang;
  colors?: DiffColors;
}

/** The diff for people at a terminal or in a log: grouped by section, one line per change, a summary last. */
export function formatText(diff: DocumentDiff, options: TextFormatOptions): string {
  const { lang, colors } = options;
  const described = describeDiff(diff, lang);
  const tail = [described.summary, ...(described.hidden ? [colors ? colors.dim(described.hidden) : described.hidden] : [])];
  if (described.groups.length === 0) return escapeForTerminal(tail.join('\n') + '\n', colors !== undefined);

  const width = Math.max(...Object.values(KIND_WORDS).map((w) => pick(w, lang).length));
  const segments = (parts: Segment[]) => parts.map((p) => drawSegment(p, colors)).join('');
  const out: string[] = [colors ? colors.heading(described.title) : described.title];
  if (described.subtitle) out.push(described.subtitle);
  for (const group of described.groups) {
    out.push('', colors ? colors.heading(group.title) : group.title);
    for (const line of group.lines) {
      const word = pick(KIND_WORDS[line.kind], lang).padEnd(width);
      const value = line.value && line.value.length > 0 ? segments(line.value) : '';
      const head = line.what && value ? `${line.what}: ${value}` : line.what || value;
      const note = line.note ? ` ${colors ? colors.dim(`(${line.note})`) : `(${line.note})`}` : '';
      out.push(`  ${colors ? colors.kind(line.kind, word) : word}  ${head}${note}`);
      for (const row of line.rows) {
        const indent = ' '.repeat(4 + width + 2 * (row.depth - 1));
        const value = segments(row.value);
        out.push(`${indent}${row.label}${value ? `: ${value}` : ''}`);
      }
    }
  }
  out.push('', ...tail);
  // Values come from the documents: their control characters are shown escaped, only our colours pass.
  return escapeForTerminal(out.join('\n') + '\n', colors !== undefined);
}

function drawSegment(part: Segment, colors: DiffColors | undefined): string {
  if (!part.op) return part.text;
  if (colors) return part.op === 'insert' || part.op === 'new' ? colors.inserted(part.text) : colors.deleted(part.text);
  if (part.op === 'insert') return `{+${part.text}+}`;
  if (part.op === 'delete') return `[-${part.text}-]`;
  return part.text;
}
