import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The package as others use it: a strict TypeScript (nodenext) consumer, a CommonJS consumer, and the
// tarball installed globally. The bundle in dist/ is built by the test run's global set-up.
const root = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'cochuong-consumer-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function project(name: string, files: Record<string, string>): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  symlinkSync(root, join(dir, 'node_modules', 'cochuong'), 'dir');
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), content);
  return dir;
}

const example = join(root, 'examples', 'soc-son-2020.yaml').replace(/\\/g, '/');

describe('the library from outside', () => {
  it('type-checks in a strict nodenext TypeScript project and runs', () => {
    const dir = project('ts', {
      'package.json': JSON.stringify({ type: 'module' }),
      'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', outDir: 'out', types: [], skipLibCheck: false, lib: ['es2023'] } }),
      'main.ts': `import { check, diff, render, type Message, type JsonReport } from 'cochuong';
import { readFileSync } from 'node:fs';
declare const process: { stdout: { write(s: string): void } };
const text: string = readFileSync(${JSON.stringify(example)}, 'utf8');
const checked = check(text, { file: 'soc-son.yaml' });
const first: Message | undefined = checked.messages[0];
const changed = diff(text, text.replace('2020', '2021'));
const rendered = await render(text, { formats: ['md'] });
const shape: Pick<JsonReport, 'version'> = { version: 1 };
process.stdout.write(JSON.stringify({ valid: checked.valid, first: first?.ruleId ?? null, diff: changed.ok, md: rendered.ok && rendered.outputs.md !== undefined, v: shape.version }));
`,
      'node.d.ts': "declare module 'node:fs' { export function readFileSync(path: string, encoding: 'utf8'): string; }",
    });
    const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
    const out = JSON.parse(execFileSync(process.execPath, [join(dir, 'out', 'main.js')], { encoding: 'utf8' }));
    expect(out).toEqual({ valid: true, first: null, diff: true, md: true, v: 1 });
  });

  it('a strict consumer that misuses the API gets a type error (the declarations are real)', () => {
    const dir = project('ts-bad', {
      'package.json': JSON.stringify({ type: 'module' }),
      'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', noEmit: true, types: [] } }),
      'main.ts': "import { check } from 'cochuong';\nconst n: number = check('x').valid;\nexport { n };\n",
    });
    const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8' });
    expect(tsc.status).not.toBe(0);
    expect(tsc.stdout).toMatch(/TS2322/);
  });

  it('loads from CommonJS with require()', () => {
    const dir = project('cjs', {
      'main.cjs': `const { check } = require('cochuong');
const r = check(require('node:fs').readFileSync(${JSON.stringify(example)}, 'utf8'));
process.stdout.write(String(r.valid) + ' ' + r.messages.length);`,
    });
    const run = spawnSync(process.execPath, [join(dir, 'main.cjs')], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('true 0');
  });
});

describe('the published package', () => {
  const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8' });
  const info = pack.status === 0 ? JSON.parse(pack.stdout)[0] : undefined;

  it('has no runtime dependencies and stays small', () => {
    expect(info, pack.stderr).toBeDefined();
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.scripts.prepare).toBeUndefined(); // a global install would warn about it
    const paths: string[] = info.files.map((f: { path: string }) => f.path);
    expect(paths).toContain('dist/types/index.d.ts');
    expect(paths.some((p) => p.startsWith('src/'))).toBe(false);
    // 3.5 MB: the import command (Word reader, about 60 kB of bundled code and maps) took the package just past 3 MB.
    expect(info.unpackedSize).toBeLessThan(3 * 1024 * 1024); // issue 14: under 3 MiB (the bench prints it)
  });

  it('installs globally with no warning and runs', () => {
    const prefix = join(work, 'global');
    const install = spawnSync('npm', ['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', '--offline', join(work, info.filename)], { encoding: 'utf8' });
    expect(install.status, install.stderr).toBe(0);
    expect(install.stderr).not.toMatch(/warn/i);
    const bin = join(prefix, process.platform === 'win32' ? 'cochuong.cmd' : 'bin/cochuong');
    const run = spawnSync(bin, ['validate', join(prefix, 'lib/node_modules/cochuong/examples')], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const version = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
  });
});
