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
  const results: ({ file: LoadedFile } | { messages: Message[] })[] = new Array(collected.files.length);
  // Several reads in flight: each open and read waits on the thread pool, and a folder has thousands.
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < collected.files.length; i = next++) {
      const path = collected.files[i];
      const shown = relativeName(path, cwd);
      const read = await readBytes(path, maxBytes);
      if (!read.ok) { results[i] = { messages: [{ ...read.message, file: shown }] }; continue; }
      const checked = checkSource(shown, read.bytes, { rules: [] });
      results[i] = checked.document
        ? { file: { file: shown, path, doc: checked.document } }
        : { messages: checked.messages.filter((m) => m.severity === 'error').slice(0, 3) };
    }
  };
  await Promise.all(Array.from({ length: Math.min(READS_IN_FLIGHT, collected.files.length) }, worker));
  const files: LoadedFile[] = [];
  for (const r of results) {
    if ('file' in r) files.push(r.file);
    else messages.push(...r.messages);
  }
  return { files, messages };
}

const READS_IN_FLIGHT = 8;

function relativeName(path: string, cwd: string): string {
  return path.startsWith(cwd + '/') || path.startsWith(cwd + '\\') ? path.slice(cwd.length + 1) : path;
}
