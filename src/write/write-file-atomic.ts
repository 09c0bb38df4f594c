import { close, existsSync, fsync, openSync, writeFile } from 'node:fs';
import { link, rename, unlink } from 'node:fs/promises';
import { promisify } from 'node:util';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createMessage, text, type Message } from '../message/message.js';
import { WRITE_CODES } from './codes.js';
import { pending } from './pending-files.js';

export interface WriteOptions {
  /** Replace an existing file. Without it an existing file is never touched. */
  force?: boolean;
}

export type WriteResult = { ok: true; file: string } | { ok: false; message: Message };

export { removePendingTemporaryFiles } from './pending-files.js';

/**
 * Writes a whole file or nothing: the bytes go to a temporary file beside the target, are flushed
 * to disk, and only then take the target's name. Without `force`, an existing target is refused,
 * and the final step cannot replace a file that appeared meanwhile (a hard link fails if it exists).
 */
export async function writeFileAtomic(file: string, data: Uint8Array | string, options: WriteOptions = {}): Promise<WriteResult> {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  // Created synchronously, in the same turn as it is recorded: a Ctrl-C handler runs between turns,
  // so it always finds the file it must remove. (An asynchronous open still in flight when the
  // handler ran created the file after the handler had looked, and it stayed behind.)
  let fd: number;
  try {
    fd = openSync(temp, 'wx', 0o644);
  } catch (error) {
    return { ok: false, message: writeError(file, error) };
  }
  pending.add(temp);
  try {
    try {
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
    return { ok: false, message: writeError(file, error) };
  } finally {
    pending.delete(temp);
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
export function existsMessage(file: string): Message {
  return createMessage({ file, source: 'io', fatal: true, ruleId: WRITE_CODES.exists.id,
    reason: text('Tệp này đã có; cochuong không ghi đè.', 'This file exists; cochuong does not overwrite it.'),
    note: text('Thêm --force để ghi đè, hoặc chọn tên khác bằng -o.', 'Add --force to overwrite, or choose another name with -o.') });
}

function writeError(file: string, error: unknown): Message {
  const code = (error as { code?: string })?.code ?? '';
  if (code === 'EEXIST') return existsMessage(file);
  const why = code === 'EACCES' || code === 'EPERM' ? text('không có quyền ghi vào thư mục này', 'no permission to write in this folder')
    : code === 'ENOENT' ? text('thư mục không tồn tại', 'the folder does not exist')
    : code === 'ENOSPC' ? text('ổ đĩa đã đầy', 'the disk is full')
    : code === 'EISDIR' ? text('đường dẫn là một thư mục', 'the path is a folder')
    : text(`lỗi ${code || 'không rõ'}`, `error ${code || 'unknown'}`);
  return createMessage({ file, source: 'io', fatal: true, ruleId: WRITE_CODES.failed.id,
    reason: text(`Không ghi được tệp: ${why.vi}. Tệp cũ (nếu có) vẫn còn nguyên.`, `Could not write the file: ${why.en}. Any existing file is intact.`),
    note: text('Kiểm tra thư mục đích và quyền ghi, hoặc chọn nơi khác bằng -o.', 'Check the target folder and permissions, or choose another place with -o.') });
}
