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
  | { ok: true; root: string; command: string; addedAttributes: string[] }
  | { ok: false; message: Message };

/**
 * Makes `git diff` and `git log -p --ext-diff` show semantic diffs in one repository: sets
 * diff.cochuong.command in the repository's own config and adds the attribute lines to its
 * .gitattributes (kept if present, so running it twice changes nothing).
 */
export async function setupGitDriver(cwd: string, command: string): Promise<GitSetupResult> {
  const top = await git(cwd, ['rev-parse', '--show-toplevel']);
  if (!top.ok) return { ok: false, message: gitProblem(cwd, top) };
  const root = top.stdout.trim();
  const set = await git(root, ['config', '--local', 'diff.cochuong.command', command]);
  if (!set.ok) return { ok: false, message: gitProblem(root, set) };

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
  return { ok: true, root, command, addedAttributes: missing };
}

function attributesLink(file: string): Message {
  return createMessage({ file, source: 'io', fatal: true, ruleId: DIFF_CODES.attributesLink.id,
    reason: text('Tệp .gitattributes là một liên kết (symlink); cochuong không thay nó bằng một tệp khác.',
      'The .gitattributes file is a symbolic link; cochuong does not replace it with another file.'),
    note: text(`Thêm hai dòng sau vào tệp mà liên kết trỏ tới, rồi chạy lại lệnh: ${ATTRIBUTE_LINES.join(' ; ')}`,
      `Add these two lines to the file the link points to, then run the command again: ${ATTRIBUTE_LINES.join(' ; ')}`) });
}

/** A command line for git to run, quoted for the shell git uses: node and the cochuong script, absolute. */
export function driverCommand(node: string, script: string): string {
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  return `${quote(node)} ${quote(script)} diff`;
}

type GitRun = { ok: true; stdout: string } | { ok: false; missing: boolean; stderr: string };

function git(cwd: string, args: string[]): Promise<GitRun> {
  return new Promise((done) => {
    execFile('git', args, { cwd, encoding: 'utf8', windowsHide: true }, (error, stdout, stderr) => {
      if (!error) return done({ ok: true, stdout });
      done({ ok: false, missing: (error as { code?: unknown }).code === 'ENOENT', stderr: String(stderr ?? '') });
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
