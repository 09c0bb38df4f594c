import { rmSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readBytes } from '../read/read-bytes.js';
import { pendingCleanups } from '../write/pending-files.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findSoffice, runSoffice } from '../render/soffice.js';

/**
 * .doc, .rtf and .odt through LibreOffice headless, converted to .docx in a throwaway folder with
 * its own profile (so it neither disturbs nor waits for a LibreOffice the clerk has open), run by
 * the same process-group runner as the PDF conversion (render/soffice.ts).
 */
export type LegacyConversion = { ok: true; docx: Uint8Array; ms: number } | { ok: false; reason: 'missing' | 'timeout' | 'failed'; detail: string };

export async function convertToDocx(bytes: Uint8Array, extension: string, options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<LegacyConversion> {
  const soffice = findSoffice(options.env);
  if (!soffice) return { ok: false, reason: 'missing', detail: '' };
  const work = await mkdtemp(join(tmpdir(), 'cochuong-import-'));
  // On Ctrl-C the copy of the document in the temporary folder goes too.
  const removeWork = () => rmSync(work, { recursive: true, force: true });
  pendingCleanups.add(removeWork);
  const started = Date.now();
  try {
    const input = join(work, `van-ban${extension}`);
    await writeFile(input, bytes);
    const args = [`-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`, '--headless', '--norestore', '--nolockcheck', '--nodefault', '--nologo',
      '--convert-to', 'docx:MS Word 2007 XML', '--outdir', join(work, 'out'), input];
    const run = await runSoffice(soffice, args, options.timeoutMs ?? 90_000, options.env);
    if (run.timedOut) return { ok: false, reason: 'timeout', detail: run.detail };
    // Through the bounded reader, as every file cochuong reads.
    const read = await readBytes(join(work, 'out', 'van-ban.docx'), 256 * 1024 * 1024);
    if (read.ok) return { ok: true, docx: read.bytes, ms: Date.now() - started };
    return { ok: false, reason: 'failed', detail: run.detail || `exit ${run.code}` };
  } finally {
    await rm(work, { recursive: true, force: true }).catch(() => undefined);
    pendingCleanups.delete(removeWork);
  }
}
