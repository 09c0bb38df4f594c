import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixEncoding } from '../../src/fix/fix-encoding.js';
import { encoders } from '../support/legacy-encoder.js';
import { cli, expectNoCrash } from '../support/cli.js';

const example = readFileSync(new URL('../../examples/soc-son-2020.yaml', import.meta.url), 'utf8');
const temp = () => mkdtempSync(join(tmpdir(), 'cochuong-fix-'));
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('fixEncoding', () => {
  it('converts VNI and Windows-1258 back to the same text', () => {
    for (const encoding of ['vni', 'cp1258'] as const) {
      const result = fixEncoding('a.yaml', encoders[encoding](example));
      expect(result.ok && result.text).toBe(example);
      expect(result.ok && result.from).toBe(encoding);
    }
  });

  it('converts TCVN3 (capitals with tone marks come back lower case, as .VnTimeH has no codes for them)', () => {
    const result = fixEncoding('a.yaml', encoders.tcvn3('trich_yeu: Chương trình phối hợp công tác năm 2020\n'));
    expect(result).toMatchObject({ ok: true, from: 'tcvn3', text: 'trich_yeu: Chương trình phối hợp công tác năm 2020\n' });
  });

  it('repairs text garbled by reading VNI as Windows-1252', () => {
    const garbled = new TextEncoder().encode(latin1(encoders.vni('trich_yeu: Chương trình phối hợp công tác năm 2020\n')));
    const result = fixEncoding('a.yaml', garbled);
    expect(result).toMatchObject({ ok: true, from: 'mojibake-vni', text: 'trich_yeu: Chương trình phối hợp công tác năm 2020\n' });
  });

  it('converts UTF-16 and normalises NFD to NFC, and leaves clean UTF-8 alone', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(example, 'utf16le')]);
    expect(fixEncoding('a.yaml', utf16)).toMatchObject({ ok: true, from: 'utf16le', text: example });
    expect(fixEncoding('a.yaml', Buffer.from(example.normalize('NFD')))).toMatchObject({ ok: true, changed: true, text: example });
    expect(fixEncoding('a.yaml', Buffer.from(example))).toMatchObject({ ok: true, changed: false });
  });

  it('refuses binary files with a message', () => {
    const result = fixEncoding('a.yaml', Buffer.from('%PDF-1.7\n\u0000\u0001'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.ruleId).toBe('FX002');
  });
});

describe('cochuong fix-encoding (process)', () => {
  it('writes NAME.utf8.yaml beside a VNI file, which then validates', () => {
    const dir = temp();
    const file = join(dir, 'chương trình.yaml');
    writeFileSync(file, encoders.vni(example));
    expect(cli(['validate', file]).stdout).toContain('IN006');
    const run = cli(['fix-encoding', file]);
    expectNoCrash(run);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('VNI');
    const out = join(dir, 'chương trình.utf8.yaml');
    expect(readFileSync(out, 'utf8')).toBe(example);
    expect(cli(['validate', out]).status).toBe(0);
    // A second run does not overwrite without --force.
    const again = cli(['fix-encoding', file]);
    expect(again.status).toBe(2);
    // Errors go to standard error (issue 15, item 21), so a script reading standard output gets only results.
    expect(again.stderr).toContain('--force');
  });

  it('replaces the file in place after keeping a backup', () => {
    const dir = temp();
    const file = join(dir, 'a.yaml');
    const original = encoders.cp1258(example);
    writeFileSync(file, original);
    const run = cli(['fix-encoding', '--in-place', file]);
    expect(run.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(example);
    expect(Buffer.compare(readFileSync(join(dir, 'a.yaml.bak')), Buffer.from(original))).toBe(0);
    writeFileSync(file, original);
    cli(['fix-encoding', '--in-place', file]);
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'a.yaml.bak', 'a.yaml.bak2']);
  });

  it('says when there is nothing to do, and rejects a bad --from', () => {
    expect(cli(['fix-encoding', 'examples/soc-son-2020.yaml']).stdout).toContain('đã là UTF-8');
    expect(cli(['fix-encoding', '--from', 'abc', 'examples/soc-son-2020.yaml']).status).toBe(2);
    const badSize = cli(['fix-encoding', '--max-size', 'lớn', 'examples/soc-son-2020.yaml']);
    expect(badSize.status).toBe(2);
    expect(badSize.stderr).toContain('--max-size');
  });
});
