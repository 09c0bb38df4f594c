import { close, existsSync, fchmodSync, fchownSync, fsync, lstatSync, openSync, writeFile, type Stats } from 'node:fs';
import { link, rename, unlink } from 'node:fs/promises';
import { promisify } from 'node:util';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createMessage, text, type Message } from '../message/message.js';
import { ioReason } from '../read/io-reason.js';
import { WRITE_CODES } from './codes.js';
import { pending } from './pending-files.js';

export interface WriteOptions {
  /** Replace an existing regular file. Without it an existing file is never touched. */
  force?: boolean;
  /** Permissions of a new file (default 0644, less the umask). A replaced file keeps its own. */
  mode?: number;
  /** The command has an -o option to suggest when the file exists (templates export has none). */
  outputOption?: boolean;
}

export type WriteResult = { ok: true; file: string } | { ok: false; message: Message };

export { removePendingTemporaryFiles } from './pending-files.js';

/**
 * Writes a whole file or nothing: the bytes go to a temporary file beside the target, are flushed
 * to disk, and only then take the target's name. Without `force`, an existing target is refused,
 * and the final step cannot replace a file that appeared meanwhile (a hard link fails if it exists).
 * Only a regular file is ever replaced, even with `force`: a device (/dev/null), a pipe, a folder or a
 * symbolic link is refused. A replaced file keeps its permissions and owner (or is refused when its
 * owner cannot be kept), so a private 0600 file never becomes readable by everyone.
 */
export async function writeFileAtomic(file: string, data: Uint8Array | string, options: WriteOptions = {}): Promise<WriteResult> {
  let existing: Stats | undefined;
  try {
    existing = lstatSync(file);
  } catch {
    existing = undefined;
  }
  if (existing && !existing.isFile()) return { ok: false, message: notRegularTarget(file, existing) };
  if (existing && !options.force) return { ok: false, message: existsMessage(file, options) };
  const mode = existing ? existing.mode & 0o7777 : options.mode;

  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  // Created synchronously, in the same turn as it is recorded: a Ctrl-C handler runs between turns,
  // so it always finds the file it must remove. (An asynchronous open still in flight when the
  // handler ran created the file after the handler had looked, and it stayed behind.)
  let fd: number;
  try {
    fd = openSync(temp, 'wx', mode ?? 0o644);
  } catch (error) {
    return { ok: false, message: writeError(file, error) };
  }
  pending.add(temp);
  try {
    try {
      // The umask narrowed the mode at creation: set exactly the mode kept, and the owner.
      if (mode !== undefined) fchmodSync(fd, mode);
      if (existing) keepOwner(fd, existing);
      await promisify(writeFile)(fd, data);
      await promisify(fsync)(fd);
    } finally {
      await promisify(close)(fd);
    }
    if (options.force) {
      await rename(temp, file);
    } else {
      await linkOrRename(temp, file);
    }
    return { ok: true, file };
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    return { ok: false, message: (error as { ownerOf?: Stats }).ownerOf ? otherOwner(file) : writeError(file, error) };
  } finally {
    pending.delete(temp);
  }
}

/** The replacement belongs to whom the file belonged to; if that cannot be, nothing is replaced. */
function keepOwner(fd: number, existing: Stats): void {
  const uid = process.getuid?.();
  const gid = process.getgid?.();
  if (uid === undefined || (existing.uid === uid && existing.gid === gid)) return;
  try {
    fchownSync(fd, existing.uid, existing.gid);
  } catch {
    throw Object.assign(new Error('owner'), { ownerOf: existing });
  }
}

/** A hard link fails with EEXIST rather than replace; where links are unsupported, check then rename. */
async function linkOrRename(temp: string, file: string): Promise<void> {
  try {
    await link(temp, file);
    await unlink(temp);
  } catch (error) {
    if ((error as { code?: string }).code === 'EEXIST') throw error;
    if (existsSync(file)) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
    await rename(temp, file);
  }
}

/** The refusal to overwrite an existing file, for commands that check before doing slow work. */
export function existsMessage(file: string, options: { outputOption?: boolean } = {}): Message {
  let kind: Stats | undefined;
  try { kind = lstatSync(file); } catch { kind = undefined; }
  if (kind && !kind.isFile()) return notRegularTarget(file, kind);
  const other = options.outputOption === false ? text('hoặc ghi vào thư mục khác', 'or write to another folder') : text('hoặc chọn tên khác bằng -o', 'or choose another name with -o');
  return createMessage({ file, source: 'io', fatal: true, ruleId: WRITE_CODES.exists.id,
    reason: text('Tệp này đã có; cochuong không ghi đè.', 'This file exists; cochuong does not overwrite it.'),
    note: text(`Thêm --force để ghi đè, ${other.vi}.`, `Add --force to overwrite, ${other.en}.`) });
}

/** A folder, device, pipe or link where the output should go: never replaced, not even with --force. */
function notRegularTarget(file: string, stat: Stats): Message {
  const what = stat.isDirectory() ? text('một thư mục', 'a folder')
    : stat.isSymbolicLink() ? text('một liên kết (symlink)', 'a symbolic link')
    : stat.isFIFO() ? text('một ống dẫn (FIFO)', 'a pipe (FIFO)')
    : text('một tệp thiết bị', 'a device file');
  return createMessage({ file, source: 'io', fatal: true, ruleId: WRITE_CODES.notRegular.id,
    reason: text(`Đường dẫn kết quả là ${what.vi}, không phải tệp thường; cochuong không thay nó, kể cả với --force.`,
      `The output path is ${what.en}, not a regular file; cochuong does not replace it, not even with --force.`),
    note: text('Chọn một tên tệp khác bằng -o (với md, json, text: -o - để in ra màn hình).',
      'Choose another file name with -o (for md, json, text: -o - prints to standard output).') });
}

function otherOwner(file: string): Message {
  return createMessage({ file, source: 'io', fatal: true, ruleId: WRITE_CODES.failed.id,
    reason: text('Tệp này thuộc về người dùng khác; thay nó thì tệp sẽ đổi chủ, nên cochuong không thay. Tệp vẫn còn nguyên.',
      'This file belongs to another user; replacing it would change its owner, so cochuong does not. The file is intact.'),
    note: text('Nhờ chủ tệp (hoặc người quản trị) chạy lệnh, hoặc ghi ra tệp khác bằng -o.', 'Ask the file\'s owner (or the administrator) to run the command, or write another file with -o.') });
}

function writeError(file: string, error: unknown): Message {
  const code = (error as { code?: string })?.code ?? '';
  if (code === 'EEXIST') return existsMessage(file);
  const why = code === 'ENOENT' ? text('thư mục không tồn tại', 'the folder does not exist')
    : code === 'EACCES' || code === 'EPERM' ? text('không có quyền ghi vào thư mục này', 'no permission to write in this folder')
    : ioReason(code);
  return createMessage({ file, source: 'io', fatal: true, ruleId: WRITE_CODES.failed.id,
    reason: text(`Không ghi được tệp: ${why.vi}. Tệp cũ (nếu có) vẫn còn nguyên.`, `Could not write the file: ${why.en}. Any existing file is intact.`),
    note: text('Kiểm tra thư mục đích và quyền ghi, hoặc chọn nơi khác bằng -o.', 'Check the target folder and permissions, or choose another place with -o.') });
}
