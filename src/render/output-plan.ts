import { existsSync, statSync } from 'node:fs';
import { readBytesSync } from '../read/read-bytes.js';
import { fileIdentity } from '../write/same-file.js';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import type { Message } from '../message/message.js';
import { DEFAULT_PAGE, parseMargins, type PageSetup } from './docx/page.js';
import type { OutputFormat } from './render-document.js';

/** What `cochuong render` was asked for, checked and turned into a plan: formats, page, where files go. */

export type Format = OutputFormat | 'pdf';
const FORMATS: readonly Format[] = ['docx', 'md', 'pdf'];

export function parseFormats(values: string[]): { ok: true; list: Format[] } | { ok: false; bad: string } {
  const list: Format[] = [];
  for (const value of values.flatMap((v) => v.split(',')).map((v) => v.trim().toLowerCase()).filter((v) => v !== '')) {
    const format = value === 'markdown' ? 'md' : value;
    if (!FORMATS.includes(format as Format)) return { ok: false, bad: value };
    if (!list.includes(format as Format)) list.push(format as Format);
  }
  return { ok: true, list: list.length > 0 ? list : ['docx'] };
}

export function pageSetup(options: { margins?: string; fontSize?: string }): { ok: true; setup: PageSetup } | { ok: false; vi: string; en: string } {
  let setup: PageSetup = DEFAULT_PAGE;
  if (options.margins !== undefined) {
    const margins = parseMargins(options.margins);
    if (!margins.ok) return margins;
    setup = { ...setup, margins: margins.margins };
  }
  if (options.fontSize !== undefined) {
    const size = Number(options.fontSize);
    if (size !== 13 && size !== 14) return { ok: false, vi: 'Cỡ chữ thân văn bản là 13 hoặc 14 (Nghị định 30/2020/NĐ-CP).', en: 'Body text size is 13 or 14 (Decree 30/2020).' };
    setup = { ...setup, bodySize: size };
  }
  return { ok: true, setup };
}

/** The default templates, then --template DIR or a templates/ folder beside the input. */
export function templateDirs(defaultDir: string, file: string, option: string | undefined): string[] {
  // Paths as the user wrote them, so messages name templates the way the user knows them.
  if (option !== undefined) return [defaultDir, option];
  const beside = join(dirname(file), 'templates');
  return isDirectory(beside) && resolve(beside) !== resolve(defaultDir) ? [defaultDir, beside] : [defaultDir];
}

export function templateSources(messages: Message[]): Map<string, string> {
  const sources = new Map<string, string>();
  for (const m of messages) {
    if (!m.place || sources.has(m.file)) continue;
    const read = readBytesSync(m.file, 256 * 1024);
    if (read.ok) sources.set(m.file, Buffer.from(read.bytes).toString('utf8')); // else no frame
  }
  return sources;
}

export function isDirectory(path: string): boolean {
  try { return statSync(path).isDirectory(); } catch { return false; }
}

/**
 * Outputs that would destroy something: an output that is one of the inputs (render b.yaml -o b.yaml
 * --force), or two inputs writing the same file (a.yaml and a.yml both make a.docx). Paths are
 * compared resolved, and by file identity where they exist (a hard link or a symlink to the input).
 */
export function outputClash(files: string[], plan: Extract<OutputPlan, { ok: true }>): { vi: string; en: string } | undefined {
  const identity = fileIdentity;
  const inputs = new Map(files.map((f) => [identity(f), f]));
  const taken = new Map<string, string>();
  for (const file of files) {
    for (const target of Object.values(plan.of(file))) {
      if (target === undefined || target === '-') continue;
      const id = identity(target);
      const input = inputs.get(id) ?? (inputs.has(`path:${resolve(target)}`) ? target : undefined);
      if (input !== undefined) {
        return { vi: `Tệp kết quả "${target}" chính là tệp đầu vào "${input}": ghi vào đó sẽ làm mất văn bản gốc (kể cả với --force). Chọn tên khác bằng -o.`,
          en: `The output "${target}" is the input "${input}": writing it would destroy the source (even with --force). Choose another name with -o.` };
      }
      const other = taken.get(id) ?? taken.get(`path:${resolve(target)}`);
      if (other !== undefined && other !== file) {
        return { vi: `Hai tệp "${other}" và "${file}" cùng ghi ra "${target}" và sẽ ghi đè nhau. In từng tệp với -o riêng, hoặc đổi tên một tệp.`,
          en: `"${other}" and "${file}" would both write "${target}" and overwrite each other. Render them one at a time with their own -o, or rename one.` };
      }
      taken.set(id, file);
      taken.set(`path:${resolve(target)}`, file);
    }
  }
  return undefined;
}

const EXTENSIONS: Record<Format, string> = { docx: '.docx', md: '.md', pdf: '.pdf' };

export type OutputPlan =
  | { ok: true; dirsToCreate: string[]; of(file: string): Partial<Record<Format, string>> }
  | { ok: false; vi: string; en: string };

/**
 * Where each output goes: beside the input (same name) by default; with -o, into that folder
 * (several inputs, or a folder given), or to that file (one input; with several formats each
 * takes its own extension).
 */
export function outputPlan(files: string[], formats: Format[], output: string | undefined): OutputPlan {
  if (output === '-') {
    if (files.length !== 1 || formats.length !== 1 || formats[0] !== 'md') {
      return { ok: false, vi: '-o - (in ra đầu ra chuẩn) chỉ dùng cho một tệp với --format md; tệp Word và PDF phải ghi ra tệp.',
        en: '-o - (standard output) takes one file with --format md; Word and PDF files must be written to a file.' };
    }
    return { ok: true, dirsToCreate: [], of: () => ({ md: '-' }) };
  }
  const stem = (file: string) => basename(file).replace(/\.ya?ml$/i, '');
  const inFolder = (dir: string) => (file: string) => Object.fromEntries(formats.map((f) => [f, join(dir, stem(file) + EXTENSIONS[f])]));
  if (output === undefined) {
    return { ok: true, dirsToCreate: [], of: (file) => inFolder(dirname(file))(file) };
  }
  const endsWithSeparator = output.endsWith('/') || output.endsWith(sep);
  const exists = existsSync(output);
  const isDir = exists && isDirectory(output);
  if (isDir || endsWithSeparator || files.length > 1) {
    if ((exists && !isDir) || (!exists && /\.(docx|md|pdf)$/i.test(output))) {
      return { ok: false, vi: `Có nhiều tệp cần in nên -o phải là một thư mục, nhưng "${output}" là một tệp.`,
        en: `With several files to render, -o must be a folder, but "${output}" is a file.` };
    }
    const names = files.map(stem);
    const clash = names.find((n, i) => names.indexOf(n) !== i);
    if (clash) {
      return { ok: false, vi: `Hai tệp cùng tên "${clash}" sẽ ghi đè nhau trong thư mục ${output}.`, en: `Two files named "${clash}" would overwrite each other in ${output}.` };
    }
    return { ok: true, dirsToCreate: exists ? [] : [output], of: inFolder(output) };
  }
  const base = formats.length > 1 ? output.slice(0, output.length - extname(output).length) : output;
  return { ok: true, dirsToCreate: [], of: () => Object.fromEntries(formats.map((f) => [f, formats.length > 1 ? base + EXTENSIONS[f] : base])) };
}
