import type { CheckedFile } from '../check/check-source.js';
import type { Message } from '../message/message.js';
import type { Lang } from './style.js';
import { maxWarningsText, summaryLine } from './text-reporter.js';
import { PLAIN } from './style.js';
import type { Summary } from './summary.js';

/** GitHub Actions workflow commands: each message becomes an annotation on the file and line. */
export function githubReport(results: CheckedFile[], extra: Message[], summary: Summary, lang: Lang): string {
  const lines: string[] = [];
  for (const m of [...extra, ...results.flatMap((r) => r.messages)]) lines.push(annotation(m, lang));
  if (summary.maxWarnings?.exceeded) lines.push(`::error title=max-warnings::${data(maxWarningsText(summary, lang))}`);
  lines.push(summaryLine(summary, lang, PLAIN));
  return lines.join('\n') + '\n';
}

function annotation(m: Message, lang: Lang): string {
  const props = [`file=${prop(m.file)}`];
  if (m.place) {
    props.push(`line=${m.place.start.line}`, `col=${m.place.start.column}`);
    if (m.place.end) props.push(`endLine=${m.place.end.line}`, `endColumn=${m.place.end.column}`);
  }
  props.push(`title=${prop(m.ruleId)}`);
  const body = m.note ? `${m.reason[lang]} ${m.note[lang]}` : m.reason[lang];
  return `::${m.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${data(body)}`;
}

// Escaping as in @actions/core.
const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const prop = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
