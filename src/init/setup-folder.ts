import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { createMessage, text, type Message } from '../message/message.js';
import { WRITE_CODES } from '../write/codes.js';
import { writeFileAtomic } from '../write/write-file-atomic.js';

/** One file `cochuong init` writes, relative to the folder. */
export interface PlannedFile { path: string; content: string }

export type WriteFilesResult = { ok: true; written: string[] } | { ok: false; messages: Message[] };

/**
 * Writes the planned files atomically. Without `force`, nothing is written when any of them exists
 * already (a clerk's own settings are never half replaced): the messages name each one.
 */
export async function writePlannedFiles(dir: string, files: PlannedFile[], force: boolean): Promise<WriteFilesResult> {
  const existing = files.filter((f) => existsSync(join(dir, f.path)));
  if (existing.length > 0 && !force) {
    return { ok: false, messages: existing.map((f) => createMessage({ file: join(dir, f.path), source: 'io', ruleId: WRITE_CODES.exists.id,
      reason: text('Tệp này đã có; cochuong init không ghi đè.', 'This file exists; cochuong init does not overwrite it.'),
      note: text('Xóa hoặc đổi tên tệp, hoặc chạy lại với --force để thay nó.', 'Remove or rename it, or run again with --force to replace it.') })) };
  }
  const written: string[] = [];
  for (const f of files) {
    const target = join(dir, f.path);
    mkdirSync(dirname(target), { recursive: true });
    const result = await writeFileAtomic(target, f.content, { force: true });
    if (!result.ok) return { ok: false, messages: [result.message] };
    written.push(f.path);
  }
  return { ok: true, written };
}

/** A path for settings files and modelines: relative to `from`, with "/" (what editors accept everywhere). */
export function portablePath(from: string, to: string): string {
  return relative(from, to).split(sep).join('/');
}
