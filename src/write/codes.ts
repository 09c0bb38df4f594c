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
} satisfies Record<string, CatalogueEntry>;
