import type { CatalogueEntry } from '../message/catalogue-entry.js';
import { text } from '../message/message.js';

/** Messages of the reading stage: getting from bytes on disk to Unicode text. */
export const READ_CODES = {
  notFound: {
    id: 'IN001', name: 'file-not-found', stage: 'io', severity: 'error',
    description: text('Không tìm thấy tệp hoặc thư mục.', 'File or directory not found.'),
    rationale: text('Đường dẫn sai, tệp đã bị đổi tên hoặc xóa, hoặc liên kết (symlink) trỏ tới chỗ không còn tồn tại.',
      'The path is wrong, the file was renamed or deleted, or a symbolic link points nowhere.'),
  },
  unreadable: {
    id: 'IN002', name: 'file-unreadable', stage: 'io', severity: 'error',
    description: text('Không đọc được tệp (không có quyền, vòng lặp liên kết, lỗi đĩa).', 'The file cannot be read (permissions, link loop, disk error).'),
  },
  notRegular: {
    id: 'IN003', name: 'not-a-regular-file', stage: 'io', severity: 'error',
    description: text('Đường dẫn không phải là tệp thông thường (thiết bị, ống dẫn…).', 'The path is not a regular file (a device, a pipe…).'),
  },
  tooLarge: {
    id: 'IN004', name: 'file-too-large', stage: 'read', severity: 'error',
    description: text('Tệp quá lớn so với giới hạn.', 'The file is larger than the limit.'),
    rationale: text('Một văn bản phối hợp chỉ vài chục KB. Tệp hàng chục MB thường là nhầm tệp; giới hạn giữ cho máy không cạn bộ nhớ. Có thể nâng bằng --max-size.',
      'A coordination document is tens of KB. A file of tens of MB is usually the wrong file; the limit keeps memory bounded. Raise it with --max-size.'),
  },
  wideEncoding: {
    id: 'IN005', name: 'utf16-encoding', stage: 'read', severity: 'error',
    description: text('Tệp được lưu bằng mã UTF-16/UTF-32, không phải UTF-8.', 'The file is saved as UTF-16/UTF-32, not UTF-8.'),
    rationale: text('Notepad cũ và một số công cụ Windows lưu "Unicode" là UTF-16. Mở tệp và lưu lại với mã hóa UTF-8.',
      'Old Notepad and some Windows tools save "Unicode" as UTF-16. Open the file and save it again as UTF-8.'),
  },
  legacyEncoding: {
    id: 'IN006', name: 'legacy-vietnamese-encoding', stage: 'read', severity: 'error',
    description: text('Tệp dùng bảng mã tiếng Việt cũ (TCVN3, VNI, Windows-1258), không phải UTF-8.', 'The file uses a legacy Vietnamese encoding (TCVN3, VNI, Windows-1258), not UTF-8.'),
    rationale: text('Máy tính cũ ở cơ quan còn dùng phông .VnTime (TCVN3) hoặc VNI-Times. Chuyển tệp sang Unicode bằng: cochuong fix-encoding TỆP.',
      'Old office computers still use .VnTime (TCVN3) or VNI-Times fonts. Convert the file with: cochuong fix-encoding FILE.'),
  },
  binary: {
    id: 'IN007', name: 'not-a-text-file', stage: 'read', severity: 'error',
    description: text('Tệp không phải văn bản YAML (là tệp Word, PDF, ảnh hoặc tệp nhị phân).', 'The file is not YAML text (it is a Word, PDF, image or binary file).'),
    rationale: text('cochuong đọc văn bản soạn bằng YAML. Tệp Word hay PDF đổi đuôi thành .yaml không đọc được: hãy soạn lại nội dung theo mẫu trong thư mục examples/.',
      'cochuong reads documents written in YAML. A Word or PDF file renamed to .yaml cannot be read: write the content following examples/.'),
  },
  invalidUtf8: {
    id: 'IN008', name: 'invalid-utf8', stage: 'read', severity: 'error',
    description: text('Tệp có byte không hợp lệ trong UTF-8.', 'The file contains bytes that are not valid UTF-8.'),
  },
  mojibake: {
    id: 'IN009', name: 'mojibake', stage: 'read', severity: 'error',
    description: text('Văn bản có dấu hiệu bị chuyển mã sai (chữ như "Ch­¬ng tr×nh" hay "Chöông trình").', 'The text looks badly converted from a legacy encoding ("Ch­¬ng tr×nh", "Chöông trình").'),
    rationale: text('Văn bản từng ở bảng mã TCVN3 hay VNI rồi bị đọc nhầm thành Windows-1252. Là lỗi, vì văn bản như vậy không thể đem trình ký. Lấy lại bản gốc và chuyển bằng cochuong fix-encoding, hoặc dùng Unikey (công cụ chuyển mã) để sửa đoạn bị lỗi.',
      'Text once in TCVN3 or VNI was read as Windows-1252. An error, since such a document cannot go for signature. Take the original and convert it with cochuong fix-encoding, or fix the passage with Unikey\'s converter.'),
  },
  empty: {
    id: 'IN010', name: 'empty-file', stage: 'read', severity: 'error',
    description: text('Tệp rỗng (không có nội dung).', 'The file is empty.'),
  },
} satisfies Record<string, CatalogueEntry>;
