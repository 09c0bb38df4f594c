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
  const epoch = sourceDateEpoch(env);
  return (epoch.ok ? epoch.date : undefined) ?? effectiveDate(doc) ?? '1980-01-01';
}

/** 1980-01-01 and 9999-12-31T23:59:59Z in seconds: what a ZIP entry and an ISO date can hold. */
const EPOCH_RANGE = [315_532_800, 253_402_300_799] as const;

/** SOURCE_DATE_EPOCH as a date, checked: unset (or empty) is no date; anything outside 1980–9999 is refused, not stamped. */
export function sourceDateEpoch(env: NodeJS.ProcessEnv): { ok: true; date?: string } | { ok: false; value: string } {
  const raw = env.SOURCE_DATE_EPOCH?.trim();
  if (raw === undefined || raw === '') return { ok: true };
  if (!/^\d{1,15}$/.test(raw)) return { ok: false, value: raw };
  const seconds = Number(raw);
  if (seconds < EPOCH_RANGE[0] || seconds > EPOCH_RANGE[1]) return { ok: false, value: raw };
  return { ok: true, date: new Date(seconds * 1000).toISOString().slice(0, 10) };
}

/** A valid document → the block model writers lay out: the template's wording inside the decree's frame. */
export function composeDocument(file: string, doc: CochuongDocument, options: ComposeOptions): ComposeResult {
  const messages: Message[] = [];
  const epoch = sourceDateEpoch(options.env ?? process.env);
  if (!epoch.ok) {
    return { ok: false, messages: [createMessage({
      file, source: 'render', fatal: true, ruleId: RENDER_CODES.badSourceDate.id,
      reason: text(`SOURCE_DATE_EPOCH="${epoch.value}" không phải một thời điểm từ năm 1980 đến năm 9999.`,
        `SOURCE_DATE_EPOCH="${epoch.value}" is not a moment between the years 1980 and 9999.`),
      actual: epoch.value,
      note: text('Đặt SOURCE_DATE_EPOCH là số giây kể từ 01/01/1970 (ví dụ 1767225600 là ngày 01/01/2026), hoặc bỏ biến này đi.',
        'Set SOURCE_DATE_EPOCH to the seconds since 1970-01-01 (for example 1767225600 is 2026-01-01), or unset it.'),
    })] };
  }
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
