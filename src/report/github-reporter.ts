import type { CheckedFile } from '../check/check-source.js';
import type { Message } from '../message/message.js';
import type { Lang } from './style.js';
import { maxWarningsText, summaryLine } from './text-reporter.js';
import { PLAIN } from './style.js';
import type { Summary } from './summary.js';
import { orderedMessages } from './ordered.js';
import { repositoryPath, type PathBase } from './paths.js';

/**
 * GitHub Actions workflow commands: each message becomes an annotation on the file and line, in file
 * and line order. GitHub places an annotation only with a path from the repository root, so paths are
 * re-based on it (`base.root`) whatever folder the command ran in.
 */
export function githubReport(results: CheckedFile[], extra: Message[], summary: Summary, lang: Lang, base: PathBase = { cwd: process.cwd() }): string {
  const lines: string[] = [];
  for (const m of orderedMessages(results, extra)) lines.push(annotation(m, lang, base));
  if (summary.maxWarnings?.exceeded) lines.push(`::error title=max-warnings::${data(maxWarningsText(summary, lang))}`);
  lines.push(summaryLine(summary, lang, PLAIN));
  return lines.join('\n') + '\n';
}

function annotation(m: Message, lang: Lang, base: PathBase): string {
  const props = [`file=${prop(repositoryPath(m.file, base))}`];
  if (m.place) {
    const { start, end } = m.place;
    // Columns mean something to GitHub only within one line: a range over lines gets lines alone.
    if (end && end.line !== start.line) props.push(`line=${start.line}`, `endLine=${end.line}`);
    else {
      props.push(`line=${start.line}`, `col=${start.column}`);
      if (end) props.push(`endLine=${end.line}`, `endColumn=${end.column}`);
    }
  }
  props.push(`title=${prop(m.ruleId)}`);
  const body = m.note ? `${m.reason[lang]} ${m.note[lang]}` : m.reason[lang];
  return `::${m.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${data(body)}`;
}

// Escaping as in @actions/core.
const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const prop = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
