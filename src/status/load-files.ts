import { resolve } from 'node:path';
import { checkSource } from '../check/check-source.js';
import { collectFiles } from '../check/collect-files.js';
import type { Message } from '../message/message.js';
import { readBytes } from '../read/read-bytes.js';
import type { LoadedFile } from './status-of.js';

/**
 * The documents under the paths given (files and folders), read with the bounded reader and checked
 * against the schema only: status needs their shape, not every rule. Files that cannot be read or
 * do not match the format come back as messages; the others still count.
 */
export async function loadFiles(paths: string[], cwd: string, maxBytes: number): Promise<{ files: LoadedFile[]; messages: Message[] }> {
  const collected = await collectFiles(paths.map((p) => resolve(cwd, p)));
  const messages = [...collected.messages];
  const files: LoadedFile[] = [];
  for (const path of collected.files) {
    const shown = relativeName(path, cwd);
    const read = await readBytes(path, maxBytes);
    if (!read.ok) { messages.push({ ...read.message, file: shown }); continue; }
    const checked = checkSource(shown, read.bytes, { rules: [] });
    if (!checked.document) { messages.push(...checked.messages.filter((m) => m.severity === 'error').slice(0, 3)); continue; }
    files.push({ file: shown, path, doc: checked.document });
  }
  return { files, messages };
}

function relativeName(path: string, cwd: string): string {
  return path.startsWith(cwd + '/') || path.startsWith(cwd + '\\') ? path.slice(cwd.length + 1) : path;
}
