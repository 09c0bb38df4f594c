import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT, cli, expectNoCrash } from '../support/cli.js';
import { encoders } from '../support/legacy-encoder.js';

/** Issue 15 through the real command line: the process is what is tested (exit codes, streams, signals). */
const dir = mkdtempSync(join(tmpdir(), 'cochuong-faults-'));
afterAll(() => { execFileSync('chmod', ['-R', 'u+rwX', dir]); rmSync(dir, { recursive: true, force: true }); });
const example = join(ROOT, 'examples', 'soc-son-2020.yaml');
const EXAMPLE = readFileSync(example, 'utf8');
const fresh = (name: string) => { const d = join(dir, name); mkdirSync(d, { recursive: true }); return d; };
/**
 * Where another user (setpriv) can reach: the test run's own temporary folder is private to root.
 * Removed at the end like the other.
 */
const shared = mkdtempSync(join(existsSync('/tmp') ? '/tmp' : tmpdir(), 'cochuong-setpriv-'));
chmodSync(shared, 0o755);
afterAll(() => { execFileSync('chmod', ['-R', 'u+rwX', shared]); rmSync(shared, { recursive: true, force: true }); });
const sharedDir = (name: string) => { const d = join(shared, name); mkdirSync(d, { recursive: true }); chmodSync(d, 0o777); return d; };

describe('a FIFO never hangs a command (items 1, 7)', () => {
  const fifo = join(fresh('fifo'), 'ong.yaml');
  execFileSync('mkfifo', [fifo]);
  it.each([
    ['validate', ['validate', fifo]],
    ['diff', ['diff', example, fifo]],
    ['fix-encoding', ['fix-encoding', fifo]],
    ['render', ['render', fifo, '-o', join(dir, 'fifo', 'out')]],
  ])('%s: refused as not a regular file, exit 2', (_name, args) => {
    const run = cli(args);
    expectNoCrash(run);
    expect(run.status).toBe(2);
    expect(run.stdout + run.stderr).toContain('IN003');
  });

  it('a report whose program (chuong_trinh.tep) is a FIFO or /dev/zero is checked without reading it', () => {
    const d = fresh('report');
    execFileSync('mkfifo', [join(d, 'ong.yaml')]);
    const report = readFileSync(join(ROOT, 'examples', 'soc-son-bao-cao-2020.yaml'), 'utf8');
    for (const tep of ['ong.yaml', '/dev/zero']) {
      writeFileSync(join(d, 'bao-cao.yaml'), report.replace('tep: soc-son-2020.yaml', `tep: ${tep}`));
      const run = cli(['validate', join(d, 'bao-cao.yaml')]);
      expectNoCrash(run);
      expect(run.stdout, tep).toContain('bao-cao.yaml');
      expect(run.stdout, tep).toMatch(/Đã kiểm tra 1 tệp/);
    }
  });
});

describe('standard input is bounded by --max-size (item 6)', () => {
  it('validate - and diff - refuse more than the limit with IN004', () => {
    const input = EXAMPLE + `# ${'x'.repeat(8000)}\n`;
    const run = cli(['validate', '-', '--max-size', '4KB'], { input });
    expectNoCrash(run);
    expect(run.status).toBe(1); // as for a file over the limit (IN004 is a finding about the input)
    expect(run.stdout).toContain('IN004');
    const diff = cli(['diff', example, '-', '--max-size', '4KB'], { input });
    expect(diff.status).toBe(2);
    expect(diff.stderr).toContain('IN004');
    expect(cli(['validate', '-'], { input }).status).toBe(0);
  });
});

describe('a failed write to standard output is exit 2 with a message (item 15)', () => {
  it('validate --format json > /dev/full', () => {
    const full = openSync('/dev/full', 'w');
    const run = spawnSync(process.execPath, [BIN, 'validate', example, '--format', 'json'], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
    closeSync(full);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('đầu ra chuẩn');
  });
});

describe('control characters never reach the terminal (item 16)', () => {
  it('diff text and md, and validate\'s code frames, show ESC and OSC escaped; file names with line breaks too', () => {
    const d = fresh('control');
    const evil = EXAMPLE.replace(/trich_yeu: (.*)/, 'trich_yeu: "$1 \\e]0;pwned\\a\\e[2J"');
    writeFileSync(join(d, 'moi.yaml'), evil);
    for (const format of ['text', 'md']) {
      const run = cli(['diff', example, join(d, 'moi.yaml'), '--format', format]);
      expect(run.status, run.stderr).toBe(1);
      expect(run.stdout).not.toMatch(/[\u0007\u001b]/);
      expect(run.stdout).toContain('\\x1b');
    }
    const named = join(d, 'ten\r\nla.yaml');
    writeFileSync(named, EXAMPLE.replace('nam: 2020', 'nam: "\u001b[31mhai"'));
    const run = cli(['validate', named]);
    expect(run.status).toBe(1);
    expect(run.stdout).not.toMatch(/[\r\u001b]/);
    expect(run.stdout).toContain('ten\\r\\nla.yaml');
  });
});

describe('-o - and outputs that would destroy inputs (items 3, 12, 22)', () => {
  it('render --format md -o - prints the document; what is said about it goes to standard error', () => {
    const run = cli(['render', example, '--format', 'md', '-o', '-']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(run.stderr).toContain('Đã in 1/1');
    expect(cli(['render', example, '-o', '-']).status).toBe(2); // a DOCX is not for a terminal
    const diff = cli(['diff', example, example, '--format', 'json', '-o', '-']);
    expect(diff.status).toBe(0);
    expect(JSON.parse(diff.stdout).changes).toEqual([]);
  });

  it('render a.yaml a.yml --force is refused: both would write a.docx', () => {
    const d = fresh('twins');
    writeFileSync(join(d, 'a.yaml'), EXAMPLE);
    writeFileSync(join(d, 'a.yml'), EXAMPLE);
    const run = cli(['render', join(d, 'a.yaml'), join(d, 'a.yml'), '--force']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('ghi đè nhau');
    expect(existsSync(join(d, 'a.docx'))).toBe(false);
  });

  it('render b.yaml --format md -o b.yaml --force leaves the source as it was; so do diff, fix-encoding and new', () => {
    const d = fresh('self');
    const b = join(d, 'b.yaml');
    writeFileSync(b, EXAMPLE);
    expect(cli(['render', b, '--format', 'md', '-o', b, '--force']).status).toBe(2);
    expect(cli(['diff', example, b, '-o', b, '--force']).status).toBe(2);
    expect(cli(['fix-encoding', b, '-o', b, '--force']).status).toBe(2);
    expect(cli(['new', b, '-o', b, '--force']).status).toBe(2);
    expect(readFileSync(b, 'utf8')).toBe(EXAMPLE);
  });

  it('render -o /dev/null --force and -o SYMLINK --force replace nothing', () => {
    const d = fresh('special');
    writeFileSync(join(d, 'that.docx'), 'giữ');
    symlinkSync(join(d, 'that.docx'), join(d, 'link.docx'));
    const linked = cli(['render', example, '-o', join(d, 'link.docx'), '--force']);
    expect(linked.status).toBe(2);
    expect(linked.stderr).toContain('WR003');
    expect(lstatSync(join(d, 'link.docx')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(d, 'that.docx'), 'utf8')).toBe('giữ');
    const devNull = cli(['render', example, '-o', '/dev/null', '--force']);
    expect(devNull.status).toBe(2);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });
});

describe('fix-encoding --in-place keeps the file\'s identity (items 8, 21)', () => {
  const legacy = () => encoders.vni(EXAMPLE);
  it('keeps 0600 and 0444, the backup as private as the original', () => {
    const d = fresh('modes');
    for (const mode of [0o600, 0o444]) {
      const file = join(d, `vb-${mode.toString(8)}.yaml`);
      writeFileSync(file, legacy());
      chmodSync(file, mode);
      const run = cli(['fix-encoding', '--in-place', file]);
      expect(run.status, run.stderr).toBe(0);
      expect(statSync(file).mode & 0o7777).toBe(mode);
      expect(statSync(`${file}.bak`).mode & 0o7777).toBe(mode);
      expect(readFileSync(file, 'utf8')).toBe(EXAMPLE.normalize('NFC'));
    }
  });

  it('refuses a symbolic link explicitly, naming its target, which is left as it was', () => {
    const d = fresh('link');
    writeFileSync(join(d, 'that.yaml'), legacy());
    symlinkSync(join(d, 'that.yaml'), join(d, 'link.yaml'));
    const run = cli(['fix-encoding', '--in-place', join(d, 'link.yaml')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(join(d, 'that.yaml'));
    expect(run.stdout).not.toContain('đã chuyển');
    expect(lstatSync(join(d, 'link.yaml')).isSymbolicLink()).toBe(true);
  });

  it('warns that other hard links keep the old content', () => {
    const d = fresh('hard');
    writeFileSync(join(d, 'a.yaml'), legacy());
    linkSync(join(d, 'a.yaml'), join(d, 'b.yaml'));
    const run = cli(['fix-encoding', '--in-place', join(d, 'a.yaml')]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('hard link');
  });

  it('prints its errors on standard error, not standard output (item 21)', () => {
    const run = cli(['fix-encoding', join(dir, 'khong-co.yaml')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('IN001');
    expect(run.stdout).toBe('');
  });

  it.skipIf(process.getuid?.() !== 0)('as another user (setpriv), refuses to take over a file it does not own', () => {
    const d = sharedDir('owner');
    const file = join(d, 'cua-root.yaml');
    writeFileSync(file, legacy());
    chmodSync(file, 0o644);
    const run = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, BIN, 'fix-encoding', '--in-place', file],
      { encoding: 'utf8', env: { ...process.env, COCHUONG_CACHE_DIR: '0' } });
    expect(run.status, run.stderr).toBe(2);
    expect(run.stderr).toContain('người dùng khác');
    expect(statSync(file).uid).toBe(0);
    expect(readFileSync(file).equals(Buffer.from(legacy()))).toBe(true);
    expect(existsSync(`${file}.bak`)).toBe(false);
  });
});

describe('I/O trouble is told in words, never "internal error" (items 14, 21)', () => {
  it('git-setup where .gitattributes is a folder, or a symbolic link', () => {
    for (const kind of ['folder', 'link']) {
      const d = fresh(`git-${kind}`);
      execFileSync('git', ['init', '-q'], { cwd: d });
      if (kind === 'folder') mkdirSync(join(d, '.gitattributes'));
      else { writeFileSync(join(d, 'attrs'), '*.txt text\n'); symlinkSync(join(d, 'attrs'), join(d, '.gitattributes')); }
      const run = cli(['git-setup'], { cwd: d });
      expectNoCrash(run);
      expect(run.status).toBe(2);
      if (kind === 'link') {
        expect(run.stderr).toContain('DF008');
        expect(readFileSync(join(d, 'attrs'), 'utf8')).toBe('*.txt text\n');
        expect(lstatSync(join(d, '.gitattributes')).isSymbolicLink()).toBe(true);
      }
    }
  });

  it.skipIf(process.getuid?.() !== 0)('an unreadable partials folder, as another user (setpriv)', () => {
    const d = sharedDir('locked');
    writeFileSync(join(d, 'vb.yaml'), EXAMPLE);
    mkdirSync(join(d, 'templates', 'partials'), { recursive: true });
    writeFileSync(join(d, 'templates', 'partials', 'x.hbs'), 'x');
    chmodSync(join(d, 'templates', 'partials'), 0o000);
    chmodSync(join(d, 'templates'), 0o755);
    const out = join(d, 'out');
    mkdirSync(out);
    chmodSync(out, 0o777);
    const run = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, BIN, 'render', join(d, 'vb.yaml'), '-o', out],
      { encoding: 'utf8', env: { ...process.env, COCHUONG_CACHE_DIR: '0' } });
    chmodSync(join(d, 'templates', 'partials'), 0o755);
    expect(run.stderr).not.toContain('lỗi nội bộ');
    expect(run.stderr).toContain('không có quyền đọc thư mục mẫu');
    expect(run.status).toBe(1);
  });

  it('templates export onto existing files suggests no -o, which it does not have', () => {
    const d = fresh('export');
    expect(cli(['templates', 'export', d]).status).toBe(0);
    const again = cli(['templates', 'export', d]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('--force');
    expect(again.stderr).not.toContain('-o');
  });
});

describe('--staged reads git\'s -z output: a file name with a line break (item 20)', () => {
  it('is checked as staged, not reported "not staged"', () => {
    const d = fresh('staged');
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.invalid', ...args], { cwd: d, env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: d } });
    git('init', '-q');
    writeFileSync(join(d, 'dong\nmoi.yaml'), EXAMPLE.replace('trich_yeu:', 'trich_yeo:'));
    writeFileSync(join(d, 've\rdau.yaml'), EXAMPLE);
    git('add', '.');
    const run = cli(['validate', '--staged'], { cwd: d });
    expectNoCrash(run);
    expect(run.stdout).not.toContain('IN001');
    expect(run.stdout).toContain('SC002');
    expect(run.stdout).toContain('Đã kiểm tra 2 tệp');
  });
});
