import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { convertToDocx } from '../../src/import/convert-legacy.js';
import { importWordFile } from '../../src/import/import-file.js';

/** .doc/.rtf/.odt go through LibreOffice: a clear message without it, and a time limit that ends the whole process tree. */

const work = mkdtempSync(join(tmpdir(), 'cochuong-convert-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const alive = (pid: number) => { try { process.kill(pid, 0); return true; } catch { return false; } };

describe.runIf(process.platform !== 'win32')('LibreOffice runner', () => {
  it('says what to do when LibreOffice is missing, and writes nothing', async () => {
    const result = await importWordFile('cu.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), { env: { ...process.env, COCHUONG_SOFFICE: join(work, 'khong-co') } });
    expect(result.ok).toBe(false);
    expect(result.messages[0].ruleId).toBe('IM006');
    expect(result.messages[0].note?.vi).toContain('Save As');
  });

  it('kills the whole process group at the time limit: a child soffice left behind is gone too', async () => {
    const pidFile = join(work, 'child.pid');
    const fake = join(work, 'soffice');
    // Like soffice's launcher: starts the real program as a child, then waits.
    writeFileSync(fake, `#!/bin/sh\nsleep 300 &\necho $! > "${pidFile}"\nwait\n`);
    chmodSync(fake, 0o755);
    const result = await convertToDocx(new Uint8Array(10), '.doc', { env: { ...process.env, COCHUONG_SOFFICE: fake }, timeoutMs: 1500 });
    expect(result).toMatchObject({ ok: false, reason: 'timeout' });
    const child = Number(readFileSync(pidFile, 'utf8'));
    // SIGKILL is delivered at once; give the kernel a moment to reap it (polled, not timed).
    for (let k = 0; k < 100 && alive(child); k++) await new Promise((r) => setTimeout(r, 20));
    expect(alive(child)).toBe(false);
  });
});
