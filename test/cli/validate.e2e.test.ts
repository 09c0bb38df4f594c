import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, expectNoCrash } from '../support/cli.js';

const example = readFileSync(new URL('../../examples/soc-son-2020.yaml', import.meta.url), 'utf8');
const temp = () => mkdtempSync(join(tmpdir(), 'cochuong-cli-'));

describe('cochuong validate (process)', () => {
  it('accepts the bundled examples with exit 0 and a summary line', () => {
    const run = cli(['validate', 'examples']);
    expectNoCrash(run);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Đã kiểm tra \d+ tệp: tất cả hợp lệ/);
  });

  it('exits 1 with file:line:column, a code frame and a fix for a bad file', () => {
    const dir = temp();
    const file = join(dir, 'sai.yaml');
    writeFileSync(file, example.replace('trich_yeu:', 'trich_yeo:'));
    const run = cli(['validate', file]);
    expectNoCrash(run);
    expect(run.status).toBe(1);
    const line = example.split('\n').findIndex((l) => l.startsWith('trich_yeu:')) + 1;
    expect(run.stdout).toContain(`${file}:${line}:1: lỗi SC002`);
    expect(run.stdout).toContain(`> ${line} | trich_yeo:`);
    expect(run.stdout).toContain('có phải là "trich_yeu" (Trích yếu)?');
    expect(run.stdout).toContain('Cách sửa: Có phải là "trich_yeu"? Sửa thành "trich_yeu:"');
    expect(run.stdout).not.toMatch(/\u001b\[/); // no colour when not a terminal
  });

  it('speaks English with --lang en', () => {
    const run = cli(['validate', '--lang', 'en', '-'], { input: 'loai: chuong_trinh\n' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Missing key');
    expect(run.stdout).toMatch(/Checked 1 file: 1 with errors/);
  });

  it('reads standard input as "-"', () => {
    const run = cli(['validate', '-'], { input: example });
    expect(run.status).toBe(0);
  });

  it('exits 2 for a missing file but still checks the others', () => {
    const run = cli(['validate', 'khong-co.yaml', 'examples/soc-son-2020.yaml']);
    expectNoCrash(run);
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('khong-co.yaml: lỗi IN001');
  });

  it('exits 2 for usage errors, in Vietnamese', () => {
    const run = cli(['validate', '--khong-co']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Không có tùy chọn "--khong-co"');
    expect(cli(['validate']).status).toBe(2);
    expect(cli(['validate', '--format', 'xml', 'examples']).status).toBe(2);
  });

  it('walks a directory, finds .yaml and .yml, in a stable order, and a bad file does not stop the others', () => {
    const dir = temp();
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'b', 'z.yml'), example);
    writeFileSync(join(dir, 'a.yaml'), 'loai: [\n');
    writeFileSync(join(dir, 'ghi-chu.txt'), 'not yaml');
    const run = cli(['validate', '--format', 'json', dir]);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.files.map((f: { file: string }) => f.file)).toEqual([join(dir, 'a.yaml'), join(dir, 'b', 'z.yml')]);
    expect(report.files[1].valid).toBe(true);
    expect(report.summary).toMatchObject({ files: 2, filesWithErrors: 1 });
  });

  it('writes a stable JSON report', () => {
    const run = cli(['validate', '--format', 'json', '-'], { input: example.replace('nam: 2020', 'nam: "2020"') });
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ version: 1, lang: 'vi', summary: { files: 1, errors: 1, warnings: 0 } });
    expect(report.files[0].messages[0]).toMatchObject({
      ruleId: 'SC003', severity: 'error', source: 'schema', fatal: false, line: expect.any(Number), column: 6, path: ['nam'],
    });
  });

  it('writes GitHub annotations', () => {
    const run = cli(['validate', '--format', 'github', '-'], { input: example.replace('nam: 2020', 'nam: "2020"') });
    expect(run.stdout).toMatch(/^::error file=-,line=\d+,col=6,(?:endLine=\d+,)?endColumn=\d+,title=SC003::nam \(Năm\) phải là một số.*Viết: nam: 2020/m);
  });

  it('turns warnings into failure with --max-warnings', () => {
    const nfd = example.replace('Nguyễn Văn Phúc', 'Nguyễn Văn Phúc'.normalize('NFD'));
    const ok = cli(['validate', '-'], { input: nfd });
    expect(ok.stdout).toContain('cảnh báo');
    expect(ok.status).toBe(0);
    expect(cli(['validate', '--max-warnings', '0', '-'], { input: nfd }).status).toBe(1);
  });

  it('colours only when asked, and honours NO_COLOR', () => {
    const coloured = cli(['validate', '-'], { input: 'loai: x\n', env: { FORCE_COLOR: '1' } });
    expect(coloured.stdout).toMatch(/\u001b\[/);
    const plain = cli(['validate', '-'], { input: 'loai: x\n', env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(plain.stdout).not.toMatch(/\u001b\[/);
  });
});

describe('cochuong rules / explain', () => {
  it('lists the catalogue with ids from every stage', () => {
    const run = cli(['rules']);
    expect(run.status).toBe(0);
    for (const id of ['IN006', 'YA002', 'SC002', 'CT001']) expect(run.stdout).toContain(id);
  });
  it('explains a rule with a wrong and a right example', () => {
    const run = cli(['explain', 'CT003']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Sai:');
    expect(run.stdout).toContain('Đúng:');
    expect(cli(['explain', 'ct003', '--lang', 'en']).stdout).toContain('Wrong:');
  });
  it('exits 2 for an unknown rule', () => {
    expect(cli(['explain', 'XX999']).status).toBe(2);
  });
});
