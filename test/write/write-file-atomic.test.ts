import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pbkdf2 } from 'node:crypto';
import { promisify } from 'node:util';
import { removePendingTemporaryFiles, writeFileAtomic } from '../../src/write/write-file-atomic.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'cochuong-write-'));

describe('writeFileAtomic', () => {
  it('writes a new file and leaves no temporary file', async () => {
    const dir = fresh();
    const result = await writeFileAtomic(join(dir, 'a.docx'), 'nội dung');
    expect(result.ok).toBe(true);
    expect(readFileSync(join(dir, 'a.docx'), 'utf8')).toBe('nội dung');
    expect(readdirSync(dir)).toEqual(['a.docx']);
  });
  it('refuses to overwrite without force, and keeps the old file', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'a.docx'), 'bản cũ');
    const result = await writeFileAtomic(join(dir, 'a.docx'), 'bản mới');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message.ruleId).toBe('WR001');
      expect(result.message.note?.vi).toContain('--force');
    }
    expect(readFileSync(join(dir, 'a.docx'), 'utf8')).toBe('bản cũ');
    expect(readdirSync(dir)).toEqual(['a.docx']);
  });
  it('overwrites with force', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'a.docx'), 'bản cũ');
    expect((await writeFileAtomic(join(dir, 'a.docx'), 'bản mới', { force: true })).ok).toBe(true);
    expect(readFileSync(join(dir, 'a.docx'), 'utf8')).toBe('bản mới');
  });
  it('has its temporary file on disk as soon as it starts, so Ctrl-C at any later moment removes it', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'a.docx'), 'bản cũ');
    // A busy machine: the thread pool that runs asynchronous file calls is taken for a while.
    const busy = Array.from({ length: 8 }, () => promisify(pbkdf2)('mật khẩu', 'muối', 100_000, 32, 'sha256'));
    const writing = writeFileAtomic(join(dir, 'a.docx'), 'bản mới', { force: true });
    // What the CLI's SIGINT handler does, at the first moment it can run.
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toHaveLength(1);
    removePendingTemporaryFiles();
    expect(readdirSync(dir)).toEqual(['a.docx']);
    await Promise.all([writing, ...busy]);
    expect(readdirSync(dir)).toEqual(['a.docx']);
    expect(readFileSync(join(dir, 'a.docx'), 'utf8')).toBe('bản cũ');
  });
  it('reports a missing folder and an unwritable one without throwing', async () => {
    const dir = fresh();
    const missing = await writeFileAtomic(join(dir, 'khong-co', 'a.md'), 'x');
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.message.ruleId).toBe('WR002');
    if (process.getuid?.() !== 0) {
      chmodSync(dir, 0o500);
      const denied = await writeFileAtomic(join(dir, 'a.md'), 'x');
      expect(denied.ok).toBe(false);
      chmodSync(dir, 0o700);
    }
  });
});
