import { createHash } from 'node:crypto';
import type { CheckedFile } from '../check/check-source.js';
import type { Message } from '../message/message.js';
import { orderedMessages } from './ordered.js';
import { repositoryPath, type PathBase } from './paths.js';
import type { Lang } from './style.js';

/**
 * GitLab Code Quality (a JSON array, as `artifacts: reports: codequality` reads it). The fingerprint
 * names the finding, not its line: file, rule, message and how many times the same finding came
 * before it in the file; so a finding keeps its fingerprint when lines above it move, and GitLab
 * shows it as the same issue in the merge request.
 */
export function gitlabReport(results: CheckedFile[], extra: Message[], lang: Lang, base: PathBase): string {
  const seen = new Map<string, number>();
  const issues = orderedMessages(results, extra).map((m) => {
    const path = repositoryPath(m.file, base);
    const key = [path, m.ruleId, m.reason.en].join('\0');
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return {
      type: 'issue',
      description: m.note ? `${m.reason[lang]} ${m.note[lang]}` : m.reason[lang],
      check_name: m.ruleId,
      fingerprint: createHash('sha256').update(`${key}\0${occurrence}`).digest('hex'),
      severity: m.severity === 'error' ? 'major' : 'minor',
      location: { path, lines: { begin: m.place?.start.line ?? 1, ...(m.place?.end ? { end: m.place.end.line } : {}) } },
    };
  });
  return JSON.stringify(issues, null, 2) + '\n';
}
