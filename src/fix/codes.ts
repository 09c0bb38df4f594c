import type { CatalogueEntry } from '../message/catalogue-entry.js';
import { text } from '../message/message.js';

/** Messages of `cochuong fix-encoding`. */
export const FIX_CODES = {
  nothingToFix: {
    id: 'FX001', name: 'already-utf8', stage: 'read', severity: 'warning',
    description: text('Tệp đã là UTF-8 chuẩn (NFC); không có gì để chuyển.', 'The file is already UTF-8 (NFC); nothing to convert.'),
  },
  cannotFix: {
    id: 'FX002', name: 'cannot-convert', stage: 'read', severity: 'error',
    description: text('Không chuyển được tệp sang UTF-8 (tệp nhị phân, Word, PDF, hoặc không nhận ra bảng mã).', 'The file cannot be converted to UTF-8 (binary, Word, PDF, or an unrecognised encoding).'),
    rationale: text('Chỉ chuyển được văn bản thuần ở bảng mã TCVN3, VNI, Windows-1258, UTF-16, hoặc văn bản bị lỗi phông do chuyển mã sai. Nếu biết bảng mã, chỉ rõ bằng --from.',
      'Only plain text in TCVN3, VNI, Windows-1258, UTF-16, or text garbled by a wrong conversion can be converted. If you know the encoding, name it with --from.'),
  },
} satisfies Record<string, CatalogueEntry>;
