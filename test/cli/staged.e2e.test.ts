import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, expectNoCrash, ROOT } from '../support/cli.js';

const good = readFileSync(join(ROOT, 'examples', 'soc-son-2020.yaml'), 'utf8');
const broken = good.replace('trich_yeu:', 'trich_yeo:');

function repo(): { dir: string; git: (...args: string[]) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'cochuong-staged-'));
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args],
    { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: dir } });
  git('init', '-q');
  return { dir, git };
}

describe('cochuong validate --staged (process, in a real git repository)', () => {
  it('checks what is staged, not the working tree, before the first commit too', () => {
    const { dir, git } = repo();
    writeFileSync(join(dir, 'chuong-trinh.yaml'), broken);
    git('add', 'chuong-trinh.yaml');
    writeFileSync(join(dir, 'chuong-trinh.yaml'), good); // fixed, but the fix is not staged
    const run = cli(['validate', '--staged'], { cwd: dir });
    expectNoCrash(run);
    expect(run.status).toBe(1);
    const line = broken.split('\n').findIndex((l) => l.startsWith('trich_yeo:')) + 1;
    expect(run.stdout).toContain(`chuong-trinh.yaml:${line}:1: lỗi SC002`);
    expect(run.stdout).toContain('Đã kiểm tra 1 tệp: 1 tệp có lỗi');

    git('add', 'chuong-trinh.yaml'); // now the fix is staged
    writeFileSync(join(dir, 'chuong-trinh.yaml'), broken); // and the working tree broken again
    const fixed = cli(['validate', '--staged'], { cwd: dir });
    expect(fixed.status).toBe(0);
    expect(fixed.stdout).toContain('Đã kiểm tra 1 tệp: tất cả hợp lệ');
  });

  it('reads the program a staged report refers to as staged too, not from the working tree', () => {
    const { dir, git } = repo();
    const program = readFileSync(join(ROOT, 'examples', 'soc-son-2020.yaml'), 'utf8');
    const report = readFileSync(join(ROOT, 'examples', 'soc-son-bao-cao-2020.yaml'), 'utf8');
    // The program with the item "giam-sat" renamed: the report's result for it no longer finds it (CT019).
    const renamed = program.replace('  - id: giam-sat', '  - id: giam-sat-chung');
    writeFileSync(join(dir, 'soc-son-2020.yaml'), program);
    writeFileSync(join(dir, 'soc-son-bao-cao-2020.yaml'), report);
    git('add', '.');
    git('commit', '-q', '-m', 'chương trình và báo cáo');

    writeFileSync(join(dir, 'soc-son-2020.yaml'), renamed); // changed, not staged
    writeFileSync(join(dir, 'soc-son-bao-cao-2020.yaml'), report.replace('tep: soc-son-2020.yaml', 'tep: soc-son-2020.yaml # chương trình'));
    git('add', 'soc-son-bao-cao-2020.yaml');
    const staged = cli(['validate', '--staged'], { cwd: dir });
    expectNoCrash(staged);
    expect(staged.stdout).toContain('Đã kiểm tra 1 tệp: tất cả hợp lệ');
    expect(staged.status).toBe(0);
    const workingTree = cli(['validate', 'soc-son-bao-cao-2020.yaml'], { cwd: dir });
    expect(workingTree.stdout).toContain('CT019');
    expect(workingTree.status).toBe(1);

    git('add', 'soc-son-2020.yaml'); // now the renamed item is about to be committed
    writeFileSync(join(dir, 'soc-son-2020.yaml'), program); // and the working tree put back
    const both = cli(['validate', '--staged'], { cwd: dir });
    expect(both.stdout).toContain('CT019');
    expect(both.status).toBe(1);
  });

  it('takes only added, copied, modified or renamed .yaml/.yml files, not hidden ones; names them from the current folder', () => {
    const { dir, git } = repo();
    mkdirSync(join(dir, 'xa phù đổng'));
    writeFileSync(join(dir, 'cu.yaml'), good);
    writeFileSync(join(dir, 'ghi-chu.md'), '# không phải YAML\n');
    git('add', '.');
    git('commit', '-q', '-m', 'đầu tiên');
    git('rm', '-q', 'cu.yaml'); // deleted: nothing to check
    writeFileSync(join(dir, 'xa phù đổng', 'chương trình 2026.yml'), broken);
    writeFileSync(join(dir, 'ghi-chu.md'), '# sửa\n');
    writeFileSync(join(dir, 'chua-add.yaml'), broken); // never staged
    writeFileSync(join(dir, '.pre-commit-config.yaml'), 'repos: []\n'); // tools' settings, not documents
    mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
    writeFileSync(join(dir, '.github', 'workflows', 'ci.yml'), 'on: push\n');
    git('add', '.');
    git('rm', '-q', '--cached', 'chua-add.yaml');

    const fromRoot = cli(['validate', '--staged', '--format', 'json'], { cwd: dir });
    expect(fromRoot.status).toBe(1);
    expect(JSON.parse(fromRoot.stdout).files.map((f: { file: string }) => f.file)).toEqual(['xa phù đổng/chương trình 2026.yml']);

    const fromInside = cli(['validate', '--staged'], { cwd: join(dir, 'xa phù đổng') });
    expect(fromInside.stdout).toMatch(/^chương trình 2026\.yml:\d+:1: lỗi SC002/m);
  });

  it('limits the check to the paths given, and passes quietly when no .yaml file is staged', () => {
    const { dir, git } = repo();
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'a', 'tot.yaml'), good);
    writeFileSync(join(dir, 'b', 'hong.yaml'), broken);
    git('add', '.');
    expect(cli(['validate', '--staged', 'a'], { cwd: dir }).status).toBe(0);
    expect(cli(['validate', '--staged', 'b'], { cwd: dir }).status).toBe(1);
    git('commit', '-q', '-m', 'x');
    const none = cli(['validate', '--staged'], { cwd: dir });
    expect(none.status).toBe(0);
    expect(none.stdout).toContain('Đã kiểm tra 0 tệp');
  });

  it('says clearly, with exit 2, when the folder is not in a git repository', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cochuong-nogit-'));
    const run = cli(['validate', '--staged'], { cwd: dir, env: { GIT_CEILING_DIRECTORIES: tmpdir() } });
    expectNoCrash(run);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('không nằm trong kho git nào');
    const en = cli(['validate', '--staged', '--lang', 'en'], { cwd: dir, env: { GIT_CEILING_DIRECTORIES: tmpdir() } });
    expect(en.stderr).toContain('is not inside one');
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a staged file over --max-size without reading it whole', () => {
    const { dir, git } = repo();
    writeFileSync(join(dir, 'lon.yaml'), good);
    git('add', '.');
    const run = cli(['validate', '--staged', '--max-size', '1KB'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('lon.yaml: lỗi IN004');
  });
});
