import { unprintedFacts } from '../model/unprinted.js';
import { createMessage, text, type Message } from '../message/message.js';
import { effectiveDate, type CochuongDocument } from '../model/document.js';
import type { RelatedDocument } from '../rules/rule.js';
import type { Composition } from './blocks.js';
import { RENDER_CODES } from './codes.js';
import { compose } from './compose.js';
import type { PageSetup } from './docx/page.js';
import { writeMarkdown } from './markdown.js';
import { parseMarkup } from './markup.js';
import type { TemplateSet } from './templates.js';
import { templateContext } from './view.js';

export interface ComposeOptions {
  templates: TemplateSet;
  /** Loads a document this one names (a report's program), relative to this file. */
  loadRelated?: (relativePath: string) => RelatedDocument;
  env?: NodeJS.ProcessEnv;
}

export type ComposeResult = { ok: true; composition: Composition; messages: Message[] } | { ok: false; messages: Message[] };

/**
 * The date a rendering is stamped with (file properties, zip entries, revision marks), so the same
 * input gives the same bytes: SOURCE_DATE_EPOCH when set (the reproducible-builds convention),
 * else the date of issue, else 1 January of the year, else the start of the term.
 */
export function documentDate(doc: CochuongDocument, env: NodeJS.ProcessEnv = process.env): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch.trim())) return new Date(Number(epoch.trim()) * 1000).toISOString().slice(0, 10);
  return effectiveDate(doc) ?? '1980-01-01';
}

/** A valid document → the block model writers lay out: the template's wording inside the decree's frame. */
export function composeDocument(file: string, doc: CochuongDocument, options: ComposeOptions): ComposeResult {
  const messages: Message[] = [];
  let program: CochuongDocument | undefined;
  if (doc.loai === 'bao_cao') {
    const tep = doc.chuong_trinh?.tep;
    const related = tep && options.loadRelated ? options.loadRelated(tep) : undefined;
    if (related?.ok) program = related.doc;
    else {
      messages.push(createMessage({
        file, source: 'render', severity: 'warning', ruleId: RENDER_CODES.relatedProgram.id, path: ['chuong_trinh', 'tep'],
        reason: text(`Không đọc được chương trình gốc${related && !related.ok ? `: ${related.reason.vi}` : ''}; tên các nội dung được thay bằng mã.`,
          `The program could not be read${related && !related.ok ? `: ${related.reason.en}` : ''}; items are titled by their ids.`),
        note: text('Ghi đường dẫn tệp chương trình ở chuong_trinh.tep (tính từ thư mục của báo cáo).',
          'Give the program file\'s path in chuong_trinh.tep (relative to the report\'s folder).'),
      }));
    }
  }
  const rendered = options.templates.render(doc.loai, templateContext(doc, { program }));
  if (!rendered.ok) return { ok: false, messages: [...messages, rendered.message] };
  const composition = compose(doc, parseMarkup(rendered.text), documentDate(doc, options.env));
  composition.unprinted = JSON.stringify(unprintedFacts(doc));
  return { ok: true, composition, messages };
}

export type OutputFormat = 'docx' | 'md';

export interface RenderOptions extends ComposeOptions {
  formats: OutputFormat[];
  page?: PageSetup;
}

export type RenderResult =
  | { ok: true; outputs: Partial<Record<OutputFormat, Uint8Array>>; messages: Message[] }
  | { ok: false; messages: Message[] };

/** A valid document → the bytes of each requested format. Nothing is written here. */
export async function renderDocument(file: string, doc: CochuongDocument, options: RenderOptions): Promise<RenderResult> {
  const composed = composeDocument(file, doc, options);
  if (!composed.ok) return composed;
  const outputs: Partial<Record<OutputFormat, Uint8Array>> = {};
  if (options.formats.includes('docx')) {
    // Loaded only when a DOCX (or a PDF, made from it) is wanted.
    const { writeDocx } = await import('./docx/write-docx.js');
    outputs.docx = writeDocx(composed.composition, { page: options.page });
  }
  if (options.formats.includes('md')) outputs.md = new TextEncoder().encode(writeMarkdown(composed.composition));
  return { ok: true, outputs, messages: composed.messages };
}
