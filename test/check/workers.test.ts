import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, ROOT } from '../support/cli.js';

/**
 * ~300 files, good and bad of every kind (YAML, schema, rule findings, encodings, a report that
 * loads its program), checked on one thread and on worker threads: the output must be identical.
 */
function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cochuong-workers-'));
  const examples = join(ROOT, 'examples');
  const sources = readdirSync(examples).filter((f) => f.endsWith('.yaml')).map((f) => [f, readFileSync(join(examples, f), 'utf8')] as const);
  const soc = sources.find(([f]) => f === 'soc-son-2020.yaml')![1];
  writeFileSync(join(dir, 'soc-son-2020.yaml'), soc); // the program the reports name
  const bad: ((text: string, i: number) => string | Uint8Array)[] = [
    (t) => t.replace('trich_yeu:', 'trich_yeo:'), // schema: unknown key
    (t) => t.replace(/^nam: .*$/m, 'nam: [2020'), // YAML syntax
    (t) => t.replace('Ủy ban nhân dân', 'Uỷ ban nhân dân'), // rule: mixed tone placement (warning)
    (t) => t.replace(/chu_tri: mttq/, 'chu_tri: khong-co'), // rule: unknown party
    (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]), // UTF-16
    () => '', // empty
  ];
  for (let i = 0; i < 300; i++) {
    const [name, text] = sources[i % sources.length];
    const file = join(dir, `${String(i).padStart(3, '0')}-${name}`);
    writeFileSync(file, (i * 37) % 11 < 2 ? bad[i % bad.length](text, i) : text); // bad ones at uneven places
  }
  return dir;
}

describe('checking on worker threads', () => {
  let dir: string;
  beforeAll(() => { dir = corpus(); });

  for (const format of ['text', 'json']) {
    it(`gives exactly the one-thread output, in the same order (${format})`, () => {
      const one = cli(['validate', '--format', format, dir], { env: { COCHUONG_JOBS: '1', COCHUONG_DEBUG: '1' } });
      const many = cli(['validate', '--format', format, dir], { env: { COCHUONG_JOBS: '3', COCHUONG_DEBUG: '1' } });
      expect(one.stderr).toContain('301 files, 1 thread(s)');
      expect(many.stderr).toContain('301 files, 3 thread(s)');
      expect(one.status).toBe(1);
      expect(many.status).toBe(one.status);
      expect(many.stdout).toBe(one.stdout);
      if (format === 'json') {
        const report = JSON.parse(many.stdout);
        expect(report.files).toHaveLength(301);
        expect(report.summary.errors).toBeGreaterThan(25); // one message per mistake: about one per bad file
        expect(report.summary.warnings).toBeGreaterThan(0);
        const names = report.files.map((f: { file: string }) => f.file);
        expect(names).toEqual([...names].sort()); // a directory's files in path order
      }
    }, 120_000);
  }

  it('uses workers by default for a large run, and the library returns the same results as one thread', async () => {
    const library = join(ROOT, 'dist', 'index.js');
    const { checkFiles, collectFiles } = await import(library);
    const { files } = await collectFiles([dir]);
    let plan: { jobs: number } | undefined;
    const many = await checkFiles(files, { keep: 'report', jobs: 2, onPlan: (p: { jobs: number }) => { plan = p; } });
    const one = await checkFiles(files, { keep: 'report', jobs: 1 });
    expect(plan?.jobs).toBe(2);
    expect(many).toEqual(one);
    // Only what reporters need is kept: no YAML trees, text only where a message can quote it.
    expect(many.some((r: { parsed?: unknown; document?: unknown }) => r.parsed || r.document)).toBe(false);
    for (const r of many as { text?: string; messages: { place?: unknown }[] }[]) {
      expect(r.text !== undefined).toBe(r.messages.some((m) => m.place));
    }
  }, 120_000);
});
