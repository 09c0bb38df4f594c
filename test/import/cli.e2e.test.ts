import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, expectNoCrash, ROOT } from '../support/cli.js';
import { docx, p } from './word-made.js';

/** The command as a clerk runs it: render an example, import the DOCX, validate what it wrote. */

const work = mkdtempSync(join(tmpdir(), 'cochuong-import-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('cochuong import (process)', () => {
  it('writes YAML with the schema modeline beside the Word file, reports what it found, refuses to overwrite', () => {
    const render = cli(['render', join(ROOT, 'examples', 'phu-dong-2026.yaml'), '-o', join(work, 'ct.docx')]);
    expect(render.status, render.stderr).toBe(0);
    const run = cli(['import', join(work, 'ct.docx')]);
    expectNoCrash(run);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Loại: chương trình phối hợp');
    expect(run.stdout).toContain('10 nội dung phối hợp; 5 căn cứ; 8 nơi nhận');
    expect(run.stdout).toContain('Đã nhập 1/1 tệp.');
    const yaml = readFileSync(join(work, 'ct.yaml'), 'utf8');
    expect(yaml.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*schemas\/cochuong\.schema\.json$/);
    const validate = cli(['validate', join(work, 'ct.yaml')]);
    expect(validate.status, validate.stdout + validate.stderr).toBe(0);
    const again = cli(['import', join(work, 'ct.docx')]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('--force');
    expect(readFileSync(join(work, 'ct.yaml'), 'utf8')).toBe(yaml);
  });

  it('imports several files into a folder, as JSON, in English', () => {
    writeFileSync(join(work, 'thu.docx'), docx({ body: [p('Kính gửi: Ông A')] }));
    const run = cli(['--lang', 'en', 'import', join(work, 'ct.docx'), join(work, 'thu.docx'), '-o', join(work, 'out'), '--format', 'json']);
    expectNoCrash(run);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Imported 1 of 2 files.');
    expect(run.stderr).toContain('IM004');
    expect(JSON.parse(readFileSync(join(work, 'out', 'ct.json'), 'utf8')).loai).toBe('chuong_trinh');
    expect(existsSync(join(work, 'out', 'thu.json'))).toBe(false);
  });
});
