import type { Message } from '../message/message.js';
import type { CochuongDocument } from '../model/document.js';
import type { RelatedDocument } from '../rules/rule.js';
import { composeDocument } from '../render/render-document.js';
import { defaultTemplateDir, loadTemplates } from '../render/templates.js';
import { writeDocx } from '../render/docx/write-docx.js';
import type { DocumentDiff, Element } from './model.js';
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
  const merged = mergeCompositions(before.composition, after.composition,
    { shift: diff.yearOverYear, keepYears: diff.keepYears, unitPairs: unitPairs(diff, oldDoc, newDoc) });
  const docx = await writeDocx(merged, { revisionAuthor: 'cochuong' });
  return { ok: true, docx, messages: [...before.messages, ...after.messages] };
}

/** The lists whose members templates mark as units (`@phan noi_dung.N`): a program's items, a report's results, a quy chế's chương. */
const UNIT_LISTS: readonly Element[] = ['noi_dung', 'ket_qua', 'chuong'];

/**
 * Which member of each unit list in OLD the semantic diff paired with which in NEW ("noi_dung.2" →
 * "noi_dung.3"): changed and moved members as the diff says; members it does not mention are
 * unchanged and in order, so they pair in order; added and removed ones pair with nothing.
 */
export function unitPairs(diff: DocumentDiff, oldDoc: CochuongDocument, newDoc: CochuongDocument): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const list of UNIT_LISTS) {
    const length = (doc: CochuongDocument) => {
      const value = (doc as unknown as Record<string, unknown>)[list];
      return Array.isArray(value) ? value.length : 0;
    };
    const oldSeen = new Set<number>();
    const newSeen = new Set<number>();
    for (const change of diff.changes) {
      if (change.element !== list) continue;
      const o = change.oldPath?.length === 2 && change.oldPath[0] === list ? change.oldPath[1] : undefined;
      const n = change.newPath?.length === 2 && change.newPath[0] === list ? change.newPath[1] : undefined;
      if (typeof o === 'number') oldSeen.add(o);
      if (typeof n === 'number') newSeen.add(n);
      if (typeof o === 'number' && typeof n === 'number') pairs.set(`${list}.${o}`, `${list}.${n}`);
    }
    const oldRest = Array.from({ length: length(oldDoc) }, (_, i) => i).filter((i) => !oldSeen.has(i));
    const newRest = Array.from({ length: length(newDoc) }, (_, i) => i).filter((i) => !newSeen.has(i));
    oldRest.forEach((o, k) => { if (k < newRest.length) pairs.set(`${list}.${o}`, `${list}.${newRest[k]}`); });
  }
  return pairs;
}
