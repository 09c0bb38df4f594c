import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, expectNoCrash } from '../support/cli.js';
import { makeCorpus } from './make-corpus.js';

const { cases } = makeCorpus();
const example = join(import.meta.dirname, '..', '..', 'examples', 'soc-son-2020.yaml');
/** What identifies the file in the output: its path, or for the folder case the file found in it. */
const named = (c: (typeof cases)[number]) => (c.name === 'thu muc' ? 'văn bản có dấu cách.yaml' : c.shown);

describe('render on hostile input', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s: refused with a message naming the file, nothing written', (_name, c) => {
    const out = mkdtempSync(join(tmpdir(), 'cochuong-render-corpus-'));
    const run = cli(['render', c.path, '-o', out, '--format', 'docx,md']);
    expectNoCrash(run);
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toContain(named(c));
    expect(c.ids.some((id) => (run.stdout + run.stderr).includes(id)), run.stdout + run.stderr).toBe(true);
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('render --max-size', () => {
  it('raises the size limit, and refuses a bad size', () => {
    const big = cases.find((c) => c.name === 'qua-lon.yaml')!;
    const out = mkdtempSync(join(tmpdir(), 'cochuong-render-size-'));
    const raised = cli(['render', '--max-size', '60MB', big.path, '-o', out]);
    expectNoCrash(raised);
    expect(raised.stdout + raised.stderr).not.toContain('IN004');
    expect(raised.stdout + raised.stderr).toContain('IN007');
    expect(cli(['render', '--max-size', 'lớn', big.path, '-o', out]).status).toBe(2);
  });
});

describe('diff on hostile input', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s: on either side, a message naming the file and a non-zero exit', (_name, c) => {
    for (const args of [[example, c.path], [c.path, example]]) {
      const run = cli(['diff', ...args]);
      expectNoCrash(run);
      expect(run.status, run.stdout + run.stderr).not.toBe(0);
      expect(run.stdout + run.stderr).toContain(c.shown);
      expect(run.stdout + run.stderr).not.toMatch(/[\u0007\u001b]/);
    }
  });
});

describe('fix-encoding on hostile input', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s: converts what is convertible, refuses the rest clearly', (_name, c) => {
    const run = cli(['fix-encoding', c.path], { cwd: tmpdir() });
    expectNoCrash(run);
    const output = run.stdout + run.stderr;
    expect(output).toContain(c.shown);
    const convertible = ['utf16-khong-bom.yaml', 'tcvn3.yaml', 'vni.yaml', 'cp1258.yaml', 'loi-phong.yaml'];
    if (convertible.includes(c.name)) {
      expect(run.status).toBe(0);
      expect(existsSync(c.path.replace(/\.yaml$/, '.utf8.yaml'))).toBe(true);
    } else if (/IN00[1-4]|IN007|IN008/.test(c.ids.join())) {
      expect(run.status).not.toBe(0);
    }
  });
});
