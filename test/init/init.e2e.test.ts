import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, expectNoCrash, ROOT } from '../support/cli.js';
import { Client } from '../support/lsp-client.js';

// A folder made by `cochuong init` outside the repository, as a clerk's would be.
const outside = mkdtempSync(join(tmpdir(), 'cochuong-init-'));
afterAll(() => rmSync(outside, { recursive: true, force: true }));

describe('cochuong init', () => {
  const dir = join(outside, 'phuong-ben-nghe');
  execFileSync('git', ['init', '-q', dir]);
  const run = cli(['init', dir, '--cap', 'phuong', '--ten', 'Bến Nghé', '--thuoc', 'Thành phố Hồ Chí Minh']);
  const doc = join(dir, 'chuong-trinh-2026.yaml');

  it('writes a starter document that validates, with the unit everywhere the example had its own', () => {
    expectNoCrash(run);
    expect(run.status, run.stderr).toBe(0);
    const text = readFileSync(doc, 'utf8');
    expect(text).toContain('ten: Bến Nghé');
    expect(text).toContain('cap: phuong');
    expect(text).toContain('Ủy ban nhân dân phường Bến Nghé');
    expect(text).toContain('PHƯỜNG BẾN NGHÉ');
    expect(text).not.toMatch(/Phù Đổng|PHÙ ĐỔNG|Hà Nội/);
    const example = readFileSync(join(ROOT, 'examples', 'phu-dong-2026.yaml'), 'utf8');
    expect(text.split('xã hội').length).toBe(example.split('xã hội').length); // "xã" as a unit word only
    expect(text).not.toMatch(/(?<![\p{L}])xã(?![\p{L}])(?! hội)/u);
    const checked = cli(['validate', doc]);
    expect(checked.status, checked.stdout).toBe(0);
  });

  it('sets up the editor, the config, git and the ignore list, and never overwrites without --force', () => {
    const settings = JSON.parse(readFileSync(join(dir, '.vscode', 'settings.json'), 'utf8'));
    const [schema] = Object.keys(settings['yaml.schemas']);
    expect(existsSync(schema)).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, '.vscode', 'extensions.json'), 'utf8')).recommendations).toContain('redhat.vscode-yaml');
    expect(readFileSync(join(dir, '.gitattributes'), 'utf8')).toContain('*.yaml diff=cochuong');
    expect(execFileSync('git', ['config', '--get', 'diff.cochuong.textconv'], { cwd: dir, encoding: 'utf8' })).toMatch(/textconv/);
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toContain('*.docx');
    expect(existsSync(join(dir, '.cochuong.yaml'))).toBe(true);
    writeFileSync(doc, 'của tôi');
    const again = cli(['init', dir, '--cap', 'phuong', '--ten', 'Bến Nghé', '--thuoc', 'Thành phố Hồ Chí Minh']);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('WR001');
    expect(readFileSync(doc, 'utf8')).toBe('của tôi');
    expect(cli(['init', dir, '--force', '--cap', 'phuong', '--ten', 'Bến Nghé', '--thuoc', 'Thành phố Hồ Chí Minh']).status).toBe(0);
    expect(readFileSync(doc, 'utf8')).toContain('loai: chuong_trinh');
  });

  it('makes a quy chế too, and refuses what it cannot make with a clear message', () => {
    const qc = join(outside, 'qc');
    expect(cli(['init', qc, '--kind', 'quy_che', '--ten', 'Tân Lập', '--thuoc', 'tỉnh Thái Nguyên', '--no-git']).status).toBe(0);
    expect(cli(['validate', join(qc, 'quy-che-2026-2031.yaml')]).status).toBe(0);
    const province = cli(['init', join(outside, 'tinh'), '--cap', 'tinh', '--ten', 'Nghệ An', '--thuoc', '-']);
    expect(province.status).toBe(2);
    expect(province.stderr).toMatch(/examples\//);
    expect(cli(['init', join(outside, 'x')]).stderr).toContain('--ten');
  });

  it('gives completion-grade help in the editor: yaml-language-server hovers in Vietnamese from the installed schema', async () => {
    const server = join(ROOT, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');
    const client = new Client(spawn(process.execPath, [server, '--stdio'], { cwd: dir }) as ChildProcessWithoutNullStreams);
    client.settings = { hover: true, completion: true, validate: true, schemaStore: { enable: false } };
    try {
      await client.request('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: { workspace: { configuration: true } } });
      client.notify('initialized', {});
      client.notify('workspace/didChangeConfiguration', { settings: { yaml: client.settings } });
      const uri = pathToFileURL(doc).href;
      const text = readFileSync(doc, 'utf8');
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
      const line = text.split('\n').findIndex((l) => l.startsWith('trich_yeu:'));
      const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line, character: 2 } });
      const contents = JSON.stringify(hover.result);
      expect(contents).toContain('Trích yếu');
      const schema = JSON.parse(cli(['schema']).stdout);
      expect(contents).toContain(schema.properties.trich_yeu.title);
    } finally {
      client.child.kill();
    }
  });
});

describe('cochuong schema', () => {
  it('prints the installed schema, or its path', () => {
    const path = cli(['schema', '--path']).stdout.trim();
    expect(existsSync(path)).toBe(true);
    expect(JSON.parse(cli(['schema']).stdout).$schema).toMatch(/2020-12/);
  });
});
