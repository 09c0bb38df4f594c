import type { Document, LineCounter } from 'yaml';
import { createMessage, type Message, type Place } from '../message/message.js';
import { nodePlace } from '../parse/parse-yaml.js';
import { findNode } from '../parse/source-tree.js';
import type { Rule, RuleContext, RuleReport } from './rule.js';
import { withTextsOf } from '../model/texts.js';

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
  return findings;
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
