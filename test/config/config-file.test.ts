import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/config-file.js';
import { globMatches, policyFor, resolveConfigs } from '../../src/config/policies.js';

const dirs: string[] = [];
const temp = () => { const d = mkdtempSync(join(tmpdir(), 'cochuong-config-')); dirs.push(d); return d; };
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

function configIn(dir: string, text: string): string {
  const file = join(dir, '.cochuong.yaml');
  writeFileSync(file, text);
  return file;
}

describe('.cochuong.yaml', () => {
  it('reads every key', () => {
    const dir = temp();
    const file = configIn(dir, 'rules:\n  CT009: warning\n  CT013: off\nignore:\n  - nhap/\nlang: en\nrender:\n  format: [md, pdf]\n  output: in\n  template: mau\n  margins: [20, 20, 30, 15]\n  font_size: 13\n');
    const result = loadConfig(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config).toMatchObject({
      rules: { CT009: 'warning', CT013: 'off' }, ignore: ['nhap/'], lang: 'en',
      render: { format: ['md', 'pdf'], output: join(dir, 'in') + '/', template: join(dir, 'mau'), margins: '20,20,30,15', fontSize: '13' },
    });
  });

  it('an empty file is an empty configuration', () => {
    const result = loadConfig(configIn(temp(), '# nothing yet\n'));
    expect(result.ok && result.config.rules).toEqual({});
  });

  it('says where a mistake is, with a did-you-mean', () => {
    const file = configIn(temp(), 'rules:\n  CT009: warnin\n  CT99: off\n  CT999: off\nrender:\n  fomat: md\n  margins: 10,20,30,15\nlang: fr\n');
    const result = loadConfig(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const seen = result.messages.map((m) => [m.ruleId, m.place?.start.line, m.place?.start.column, m.note?.vi]);
    expect(seen).toEqual([
      ['CF001', 2, 10, 'Có phải là "warning"? Các giá trị được phép: error, warning, off.'],
      ['CF001', 3, 3, 'Có phải là "CT009"?'],
      ['CF001', 6, 3, 'Có phải là "format"?'],
      ['CF001', 8, 7, expect.stringContaining('vi, en')],
    ]);
    expect(result.messages.every((m) => m.file === file && m.severity === 'error')).toBe(true);
  });

  it('checks rule ids against the rules and margins against the decree', () => {
    const result = loadConfig(configIn(temp(), 'rules:\n  CT999: off\nrender:\n  margins: 10,20,30,15\n'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.messages.map((m) => [m.place?.start.line, m.reason.en])).toEqual([
      [2, 'There is no rule "CT999".'],
      [4, expect.stringContaining('top margin 10 mm')],
    ]);
  });

  it('a YAML error in the configuration is placed as in a document', () => {
    const result = loadConfig(configIn(temp(), 'rules:\n  CT009: warning\n  CT009: off\n'));
    expect(!result.ok && result.messages.map((m) => [m.ruleId, m.place?.start.line])).toEqual([['YA002', 3]]);
  });

  it('a configuration too large to be one is refused, not read whole', () => {
    const result = loadConfig(configIn(temp(), '# x\n'.repeat(100_000)));
    expect(result.ok).toBe(false);
  });
});

describe('which configuration applies', () => {
  it('the nearest one in the folder or a parent folder; --config names one; --no-config none', () => {
    const root = temp();
    configIn(root, 'rules:\n  CT009: warning\n');
    mkdirSync(join(root, 'xa', 'nam-2026'), { recursive: true });
    configIn(join(root, 'xa'), 'rules:\n  CT009: off\n');
    mkdirSync(join(root, 'tinh'));
    const files = ['xa/nam-2026/a.yaml', 'tinh/b.yaml', 'c.yaml'];
    const run = resolveConfigs(files, { kind: 'auto' }, root);
    expect(run.ok).toBe(true);
    if (!run.ok) return;
    expect(files.map((f) => policyFor(run.policies, f)?.rules)).toEqual([{ CT009: 'off' }, { CT009: 'warning' }, { CT009: 'warning' }]);
    // The policies are plain data: what a worker thread gets is the same.
    expect(files.map((f) => policyFor(structuredClone(run.policies), f)?.rules.CT009)).toEqual(['off', 'warning', 'warning']);
    expect(run.main?.rules).toEqual({ CT009: 'off' });

    const named = resolveConfigs(files, { kind: 'file', path: 'xa/.cochuong.yaml' }, root);
    expect(named.ok && files.map((f) => policyFor(named.policies, f)?.rules.CT009)).toEqual(['off', 'off', 'off']);
    const none = resolveConfigs(files, { kind: 'none' }, root);
    expect(none.ok && files.map((f) => policyFor(none.policies, f))).toEqual([undefined, undefined, undefined]);
  });

  it('a broken configuration stops the run with its messages', () => {
    const root = temp();
    configIn(root, 'rulez: {}\n');
    const run = resolveConfigs(['a.yaml'], { kind: 'auto' }, root);
    expect(!run.ok && run.messages.map((m) => [m.file, m.note?.en])).toEqual([['.cochuong.yaml', 'Did you mean "rules"?']]);
    const missing = resolveConfigs(['a.yaml'], { kind: 'file', path: 'khong-co.yaml' }, root);
    expect(!missing.ok && missing.messages[0].source).toBe('config');
  });

  it('ignore patterns, relative to the configuration folder', () => {
    const root = temp();
    configIn(root, 'ignore:\n  - nhap/\n  - "*.ban-nhap.yaml"\n  - cu/**/2019-*.yaml\n');
    const run = resolveConfigs(['a.yaml'], { kind: 'auto' }, root);
    if (!run.ok) throw new Error('config');
    expect(['nhap/a.yaml', 'x/nhap/b.yaml', 'a.ban-nhap.yaml', 'x/y.ban-nhap.yaml', 'cu/2019-a.yaml', 'cu/q/2019-b.yaml', 'a.yaml', 'nhap.yaml', 'cu/2020-a.yaml']
      .map((f) => run.ignored(f))).toEqual([true, true, true, true, true, true, false, false, false]);
  });

  it('globs', () => {
    expect(globMatches('*.yaml', 'a/b.yaml')).toBe(true);
    expect(globMatches('a/*.yaml', 'a/b/c.yaml')).toBe(false);
    expect(globMatches('a/**/*.yaml', 'a/b/c.yaml')).toBe(true);
    expect(globMatches('a/**', 'a/b/c.yaml')).toBe(true);
    expect(globMatches('?.yaml', 'ab.yaml')).toBe(false);
    expect(globMatches('(x).yaml', '(x).yaml')).toBe(true);
  });
});
