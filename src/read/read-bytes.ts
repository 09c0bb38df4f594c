import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { formatSize } from '../text/size.js';
import { createMessage, text, type Message } from '../message/message.js';
import { READ_CODES } from './codes.js';
import { ioReason } from './io-reason.js';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export type BytesResult = { ok: true; bytes: Uint8Array } | { ok: false; message: Message };

/**
 * Opening without blocking: a FIFO opens at once (and is then refused as not a regular file)
 * instead of waiting, uninterruptibly, for a writer that never comes.
 */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * The one bounded reader of cochuong: every file the tool opens for reading (inputs, related
 * documents, templates, configuration) goes through `readBytes` or `readBytesSync`. Only a regular
 * file is read, and only after its size is checked against the limit, so /dev/zero, a FIFO or a
 * 2 GB file never fills memory nor hangs. Standard input has its bounded reader in read-stream.ts.
 */
export async function readBytes(file: string, maxBytes = DEFAULT_MAX_BYTES): Promise<BytesResult> {
  let handle;
  try {
    handle = await open(file, READ_FLAGS);
  } catch (error) {
    return { ok: false, message: ioMessage(file, error) };
  }
  try {
    const stat = await handle.stat();
    const refused = refusal(file, stat, maxBytes);
    if (refused) return refused;
    const bytes = new Uint8Array(stat.size);
    let filled = 0;
    // Never more than the size checked: a file that grows meanwhile is read as it was.
    while (filled < stat.size) {
      const { bytesRead } = await handle.read(bytes, filled, stat.size - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return { ok: true, bytes: filled === stat.size ? bytes : bytes.subarray(0, filled) };
  } catch (error) {
    return { ok: false, message: ioMessage(file, error) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * The same as `readBytes`, with synchronous calls: four system calls and no promises, several times
 * cheaper per file. Worth it where nothing else waits on the thread (checking many files, a worker).
 * The file is opened without blocking, so a pipe is refused rather than waited on.
 */
export function readBytesSync(file: string, maxBytes = DEFAULT_MAX_BYTES): BytesResult {
  let fd: number;
  try {
    fd = openSync(file, READ_FLAGS);
  } catch (error) {
    return { ok: false, message: ioMessage(file, error) };
  }
  try {
    const stat = fstatSync(fd);
    const refused = refusal(file, stat, maxBytes);
    if (refused) return refused;
    const bytes = new Uint8Array(stat.size);
    let filled = 0;
    while (filled < stat.size) {
      const bytesRead = readSync(fd, bytes, filled, stat.size - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return { ok: true, bytes: filled === stat.size ? bytes : bytes.subarray(0, filled) };
  } catch (error) {
    return { ok: false, message: ioMessage(file, error) };
  } finally {
    try { closeSync(fd); } catch { /* nothing to do */ }
  }
}

/** Why a file that could be opened is not read: a directory, not a regular file, too large. */
function refusal(file: string, stat: Stats, maxBytes: number): BytesResult | undefined {
  if (stat.isDirectory()) return { ok: false, message: ioMessage(file, { code: 'EISDIR' }) };
  if (!stat.isFile()) {
    return { ok: false, message: createMessage({
      file, ruleId: READ_CODES.notRegular.id, source: 'io', fatal: true,
      reason: text('Đây không phải là một tệp văn bản thông thường (thiết bị, ống dẫn…).', 'This is not a regular file (a device, a pipe…).'),
      note: text('Hãy chỉ ra tệp .yaml cần kiểm tra.', 'Name the .yaml file to check.'),
    }) };
  }
  if (stat.size > maxBytes) return { ok: false, message: tooLarge(file, stat.size, maxBytes) };
  return undefined;
}

/** `size` undefined: more than the limit, how much more is unknown (standard input, read until the limit). */
export function tooLarge(file: string, size: number | undefined, maxBytes: number): Message {
  const limit = formatSize(maxBytes);
  return createMessage({
    file, ruleId: READ_CODES.tooLarge.id, source: 'read', fatal: true,
    reason: size === undefined
      ? text(`Dữ liệu quá lớn: hơn ${limit}, giới hạn là ${limit}.`, `The input is too large: over ${limit}, the limit is ${limit}.`)
      : text(`Tệp quá lớn: ${formatSize(size)}, giới hạn là ${limit}.`, `The file is too large: ${formatSize(size)}, the limit is ${limit}.`),
    ...(size === undefined ? {} : { actual: `${size} bytes` }),
    note: text('Kiểm tra lại có đúng tệp không. Nếu đúng, nâng giới hạn bằng --max-size (ví dụ --max-size 20MB).',
      'Check that this is the right file. If it is, raise the limit with --max-size (for example --max-size 20MB).'),
  });
}

/** Turns a Node.js file-system error into a message a clerk can act on. */
export function ioMessage(file: string, error: unknown): Message {
  const code = (error as { code?: string } | null)?.code ?? '';
  const base = { file, source: 'io' as const, fatal: true };
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      // Node turns bytes of a name that are not UTF-8 into U+FFFD: such a file exists, under another name.
      if (file.includes('\uFFFD')) {
        return createMessage({ ...base, ruleId: READ_CODES.notFound.id,
          reason: text('Tên tệp có ký tự không phải UTF-8 (tên đặt bằng bảng mã cũ), nên không mở được theo tên này.',
            'The file name has characters that are not UTF-8 (named in a legacy encoding), so it cannot be opened by this name.'),
          note: text('Đổi tên tệp (gõ lại tên bằng Unicode, ví dụ trong trình quản lý tệp), rồi chạy lại lệnh.',
            'Rename the file (type its name again in Unicode, e.g. in the file manager), then run the command again.') });
      }
      return createMessage({ ...base, ruleId: READ_CODES.notFound.id,
        reason: text('Không tìm thấy tệp hoặc thư mục này.', 'No such file or directory.'),
        note: text('Kiểm tra lại đường dẫn (chữ hoa, chữ thường, dấu tiếng Việt, dấu cách). Nếu là liên kết (symlink), tệp nó trỏ tới không còn.',
          'Check the path (case, Vietnamese letters, spaces). If it is a symbolic link, its target no longer exists.') });
    case 'EACCES':
    case 'EPERM':
      return createMessage({ ...base, ruleId: READ_CODES.unreadable.id,
        reason: text('Không có quyền đọc tệp này.', 'Permission denied: the file cannot be read.'),
        note: text('Nhờ người quản trị máy cấp quyền đọc, hoặc sao tệp sang thư mục của mình.', 'Ask the administrator for read access, or copy the file to a folder of yours.') });
    case 'ELOOP':
      return createMessage({ ...base, ruleId: READ_CODES.unreadable.id,
        reason: text('Liên kết (symlink) trỏ vòng quanh, không dẫn tới tệp nào.', 'The symbolic link loops and leads to no file.'),
        note: text('Xóa hoặc sửa liên kết này.', 'Remove or fix the link.') });
    case 'EISDIR':
      return createMessage({ ...base, ruleId: READ_CODES.notRegular.id,
        reason: text('Đây là thư mục, không phải tệp.', 'This is a directory, not a file.'),
        note: text('Chỉ ra một tệp .yaml, hoặc cả thư mục để kiểm tra mọi tệp .yaml trong đó.', 'Name a .yaml file, or the directory to check every .yaml file in it.') });
    default:
      return createMessage({ ...base, ruleId: READ_CODES.unreadable.id,
        reason: text(`Không đọc được tệp: ${ioReason(code).vi}.`, `The file cannot be read: ${ioReason(code).en}.`),
        ...(code ? { actual: code } : {}),
        note: text('Thử mở tệp bằng trình soạn thảo; nếu cũng lỗi, ổ đĩa hoặc tệp có vấn đề.', 'Try opening it in an editor; if that fails too, the disk or the file is damaged.') });
  }
}
