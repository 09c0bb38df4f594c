import { describe, expect, it } from 'vitest';
import { cli, expectNoCrash } from '../support/cli.js';
import { makeCorpus } from './make-corpus.js';

const { cases } = makeCorpus();

describe('validate on hostile input', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s: a message naming the file, a clear exit, no stack trace', (_name, c) => {
    const run = cli(['validate', c.path]);
    expectNoCrash(run);
    expect(run.status, run.stdout + run.stderr).toBe(c.validateExit);
    const output = run.stdout + run.stderr;
    const reported = c.ids.filter((id) => output.includes(id));
    expect(reported.length, `expected one of ${c.ids.join(', ')} in:\n${output}`).toBeGreaterThan(0);
    expect(output).toContain(c.path === '/dev/null' || !c.path.endsWith('thu muc') ? c.shown : 'văn bản có dấu cách.yaml');
    expect(output).not.toMatch(/[\u0007\u001b]/);
    expect(output).toMatch(/Cách sửa|lỗi/);
  });

  it('checks every corpus file in one run, each reported, none stopping the others', () => {
    const run = cli(['validate', '--format', 'json', ...cases.map((c) => c.path)]);
    expectNoCrash(run);
    expect(run.status).toBe(2);
    const report = JSON.parse(run.stdout);
    expect(report.summary.files).toBe(cases.length);
    expect(report.files.every((f: { valid: boolean }) => !f.valid)).toBe(true);
  });

  it('raises the size limit with --max-size', () => {
    const big = cases.find((c) => c.name === 'qua-lon.yaml')!;
    const run = cli(['validate', '--max-size', '60MB', big.path]);
    expectNoCrash(run);
    expect(run.stdout).not.toContain('IN004');
    expect(run.status).toBe(1);
  });
});
