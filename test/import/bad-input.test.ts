import { existsSync, mkdtempSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importCommand } from '../../src/cli/commands/import.js';
import type { CliContext } from '../../src/cli/context.js';
import { zipEntries } from '../../src/render/docx/zip.js';
import { PLAIN } from '../../src/report/style.js';
import { docx, p } from './word-made.js';

/** Bad input: each a clear message naming the file, exit 1 or 2, and nothing written. */

const work = mkdtempSync(join(tmpdir(), 'cochuong-import-bad-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function context() {
  const out: string[] = [];
  const err: string[] = [];
  const ctx: CliContext = { lang: 'vi', stdout: (s) => out.push(s), stderr: (s) => err.push(s), style: PLAIN, readStdin: async () => ({ ok: true as const, bytes: new Uint8Array() }), cwd: work };
  return { ctx, out, err };
}

async function run(name: string, bytes: Uint8Array | undefined, options = {}) {
  const dir = mkdtempSync(join(work, 'case-'));
  const file = join(dir, name);
  if (bytes) writeFileSync(file, bytes);
  const { ctx, out, err } = context();
  const code = await importCommand([file], options, ctx);
  return { code, out: out.join(''), err: err.join(''), file, written: readdirSync(dir).filter((f) => f !== name) };
}

describe('cochuong import refuses bad input clearly and writes nothing', () => {
  it('a corrupt ZIP', async () => {
    const r = await run('hong.docx', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]));
    expect(r.code).toBe(1);
    expect(r.err).toContain('hong.docx');
    expect(r.err).toContain('IM001');
    expect(r.written).toEqual([]);
  });

  it('a Word file that is not a coordination document (a letter)', async () => {
    const r = await run('thu.docx', docx({ body: [p('Kính gửi: Ông Nguyễn Văn A'), p('Tôi viết thư này để cảm ơn ông.'), p('Trân trọng.')] }));
    expect(r.code).toBe(1);
    expect(r.err).toContain('IM004');
    expect(r.err).toContain('CHƯƠNG TRÌNH');
    expect(r.written).toEqual([]);
  });

  it('a CV made of a table', async () => {
    const r = await run('cv.docx', docx({ body: [p('SƠ YẾU LÝ LỊCH', { b: true, center: true }), p('Họ và tên: Trần Văn B'), p('Năm sinh: 1990')] }));
    expect(r.code).toBe(1);
    expect(r.err).toContain('IM004');
    expect(r.written).toEqual([]);
  });

  it('a password-protected file (an encrypted OLE container)', async () => {
    const ole = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    Buffer.from('EncryptionInfo', 'utf16le').copy(ole, 1024);
    Buffer.from('EncryptedPackage', 'utf16le').copy(ole, 1152);
    const r = await run('mat-khau.docx', ole);
    expect(r.code).toBe(1);
    expect(r.err).toContain('IM002');
    expect(r.err).toMatch(/mật khẩu/);
    expect(r.written).toEqual([]);
  });

  it('a 50 MB file, refused before it is read', async () => {
    const dir = mkdtempSync(join(work, 'big-'));
    const file = join(dir, 'lon.docx');
    writeFileSync(file, '');
    truncateSync(file, 50 * 1024 * 1024);
    const { ctx, err } = context();
    const code = await importCommand([file], {}, ctx);
    expect(code).toBe(2);
    expect(err.join('')).toContain('lon.docx');
    expect(readdirSync(dir)).toEqual(['lon.docx']);
  });

  it('a ZIP bomb: an entry that inflates past the limit is refused', async () => {
    const huge = new Uint8Array(80 * 1024 * 1024).fill(32);
    const bomb = zipEntries([{ path: '[Content_Types].xml', data: '<Types/>' }, { path: 'word/document.xml', data: huge }], '2024-01-01');
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const r = await run('bom.docx', bomb);
    expect(r.code).toBe(1);
    expect(r.err).toContain('IM003');
    expect(r.written).toEqual([]);
  });

  it('an existing output without --force', async () => {
    const dir = mkdtempSync(join(work, 'exists-'));
    const file = join(dir, 'ct.docx');
    writeFileSync(file, docx({ body: [p('x')] }));
    writeFileSync(join(dir, 'ct.yaml'), 'giữ nguyên\n');
    const { ctx, err } = context();
    expect(await importCommand([file], {}, ctx)).toBe(2);
    expect(err.join('')).toContain('--force');
    expect(existsSync(join(dir, 'ct.yaml'))).toBe(true);
  });

  it('both --accept-changes and --reject-changes', async () => {
    const { ctx, err } = context();
    expect(await importCommand(['x.docx'], { acceptChanges: true, rejectChanges: true }, ctx)).toBe(2);
    expect(err.join('')).toContain('--accept-changes');
  });
});
