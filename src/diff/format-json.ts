import type { Message } from '../message/message.js';
import type { DocumentDiff } from './model.js';

/** The name and version of the JSON structure; the version changes only when a field changes meaning or goes. */
export const DIFF_JSON_FORMAT = 'cochuong-diff';
export const DIFF_JSON_VERSION = 1;

/**
 * The diff for other tools: a stable, versioned structure (documented in README.md, "cochuong diff
 * --format json"). Fields are added over time; existing ones keep their meaning within a version.
 */
export function formatJson(diff: DocumentDiff, warnings: readonly Message[] = []): string {
  const out = {
    format: DIFF_JSON_FORMAT,
    version: DIFF_JSON_VERSION,
    old: diff.old,
    new: diff.new,
    yearOverYear: diff.yearOverYear ?? null,
    keepYears: diff.keepYears,
    summary: diff.summary,
    units: diff.units,
    ...(diff.matchingCapped ? { matchingCapped: true } : {}),
    changes: diff.changes,
    warnings: warnings.map((m) => ({ ruleId: m.ruleId, severity: m.severity, file: m.file, reason: m.reason, ...(m.note ? { note: m.note } : {}) })),
  };
  return JSON.stringify(out, null, 2) + '\n';
}
