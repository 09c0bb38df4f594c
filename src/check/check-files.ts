import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { text, type Message } from '../message/message.js';
import type { CochuongDocument } from '../model/document.js';
import { readBytes, DEFAULT_MAX_BYTES } from '../read/read-bytes.js';
import type { RelatedDocument } from '../rules/rule.js';
import { checkSource, type CheckedFile } from './check-source.js';

export interface CheckFilesOptions {
  maxBytes?: number;
  /** Bytes of standard input, when "-" is among the files. */
  stdin?: () => Promise<Uint8Array>;
  concurrency?: number;
}

/**
 * Checks many files, reading a bounded number at a time, and returns results in the order of
 * `files` whatever order the reads finish in.
 */
export async function checkFiles(files: string[], options: CheckFilesOptions = {}): Promise<CheckedFile[]> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const results: CheckedFile[] = new Array(files.length);
  const related = relatedLoader(maxBytes);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const index = next++;
      results[index] = await checkOne(files[index], maxBytes, options, related);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 16, files.length) }, worker));
  return results;
}

async function checkOne(file: string, maxBytes: number, options: CheckFilesOptions, loadRelated: ReturnType<typeof relatedLoader>): Promise<CheckedFile> {
  if (file === '-') {
    const bytes = options.stdin ? await options.stdin() : new Uint8Array();
    return checkSource(file, bytes, { loadRelated });
  }
  const read = await readBytes(file, maxBytes);
  if (!read.ok) return { file, stoppedAt: 'read', messages: [read.message] };
  return checkSource(file, read.bytes, { loadRelated });
}

/** Loads documents that others name (a report's program), once each per run, without their rules. */
export function relatedLoader(maxBytes = DEFAULT_MAX_BYTES) {
  const cache = new Map<string, RelatedDocument>();
  return (fromFile: string, relativePath: string): RelatedDocument => {
    const base = fromFile === '-' ? process.cwd() : dirname(fromFile);
    const target = resolve(base, relativePath);
    const cached = cache.get(target);
    if (cached) return cached;
    let result: RelatedDocument;
    try {
      const bytes = readFileSync(target);
      if (bytes.length > maxBytes) throw Object.assign(new Error('too large'), { code: 'EFBIG' });
      const checked = checkSource(target, bytes, { rules: [] });
      result = checked.document
        ? { ok: true, doc: checked.document as CochuongDocument }
        : { ok: false, reason: firstProblem(checked.messages) };
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      result = { ok: false, reason: code === 'ENOENT'
        ? text(`không tìm thấy tệp ${relativePath}`, `file ${relativePath} not found`)
        : text(`không đọc được tệp ${relativePath} (${code})`, `cannot read ${relativePath} (${code})`) };
    }
    cache.set(target, result);
    return result;
  };
}

function firstProblem(messages: Message[]) {
  const m = messages.find((x) => x.severity === 'error') ?? messages[0];
  return m ? m.reason : text('tệp không hợp lệ', 'the file is not valid');
}
