/**
 * The library's short entry: check, render and diff a document given as text, as the command line
 * does, without touching the file system beyond what the caller names (a report's program is read
 * only when `loadRelated` is given). Nothing here prints or exits.
 */
import { checkText, type CheckedFile } from './check/check-source.js';
import type { Message } from './message/message.js';
import type { CochuongDocument } from './model/document.js';
import type { RelatedDocument } from './rules/rule.js';
import { compareDocuments, type CompareOptions } from './diff/compare.js';
import type { DocumentDiff } from './diff/model.js';
import type { PageSetup } from './render/docx/page.js';

/** What `render` makes; PDF needs LibreOffice and is the command line's job. */
export type OutputFormat = 'docx' | 'md';

export interface CheckResult {
  /** True when no message is an error (warnings allowed). */
  valid: boolean;
  /** The document's data when it parsed and matched the schema. */
  document?: CochuongDocument;
  /** Every finding, in the shape of the JSON report's messages before formatting. */
  messages: Message[];
}

export interface CheckApiOptions {
  /** The name messages give the file (default "document.yaml"). */
  file?: string;
  /** Loads a document this one names (a report's chuong_trinh.tep), relative to `file`. */
  loadRelated?: (fromFile: string, relativePath: string) => RelatedDocument;
}

/** Checks a document's YAML text: reading, YAML, schema and every domain rule. */
export function check(text: string, options: CheckApiOptions = {}): CheckResult {
  const checked: CheckedFile = checkText(options.file ?? 'document.yaml', text, { loadRelated: options.loadRelated });
  const valid = !checked.messages.some((m) => m.severity === 'error');
  return { valid, document: valid ? (checked.document as CochuongDocument | undefined) : undefined, messages: checked.messages };
}

export interface RenderApiOptions extends CheckApiOptions {
  /** Formats wanted (default ["docx"]). PDF needs LibreOffice: use the command line. */
  formats?: OutputFormat[];
  /** Folders of templates that override the shipped ones, name by name. */
  templateDirs?: string[];
  page?: PageSetup;
  /** Environment read for SOURCE_DATE_EPOCH (default: process.env). */
  env?: Record<string, string | undefined>;
}

export type RenderApiResult =
  | { ok: true; outputs: Partial<Record<OutputFormat, Uint8Array>>; messages: Message[] }
  | { ok: false; messages: Message[] };

/** Checks, then renders a valid document to the bytes of each format (nothing is written). */
export async function render(text: string, options: RenderApiOptions = {}): Promise<RenderApiResult> {
  const file = options.file ?? 'document.yaml';
  const checked = check(text, options);
  if (!checked.valid || !checked.document) return { ok: false, messages: checked.messages };
  // Loaded on first use: a caller that only checks never loads the renderer and its libraries.
  const { defaultTemplateDir, loadTemplates } = await import('./render/templates.js');
  const { renderDocument } = await import('./render/render-document.js');
  const templates = loadTemplates([defaultTemplateDir(), ...(options.templateDirs ?? [])]);
  if (!templates.ok) return { ok: false, messages: [...checked.messages, ...templates.messages] };
  const loadRelated = options.loadRelated;
  const rendered = await renderDocument(file, checked.document, {
    templates: templates.set, formats: options.formats ?? ['docx'], page: options.page, env: options.env,
    loadRelated: loadRelated ? (p) => loadRelated(file, p) : undefined,
  });
  return rendered.ok ? { ...rendered, messages: [...checked.messages, ...rendered.messages] } : { ok: false, messages: [...checked.messages, ...rendered.messages] };
}

export type DiffApiResult = { ok: true; diff: DocumentDiff } | { ok: false; messages: Message[] };

/** Compares two versions of a document given as YAML text; both must be valid. */
export function diff(oldText: string, newText: string, options: CompareOptions & { oldFile?: string; newFile?: string } = {}): DiffApiResult {
  const before = check(oldText, { file: options.oldFile ?? 'old.yaml' });
  const after = check(newText, { file: options.newFile ?? 'new.yaml' });
  if (!before.document || !after.document) return { ok: false, messages: [...before.messages, ...after.messages] };
  return { ok: true, diff: compareDocuments(before.document, after.document, options) };
}
