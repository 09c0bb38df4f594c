import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, cli, expectNoCrash, ROOT } from '../support/cli.js';

const read = (name: string) => readFileSync(join(ROOT, 'examples', name), 'utf8');
const y2019 = join(ROOT, 'examples/cau-giay-2019.yaml');
const y2020 = join(ROOT, 'examples/cau-giay-2020.yaml');
const temp = () => mkdtempSync(join(tmpdir(), 'cochuong-diff-'));

describe('cochuong diff (process)', () => {
  it('reports Cầu Giấy 2019 → 2020 grouped, with a summary, and exits 1', () => {
    const run = cli(['diff', y2019, y2020]);
    expectNoCrash(run);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    const out = run.stdout;
    for (const heading of ['Thông tin chung', 'Các bên ký', 'Nội dung phối hợp', 'Nơi nhận']) expect(out).toContain(`\n${heading}\n`);
    expect(out).toMatch(/Sửa +Số: 2 → 1/);
    expect(out).toContain('Người ký: [-Lương Quốc Bảo-]{+Hà Minh Tuấn+}');
    expect(out).toMatch(/Thêm +Nội dung 3: Góp phần tổ chức thành công Đại hội Đảng bộ các cấp/);
    expect(out).toMatch(/Bỏ +Nội dung 3: Đại hội đại biểu Mặt trận/);
    expect(out).toMatch(/Chuyển chỗ +Nội dung 4: Các phong trào thi đua yêu nước và các cuộc vận động \(trước là nội dung 8\)/);
    expect(out).toContain('Mã: cu-tri-chuyen-de → tiep-xuc-cu-tri');
    expect(out).toContain('{+ và kịp thời thông báo kết quả giải quyết tới cử tri+}');
    expect(out).toContain('1 nội dung mới, 1 nội dung bỏ, 3 nội dung sửa, 1 nội dung chuyển chỗ, 4 thay đổi khác.');
    expect(out).toContain('Đã ẩn 6 thay đổi chỉ do đổi năm 2019 → 2020; thêm --keep-years để xem.');
    expect(out).not.toContain('Trích yếu');
    expect(out).not.toMatch(/\u001b\[/);
  });

  it('shows the year-only changes with --keep-years', () => {
    const run = cli(['diff', '--keep-years', y2019, y2020]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Trích yếu: Phối hợp công tác năm [-2019-]{+2020+} giữa');
    expect(run.stdout).toContain('(chỉ đổi năm)');
    expect(run.stdout).not.toContain('Đã ẩn');
  });

  it('prints only "Không có thay đổi" and exits 0 for identical files, and for an NFD copy', () => {
    const same = cli(['diff', y2019, y2019]);
    expect(same.status).toBe(0);
    expect(same.stdout).toBe('Không có thay đổi.\n');
    const dir = temp();
    const nfd = join(dir, 'nfd.yaml');
    writeFileSync(nfd, read('cau-giay-2019.yaml').normalize('NFD'));
    const run = cli(['diff', y2019, nfd]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('Không có thay đổi.\n');
  });

  it('speaks English with --lang en', () => {
    const run = cli(['diff', '--lang', 'en', y2019, y2020]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Content items');
    expect(run.stdout).toMatch(/Moved +Item 4:/);
    expect(run.stdout).toContain('1 item added, 1 item removed, 3 items changed, 1 item moved, 4 other changes.');
    expect(cli(['diff', '--lang', 'en', y2019, y2019]).stdout).toBe('No differences.\n');
  });

  it('reads one side from standard input', () => {
    const run = cli(['diff', y2019, '-'], { input: read('cau-giay-2020.yaml') });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('So sánh ' + y2019 + ' → -');
    expect(cli(['diff', '-', '-'], { input: 'x' }).stderr).toContain('DF006');
  });

  it('writes Markdown and a versioned JSON structure', () => {
    const md = cli(['diff', '--format', 'md', y2019, y2020]);
    expect(md.status).toBe(1);
    expect(md.stdout).toMatch(/^## So sánh /);
    expect(md.stdout).toContain('### Nội dung phối hợp');
    expect(md.stdout).toContain('- **Sửa** Ủy ban nhân dân quận Cầu Giấy\n  - Người ký: <del>Lương Quốc Bảo</del><ins>Hà Minh Tuấn</ins>');
    const json = cli(['diff', '-f', 'json', y2019, y2020]);
    expect(json.status).toBe(1);
    const parsed = JSON.parse(json.stdout);
    expect(parsed).toMatchObject({ format: 'cochuong-diff', version: 1, yearOverYear: { from: 2019, to: 2020 }, keepYears: false,
      summary: { added: 2, removed: 1, changed: 6, moved: 1, other: 4, hiddenYearOnly: 6, byUnit: [{ element: 'noi_dung', added: 1, removed: 1, changed: 3, moved: 1 }] }, warnings: [] });
    expect(parsed.changes.find((c: { id?: string }) => c.id === 'thi-dua')).toMatchObject({ kind: 'moved', oldPosition: 8, newPosition: 4 });
    expect(parsed.units.new.mttq).toBe('UBMTTQ');
  });

  it('writes to a file with -o, never over an existing one without --force', () => {
    const dir = temp();
    const out = join(dir, 'thay-doi.md');
    expect(cli(['diff', '-f', 'md', '-o', out, y2019, y2020]).status).toBe(1);
    expect(readFileSync(out, 'utf8')).toContain('### Các bên ký');
    writeFileSync(out, 'giữ nguyên');
    const refused = cli(['diff', '-f', 'md', '-o', out, y2019, y2020]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('WR001');
    expect(readFileSync(out, 'utf8')).toBe('giữ nguyên');
    expect(cli(['diff', '-f', 'md', '-o', out, '--force', y2019, y2020]).status).toBe(1);
    expect(readFileSync(out, 'utf8')).toContain('### Các bên ký');
  });

  it('stops with exit 2 and validate\'s messages on unreadable or non-YAML input', () => {
    const dir = temp();
    const missing = cli(['diff', join(dir, 'khong-co.yaml'), y2020]);
    expectNoCrash(missing);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('IN001');
    expect(missing.stderr).toContain('Không tìm thấy tệp');
    const broken = join(dir, 'hong.yaml');
    writeFileSync(broken, 'loai: chuong_trinh\ntrich_yeu: "chưa đóng nháp\nnam: 2020\n');
    const run = cli(['diff', y2019, broken]);
    expectNoCrash(run);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/hong\.yaml:\d+:\d+: lỗi YA0/);
    expect(run.stdout).toBe('');
    const binary = join(dir, 'anh.yaml');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
    const bin = cli(['diff', binary, y2020]);
    expect(bin.status).toBe(2);
    expect(bin.stderr).toContain('IN007');
  });

  it('compares a file that fails the schema, with a warning', () => {
    const dir = temp();
    const draft = join(dir, 'nhap.yaml');
    writeFileSync(draft, read('cau-giay-2020.yaml').replace('trich_yeu:', 'trich_yeo:'));
    const run = cli(['diff', y2020, draft]);
    expectNoCrash(run);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('cảnh báo DF001');
    expect(run.stderr).toContain(`cochuong validate ${draft}`);
    expect(run.stdout).toContain('Mục khác (ngoài mẫu)');
    expect(run.stdout).toMatch(/Bỏ +Trích yếu/);
  });

  it('refuses an unknown format and a wrong number of files', () => {
    expect(cli(['diff', '-f', 'pdf', y2019, y2020]).status).toBe(2);
    const one = cli(['diff', y2019]);
    expect(one.status).toBe(2);
    expect(one.stderr).toContain('cochuong diff TỆP-CŨ TỆP-MỚI');
  });
});

describe('cochuong diff with git', () => {
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: cwd } });
  const repo = () => {
    const dir = temp();
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'config', 'user.name', 'Văn thư');
    git(dir, 'config', 'user.email', 'vanthu@example.org');
    writeFileSync(join(dir, 'chuong-trinh.yaml'), read('cau-giay-2019.yaml'));
    git(dir, 'add', 'chuong-trinh.yaml');
    git(dir, 'commit', '-q', '-m', 'Chương trình năm 2019');
    writeFileSync(join(dir, 'chuong-trinh.yaml'), read('cau-giay-2020.yaml'));
    git(dir, 'commit', '-q', '-am', 'Chương trình năm 2020');
    return dir;
  };

  it('reads earlier versions as REV:path and with --since', () => {
    const dir = repo();
    const rev = cli(['diff', 'HEAD~1:chuong-trinh.yaml', 'chuong-trinh.yaml'], { cwd: dir });
    expectNoCrash(rev);
    expect(rev.status).toBe(1);
    expect(rev.stdout).toContain('So sánh HEAD~1:chuong-trinh.yaml → chuong-trinh.yaml');
    expect(rev.stdout).toContain('Người ký: [-Lương Quốc Bảo-]{+Hà Minh Tuấn+}');
    const since = cli(['diff', '--since', 'HEAD~1', join(dir, 'chuong-trinh.yaml')]);
    expect(since.status).toBe(1);
    expect(since.stdout).toContain('1 nội dung mới, 1 nội dung bỏ, 3 nội dung sửa, 1 nội dung chuyển chỗ, 4 thay đổi khác.');
    expect(cli(['diff', '--since', 'HEAD', 'chuong-trinh.yaml'], { cwd: dir }).stdout).toBe('Không có thay đổi.\n');
  });

  it('says clearly when the version or the repository does not exist', () => {
    const dir = repo();
    const missing = cli(['diff', 'HEAD~5:chuong-trinh.yaml', 'chuong-trinh.yaml'], { cwd: dir });
    expectNoCrash(missing);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('DF005');
    expect(missing.stderr).toContain('Không có tệp "chuong-trinh.yaml" ở phiên bản "HEAD~5"');
    const outside = temp();
    writeFileSync(join(outside, 'a.yaml'), read('cau-giay-2020.yaml'));
    const run = cli(['diff', '--since', 'HEAD~1', 'a.yaml'], { cwd: outside, env: { GIT_CEILING_DIRECTORIES: outside } });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('DF004');
    expect(cli(['diff', '--since', '--output=x', 'a.yaml'], { cwd: outside }).status).toBe(2);
    expect(existsSync(join(outside, 'x'))).toBe(false);
  });

  it('by default shows documents as they print through textconv: git diff, log -p, show, --word-diff and blame, no flags', () => {
    const dir = repo();
    const setup = cli(['git-setup'], { cwd: dir });
    expectNoCrash(setup);
    expect(setup.status).toBe(0);
    expect(readFileSync(join(dir, '.gitattributes'), 'utf8')).toContain('*.yaml diff=cochuong');
    expect(cli(['git-setup'], { cwd: dir }).stdout).toContain('đã có sẵn');
    expect(() => git(dir, 'config', '--get', 'diff.cochuong.command')).toThrow(); // no external driver by default

    const diff = git(dir, 'diff', 'HEAD~1', 'HEAD', '--', 'chuong-trinh.yaml');
    expect(diff).toMatch(/^\+- Thời gian thực hiện: Quý III\.$/m); // lines of the printed document, not YAML keys
    expect(diff).not.toMatch(/^[-+]\s*ho_ten:/m);
    expect(diff).toMatch(/^\+.*Hà Minh Tuấn/m);
    const words = git(dir, 'diff', '--word-diff', 'HEAD~1', 'HEAD', '--', 'chuong-trinh.yaml');
    expect(words).toMatch(/\[-[^\]]*Lương Quốc Bảo[^\]]*-\]\{\+[^}]*Hà Minh Tuấn[^}]*\+\}/);
    const log = git(dir, 'log', '-p', '--', 'chuong-trinh.yaml');
    expect(log).toMatch(/^\+.*Phối hợp công tác năm 2019/m); // the new file's content is shown
    expect(git(dir, 'show', 'HEAD', '--', 'chuong-trinh.yaml')).toMatch(/^\+.*Hà Minh Tuấn/m);
    expect(git(dir, 'blame', 'chuong-trinh.yaml')).toMatch(/Chương trình năm 2020|\^/);

    // git difftool still runs the user's own tool.
    git(dir, 'config', 'difftool.mine.cmd', 'echo "MY-TOOL $LOCAL $REMOTE"');
    expect(git(dir, 'difftool', '-y', '--tool=mine', 'HEAD~1', 'HEAD', '--', 'chuong-trinh.yaml')).toContain('MY-TOOL');

    // A YAML file that is not a document: its own lines.
    writeFileSync(join(dir, 'ci.yaml'), 'name: build\non: push\n');
    git(dir, 'add', 'ci.yaml');
    git(dir, 'commit', '-q', '-m', 'ci');
    writeFileSync(join(dir, 'ci.yaml'), 'name: test\non: push\n');
    expect(git(dir, 'diff', '--', 'ci.yaml')).toContain('-name: build\n+name: test');
  });

  it('never kills git diff when cochuong has moved or is gone', () => {
    const dir = repo();
    cli(['git-setup'], { cwd: dir });
    const configured = git(dir, 'config', '--get', 'diff.cochuong.textconv').trim();
    // As after a reinstall elsewhere: the recorded path no longer exists and no cochuong is on the PATH.
    git(dir, 'config', 'diff.cochuong.textconv', configured.split(BIN).join('/nowhere/cochuong.js'));
    const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: dir, PATH: '/usr/bin:/bin' };
    const run = spawnSync('git', ['diff', 'HEAD~1', 'HEAD', '--', 'chuong-trinh.yaml'], { cwd: dir, encoding: 'utf8', env });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^[-+]\s+ho_ten: /m); // the files themselves
    expect(run.stderr).toContain('cochuong: không tìm thấy chương trình');
  });

  it('with --external, git diff prints the semantic summary and git log -p --ext-diff too', () => {
    const dir = repo();
    const setup = cli(['git-setup', '--external'], { cwd: dir });
    expect(setup.status).toBe(0);
    const diff = git(dir, 'diff', 'HEAD~1', 'HEAD', '--', 'chuong-trinh.yaml');
    expect(diff).toContain('diff --cochuong a/chuong-trinh.yaml b/chuong-trinh.yaml');
    expect(diff).toContain('Người ký: [-Lương Quốc Bảo-]{+Hà Minh Tuấn+}');
    expect(diff).toContain('1 nội dung mới, 1 nội dung bỏ, 3 nội dung sửa, 1 nội dung chuyển chỗ, 4 thay đổi khác.');
    const log = git(dir, 'log', '-p', '--ext-diff', '--', 'chuong-trinh.yaml');
    expect(log).toContain('Chuyển chỗ  Nội dung 4');
    writeFileSync(join(dir, 'chuong-trinh.yaml'), read('cau-giay-2020.yaml').replace('ho_ten: Hà Minh Tuấn', 'ho_ten: Hà Minh Tâm'));
    expect(git(dir, 'diff')).toContain('Người ký: Hà Minh [-Tuấn-]{+Tâm+}');
    // Back to the default: the external driver is removed.
    cli(['git-setup'], { cwd: dir });
    expect(() => git(dir, 'config', '--get', 'diff.cochuong.command')).toThrow();
  });
});
