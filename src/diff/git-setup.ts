import { execFile } from 'node:child_process';
import { lstatSync } from 'node:fs';
import { readBytes } from '../read/read-bytes.js';
import { join } from 'node:path';
import { createMessage, text, type Message } from '../message/message.js';
import { writeFileAtomic } from '../write/write-file-atomic.js';
import { DIFF_CODES } from './codes.js';

/** The lines that send YAML files through the cochuong diff driver. */
export const ATTRIBUTE_LINES = ['*.yaml diff=cochuong', '*.yml diff=cochuong'];

export type GitSetupResult =
  | { ok: true; root: string; textconv: string; external?: string; addedAttributes: string[] }
  | { ok: false; message: Message };

export interface GitSetupOptions {
  /** The textconv command (see textconvCommand). */
  textconv: string;
  /** Also the external diff driver (`cochuong diff`, a semantic summary), for `git diff` and `--ext-diff`. */
  external?: string;
}

/**
 * Makes git show documents by meaning in one repository. By default a textconv filter
 * (diff.cochuong.textconv): git itself diffs the documents as they print, so plain `git diff`,
 * `git log -p`, `git show`, `--word-diff` and `git blame` work without flags, and `git difftool`
 * still runs the user's tool. `external` adds the semantic driver (diff.cochuong.command) as an
 * opt-in; without it, one set by an earlier git-setup is removed. The attribute lines go into
 * .gitattributes (kept if present, so running it twice changes nothing).
 */
export async function setupGitDriver(cwd: string, options: GitSetupOptions): Promise<GitSetupResult> {
  const top = await git(cwd, ['rev-parse', '--show-toplevel']);
  if (!top.ok) return { ok: false, message: gitProblem(cwd, top) };
  const root = top.stdout.trim();
  const set = await git(root, ['config', '--local', 'diff.cochuong.textconv', options.textconv]);
  if (!set.ok) return { ok: false, message: gitProblem(root, set) };
  if (options.external) {
    const ext = await git(root, ['config', '--local', 'diff.cochuong.command', options.external]);
    if (!ext.ok) return { ok: false, message: gitProblem(root, ext) };
  } else {
    // Exit 5: the key was not set. Anything else is a real failure.
    const unset = await git(root, ['config', '--local', '--unset-all', 'diff.cochuong.command']);
    if (!unset.ok && unset.exitCode !== 5) return { ok: false, message: gitProblem(root, unset) };
  }

  const file = join(root, '.gitattributes');
  let current = '';
  let exists = true;
  try {
    // A link is not replaced by a file of ours (its target would keep the old lines): refused, named.
    if (lstatSync(file).isSymbolicLink()) return { ok: false, message: attributesLink(file) };
  } catch {
    exists = false;
  }
  if (exists) {
    const read = await readBytes(file, 1024 * 1024);
    if (!read.ok) return { ok: false, message: read.message };
    current = Buffer.from(read.bytes).toString('utf8');
  }
  const present = new Set(current.split(/\r?\n/).map((l) => l.trim()));
  const missing = ATTRIBUTE_LINES.filter((l) => !present.has(l));
  if (missing.length > 0) {
    const lead = current === '' || current.endsWith('\n') ? current : `${current}\n`;
    const block = `${lead}${lead ? '\n' : ''}# cochuong: so sánh văn bản phối hợp theo nội dung (cochuong git-setup)\n${missing.join('\n')}\n`;
    const written = await writeFileAtomic(file, block, { force: true });
    if (!written.ok) return { ok: false, message: written.message };
  }
  return { ok: true, root, textconv: options.textconv, ...(options.external ? { external: options.external } : {}), addedAttributes: missing };
}

function attributesLink(file: string): Message {
  return createMessage({ file, source: 'io', fatal: true, ruleId: DIFF_CODES.attributesLink.id,
    reason: text('Tệp .gitattributes là một liên kết (symlink); cochuong không thay nó bằng một tệp khác.',
      'The .gitattributes file is a symbolic link; cochuong does not replace it with another file.'),
    note: text(`Thêm hai dòng sau vào tệp mà liên kết trỏ tới, rồi chạy lại lệnh: ${ATTRIBUTE_LINES.join(' ; ')}`,
      `Add these two lines to the file the link points to, then run the command again: ${ATTRIBUTE_LINES.join(' ; ')}`) });
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * A command for git's shell (sh, also in Git for Windows) that survives a moved or reinstalled
 * cochuong: this installation by absolute path while it exists, else a `cochuong` on the PATH, else
 * a line on standard error saying how to fix it, and the file itself, so `git diff` never dies.
 */
export function textconvCommand(node: string, script: string): string {
  return `f() { if [ -f ${quote(script)} ]; then ${quote(node)} ${quote(script)} textconv "$1" && return; `
    + `elif command -v cochuong >/dev/null 2>&1; then cochuong textconv "$1" && return; `
    + `else echo 'cochuong: không tìm thấy chương trình (cài lại rồi chạy cochuong git-setup) — hiện nội dung gốc' >&2; fi; cat "$1"; }; f`;
}

/** The external driver, with the same fall-backs; without cochuong it shows a plain diff of the two files. */
export function driverCommand(node: string, script: string): string {
  return `f() { if [ -f ${quote(script)} ]; then ${quote(node)} ${quote(script)} diff "$@" && return; `
    + `elif command -v cochuong >/dev/null 2>&1; then cochuong diff "$@" && return; `
    + `else echo 'cochuong: không tìm thấy chương trình (cài lại rồi chạy cochuong git-setup)' >&2; fi; diff -u "$2" "$5"; return 0; }; f`;
}

type GitRun = { ok: true; stdout: string } | { ok: false; missing: boolean; stderr: string; exitCode?: number };

function git(cwd: string, args: string[]): Promise<GitRun> {
  return new Promise((done) => {
    execFile('git', args, { cwd, encoding: 'utf8', windowsHide: true }, (error, stdout, stderr) => {
      if (!error) return done({ ok: true, stdout });
      const code = (error as { code?: unknown }).code;
      done({ ok: false, missing: code === 'ENOENT', stderr: String(stderr ?? ''), exitCode: typeof code === 'number' ? code : undefined });
    });
  });
}

function gitProblem(cwd: string, run: Extract<GitRun, { ok: false }>): Message {
  if (run.missing) {
    return createMessage({ file: cwd, source: 'io', fatal: true, ruleId: DIFF_CODES.gitMissing.id,
      reason: text('Không chạy được git (máy chưa cài git?).', 'git could not be run (is it installed?).'),
      note: text('Cài git rồi chạy lại lệnh.', 'Install git and run the command again.') });
  }
  if (/not a git repository/i.test(run.stderr)) {
    return createMessage({ file: cwd, source: 'io', fatal: true, ruleId: DIFF_CODES.notRepository.id,
      reason: text('Thư mục này không nằm trong kho git.', 'This folder is not inside a git repository.'),
      note: text('Chạy lệnh trong thư mục kho git chứa các tệp văn bản (hoặc tạo kho bằng git init).', 'Run the command inside the git repository that holds the documents (or create one with git init).') });
  }
  return createMessage({ file: cwd, source: 'io', fatal: true, ruleId: DIFF_CODES.gitMissing.id,
    reason: text('git báo lỗi khi cấu hình.', 'git reported an error while configuring.'), actual: run.stderr.trim().split('\n')[0] });
}
