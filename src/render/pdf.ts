import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readBytes } from '../read/read-bytes.js';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessage, text, type Message } from '../message/message.js';
import { RENDER_CODES } from './codes.js';
import { pendingCleanups } from '../write/pending-files.js';
import { findSoffice, runSoffice } from './soffice.js';

export { findSoffice } from './soffice.js';

/**
 * DOCX → PDF with LibreOffice (soffice), in one call for many files (LibreOffice takes seconds to
 * start). Each run gets a throwaway user profile, so it neither disturbs nor waits for a LibreOffice
 * the clerk has open.
 */

const MAX_PDF_BYTES = 512 * 1024 * 1024;

export interface PdfInput {
  /** The file the PDF is for, as the user named it (for messages). */
  file: string;
  docx: Uint8Array;
}

export type PdfResult = { file: string; ok: true; pdf: Uint8Array } | { file: string; ok: false; message: Message };

export interface PdfOptions {
  env?: NodeJS.ProcessEnv;
  /** Whole conversion, all files; LibreOffice is stopped after it. */
  timeoutMs?: number;
}

/**
 * PDF for signing and archiving: PDF/A-2b (2b, not 1b, which forbids the transparency of a
 * signature image) with tagged text for screen readers; LibreOffice embeds the fonts PDF/A requires.
 */
export const PDF_FOR_SIGNING = 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"},"UseTaggedPDF":{"type":"boolean","value":"true"}}';

export function sofficeMissing(file: string): Message {
  return createMessage({
    file, source: 'render', fatal: true, ruleId: RENDER_CODES.sofficeMissing.id,
    reason: text('Không tìm thấy LibreOffice (soffice) để chuyển sang PDF.', 'LibreOffice (soffice) was not found; it is needed for PDF.'),
    note: text(
      'Cài LibreOffice: Debian/Ubuntu "sudo apt-get install libreoffice-writer-nogui fonts-liberation2"; Windows, macOS: tải tại https://www.libreoffice.org/download/ '
      + '(đã cài ở chỗ khác thì đặt biến COCHUONG_SOFFICE). Tệp Word (--format docx) in được không cần LibreOffice.',
      'Install LibreOffice: Debian/Ubuntu "sudo apt-get install libreoffice-writer-nogui fonts-liberation2"; Windows, macOS: download from '
      + 'https://www.libreoffice.org/download/ (installed elsewhere: set COCHUONG_SOFFICE). Word files (--format docx) need no LibreOffice.'),
  });
}

function conversionFailed(file: string, why: string): Message {
  return createMessage({
    file, source: 'render', fatal: true, ruleId: RENDER_CODES.conversionFailed.id,
    reason: text(`LibreOffice không chuyển được sang PDF (${why}).`, `LibreOffice could not convert to PDF (${why}).`),
    note: text('Mở tệp .docx bằng LibreOffice để xem lỗi; đóng các cửa sổ LibreOffice rồi chạy lại.',
      'Open the .docx in LibreOffice to see the problem; close LibreOffice windows and try again.'),
  });
}

function sofficeUnusable(file: string, detail: string): Message {
  return createMessage({
    file, source: 'render', fatal: true, ruleId: RENDER_CODES.sofficeMissing.id,
    reason: text('Không chạy được LibreOffice (soffice) để chuyển sang PDF.', 'LibreOffice (soffice) could not be run to convert to PDF.'),
    actual: detail,
    note: text('Kiểm tra biến COCHUONG_SOFFICE (nếu có đặt) trỏ đúng tới chương trình soffice và có quyền chạy; hoặc cài lại LibreOffice. Tệp Word (--format docx) in được không cần LibreOffice.',
      'Check that COCHUONG_SOFFICE (if set) names the soffice program and that it may be run; or reinstall LibreOffice. Word files (--format docx) need no LibreOffice.'),
  });
}

function conversionTimedOut(file: string, timeoutMs: number): Message {
  const seconds = Math.round(timeoutMs / 1000);
  return createMessage({
    file, source: 'render', fatal: true, ruleId: RENDER_CODES.conversionFailed.id,
    reason: text(`LibreOffice không chuyển xong sang PDF sau ${seconds} giây; đã dừng LibreOffice.`, `LibreOffice did not finish converting to PDF within ${seconds} s; it was stopped.`),
    note: text('Đóng các cửa sổ LibreOffice đang mở rồi chạy lại; tệp Word (--format docx) vẫn in được.',
      'Close any open LibreOffice windows and try again; the Word file (--format docx) can still be made.'),
  });
}

export async function convertToPdf(inputs: PdfInput[], options: PdfOptions = {}): Promise<PdfResult[]> {
  if (inputs.length === 0) return [];
  const soffice = findSoffice(options.env);
  if (!soffice) return inputs.map((i) => ({ file: i.file, ok: false, message: sofficeMissing(i.file) }));

  const work = await mkdtemp(join(tmpdir(), 'cochuong-pdf-'));
  // On Ctrl-C the copies of the documents in the temporary folder go too.
  const removeWork = () => rmSync(work, { recursive: true, force: true });
  pendingCleanups.add(removeWork);
  try {
    const docxDir = join(work, 'in');
    const pdfDir = join(work, 'out');
    await mkdir(docxDir);
    await mkdir(pdfDir);
    // Numbered names: two inputs may share a base name, and LibreOffice names outputs after inputs.
    const names = inputs.map((input, i) => `${String(i).padStart(4, '0')}-${safeName(input.file)}`);
    await Promise.all(inputs.map((input, i) => writeFile(join(docxDir, `${names[i]}.docx`), input.docx)));
    const profile = pathToFileURL(join(work, 'profile')).href;
    const args = [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--nolockcheck', '--nodefault', '--nologo',
      '--convert-to', PDF_FOR_SIGNING, '--outdir', pdfDir, ...names.map((n) => join(docxDir, `${n}.docx`))];
    const timeoutMs = options.timeoutMs ?? 60_000 + 10_000 * inputs.length;
    const run = await runSoffice(soffice, args, timeoutMs, options.env);
    if (run.notStarted) return inputs.map((i) => ({ file: i.file, ok: false, message: sofficeUnusable(i.file, run.detail) }));
    return await Promise.all(inputs.map(async (input, i): Promise<PdfResult> => {
      // Through the bounded reader too: a PDF is a few MB; a runaway conversion is not read whole.
      const read = await readBytes(join(pdfDir, `${names[i]}.pdf`), MAX_PDF_BYTES);
      if (!read.ok) {
        if (run.timedOut) return { file: input.file, ok: false, message: conversionTimedOut(input.file, timeoutMs) };
        return { file: input.file, ok: false, message: conversionFailed(input.file, run.detail || 'no PDF') };
      }
      // LibreOffice "converts" what it cannot read as plain text and still exits 0: check it is a real PDF.
      const pdf = Buffer.from(read.bytes.buffer, read.bytes.byteOffset, read.bytes.length);
      if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-' || pdf.length < 1000) {
        return { file: input.file, ok: false, message: conversionFailed(input.file, 'not a PDF') };
      }
      return { file: input.file, ok: true, pdf: read.bytes };
    }));
  } finally {
    await rm(work, { recursive: true, force: true }).catch(() => undefined);
    pendingCleanups.delete(removeWork);
  }
}

function safeName(file: string): string {
  return basename(file).replace(/\.[^.]*$/, '').replace(/[^\p{L}\p{N}_-]+/gu, '_').slice(0, 60) || 'van-ban';
}
