import { execFile, execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join, relative, sep } from 'node:path';
import { createMessage, text, type Message } from '../message/message.js';
import { READ_CODES } from '../read/codes.js';
import { readBytesSync, tooLarge, type BytesResult } from '../read/read-bytes.js';

export type StagedProblem = 'git-missing' | 'not-repository' | 'git-failed';

export type StagedFiles =
  | {
    ok: true;
    /** The staged *.yaml / *.yml files, named relative to `cwd`, in git's (sorted) order. */
    files: string[];
    /** Reads a file's staged content (what the commit will hold), not the working tree's. */
    read: (file: string, maxBytes: number) => Promise<BytesResult>;
    /**
     * Reads any file as the commit will hold it (git's index), by absolute path: for the documents a
     * checked one refers to (a report's program), bounded by `maxBytes` as files are.
     */
    readIndexed: (path: string, maxBytes: number) => BytesResult;
    /** Stops the `git cat-file` process once every file is read. */
    close: () => void;
  }
  | { ok: false; problem: StagedProblem; detail: string };

const YAML_FILE = /\.ya?ml$/i;
/** Hidden files and folders hold tools' settings (.pre-commit-config.yaml, .github/workflows/), not documents. */
const HIDDEN = /(^|\/)\./;

/**
 * The files a pre-commit hook must check: added, copied, modified or renamed in git's index
 * (`git diff --cached --name-only --diff-filter=ACMR -z`), *.yaml and *.yml outside hidden folders
 * and not hidden themselves, limited to `pathspecs` when given, read
 * as staged (`:path`, through one `git cat-file --batch`), so a fix left unstaged does not hide a
 * broken file that is about to be committed.
 */
export async function stagedFiles(cwd: string, pathspecs: string[] = []): Promise<StagedFiles> {
  const top = await git(['rev-parse', '--show-toplevel'], cwd);
  if (!top.ok) return top;
  const root = top.stdout.replace(/\r?\n$/, '');
  const listed = await git(['-c', 'core.quotepath=off', 'diff', '--cached', '--name-only', '--diff-filter=ACMR', '-z', '--', ...pathspecs], cwd);
  if (!listed.ok) return listed;
  const names = new Map<string, string>(); // as shown → path in the repository
  for (const path of listed.stdout.split('\0')) {
    if (path && YAML_FILE.test(path) && !HIDDEN.test(path)) names.set(relative(cwd, join(root, path)) || path, path);
  }
  const reader = new StagedReader(root);
  return {
    ok: true,
    files: [...names.keys()],
    read: (file, maxBytes) => {
      const path = names.get(file);
      if (path === undefined) return Promise.resolve(notStaged(file));
      // A name with a line break cannot be asked for on cat-file's one-line protocol: one call of its own.
      if (/[\n\r]/.test(path)) return Promise.resolve(withName(readIndexed(root, join(root, path), maxBytes), file));
      return reader.read(file, path, maxBytes);
    },
    readIndexed: (path, maxBytes) => readIndexed(root, path, maxBytes),
    close: () => reader.close(),
  };
}

/** `git cat-file blob :path`, run synchronously: the rules that need another document are synchronous. */
function readIndexed(root: string, path: string, maxBytes: number): BytesResult {
  const inRepository = relative(root, path).split(sep).join('/');
  // outside the repository: not committed with it, read from the disk like any file
  if (inRepository.startsWith('../')) return readBytesSync(path, maxBytes);
  try {
    const bytes = execFileSync('git', ['cat-file', 'blob', `:${inRepository}`], { cwd: root, maxBuffer: maxBytes, stdio: ['ignore', 'pipe', 'ignore'], windowsHide: true });
    return { ok: true, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) };
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOBUFS') return { ok: false, message: tooLarge(path, undefined, maxBytes) };
    return notStaged(path);
  }
}

type GitRun = { ok: true; stdout: string } | { ok: false; problem: StagedProblem; detail: string };

/** The root of the git repository holding `cwd`, or undefined outside one (or without git). */
export async function repositoryRoot(cwd: string): Promise<string | undefined> {
  const top = await git(['rev-parse', '--show-toplevel'], cwd);
  return top.ok ? top.stdout.replace(/\r?\n$/, '') : undefined;
}

function git(args: string[], cwd: string): Promise<GitRun> {
  return new Promise((done) => {
    execFile('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, windowsHide: true }, (error, stdout, stderr) => {
      if (!error) return done({ ok: true, stdout });
      const code = (error as { code?: unknown }).code;
      if (code === 'ENOENT') return done({ ok: false, problem: 'git-missing', detail: error.message });
      const said = String(stderr ?? '').trim().split('\n')[0] ?? '';
      done({ ok: false, problem: /not a git repository/i.test(said) ? 'not-repository' : 'git-failed', detail: said || error.message });
    });
  });
}

interface Waiting { file: string; maxBytes: number; done: (result: BytesResult) => void }

/**
 * A client of `git cat-file --batch`: one request line (":path") per file, answers in order
 * ("<oid> blob <size>\n<bytes>\n", or "<name> missing\n"). Few files are in flight at a time, so
 * memory holds only the blobs being checked.
 */
class StagedReader {
  private child: ChildProcessWithoutNullStreams | undefined;
  private readonly waiting: Waiting[] = [];
  private header = '';
  private body: Buffer | undefined;
  private size = 0;
  private remaining = 0;
  private failure: Message | undefined;

  constructor(private readonly root: string) {}

  read(file: string, path: string, maxBytes: number): Promise<BytesResult> {
    const child = this.start();
    if (this.failure) return Promise.resolve({ ok: false, message: { ...this.failure, file } });
    return new Promise((done) => {
      this.waiting.push({ file, maxBytes, done });
      child.stdin.write(`:${path}\n`);
    });
  }

  close(): void {
    this.child?.stdin.end();
  }

  private start(): ChildProcessWithoutNullStreams {
    if (this.child) return this.child;
    const child = spawn('git', ['cat-file', '--batch'], { cwd: this.root, windowsHide: true });
    this.child = child;
    child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    const fail = (detail: string) => {
      this.failure ??= gitReadFailed('', detail);
      for (const w of this.waiting.splice(0)) w.done({ ok: false, message: { ...this.failure, file: w.file } });
    };
    child.on('error', (error) => fail(error.message));
    child.on('close', (code) => { if (this.waiting.length > 0) fail(`git cat-file exited with code ${code}`); });
    child.stdin.on('error', () => undefined); // reported through 'close'
    return child;
  }

  private receive(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length) {
      if (this.remaining === 0) {
        const end = chunk.indexOf(0x0a, at);
        if (end === -1) { this.header += chunk.toString('utf8', at); return; }
        this.header += chunk.toString('utf8', at, end);
        at = end + 1;
        const line = this.header;
        this.header = '';
        const size = /^[0-9a-f]+ blob (\d+)$/.exec(line);
        if (!size) {
          const w = this.waiting.shift();
          w?.done(notStaged(w.file));
          continue;
        }
        this.size = Number(size[1]);
        this.remaining = this.size + 1; // the blob, then git's closing newline
        // A blob over the limit is skipped as it streams past, never held in memory.
        this.body = this.size > (this.waiting[0]?.maxBytes ?? Infinity) ? undefined : Buffer.allocUnsafe(this.remaining);
      }
      const take = Math.min(this.remaining, chunk.length - at);
      if (this.body) chunk.copy(this.body, this.body.length - this.remaining, at, at + take);
      this.remaining -= take;
      at += take;
      if (this.remaining === 0) {
        const w = this.waiting.shift();
        if (!w) continue;
        if (this.body) w.done({ ok: true, bytes: new Uint8Array(this.body.buffer, this.body.byteOffset, this.size) });
        else w.done({ ok: false, message: tooLarge(w.file, this.size, w.maxBytes) });
        this.body = undefined;
      }
    }
  }
}

function withName(result: BytesResult, file: string): BytesResult {
  return result.ok ? result : { ok: false, message: { ...result.message, file } };
}

function notStaged(file: string): BytesResult {
  return { ok: false, message: createMessage({ file, source: 'io', fatal: true, ruleId: READ_CODES.notFound.id,
    reason: text('Không tìm thấy tệp này trong phần đã chọn để commit (git add).', 'This file is not among the changes staged for commit (git add).'),
    note: text('Chạy lại git add cho tệp, rồi kiểm tra lại.', 'Run git add for the file again, then check again.') }) };
}

function gitReadFailed(file: string, detail: string): Message {
  return createMessage({ file, source: 'io', fatal: true, ruleId: READ_CODES.unreadable.id,
    reason: text('Không đọc được nội dung đã chọn để commit từ git.', 'The staged content could not be read from git.'),
    actual: detail,
    note: text('Kiểm tra git còn chạy được trong thư mục này (git status), rồi thử lại.', 'Check that git works in this folder (git status), then try again.') });
}
