import type { Message } from '../message/message.js';
import type { CochuongDocument } from '../model/document.js';
import { decodeSource } from '../read/decode-source.js';
import { parseYaml, placeOf, type ParsedSource } from '../parse/parse-yaml.js';
import { fastLoad } from '../parse/fast-load.js';
import { validate } from '../schema/generated/validate.js';
import { checkSchema } from '../schema/check-schema.js';
import { foreignDocument } from '../schema/foreign-document.js';
import { findingsToMessages, placedMessages, runRules, type RuleFinding } from '../rules/run-rules.js';
import { PlainPlaces, readPlainSubset, spanAt } from '../parse/plain-reader.js';
import { LineCounter } from 'yaml';
import { RULES } from '../rules/catalogue.js';
import type { Rule, RelatedDocument } from '../rules/rule.js';
import { activeRules, applyPolicy, type Policy } from '../config/apply-policy.js';

/** Everything known about one file after checking it; reporters and other commands start here. */
export interface CheckedFile {
  file: string;
  /** The decoded text, when the bytes could be read as text (reporters quote it). */
  text?: string;
  parsed?: ParsedSource;
  /** The document, when it passed the schema (rules and rendering may trust its shape). */
  document?: CochuongDocument;
  /** The stage that stopped the file, if any. */
  stoppedAt?: 'read' | 'yaml' | 'schema';
  /** The messages that count (severities as .cochuong.yaml sets them). */
  messages: Message[];
  /** Findings a `# cochuong-disable…` comment turned off, each with its reason; absent when none. */
  suppressed?: Message[];
}

export interface CheckOptions {
  rules?: readonly Rule[];
  /** Skip the fast reader: every file through the precise pipeline (for tests that compare the two). */
  precise?: boolean;
  loadRelated?: (fromFile: string, relativePath: string) => RelatedDocument;
  /** The rule settings of the .cochuong.yaml that governs the file; directive comments apply always. */
  policy?: Policy;
}

/** How far data is from a valid document (0: valid): what YAML recovery weighs its repairs by. */
const fitOf = (data: unknown): number => (validate(data) ? 0 : validate.errors?.length ?? 1);

const noRelated = (): RelatedDocument => ({ ok: false, reason: { vi: 'không đọc tệp liên quan ở chế độ này', en: 'related files are not read in this mode' } });

/**
 * The pipeline for one file: bytes → text → YAML → schema → domain rules, stopping at the first
 * stage that fails. Pure: no printing, no exit; I/O only through `loadRelated`.
 */
export function checkSource(file: string, bytes: Uint8Array, options: CheckOptions = {}): CheckedFile {
  const decoded = decodeSource(file, bytes);
  if (!decoded.ok) return { file, stoppedAt: 'read', messages: decoded.messages };
  return checkText(file, decoded.text, options, decoded.messages);
}

export function checkText(file: string, text: string, options: CheckOptions = {}, earlier: Message[] = []): CheckedFile {
  const checked = checkStages(file, text, options, earlier);
  const outcome = applyPolicy(file, text, checked.messages, options.policy, checked.stoppedAt === undefined && checked.document !== undefined);
  checked.messages = outcome.messages;
  if (outcome.suppressed.length > 0) checked.suppressed = outcome.suppressed;
  return checked;
}

function checkStages(file: string, text: string, options: CheckOptions, earlier: Message[]): CheckedFile {
  if (earlier.length === 0 && !options.precise) {
    const clean = checkClean(file, text, options);
    if (clean) return inLineOrder(clean);
  }
  return inLineOrder(checkPrecisely(file, text, options, earlier));
}

/**
 * A file's messages in the order of its lines, as a clerk reads them (stable: messages on one line
 * keep the order their stages gave them; messages without a place come first).
 */
function inLineOrder(checked: CheckedFile): CheckedFile {
  if (checked.messages.length < 2) return checked;
  const at = (m: Message) => [m.place?.start.line ?? 0, m.place?.start.column ?? 0];
  const order = checked.messages.map((m, i) => ({ m, i, at: at(m) }));
  order.sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1] || a.i - b.i);
  return { ...checked, messages: order.map((o) => o.m) };
}

function checkPrecisely(file: string, text: string, options: CheckOptions, earlier: Message[]): CheckedFile {
  const result: CheckedFile = { file, text, messages: [...earlier] };
  const parsed = parseYaml(file, text, fitOf);
  result.messages.push(...parsed.messages);
  if (!parsed.ok) return { ...result, stoppedAt: 'yaml' };
  result.parsed = parsed.parsed;
  const { doc, lineCounter, data, numberTraps, nonNfc } = parsed.parsed;

  const foreign = foreignDocument(file, data);
  if (foreign) return { ...result, messages: [...result.messages, foreign], stoppedAt: 'schema' };
  const schemaMessages = checkSchema({ file, data, doc, lineCounter, numberTraps, source: text });
  result.messages.push(...schemaMessages);
  if (schemaMessages.length > 0) return { ...result, stoppedAt: 'schema' };

  const document = data as CochuongDocument;
  result.document = document;
  const loadRelated = options.loadRelated ?? noRelated;
  const findings = runRules(activeRules(options.rules ?? RULES, options.policy), { file, doc: document, nonNfc, loadRelated: (p) => loadRelated(file, p) });
  result.messages.push(...findingsToMessages(file, findings, doc, lineCounter));
  return result;
}

/**
 * The fast way through, for the common case of a valid document: read with a fast reader, validate,
 * run the rules, and place their findings with the plain reader. Undefined when the document is not
 * valid or a finding cannot be placed so, and the precise pipeline above (which places every message
 * on its line) reads the file again.
 */
function checkClean(file: string, text: string, options: CheckOptions): CheckedFile | undefined {
  const fast = fastLoad(text); // refuses deep nesting as the precise reader does
  if (!fast || !validate(fast.data)) return undefined;
  const document = fast.data as CochuongDocument;
  const loadRelated = options.loadRelated ?? noRelated;
  const findings = runRules(activeRules(options.rules ?? RULES, options.policy), { file, doc: document, nonNfc: fast.nonNfc, loadRelated: (p) => loadRelated(file, p) });
  if (findings.length === 0) return { file, text, document, messages: [] };
  const messages = placeWithPlainReader(file, text, findings);
  return messages && { file, text, document, messages };
}

/**
 * Rule findings placed on their lines by the plain reader, which notes where it read each key and
 * one-line value: far cheaper than the precise reader, and the same places (the differential tests
 * compare the messages of both ways). Undefined when the plain reader cannot read the text, or
 * cannot place every finding (one names a collection, or a value written on the following lines).
 */
function placeWithPlainReader(file: string, text: string, findings: RuleFinding[]): Message[] | undefined {
  const places = new PlainPlaces();
  const data = readPlainSubset(text, false, places);
  if (data === undefined) return undefined;
  const spans = findings.map((f) => spanAt(data, places, f.path, f.key));
  if (spans.some((span) => span === undefined)) return undefined;
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
  return placedMessages(file, findings, (_, i) => placeOf(lineCounter, spans[i]![0], spans[i]![1]));
}
