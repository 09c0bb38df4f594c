import type { Document, LineCounter } from 'yaml';
import { createMessage, type Message, type Place } from '../message/message.js';
import { nodePlace } from '../parse/parse-yaml.js';
import { findNode } from '../parse/source-tree.js';
import type { Rule, RuleContext, RuleReport } from './rule.js';
import { withTextsOf } from '../model/texts.js';
import { text } from '../message/message.js';

export interface RuleFinding extends RuleReport {
  rule: Rule;
}

/** Runs rules on a document and returns their findings, without positions (pure, for tests). */
export function runRules(rules: readonly Rule[], context: RuleContext): RuleFinding[] {
  const findings: RuleFinding[] = [];
  withTextsOf(context.doc, () => {
    for (const rule of rules) {
      if (rule.kinds && !rule.kinds.includes(context.doc.loai)) continue;
      rule.check(context, (finding) => findings.push({ ...finding, rule }));
    }
  });
  return foldFindings(findings);
}

/** The findings of rules a reporting rule `folds`, left out and counted in its message instead. */
export function foldFindings(findings: RuleFinding[]): RuleFinding[] {
  const causes = findings.filter((f) => f.rule.folds);
  if (causes.length === 0) return findings;
  const folded = new Set(causes.flatMap((f) => f.rule.folds!));
  const consequences = findings.filter((f) => folded.has(f.rule.id) && !f.rule.folds);
  if (consequences.length === 0) return findings;
  return findings.filter((f) => !consequences.includes(f)).map((f) => {
    if (!f.rule.folds) return f;
    const n = consequences.filter((c) => f.rule.folds!.includes(c.rule.id)).length;
    if (n === 0) return f;
    return { ...f, message: text(`${f.message.vi} Vì năm này mà ${n} chỗ khác (hạn, thời gian, năm ghi trong câu) cũng lệch theo: sửa dòng này là hết.`,
      `${f.message.en} That is also why ${n} other place(s) (deadlines, times, years in the text) look out of year: fixing this line clears them.`) };
  });
}

/** Findings → messages placed on the YAML nodes they name. */
export function findingsToMessages(file: string, findings: RuleFinding[], doc: Document, lineCounter: LineCounter): Message[] {
  return placedMessages(file, findings, (f) => nodePlace(lineCounter, findNode(doc, f.path, f.key)));
}

/** Findings → messages, each placed where `placeOf` says. */
export function placedMessages(file: string, findings: RuleFinding[], placeOf: (finding: RuleFinding, index: number) => Place | undefined): Message[] {
  return findings.map((f, i) => createMessage({
    file,
    source: 'rule',
    ruleId: f.rule.id,
    severity: f.severity ?? f.rule.severity,
    path: f.path,
    place: placeOf(f, i),
    reason: f.message,
    actual: f.actual,
    expected: f.expected,
    note: f.note,
  }));
}
