import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { dosStamp, zipEntries } from '../../src/render/docx/zip.js';
import { unzip, zipStamps } from './unzip.js';

/** CRC-32 (IEEE) bit by bit: independent of the zlib one the writer uses. */
function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** Every header field of every entry, read from both the local header and the central directory. */
function entries(zip: Uint8Array) {
  const b = Buffer.from(zip);
  const end = b.length - 22;
  expect(b.readUInt32LE(end)).toBe(0x06054b50);
  const count = b.readUInt16LE(end + 10);
  expect(b.readUInt16LE(end + 8)).toBe(count);
  const centralSize = b.readUInt32LE(end + 12);
  let at = b.readUInt32LE(end + 16);
  expect(at + centralSize).toBe(end);
  const out = [];
  for (let n = 0; n < count; n++) {
    expect(b.readUInt32LE(at)).toBe(0x02014b50);
    const nameLength = b.readUInt16LE(at + 28);
    const local = b.readUInt32LE(at + 42);
    expect(b.readUInt32LE(local)).toBe(0x04034b50);
    const field = (c: number, l: number) => [b.readUInt32LE(at + c), b.readUInt32LE(local + l)];
    const [crc, localCrc] = field(16, 14);
    const [compressed, localCompressed] = field(20, 18);
    const [size, localSize] = field(24, 22);
    expect([localCrc, localCompressed, localSize]).toEqual([crc, compressed, size]);
    expect(b.readUInt16LE(local + 26)).toBe(nameLength);
    expect(b.readUInt16LE(at + 10)).toBe(8);
    const name = b.toString('utf8', at + 46, at + 46 + nameLength);
    expect(b.toString('utf8', local + 30, local + 30 + nameLength)).toBe(name);
    const start = local + 30 + nameLength + b.readUInt16LE(local + 28);
    const data = inflateRawSync(b.subarray(start, start + compressed));
    out.push({ name, flags: b.readUInt16LE(at + 8), crc, size, data });
    at += 46 + nameLength + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32);
  }
  return out;
}

describe('zip writer', () => {
  const files = [
    { path: '[Content_Types].xml', data: '<?xml version="1.0"?><Types/>' },
    { path: 'word/document.xml', data: `<w:t>${'Cộng hòa xã hội chủ nghĩa Việt Nam '.repeat(500)}</w:t>` },
    { path: 'word/media/empty.bin', data: new Uint8Array() },
    { path: 'word/media/bytes.bin', data: Uint8Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256) },
    { path: 'tên/tệp.xml', data: 'UTF-8 name' },
  ];

  it('writes every entry in order, deflated, with a correct CRC-32 and sizes in both headers', () => {
    const zip = zipEntries(files, '2026-03-05');
    const read = entries(zip);
    expect(read.map((e) => e.name)).toEqual(files.map((f) => f.path));
    for (const [i, e] of read.entries()) {
      const bytes = typeof files[i].data === 'string' ? Buffer.from(files[i].data as string, 'utf8') : Buffer.from(files[i].data as Uint8Array);
      expect(e.data.equals(bytes), e.name).toBe(true);
      expect(e.size).toBe(bytes.length);
      expect(e.crc).toBe(crc32(bytes));
    }
    expect(read[4].flags & 0x0800).toBe(0x0800); // non-ASCII name: marked UTF-8
    expect(read[0].flags).toBe(0);
    expect([...unzip(zip).keys()]).toEqual(files.map((f) => f.path));
  });

  it('stamps every entry with midnight of the date, so the same entries give the same bytes', () => {
    const zip = zipEntries(files, '2026-03-05');
    expect(Buffer.from(zipEntries(files, '2026-03-05')).equals(Buffer.from(zip))).toBe(true);
    for (const stamp of zipStamps(zip)) expect(stamp).toMatchObject({ time: 0, date: ((2026 - 1980) << 9) | (3 << 5) | 5 });
    expect(Buffer.from(zipEntries(files, '2026-03-06')).equals(Buffer.from(zip))).toBe(false);
  });

  it('writes fixed parts, compressed once per process, as it writes any part', () => {
    const plain = Buffer.from(zipEntries(files, '2026-03-05'));
    const fixed = files.map((f) => ({ ...f, fixed: true }));
    expect(Buffer.from(zipEntries(fixed, '2026-03-05')).equals(plain)).toBe(true);
    expect(Buffer.from(zipEntries(fixed, '2026-03-05')).equals(plain)).toBe(true);
    const edited = fixed.map((f, i) => (i === 1 ? { ...f, data: `${f.data as string}!` } : f));
    expect(unzip(zipEntries(edited, '2026-03-05')).get('word/document.xml')!.toString('utf8').endsWith('</w:t>!')).toBe(true);
    expect(Buffer.from(zipEntries(fixed, '2026-03-05', 1)).equals(Buffer.from(zipEntries(files, '2026-03-05', 1)))).toBe(true);
  });

  it('keeps dates within what the format holds (1980–2107)', () => {
    expect(dosStamp('1975-06-01').day).toBe((0 << 9) | (6 << 5) | 1);
    expect(dosStamp('2200-01-02').day).toBe((127 << 9) | (1 << 5) | 2);
    expect(dosStamp('not a date').day).toBe((0 << 9) | (1 << 5) | 1);
  });

  // .ci/run installs unzip; elsewhere the test is skipped visibly, never passed silently.
  const hasUnzip = !spawnSync('unzip', ['-v']).error;
  it.skipIf(!hasUnzip)('is read by another zip tool (unzip -t) without complaint', () => {
    const tester = ['unzip', '-t'];
    const dir = mkdtempSync(join(tmpdir(), 'cochuong-zip-'));
    try {
      const file = join(dir, 'test.zip');
      writeFileSync(file, zipEntries(files, '2026-03-05'));
      const run = spawnSync(tester[0], [tester[1], file], { encoding: 'utf8' });
      expect(run.status, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toMatch(/No errors detected/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
