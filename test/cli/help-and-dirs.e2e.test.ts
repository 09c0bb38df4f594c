import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, expectNoCrash, ROOT } from '../support/cli.js';

const example = readFileSync(join(ROOT, 'examples', 'phu-dong-2026.yaml'), 'utf8');
const dirs: string[] = [];
const temp = () => { const d = mkdtempSync(join(tmpdir(), 'cochuong-dirs-')); dirs.push(d); return d; };
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

describe('the command line speaks Vietnamese', () => {
  it('cochuong alone prints the help on standard output and exits 0', () => {
    const run = cli([]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Cách dùng: cochuong [tùy chọn] [lệnh]');
    expect(run.stdout).toContain('Lệnh:');
    expect(run.stdout).toContain('Tùy chọn:');
    expect(run.stderr).toBe('');
  });

  it('cochuong help validate: headings, defaults and examples in Vietnamese; English with --lang en', () => {
    const run = cli(['help', 'validate']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Tham số:');
    expect(run.stdout).toContain('(mặc định: text)');
    expect(run.stdout).toContain('Ví dụ:\n  cochuong validate examples/');
    const en = cli(['--lang', 'en', 'validate', '--help']);
    expect(en.stdout).toContain('Usage: cochuong validate [options]');
    expect(en.stdout).toContain('Examples:');
  });

  it('every command has an example in its help', () => {
    for (const command of ['validate', 'lsp', 'rules', 'explain', 'fix-encoding', 'diff', 'import', 'new', 'report', 'status', 'render', 'git-setup', 'textconv']) {
      expect(cli(['help', command]).stdout, command).toContain('Ví dụ:');
    }
  });

  it('a misspelt command or option gets a did-you-mean; a wrong choice lists the choices', () => {
    let run = cli(['valdate', 'x.yaml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Không có lệnh "valdate". Có phải là validate?');
    run = cli(['validate', '--fromat', 'json', 'x.yaml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Có phải là --format?');
    run = cli(['--lang', 'fr', 'validate', 'x.yaml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('chọn một trong vi, en');
  });
});

describe('what validate DIR looks at', () => {
  it('skips hidden files and folders, warns once about another tool\'s YAML', () => {
    const dir = temp();
    writeFileSync(join(dir, 'chuong-trinh.yaml'), example);
    writeFileSync(join(dir, '.pre-commit-config.yaml'), 'repos: [oops\n');
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, '.github', 'ci.yaml'), 'on: push\njobs: {\n');
    writeFileSync(join(dir, 'docker-compose.yaml'), 'services:\n  web:\n    image: nginx\n');
    const run = cli(['validate', '--format', 'json', dir]);
    expectNoCrash(run);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { summary: { files: number; warnings: number }; files: { file: string; messages: { ruleId: string; message: string }[] }[] };
    expect(report.files.map((f) => f.file.slice(dir.length + 1)).sort()).toEqual(['chuong-trinh.yaml', 'docker-compose.yaml']);
    const foreign = report.files.find((f) => f.file.endsWith('docker-compose.yaml'))!;
    expect(foreign.messages.map((m) => m.ruleId)).toEqual(['SC009']);
    expect(foreign.messages[0].message).toContain('không phải văn bản cochuong, bỏ qua');
  });

  it('a folder of *.yaml.txt files says so; a path matching nothing exits 2', () => {
    const dir = temp();
    writeFileSync(join(dir, 'chuong-trinh.yaml.txt'), example);
    let run = cli(['validate', dir]);
    expect(run.status).toBe(2);
    expect(run.stdout + run.stderr).toContain('.yaml.txt');
    run = cli(['validate', temp()]);
    expect(run.status).toBe(2);
    run = cli(['validate', join(dir, 'khong-co.yaml')]);
    expect(run.status).toBe(2);
  });

  it('--max-warnings says why the run failed, in text, JSON and GitHub output', () => {
    const dir = temp();
    writeFileSync(join(dir, 'a.yaml'), example.replace('ho_ten: Ngô Văn Hiếu', 'ho_ten: Đ/c Ngô Văn Hiếu'));
    const text = cli(['validate', '--max-warnings', '0', dir]);
    expect(text.status).toBe(1);
    expect(text.stdout).toContain('Thất bại: có 1 cảnh báo, nhiều hơn giới hạn --max-warnings 0.');
    const json = cli(['validate', '--max-warnings', '0', '--format', 'json', dir]);
    expect(json.status).toBe(1);
    expect(JSON.parse(json.stdout).summary.maxWarnings).toEqual({ limit: 0, exceeded: true });
    const github = cli(['validate', '--max-warnings', '0', '--format', 'github', dir]);
    expect(github.stdout).toMatch(/^::error title=max-warnings::Thất bại/m);
    expect(cli(['validate', '--max-warnings', '1', dir]).status).toBe(0);
  });
});
