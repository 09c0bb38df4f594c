import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import { wantsColor } from '../../src/cli/context.js';
import { cli, ROOT } from '../support/cli.js';

// ajv and ajv-formats are CommonJS without an exports map: required, as the build does.
const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020.js').default as typeof import('ajv/dist/2020.js').default;
const addFormats = require('ajv-formats').default as typeof import('ajv-formats').default;

// CI formats as CI tools read them, from a repository where the command runs in a subfolder.
const repo = mkdtempSync(join(tmpdir(), 'cochuong-ci-formats-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));
execFileSync('git', ['init', '-q', repo]);
mkdirSync(join(repo, 'van-ban', 'xa'), { recursive: true });
const good = readFileSync(join(ROOT, 'examples', 'soc-son-2020.yaml'), 'utf8');
// Two findings in one file, the later line first in the rule order: an unknown key and a misspelt one.
const bad = good.replace(/^trich_yeu:/m, 'trich_yeo:').replace(/^nam: 2020$/m, 'nam: 2020\nghi_chu_la: x');
writeFileSync(join(repo, 'van-ban', 'xa', 'b.yaml'), bad);
writeFileSync(join(repo, 'van-ban', 'xa', 'a.yaml'), good.replace(/^nam: 2020$/m, 'nam: 2020\nkhoa_la: y'));
const sub = join(repo, 'van-ban');
const run = (format: string) => cli(['validate', '--format', format, 'xa'], { cwd: sub });

describe('--format sarif', () => {
  const out = run('sarif');
  const log = JSON.parse(out.stdout);

  it('is valid SARIF 2.1.0 against the official schema', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'sarif-2.1.0.json'), 'utf8'));
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(out.status).toBe(1);
  });

  it('carries rule metadata, repository-relative locations and file/line order', () => {
    const run0 = log.runs[0];
    expect(run0.tool.driver.name).toBe('cochuong');
    const ids = run0.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toContain('SC002');
    expect(run0.tool.driver.rules.find((r: { id: string }) => r.id === 'SC002').shortDescription.text).toMatch(/\S/);
    const places = run0.results.map((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number } } }> }) => {
      const p = r.locations[0].physicalLocation;
      expect(p.artifactLocation.uriBaseId).toBe('SRCROOT');
      return `${p.artifactLocation.uri}:${p.region.startLine}`;
    });
    expect(places.length).toBeGreaterThanOrEqual(3);
    expect(places[0]).toMatch(/^van-ban\/xa\/a\.yaml:/);
    const lines = places.filter((p: string) => p.includes('b.yaml')).map((p: string) => Number(p.split(':')[1]));
    expect(lines).toEqual([...lines].sort((x, y) => x - y));
  });
});

describe('--format gitlab', () => {
  it('is a Code Quality array with fingerprints that survive a moved line', () => {
    const first = JSON.parse(run('gitlab').stdout);
    expect(Array.isArray(first)).toBe(true);
    for (const issue of first) {
      expect(Object.keys(issue)).toEqual(expect.arrayContaining(['description', 'check_name', 'fingerprint', 'severity', 'location']));
      expect(issue.location.path).toMatch(/^van-ban\/xa\/[ab]\.yaml$/);
      expect(issue.location.lines.begin).toBeGreaterThan(0);
    }
    expect(new Set(first.map((i: { fingerprint: string }) => i.fingerprint)).size).toBe(first.length);
    writeFileSync(join(repo, 'van-ban', 'xa', 'b.yaml'), `# một dòng chú thích thêm ở đầu\n${bad}`);
    const second = JSON.parse(run('gitlab').stdout);
    writeFileSync(join(repo, 'van-ban', 'xa', 'b.yaml'), bad);
    expect(second.map((i: { fingerprint: string }) => i.fingerprint)).toEqual(first.map((i: { fingerprint: string }) => i.fingerprint));
    type Issue = { check_name: string; description: string; location: { path: string; lines: { begin: number } } };
    const misspelt = (issues: Issue[]) => issues.find((i) => i.location.path.endsWith('b.yaml') && i.description.includes('trich_yeo'))!;
    expect(misspelt(second).location.lines.begin).toBe(misspelt(first).location.lines.begin + 1);
  });
});

describe('--format github', () => {
  it('names files from the repository root, in file and line order', () => {
    const lines = run('github').stdout.trim().split('\n').filter((l) => l.startsWith('::'));
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) expect(line).toMatch(/ file=van-ban\/xa\/[ab]\.yaml,line=\d+/);
    const order = lines.map((l) => /file=([^,]+),line=(\d+)/.exec(l)!.slice(1)).map(([f, n]) => `${f}:${n.padStart(5, '0')}`);
    expect(order).toEqual([...order].sort());
  });
});

describe('colour', () => {
  it('follows NO_COLOR, FORCE_COLOR (0 and false too), TERM=dumb and --no-color', () => {
    expect(wantsColor(true, {}, false)).toBe(true);
    expect(wantsColor(false, {}, false)).toBe(false);
    expect(wantsColor(true, { FORCE_COLOR: '0' }, false)).toBe(false);
    expect(wantsColor(true, { FORCE_COLOR: 'false' }, false)).toBe(false);
    expect(wantsColor(false, { FORCE_COLOR: '1' }, false)).toBe(true);
    expect(wantsColor(true, { TERM: 'dumb' }, false)).toBe(false);
    expect(wantsColor(true, { TERM: 'dumb', FORCE_COLOR: '1' }, false)).toBe(true);
    expect(wantsColor(true, { NO_COLOR: '1', FORCE_COLOR: '1' }, false)).toBe(false);
    expect(wantsColor(true, {}, true)).toBe(false);
  });
});
