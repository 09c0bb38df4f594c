import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readBytes } from '../read/read-bytes.js';
import { pendingCleanups } from '../write/pending-files.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findSoffice } from '../render/pdf.js';

/**
 * .doc, .rtf and .odt through LibreOffice headless, converted to .docx in a throwaway folder with
 * its own profile (so it neither disturbs nor waits for a LibreOffice the clerk has open). The
 * process runs in its own process group, and the time limit kills the whole group: soffice starts
 * a child (oosplash → soffice.bin) that a kill of the first process alone leaves running.
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
    const run = await runGroup(soffice, args, options.timeoutMs ?? 90_000, options.env);
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

interface GroupResult { code: number | null; timedOut: boolean; detail: string }

function runGroup(command: string, args: string[], timeoutMs: number, env?: NodeJS.ProcessEnv): Promise<GroupResult> {
  return new Promise((resolve) => {
    let output = '';
    let timedOut = false;
    const detached = process.platform !== 'win32';
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: env ?? process.env, windowsHide: true, detached });
    const keep = (chunk: Buffer) => { output = (output + chunk.toString('utf8')).slice(-2000); };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const killGroup = () => {
      try { if (detached && child.pid) process.kill(-child.pid, 'SIGKILL'); else child.kill('SIGKILL'); } catch { /* already gone */ }
    };
    // Ctrl-C while converting: the group goes with us.
    const onExit = () => killGroup();
    process.once('exit', onExit);
    const timer = setTimeout(() => { timedOut = true; killGroup(); }, timeoutMs);
    const done = (result: GroupResult) => { clearTimeout(timer); process.removeListener('exit', onExit); resolve(result); };
    child.on('error', (error) => done({ code: null, timedOut, detail: error.message }));
    child.on('close', (code) => {
      if (timedOut) killGroup();
      const lastError = output.split('\n').map((l) => l.trim()).filter((l) => /error/i.test(l)).pop() ?? '';
      done({ code, timedOut, detail: lastError });
    });
  });
}
