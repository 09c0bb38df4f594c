import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { ioMessage, readBytes, readBytesSync, tooLarge } from '../../src/read/read-bytes.js';
import { readStream } from '../../src/read/read-stream.js';
import { relatedLoader } from '../../src/check/check-files.js';
import { readTemplateFiles } from '../../src/render/template-files.js';
import { formatSize } from '../../src/text/size.js';
import { ROOT } from '../support/cli.js';

/**
 * Issue 15, items 1, 6, 7, 13, 21: every file cochuong opens goes through one bounded reader.
 * A FIFO would block an open without O_NONBLOCK for ever (the test would time out), /dev/zero
 * would fill memory; both are refused at once as not regular files.
 */
const dir = mkdtempSync(join(tmpdir(), 'cochuong-bounded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fifo = join(dir, 'ong.yaml');
execFileSync('mkfifo', [fifo]);

describe('the bounded reader', () => {
  it('refuses a FIFO at once, asynchronously (diff, fix-encoding) and synchronously (validate)', async () => {
    const asyncRead = await readBytes(fifo);
    expect(asyncRead.ok).toBe(false);
    if (!asyncRead.ok) expect(asyncRead.message.ruleId).toBe('IN003');
    const syncRead = readBytesSync(fifo);
    expect(syncRead.ok).toBe(false);
    if (!syncRead.ok) expect(syncRead.message.ruleId).toBe('IN003');
  });

  it('refuses /dev/zero without reading it', async () => {
    const read = await readBytes('/dev/zero');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message.ruleId).toBe('IN003');
  });

  it('reads a report\'s program through it: a program named /dev/zero, a FIFO or a huge file is refused, not read', () => {
    const report = join(dir, 'bao-cao.yaml');
    const big = join(dir, 'lon.yaml');
    execFileSync('truncate', ['-s', '200M', big]);
    const load = relatedLoader(1024 * 1024);
    for (const target of ['/dev/zero', fifo, big]) {
      const related = load(report, target);
      expect(related.ok, target).toBe(false);
      if (!related.ok) expect(related.reason.en, target).toMatch(/cannot read/);
    }
    const huge = load(report, big);
    if (!huge.ok) expect(huge.reason.en).toContain('too large');
  });

  it('bounds standard input by the same limit, and stops reading there', async () => {
    let pulled = 0;
    const endless = new Readable({ read() { pulled++; this.push(Buffer.alloc(64 * 1024, 0x61)); } });
    const read = await readStream(endless, 1024 * 1024);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.message.ruleId).toBe('IN004');
      expect(read.message.reason.vi).toContain('1 MB');
    }
    expect(pulled).toBeLessThan(40); // it stopped near the limit, it did not read for ever
    const small = await readStream(Readable.from([Buffer.from('loai: x\n')]), 1024);
    expect(small.ok && Buffer.from(small.bytes).toString()).toBe('loai: x\n');
  });

  it('names sizes as people read them and I/O errors in words (item 21)', () => {
    expect(formatSize(100)).toBe('100 byte');
    expect(formatSize(1536)).toBe('1.5 KB');
    expect(formatSize(5 * 1024 * 1024)).toBe('5 MB');
    expect(tooLarge('x.yaml', 200, 100).reason.vi).toBe('Tệp quá lớn: 200 byte, giới hạn là 100 byte.');
    for (const code of ['EROFS', 'ENAMETOOLONG', 'EIO', 'EMFILE']) {
      const m = ioMessage('x.yaml', { code });
      expect(m.reason.vi + m.reason.en, code).not.toContain(code);
    }
    const badName = ioMessage('t\uFFFDp.yaml', { code: 'ENOENT' });
    expect(badName.reason.en).toContain('not UTF-8');
  });
});

describe('templates through the bounded reader (items 1, 13, 14)', () => {
  const templates = (name: string, files: Record<string, string | Buffer>) => {
    const folder = join(dir, name);
    mkdirSync(folder, { recursive: true });
    for (const [file, content] of Object.entries(files)) writeFileSync(join(folder, file), content);
    return folder;
  };

  it('refuses a FIFO named *.hbs instead of waiting on it', () => {
    const folder = templates('ong', {});
    execFileSync('mkfifo', [join(folder, 'chuong_trinh.hbs')]);
    const { messages } = readTemplateFiles([folder]);
    expect(messages.map((m) => m.ruleId)).toEqual(['IN003']);
  });

  it('refuses a template that is not UTF-8, naming its encoding, rather than printing U+FFFD', () => {
    const source = readFileSync(join(ROOT, 'templates', 'chuong_trinh.hbs'), 'utf8');
    const utf16 = templates('utf16', { 'chuong_trinh.hbs': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(source, 'utf16le')]) });
    const wide = readTemplateFiles([utf16]).messages;
    expect(wide).toHaveLength(1);
    expect(wide[0].reason.en).toContain('UTF-16');
    const latin = templates('latin1', { 'chuong_trinh.hbs': Buffer.from('Ch\u00e0o {{ten}} \u00e9t\u00e9 caf\u00e9 na\u00efve\n', 'latin1') });
    const broken = readTemplateFiles([latin]).messages;
    expect(broken).toHaveLength(1);
    expect(broken[0].ruleId).toBe('RD001');
    expect(broken[0].note?.en).toContain('UTF-8');
  });
});
