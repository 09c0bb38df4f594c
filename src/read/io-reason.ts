import { text, type Text } from '../message/message.js';

/**
 * A file-system error code in words, for every message that reads or writes a file: a clerk is
 * never shown "EROFS" or "ENAMETOOLONG". The code itself stays in the message's `actual` where useful.
 */
export function ioReason(code: string | undefined): Text {
  switch (code) {
    case 'ENOENT': return text('không có tệp hoặc thư mục này', 'no such file or folder');
    case 'ENOTDIR': return text('một phần của đường dẫn là tệp, không phải thư mục', 'part of the path is a file, not a folder');
    case 'EACCES':
    case 'EPERM': return text('không có quyền', 'permission denied');
    case 'EISDIR': return text('đường dẫn là một thư mục', 'the path is a folder');
    case 'EROFS': return text('ổ đĩa hoặc thư mục này chỉ cho đọc, không cho ghi', 'the disk or folder is read-only');
    case 'ENOSPC':
    case 'EDQUOT': return text('ổ đĩa đã đầy', 'the disk is full');
    case 'ENAMETOOLONG': return text('tên tệp hoặc đường dẫn quá dài', 'the file name or path is too long');
    case 'ELOOP': return text('liên kết (symlink) trỏ vòng quanh', 'a symbolic link loops');
    case 'EMFILE':
    case 'ENFILE': return text('máy đang mở quá nhiều tệp cùng lúc', 'too many files are open at once');
    case 'EBUSY':
    case 'ETXTBSY': return text('tệp đang được chương trình khác dùng', 'the file is in use by another program');
    case 'EIO': return text('lỗi đọc ghi ổ đĩa (ổ đĩa có thể bị hỏng hoặc đã bị rút ra)', 'a disk input/output error (the disk may be damaged or removed)');
    case 'EXDEV': return text('không chuyển được tệp sang ổ đĩa khác', 'the file cannot be moved to another disk');
    case 'EINVAL': return text('tên tệp có ký tự ổ đĩa này không cho phép', 'the file name has characters this disk does not allow');
    default: return text('lỗi không rõ của hệ thống tệp', 'an unknown file-system error');
  }
}
