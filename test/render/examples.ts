import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSource } from '../../src/check/check-source.js';
import { relatedLoader } from '../../src/check/check-files.js';
import type { CochuongDocument } from '../../src/model/document.js';
import { defaultTemplateDir, loadTemplates } from '../../src/render/templates.js';
import { composeDocument, renderDocument } from '../../src/render/render-document.js';
import type { Composition } from '../../src/render/blocks.js';

export const EXAMPLES_DIR = fileURLToPath(new URL('../../examples', import.meta.url));

/** Every example in examples/, so examples added later are covered too. */
export function exampleFiles(): string[] {
  return readdirSync(EXAMPLES_DIR).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => join(EXAMPLES_DIR, f));
}

const related = relatedLoader();

export function loadExample(file: string): CochuongDocument {
  const checked = checkSource(file, readFileSync(file), { loadRelated: related });
  const errors = checked.messages.filter((m) => m.severity === 'error');
  if (!checked.document || errors.length > 0) {
    throw new Error(`${file} is not valid: ${errors.map((m) => `${m.ruleId} ${m.reason.en}`).join('; ')}`);
  }
  return checked.document;
}

function templates() {
  const loaded = loadTemplates([defaultTemplateDir()]);
  if (!loaded.ok) throw new Error(loaded.messages.map((m) => m.reason.en).join('; '));
  return loaded.set;
}

export function composeExample(file: string, env: NodeJS.ProcessEnv = {}): Composition {
  const composed = composeDocument(file, loadExample(file), { templates: templates(), loadRelated: (p) => related(file, p), env });
  if (!composed.ok) throw new Error(composed.messages.map((m) => m.reason.en).join('; '));
  return composed.composition;
}

export async function renderExample(file: string, formats: ('docx' | 'md')[] = ['docx', 'md'], env: NodeJS.ProcessEnv = {}) {
  const result = await renderDocument(file, loadExample(file), { templates: templates(), formats, loadRelated: (p) => related(file, p), env });
  if (!result.ok) throw new Error(result.messages.map((m) => m.reason.en).join('; '));
  return result.outputs;
}

/** Paragraphs of a WordprocessingML part as plain text (w:t and w:delText; a line break as a space), in order. */
export function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)<\/w:(?:t|delText)>|<w:br\/>/g)].map((t) => (t[1] === undefined ? ' ' : decodeXml(t[1]))).join(''));
}

export function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e]!);
}
