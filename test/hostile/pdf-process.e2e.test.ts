import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertToPdf } from '../../src/render/pdf.js';
import { BIN, ROOT } from '../support/cli.js';

/**
 * Issue 15, item 4: real LibreOffice is a process tree (oosplash → soffice.bin). A stand-in soffice
 * that forks a child which sleeps shows what a hung conversion does: on time-out and on Ctrl-C the
 * whole tree is stopped, and the temporary folder with the copy of the document is removed.
 */
const dir = mkdtempSync(join(tmpdir(), 'cochuong-pdf-tree-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A soffice that records where it was asked to write and the pid of its sleeping child, then waits for it. */
function standIn(name: string): { soffice: string; pidFile: string; argsFile: string } {
  const d = join(dir, name);
  mkdirSync(d);
  const pidFile = join(d, 'child.pid');
  const argsFile = join(d, 'args');
  const soffice = join(d, 'soffice');
  writeFileSync(soffice, `#!/bin/sh\nprintf '%s\\n' "$@" > '${argsFile}'\nsleep 600 &\necho $! > '${pidFile}.tmp'\nmv '${pidFile}.tmp' '${pidFile}'\nwait\n`);
  chmodSync(soffice, 0o755);
  return { soffice, pidFile, argsFile };
}

const alive = (pid: number) => { try { process.kill(pid, 0); return true; } catch { return false; } };
/** The work folder cochuong made: the parent of the --outdir it passed. */
const workOf = (argsFile: string) => {
  const args = readFileSync(argsFile, 'utf8').split('\n');
  return join(args[args.indexOf('--outdir') + 1], '..');
};
const waitFor = async (check: () => boolean) => { while (!check()) await new Promise((r) => setTimeout(r, 20)); };

describe('LibreOffice as a process tree', () => {
  it('on time-out, the whole tree is killed and the temporary folder removed', async () => {
    const { soffice, pidFile, argsFile } = standIn('timeout');
    const results = await convertToPdf([{ file: 'vb.yaml', docx: new Uint8Array([1, 2, 3]) }], { env: { ...process.env, COCHUONG_SOFFICE: soffice }, timeoutMs: 1500 });
    expect(results[0].ok).toBe(false);
    if (!results[0].ok) expect(results[0].message.reason.en).toContain('did not finish');
    const child = Number(readFileSync(pidFile, 'utf8'));
    await waitFor(() => !alive(child));
    expect(existsSync(workOf(argsFile))).toBe(false);
  }, 30_000);

  it('a soffice that cannot be run says so, with advice that fits', async () => {
    const d = join(dir, 'noexec');
    mkdirSync(d);
    writeFileSync(join(d, 'soffice'), '#!/bin/sh\n');
    chmodSync(join(d, 'soffice'), 0o644);
    const [result] = await convertToPdf([{ file: 'vb.yaml', docx: new Uint8Array([1]) }], { env: { ...process.env, COCHUONG_SOFFICE: join(d, 'soffice') } });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message.reason.en).toContain('could not be run');
      expect(result.message.note?.en).toContain('COCHUONG_SOFFICE');
      expect(result.message.actual).not.toMatch(/spawn/);
    }
  });

  it('on Ctrl-C during conversion, the tree is killed, the temporary folder removed, exit 130', async () => {
    const { soffice, pidFile, argsFile } = standIn('interrupt');
    const out = join(dir, 'out');
    mkdirSync(out);
    const child = spawn(process.execPath, [BIN, 'render', join(ROOT, 'examples', 'soc-son-2020.yaml'), '--format', 'pdf', '-o', out],
      { env: { ...process.env, COCHUONG_SOFFICE: soffice }, stdio: 'ignore' });
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    await waitFor(() => existsSync(pidFile));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    const sleeper = Number(readFileSync(pidFile, 'utf8'));
    await waitFor(() => !alive(sleeper));
    expect(existsSync(workOf(argsFile))).toBe(false);
    expect(readdirSync(out)).toEqual([]);
  }, 60_000);
});
