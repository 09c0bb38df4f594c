import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessage, text, type Message } from '../message/message.js';
import { RENDER_CODES } from './codes.js';

/**
 * DOCX → PDF with LibreOffice (soffice), in one call for many files (LibreOffice takes seconds to
 * start). Each run gets a throwaway user profile, so it neither disturbs nor waits for a LibreOffice
 * the clerk has open.
 */

const CANDIDATES = process.platform === 'win32'
  ? ['soffice.exe', 'soffice.com']
  : ['soffice', 'libreoffice'];

const KNOWN_PLACES = [
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
  'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
];

/** The soffice to run: COCHUONG_SOFFICE, else the PATH, else the usual install places. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const explicit = env.COCHUONG_SOFFICE;
  if (explicit !== undefined && explicit !== '') return existsSync(explicit) ? explicit : undefined;
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const name of CANDIDATES) if (existsSync(join(dir, name))) return join(dir, name);
  }
  return KNOWN_PLACES.find((p) => existsSync(p));
}

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

export async function convertToPdf(inputs: PdfInput[], options: PdfOptions = {}): Promise<PdfResult[]> {
  if (inputs.length === 0) return [];
  const soffice = findSoffice(options.env);
  if (!soffice) return inputs.map((i) => ({ file: i.file, ok: false, message: sofficeMissing(i.file) }));

  const work = await mkdtemp(join(tmpdir(), 'cochuong-pdf-'));
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
    const run = await runProcess(soffice, args, options.timeoutMs ?? 60_000 + 10_000 * inputs.length, options.env);
    return await Promise.all(inputs.map(async (input, i): Promise<PdfResult> => {
      let pdf: Buffer;
      try {
        pdf = await readFile(join(pdfDir, `${names[i]}.pdf`));
      } catch {
        return { file: input.file, ok: false, message: conversionFailed(input.file, run.timedOut ? 'quá thời gian / timed out' : run.detail || 'no PDF') };
      }
      // LibreOffice "converts" what it cannot read as plain text and still exits 0: check it is a real PDF.
      if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-' || pdf.length < 1000) {
        return { file: input.file, ok: false, message: conversionFailed(input.file, 'not a PDF') };
      }
      return { file: input.file, ok: true, pdf: new Uint8Array(pdf) };
    }));
  } finally {
    await rm(work, { recursive: true, force: true }).catch(() => undefined);
  }
}

function safeName(file: string): string {
  return basename(file).replace(/\.[^.]*$/, '').replace(/[^\p{L}\p{N}_-]+/gu, '_').slice(0, 60) || 'van-ban';
}

interface ProcessResult { code: number | null; timedOut: boolean; detail: string }

function runProcess(command: string, args: string[], timeoutMs: number, env?: NodeJS.ProcessEnv): Promise<ProcessResult> {
  return new Promise((resolve) => {
    let output = '';
    let timedOut = false;
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: env ?? process.env, windowsHide: true });
    const keep = (chunk: Buffer) => { output = (output + chunk.toString('utf8')).slice(-2000); };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutMs);
    child.on('error', (error) => { clearTimeout(timer); resolve({ code: null, timedOut, detail: error.message }); });
    child.on('close', (code) => {
      clearTimeout(timer);
      const lastError = output.split('\n').map((l) => l.trim()).filter((l) => /error/i.test(l)).pop() ?? '';
      resolve({ code, timedOut, detail: code === 0 ? lastError : `exit ${code}${lastError ? `: ${lastError}` : ''}` });
    });
  });
}
