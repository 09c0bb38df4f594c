/**
 * cochuong as a library. The pipeline, stage by stage:
 *   read (bytes → text) → parse (text → YAML tree → data) → schema (shape) → rules (domain)
 * and, on a valid document, render (→ DOCX / Markdown) and diff (two documents → changes).
 */
export { check, render, diff, type CheckResult, type CheckApiOptions, type RenderApiOptions, type RenderApiResult, type DiffApiResult, type OutputFormat } from './api.js';
export { jsonMessage, type JsonMessage, type JsonReport } from './report/json-reporter.js';
export type { RelatedDocument } from './rules/rule.js';
export type { Message, Text, Severity, Stage, Place, Point } from './message/message.js';
export type { CatalogueEntry } from './message/catalogue-entry.js';
export type * from './model/schema-types.js';
export { decodeSource } from './read/decode-source.js';
export { readBytes } from './read/read-bytes.js';
export { parseYaml } from './parse/parse-yaml.js';
export { checkSchema } from './schema/check-schema.js';
export { runRules } from './rules/run-rules.js';
export { RULES } from './rules/catalogue.js';
export type { Rule, RuleContext, RuleReport } from './rules/rule.js';
export { checkSource, checkText, type CheckedFile } from './check/check-source.js';
export { checkFiles } from './check/check-files.js';
export { collectFiles } from './check/collect-files.js';
export { catalogue, findEntry } from './catalogue.js';
export { textReport, formatMessage } from './report/text-reporter.js';
export { jsonReport } from './report/json-reporter.js';
export { githubReport } from './report/github-reporter.js';
export { compareDocuments, type CompareOptions } from './diff/compare.js';
export { mirrorChange, type Change, type ChangeKind, type DocumentDiff, type DiffSummary, type WordPart } from './diff/model.js';
export { formatText as formatDiffText } from './diff/format-text.js';
export { formatMarkdown as formatDiffMarkdown } from './diff/format-md.js';
export { formatJson as formatDiffJson, DIFF_JSON_FORMAT, DIFF_JSON_VERSION } from './diff/format-json.js';
