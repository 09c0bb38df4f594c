import type { Message } from '../message/message.js';
import type { CochuongDocument } from '../model/document.js';
import type { RelatedDocument } from '../rules/rule.js';
import { composeDocument } from '../render/render-document.js';
import { defaultTemplateDir, loadTemplates } from '../render/templates.js';
import { writeDocx } from '../render/docx/write-docx.js';
import type { DocumentDiff } from './model.js';
import { mergeCompositions } from './redline-merge.js';

export interface RedlineOptions {
  /** Template folders over the defaults, as for render (lowest priority first). */
  templateDirs?: string[];
  /** Loads a document each side names (a report's program), relative to that side's file. */
  loadRelated?: (side: 'old' | 'new', relativePath: string) => RelatedDocument;
  env?: NodeJS.ProcessEnv;
}

export type RedlineResult = { ok: true; docx: Uint8Array; messages: Message[] } | { ok: false; messages: Message[] };

/**
 * The Word redline: NEW laid out exactly as `cochuong render` lays it out (decree layout, literal
 * numbers), every change since OLD a real tracked change (w:ins / w:del) by "cochuong", dated with
 * NEW's date, so Word and LibreOffice can accept or reject each one. Year-only changes are left
 * unmarked unless the diff keeps them, as in the other formats.
 */
export async function redlineDocx(oldDoc: CochuongDocument, newDoc: CochuongDocument, diff: DocumentDiff,
  options: RedlineOptions = {}): Promise<RedlineResult> {
  const templates = loadTemplates([defaultTemplateDir(), ...(options.templateDirs ?? [])]);
  if (!templates.ok) return { ok: false, messages: templates.messages };
  const compose = (side: 'old' | 'new', doc: CochuongDocument) => composeDocument(diff[side].file, doc, {
    templates: templates.set,
    loadRelated: options.loadRelated ? (p) => options.loadRelated!(side, p) : undefined,
    env: options.env,
  });
  const before = compose('old', oldDoc);
  const after = compose('new', newDoc);
  if (!before.ok || !after.ok) return { ok: false, messages: [...before.messages, ...after.messages] };
  const merged = mergeCompositions(before.composition, after.composition, { shift: diff.yearOverYear, keepYears: diff.keepYears });
  const docx = await writeDocx(merged, { revisionAuthor: 'cochuong' });
  return { ok: true, docx, messages: [...before.messages, ...after.messages] };
}
