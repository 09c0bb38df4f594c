import { dirname, resolve } from 'node:path';
import { createMessage, text, type Message } from '../message/message.js';
import type { Rule } from '../rules/rule.js';
import { CONFIG_CODES } from './codes.js';
import { mayHaveDirectives, scanDirectives, type Directive } from './directives.js';

/** How a rule is set in .cochuong.yaml: its severity, or off. */
export type RuleSetting = 'error' | 'warning' | 'off';

/**
 * What the user chose for one file: the rule settings of the .cochuong.yaml that governs it.
 * Plain data, so that worker threads can be handed it.
 */
export interface Policy {
  /** The configuration file it comes from, as named in messages. */
  configFile?: string;
  rules: Record<string, RuleSetting>;
}

/**
 * The rule settings for every document of a run, as plain data (worker threads get a copy): one
 * policy for all (`--config`), or one per folder of the documents, from the nearest .cochuong.yaml.
 */
export interface Policies {
  fixed?: Policy;
  /** Absolute folder of a document → its policy; folders with no configuration are absent. */
  byDir?: Record<string, Policy>;
  /** The folder relative file names start from. */
  cwd?: string;
}

export function policyFor(policies: Policies | undefined, file: string): Policy | undefined {
  if (!policies) return undefined;
  if (policies.fixed) return policies.fixed;
  const cwd = policies.cwd ?? '.';
  return policies.byDir?.[file === '-' ? resolve(cwd) : dirname(resolve(cwd, file))];
}

export interface PolicyOutcome {
  /** The messages that count, severities as configured. */
  messages: Message[];
  /** Findings turned off by a directive comment, each with its `suppressed` reason. */
  suppressed: Message[];
}

const activeCache = new WeakMap<readonly Rule[], WeakMap<Policy, readonly Rule[]>>();

/** The rules to run under a policy: those turned off are not run at all. */
export function activeRules(rules: readonly Rule[], policy: Policy | undefined): readonly Rule[] {
  if (!policy || !Object.values(policy.rules).includes('off')) return rules;
  let byPolicy = activeCache.get(rules);
  if (!byPolicy) activeCache.set(rules, byPolicy = new WeakMap());
  let active = byPolicy.get(policy);
  if (!active) byPolicy.set(policy, active = rules.filter((r) => policy.rules[r.id] !== 'off'));
  return active;
}

/**
 * The one place between the stages and the reporters where the user's choices apply: rule
 * severities from .cochuong.yaml, then directive comments in the document. Every stage's messages
 * come through here; only domain-rule findings (source "rule") can be re-weighted or turned off.
 * `rulesRan`: the document reached the rules, so a directive that turned nothing off is worth saying.
 */
export function applyPolicy(file: string, source: string | undefined, messages: Message[], policy: Policy | undefined, rulesRan: boolean): PolicyOutcome {
  let out = messages;
  if (policy && Object.keys(policy.rules).length > 0) {
    out = [];
    for (const m of messages) {
      const setting = m.source === 'rule' ? policy.rules[m.ruleId] : undefined;
      if (setting === 'off') continue;
      out.push(setting && setting !== m.severity ? { ...m, severity: setting } : m);
    }
  }
  if (source === undefined || !mayHaveDirectives(source)) return { messages: out, suppressed: [] };

  const scan = scanDirectives(file, source);
  if (scan.directives.length === 0 && scan.problems.length === 0) return { messages: out, suppressed: [] };
  const used = new Set<string>();
  const kept: Message[] = [];
  const suppressed: Message[] = [];
  for (const m of out) {
    const by = m.source === 'rule' ? coveringDirective(scan.directives, m, scan.firstContentLine) : undefined;
    if (!by) { kept.push(m); continue; }
    used.add(`${by.index}:${m.ruleId}`);
    suppressed.push({ ...m, suppressed: { kind: 'directive', reason: by.directive.reason, line: by.directive.line } });
  }
  kept.push(...scan.problems);
  if (rulesRan) kept.push(...unusedDirectives(file, scan.directives, used, policy));
  return { messages: kept, suppressed };
}

/** The directive that turns off message `m`, if any: a -line / -next-line on its line, or an open disable block. */
function coveringDirective(directives: Directive[], m: Message, firstContentLine: number): { directive: Directive; index: number } | undefined {
  const line = m.place?.start.line;
  let open: { directive: Directive; index: number } | undefined;
  for (let index = 0; index < directives.length; index++) {
    const d = directives[index];
    const names = d.ruleIds.length === 0 || d.ruleIds.includes(m.ruleId);
    if (!names) continue;
    if (d.kind === 'disable-line' || d.kind === 'disable-next-line') {
      if (line !== undefined && d.target === line) return { directive: d, index };
      continue;
    }
    // Blocks: the last disable or enable before the message decides. A message with no place
    // belongs to the whole file: only a disable above the first content line, never enabled, covers it.
    const before = line === undefined ? d.line < firstContentLine : d.line < line;
    if (line === undefined && d.kind === 'enable') { open = undefined; continue; }
    if (!before) continue;
    open = d.kind === 'disable' ? { directive: d, index } : undefined;
  }
  return open;
}

function unusedDirectives(file: string, directives: Directive[], used: Set<string>, policy: Policy | undefined): Message[] {
  const messages: Message[] = [];
  directives.forEach((d, index) => {
    if (d.kind === 'enable') return;
    // A rule the configuration turns off has nothing to suppress: the directive is not wrong.
    const idle = d.ruleIds.filter((id) => !used.has(`${index}:${id}`) && policy?.rules[id] !== 'off');
    if (idle.length === 0) return;
    const where = d.kind === 'disable-line' ? 'trên dòng này' : d.kind === 'disable-next-line' ? 'ở dòng sau' : 'trong phần tắt';
    const whereEn = d.kind === 'disable-line' ? 'on this line' : d.kind === 'disable-next-line' ? 'on the next line' : 'in the range turned off';
    messages.push(createMessage({
      file, source: 'directive', severity: 'warning', ruleId: CONFIG_CODES.directiveUnused.id,
      place: { start: { line: d.line, column: d.column, offset: d.offset }, end: { line: d.line, column: d.endColumn } },
      actual: idle.join(', '),
      reason: text(`Dòng tắt kiểm tra không tắt thông báo nào: ${idle.join(', ')} không báo gì ${where}.`,
        `The directive turns nothing off: ${idle.join(', ')} reports nothing ${whereEn}.`),
      note: text(d.ruleIds.length === idle.length ? 'Bỏ dòng chú thích này.' : `Bỏ ${idle.join(', ')} khỏi dòng này.`,
        d.ruleIds.length === idle.length ? 'Remove this comment line.' : `Remove ${idle.join(', ')} from this line.`),
    }));
  });
  return messages;
}
