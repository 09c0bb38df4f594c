import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, expectNoCrash, ROOT } from '../support/cli.js';

const example = readFileSync(join(ROOT, 'examples/soc-son-2020.yaml'), 'utf8');
/** An issued document reprinted with its number as issued: CT009 refuses the local code and the number inside. */
const issued = example.replace(/^ky_hieu: .*$/m, 'ky_hieu: "01/CTPH-HĐND-UBND-MTTQ"');
const dirs: string[] = [];
const temp = () => { const d = mkdtempSync(join(tmpdir(), 'cochuong-cfg-')); dirs.push(d); return d; };
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

describe('.cochuong.yaml and directives (process)', () => {
  it('validate: severities and ignore from the nearest configuration, the same on worker threads', () => {
    const root = temp();
    writeFileSync(join(root, '.cochuong.yaml'), 'rules:\n  CT009: warning\nignore:\n  - nhap/\n');
    mkdirSync(join(root, 'nhap'));
    mkdirSync(join(root, 'xa'));
    writeFileSync(join(root, 'xa', '.cochuong.yaml'), 'rules:\n  CT009: off\n');
    for (let i = 0; i < 6; i++) writeFileSync(join(root, `a${i}.yaml`), issued);
    writeFileSync(join(root, 'xa', 'b.yaml'), issued);
    writeFileSync(join(root, 'nhap', 'c.yaml'), 'not: [a document');
    const one = cli(['validate', '--format', 'json', root], { env: { COCHUONG_JOBS: '1' } });
    expectNoCrash(one);
    expect(one.status).toBe(0);
    const report = JSON.parse(one.stdout);
    expect(report.summary).toMatchObject({ files: 7, errors: 0, warnings: 6 });
    expect(report.files.map((f: { file: string }) => f.file)).not.toContain(join(root, 'nhap', 'c.yaml'));
    const many = cli(['validate', '--format', 'json', root], { env: { COCHUONG_JOBS: '2', COCHUONG_DEBUG: '1' } });
    expect(many.stderr).toContain('2 thread(s)');
    expect(many.stdout).toBe(one.stdout);
    // Named on the command line, an ignored file is checked; --no-config drops the severities.
    expect(cli(['validate', join(root, 'nhap', 'c.yaml')]).status).toBe(1);
    const none = cli(['validate', '--no-config', '--format', 'json', root]);
    expect(JSON.parse(none.stdout).summary).toMatchObject({ files: 8, errors: 8 });
    const named = cli(['validate', '--config', join(root, 'xa', '.cochuong.yaml'), '--format', 'json', join(root, 'a0.yaml')]);
    expect(JSON.parse(named.stdout).summary).toMatchObject({ errors: 0, warnings: 0 });
  });

  it('a wrong configuration stops with its file, line, column and a did-you-mean (exit 2)', () => {
    const root = temp();
    writeFileSync(join(root, '.cochuong.yaml'), 'rules:\n  CT009: warnig\n');
    writeFileSync(join(root, 'a.yaml'), example);
    for (const command of [['validate'], ['render', '-f', 'md']]) {
      const run = cli([...command, 'a.yaml'], { cwd: root });
      expectNoCrash(run);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('.cochuong.yaml:2:10: lỗi CF001');
      expect(run.stderr).toContain('Có phải là "warning"?');
    }
  });

  it('suppressed findings in --format json with their reason; an unused directive warns', () => {
    const root = temp();
    const file = join(root, 'a.yaml');
    writeFileSync(file, issued.replace(/^ky_hieu:/m, '# cochuong-disable-next-line CT009 -- in lại đúng số đã ban hành\nky_hieu:')
      .replace(/^nam:/m, '# cochuong-disable-next-line CT013 -- thử\nnam:'));
    const run = cli(['validate', '--format', 'json', file]);
    expect(run.status).toBe(0);
    const [entry] = JSON.parse(run.stdout).files;
    expect(entry.suppressed).toMatchObject([{ ruleId: 'CT009', severity: 'error', suppressed: { kind: 'directive', reason: 'in lại đúng số đã ban hành' } }]);
    expect(entry.messages).toMatchObject([{ ruleId: 'CF004', severity: 'warning', source: 'directive' }]);
  });

  it('render prints a document whose only errors are suppressed, with its number exactly as written', () => {
    const root = temp();
    writeFileSync(join(root, 'a.yaml'), issued.replace(/^ky_hieu:/m, '# cochuong-disable-next-line CT009 -- in lại đúng số đã ban hành\nky_hieu:'));
    writeFileSync(join(root, 'b.yaml'), issued);
    // Defaults of render from the configuration: format and output folder.
    writeFileSync(join(root, '.cochuong.yaml'), 'render:\n  format: md\n  output: ban-in\n');
    const run = cli(['render', 'a.yaml', 'b.yaml'], { cwd: root });
    expectNoCrash(run);
    expect(run.status).toBe(1); // b.yaml has the error, not turned off
    const md = readFileSync(join(root, 'ban-in', 'a.md'), 'utf8');
    expect(md).toContain('01/CTPH-HĐND-UBND-MTTQ');
    expect(existsSync(join(root, 'ban-in', 'b.md'))).toBe(false);
    expect(run.stderr).toContain('1 thông báo đã tắt bằng chú thích cochuong-disable (CT009)');
  });

  it('the configuration sets the language unless --lang or COCHUONG_LANG does', () => {
    const root = temp();
    writeFileSync(join(root, '.cochuong.yaml'), 'lang: en\n');
    writeFileSync(join(root, 'a.yaml'), example);
    const env = { COCHUONG_LANG: '' };
    expect(cli(['validate', 'a.yaml'], { cwd: root, env }).stdout).toContain('Checked 1 file');
    expect(cli(['validate', '--lang', 'vi', 'a.yaml'], { cwd: root, env }).stdout).toContain('Đã kiểm tra 1 tệp');
    expect(cli(['validate', 'a.yaml'], { cwd: root, env: { COCHUONG_LANG: 'vi' } }).stdout).toContain('Đã kiểm tra 1 tệp');
    expect(cli(['diff', 'a.yaml', 'a.yaml'], { cwd: root, env }).stdout).toContain('No differences');
  });

  it('validate --staged: the configuration of the working tree applies to the staged documents', () => {
    const dir = temp();
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', ...args],
      { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: dir } });
    git('init', '-q');
    mkdirSync(join(dir, 'nhap'));
    writeFileSync(join(dir, 'a.yaml'), issued);
    writeFileSync(join(dir, 'nhap', 'b.yaml'), 'not: [a document');
    git('add', 'a.yaml', 'nhap/b.yaml');
    expect(cli(['validate', '--staged'], { cwd: dir }).status).toBe(1);
    writeFileSync(join(dir, '.cochuong.yaml'), 'rules:\n  CT009: warning\nignore:\n  - nhap/\n');
    const run = cli(['validate', '--staged', '--format', 'json'], { cwd: dir });
    expectNoCrash(run);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).summary).toMatchObject({ files: 1, errors: 0, warnings: 1 });
  });
});
