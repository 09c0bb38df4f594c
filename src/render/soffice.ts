import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pendingCleanups } from '../write/pending-files.js';

/**
 * Finding and running LibreOffice (soffice), for every conversion cochuong asks of it: DOCX → PDF
 * (render) and .doc/.rtf/.odt → DOCX (import). One runner, so the process-tree rules hold for both.
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

/** Why soffice could not be started, in words ("spawn … EACCES" told a clerk nothing). */
function spawnProblem(command: string, error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'EACCES':
    case 'EPERM': return `${command}: không chạy được, tệp không có quyền thực thi / not executable`;
    case 'ENOENT': return `${command}: không có tệp này / no such file`;
    case 'ENOEXEC': return `${command}: không phải chương trình chạy được / not a program`;
    default: return `${command}: ${error.code ?? error.message}`;
  }
}

export interface SofficeRun { code: number | null; timedOut: boolean; detail: string; notStarted?: boolean }

/**
 * Runs soffice in a process group of its own: LibreOffice is a tree (oosplash → soffice.bin), and
 * killing only the first process left the second running, holding our pipes open, so a hung
 * conversion outlived its time limit. On time-out, on Ctrl-C (through pendingCleanups) and once the
 * first process ends, the whole group is killed.
 */
export function runSoffice(command: string, args: string[], timeoutMs: number, env?: NodeJS.ProcessEnv): Promise<SofficeRun> {
  return new Promise((resolve) => {
    let output = '';
    let timedOut = false;
    const group = process.platform !== 'win32';
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: env ?? process.env, windowsHide: true, detached: group });
    const killTree = () => {
      if (child.pid === undefined) return;
      try {
        if (group) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch { /* already gone */ }
    };
    pendingCleanups.add(killTree);
    const keep = (chunk: Buffer) => { output = (output + chunk.toString('utf8')).slice(-2000); };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => { timedOut = true; killTree(); }, timeoutMs);
    const finish = (result: SofficeRun) => {
      clearTimeout(timer);
      pendingCleanups.delete(killTree);
      resolve(result);
    };
    // What the first process left behind would keep the pipes open: the group goes with it.
    child.on('exit', killTree);
    child.on('error', (error) => finish({ code: null, timedOut, detail: spawnProblem(command, error), notStarted: true }));
    child.on('close', (code) => {
      const lastError = output.split('\n').map((l) => l.trim()).filter((l) => /error/i.test(l)).pop() ?? '';
      finish({ code, timedOut, detail: code === 0 ? lastError : `exit ${code}${lastError ? `: ${lastError}` : ''}` });
    });
  });
}
