import { afterAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, cli } from '../support/cli.js';
import { seededBytes } from '../corpus/make-corpus.js';

/**
 * Issue 15, item 2: a V8 code cache is compiled code. A damaged one (byte flips) crashed every
 * later command natively until deleted by hand; now it is verified against its digest before V8
 * sees it, and a cache in a folder others can write is not used at all.
 */
const dir = mkdtempSync(join(tmpdir(), 'cochuong-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const example = join(ROOT, 'examples', 'soc-son-2020.yaml');
const validate = (cache: string) => cli(['validate', example], { env: { COCHUONG_CACHE_DIR: cache } });

describe('the V8 code cache', () => {
  it('is written private (folder 0700, file 0600)', () => {
    const cache = join(dir, 'private');
    expect(validate(cache).status).toBe(0);
    expect(statSync(cache).mode & 0o777).toBe(0o700);
    const [file] = readdirSync(cache).filter((f) => f.startsWith('cli-'));
    expect(statSync(join(cache, file)).mode & 0o777).toBe(0o600);
  });

  it('survives byte flips anywhere in it: every later run works, and the cache is made again', () => {
    const cache = join(dir, 'flips');
    expect(validate(cache).status).toBe(0);
    const [name] = readdirSync(cache).filter((f) => f.startsWith('cli-'));
    const file = join(cache, name);
    const positions = seededBytes(12, 2026);
    for (const [trial, r] of [...positions].entries()) {
      const bytes = readFileSync(file);
      // spread over the file: the digest, the header V8 checks itself, and the code
      const at = trial === 0 ? 3 : trial === 1 ? 40 : Math.floor((r / 256) * bytes.length);
      for (let k = 0; k < 8 && at + k * 97 < bytes.length; k++) bytes[at + k * 97] ^= 0x5a;
      writeFileSync(file, bytes, { mode: 0o600 });
      const run = validate(cache);
      expect(run.status, `trial ${trial} at ${at}: ${run.stderr}`).toBe(0);
      expect(run.stdout).toContain('tất cả hợp lệ');
      expect(run.stderr).toBe('');
    }
  });

  it('is not used from a folder others can write', () => {
    const cache = join(dir, 'shared');
    expect(validate(cache).status).toBe(0);
    chmodSync(cache, 0o777);
    const [name] = readdirSync(cache).filter((f) => f.startsWith('cli-'));
    // garbage with a matching digest cannot be told apart by the digest: only the folder check refuses it
    const garbage = Buffer.from(seededBytes(4096, 9));
    writeFileSync(join(cache, name), Buffer.concat([createHash('sha256').update(garbage).digest(), garbage]), { mode: 0o600 });
    const run = validate(cache);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
  });
});
