import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { checkSource } from '../check/check-source.js';
import { createMessage, text, type Message } from '../message/message.js';
import { readBytes, tooLarge, type BytesResult } from '../read/read-bytes.js';
import { DIFF_CODES } from './codes.js';
import { isRecord, showLabel } from './shown.js';

/**
 * Where one side of a diff comes from: a file, standard input ("-"), or a version kept in git
 * ("HEAD~1:chuong-trinh.yaml", or --since REV FILE). Reading never prints; problems come back as
 * messages with the same wording as `validate` for the file itself.
 */
export type InputSpec =
  | { kind: 'file'; name: string; path: string }
  | { kind: 'stdin'; name: '-' }
  | { kind: 'git'; name: string; rev: string; path: string; cwd: string };

/** "-" is standard input; a path that exists is a file; "REV:path" is a git object; anything else a (missing) file. */
export function inputSpec(arg: string, cwd: string): InputSpec {
  if (arg === '-') return { kind: 'stdin', name: '-' };
  const path = resolve(cwd, arg);
  const git = /^([^:]+):(.+)$/.exec(arg);
  if (existsSync(path) || !git || /^[A-Za-z]:[\\/]/.test(arg)) return { kind: 'file', name: arg, path };
  return { kind: 'git', name: arg, rev: git[1], path: git[2], cwd };
}

/** The version of FILE at REV (for --since): read relative to the file's own folder. */
export function sinceSpec(rev: string, file: string, cwd: string): InputSpec {
  const path = resolve(cwd, file);
  return { kind: 'git', name: `${rev}:${file}`, rev, path: `./${basename(path)}`, cwd: dirname(path) };
}

export type BytesRead = { ok: true; bytes: Uint8Array } | { ok: false; message: Message };

export interface ReadOptions {
  maxBytes: number;
  stdin: (maxBytes: number) => Promise<BytesResult>;
}

export async function readInput(spec: InputSpec, options: ReadOptions): Promise<BytesRead> {
  if (spec.kind === 'stdin') return options.stdin(options.maxBytes);
  if (spec.kind === 'file') {
    const read = await readBytes(spec.path, options.maxBytes);
    return read.ok ? read : { ok: false, message: { ...read.message, file: spec.name } };
  }
  return readGitObject(spec, options.maxBytes);
}

/** `git cat-file blob REV:path`: the bytes exactly as committed, no shell, no pager, no textconv. */
function readGitObject(spec: Extract<InputSpec, { kind: 'git' }>, maxBytes: number): Promise<BytesRead> {
  const fail = (message: Message): BytesRead => ({ ok: false, message });
  if (spec.rev.startsWith('-')) return Promise.resolve(fail(objectMissing(spec, `bad revision '${spec.rev}'`)));
  return new Promise((done) => {
    execFile('git', ['cat-file', 'blob', `${spec.rev}:${spec.path}`], { cwd: spec.cwd, encoding: 'buffer', maxBuffer: maxBytes, windowsHide: true },
      (error, stdout, stderr) => {
        if (!error) return done({ ok: true, bytes: new Uint8Array(stdout) });
        const code = (error as { code?: unknown }).code;
        if (code === 'ENOENT') return done(fail(createMessage({ file: spec.name, source: 'io', fatal: true, ruleId: DIFF_CODES.gitMissing.id,
          reason: text('Không chạy được git (máy chưa cài git?), nên không đọc được phiên bản cũ của tệp.', 'git could not be run (is it installed?), so the earlier version cannot be read.'),
          note: text('Cài git, hoặc lưu bản cũ ra một tệp rồi so sánh hai tệp: cochuong diff TỆP-CŨ TỆP-MỚI.',
            'Install git, or save the earlier version to a file and compare the two files: cochuong diff OLD NEW.') })));
        if (code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') return done(fail(tooLarge(spec.name, undefined, maxBytes)));
        const said = Buffer.from(stderr ?? '').toString('utf8').trim();
        if (/not a git repository/i.test(said)) {
          return done(fail(createMessage({ file: spec.name, source: 'io', fatal: true, ruleId: DIFF_CODES.notRepository.id,
            reason: text(`Thư mục ${spec.cwd} không nằm trong kho git, nên không có phiên bản "${spec.rev}" để đọc.`,
              `The folder ${spec.cwd} is not inside a git repository, so there is no version "${spec.rev}" to read.`),
            actual: firstLine(said),
            note: text('Chạy lệnh trong thư mục của kho git; hoặc, nếu đây là hai tệp thường, ghi đúng tên hai tệp (kiểm tra lại tên tệp có dấu ":").',
              'Run the command inside the git repository; or, if these are two ordinary files, name both files (check the file name with ":").') })));
        }
        return done(fail(objectMissing(spec, firstLine(said) || String(error.message))));
      });
  });
}

function objectMissing(spec: Extract<InputSpec, { kind: 'git' }>, said: string): Message {
  return createMessage({ file: spec.name, source: 'io', fatal: true, ruleId: DIFF_CODES.objectMissing.id,
    reason: text(`Không có tệp "${spec.path}" ở phiên bản "${spec.rev}" trong git.`, `There is no file "${spec.path}" at version "${spec.rev}" in git.`),
    actual: said,
    note: text('Xem các phiên bản bằng: git log --oneline -- TỆP. Đường dẫn sau dấu ":" tính từ thư mục gốc của kho; viết ./tệp để tính từ thư mục hiện tại.',
      'List the versions with: git log --oneline -- FILE. A path after ":" starts at the repository root; write ./file to start from the current folder.') });
}

const firstLine = (s: string) => s.split('\n')[0].replace(/^(fatal|error): /, '');

/** One side of the diff, parsed: its data (also when it failed the schema), or the messages that stopped it. */
export interface LoadedInput {
  name: string;
  /** Decoded text (for a line diff when the file is not a document at all). */
  text?: string;
  data?: Record<string, unknown>;
  /** True when it passed the schema. */
  valid: boolean;
  /** Errors that stopped reading (exit 2), or warnings. */
  messages: Message[];
}

const KINDS = new Set(['chuong_trinh', 'quy_che', 'bao_cao']);

/** Reads and parses one side with the pipeline validate uses (without the domain rules). */
export async function loadInput(spec: InputSpec, options: ReadOptions): Promise<LoadedInput> {
  const read = await readInput(spec, options);
  if (!read.ok) return { name: spec.name, valid: false, messages: [read.message] };
  const checked = checkSource(spec.name, read.bytes, { rules: [] });
  const loaded: LoadedInput = { name: spec.name, valid: checked.document !== undefined, messages: [] };
  if (checked.text !== undefined) loaded.text = checked.text;
  const data = checked.document ?? checked.parsed?.data;
  if (checked.stoppedAt === 'read' || checked.stoppedAt === 'yaml' || !isRecord(data)) {
    loaded.messages = checked.messages;
    return loaded;
  }
  loaded.data = data;
  loaded.messages = checked.messages.filter((m) => m.severity === 'warning' && m.source === 'read');
  if (checked.stoppedAt === 'schema') {
    const errors = checked.messages.filter((m) => m.severity === 'error').length;
    loaded.messages.push(createMessage({ file: spec.name, source: 'diff', severity: 'warning', ruleId: DIFF_CODES.invalidDocument.id,
      reason: text(`Tệp chưa đúng mẫu (${errors} lỗi); vẫn so sánh phần đọc được, phần sai mẫu được so nguyên khối.`,
        `The file does not match the format (${errors} error${errors === 1 ? '' : 's'}); it is compared anyway, the parts that do not match as a whole.`),
      note: text(`Xem và sửa lỗi bằng: cochuong validate ${spec.name}`, `See and fix the errors with: cochuong validate ${spec.name}`) }));
  }
  return loaded;
}

/** Whether loaded data is a coordination document at all (has a known "loai"), even if not a valid one. */
export function isCochuongData(loaded: LoadedInput): boolean {
  return loaded.data !== undefined && typeof loaded.data.loai === 'string' && KINDS.has(loaded.data.loai);
}

/** DF002 when the two sides are different kinds of document. */
export function kindWarning(oldSide: LoadedInput, newSide: LoadedInput): Message | undefined {
  const a = oldSide.data?.loai;
  const b = newSide.data?.loai;
  if (typeof a !== 'string' || typeof b !== 'string' || a === b) return undefined;
  return createMessage({ file: newSide.name, source: 'diff', severity: 'warning', ruleId: DIFF_CODES.differentKinds.id,
    reason: text(`Hai văn bản khác loại (${showLabel('loai', a) ?? a} và ${showLabel('loai', b) ?? b}): hầu hết nội dung sẽ hiện là thêm hoặc bỏ.`,
      `The documents are of different kinds (${a} and ${b}): most content will show as added or removed.`),
    note: text('Kiểm tra lại đã chọn đúng hai tệp chưa.', 'Check that these are the two files you meant.') });
}
