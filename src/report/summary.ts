import type { CheckedFile } from '../check/check-source.js';
import type { Message } from '../message/message.js';

export interface Summary {
  files: number;
  filesWithErrors: number;
  errors: number;
  warnings: number;
  /** Findings turned off by directive comments (not counted above). */
  suppressed: number;
  /** With --max-warnings: the limit, and whether the warnings went over it (which fails the run). */
  maxWarnings?: { limit: number; exceeded: boolean };
}

export function summarize(results: CheckedFile[], extra: Message[] = []): Summary {
  const all = [...results.flatMap((r) => r.messages), ...extra];
  const badFiles = new Set(all.filter((m) => m.severity === 'error').map((m) => m.file));
  return {
    files: results.length,
    filesWithErrors: badFiles.size,
    errors: all.filter((m) => m.severity === 'error').length,
    warnings: all.filter((m) => m.severity === 'warning').length,
    suppressed: results.reduce((n, r) => n + (r.suppressed?.length ?? 0), 0),
  };
}
