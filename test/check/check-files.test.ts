import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { checkFiles } from '../../src/check/check-files.js';
import { jobCount, WORKER_THRESHOLD } from '../../src/check/worker-script.js';
import { ROOT } from '../support/cli.js';

describe('jobCount', () => {
  it('keeps small runs on one thread and spreads large ones over the cores', () => {
    expect(jobCount(1, 'auto', {})).toBe(1);
    expect(jobCount(WORKER_THRESHOLD, 'auto', {})).toBe(1);
    expect(jobCount(10_000, 'auto', {})).toBe(Math.min(availableParallelism(), 8));
    expect(jobCount(10_000, 3, {})).toBe(3);
    expect(jobCount(2, 3, {})).toBe(2); // never more threads than files
  });

  it('lets COCHUONG_JOBS decide, ignoring values that are not a whole number of at least 1', () => {
    expect(jobCount(10_000, 'auto', { COCHUONG_JOBS: '1' })).toBe(1);
    expect(jobCount(50, 'auto', { COCHUONG_JOBS: '2' })).toBe(2);
    expect(jobCount(50, 'auto', { COCHUONG_JOBS: '0' })).toBe(1);
    expect(jobCount(50, 'auto', { COCHUONG_JOBS: 'nhiều' })).toBe(1);
  });
});

describe('checkFiles keep "report"', () => {
  it('keeps only what reporters use, and the text only of files with placed messages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cochuong-check-'));
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'loai: chuong_trinh\nnam: [2020\n');
    const good = join(ROOT, 'examples', 'soc-son-2020.yaml');
    const [full] = await checkFiles([good]);
    expect(full.document).toBeDefined(); // the default keeps everything, for render and diff
    const lean = await checkFiles([good, bad, join(dir, 'missing.yaml')], { keep: 'report' });
    expect(lean.map((r) => r.file)).toEqual([good, bad, join(dir, 'missing.yaml')]);
    expect(lean[0]).toEqual({ file: good, messages: [] });
    expect(lean[1].stoppedAt).toBe('yaml');
    expect(lean[1].text).toContain('nam: [2020');
    expect(lean[1].parsed).toBeUndefined();
    expect(lean[2]).toMatchObject({ stoppedAt: 'read', messages: [{ ruleId: 'IN001' }] });
    const noText = await checkFiles([bad], { keep: 'report', keepText: false });
    expect(noText[0].text).toBeUndefined();
  });
});
