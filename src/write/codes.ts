import type { CatalogueEntry } from '../message/catalogue-entry.js';
import { text } from '../message/message.js';

/** Messages about writing output files, shared by every command that writes. */
export const WRITE_CODES = {
  exists: {
    id: 'WR001', name: 'output-exists', stage: 'io', severity: 'error',
    description: text('Tệp kết quả đã có; không ghi đè khi không có --force.', 'The output file exists; it is not overwritten without --force.'),
    rationale: text('Tệp Word đã có thể đã được sửa tay hoặc đã trình ký. cochuong không bao giờ ghi đè nếu không được yêu cầu rõ bằng --force.',
      'The existing file may have been edited by hand or already sent for signature. cochuong never overwrites it unless told so with --force.'),
  },
  failed: {
    id: 'WR002', name: 'output-failed', stage: 'io', severity: 'error',
    description: text('Không ghi được tệp kết quả; tệp cũ (nếu có) vẫn còn nguyên.', 'The output could not be written; any existing file is left intact.'),
  },
  notRegular: {
    id: 'WR003', name: 'output-not-a-regular-file', stage: 'io', severity: 'error',
    description: text('Đường dẫn kết quả là thư mục, liên kết, thiết bị hay ống dẫn; không thay, kể cả với --force.', 'The output path is a folder, link, device or pipe; it is not replaced, not even with --force.'),
    rationale: text('Với --force, ghi đè /dev/null hay một liên kết sẽ phá hỏng hệ thống hoặc tệp khác. Chỉ tệp thường mới được thay.',
      'With --force, overwriting /dev/null or a link would damage the system or another file. Only regular files are replaced.'),
  },
} satisfies Record<string, CatalogueEntry>;
