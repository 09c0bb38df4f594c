import type { CatalogueEntry } from '../message/catalogue-entry.js';
import { text } from '../message/message.js';

/** Messages of `cochuong import`: reading a Word file and making a document of it. */
export const IMPORT_CODES = {
  corrupt: {
    id: 'IM001', name: 'word-file-corrupt', stage: 'read', severity: 'error',
    description: text('Tệp Word bị hỏng: không đọc được gói ZIP bên trong.', 'The Word file is damaged: its ZIP package cannot be read.'),
  },
  encrypted: {
    id: 'IM002', name: 'word-file-password', stage: 'read', severity: 'error',
    description: text('Tệp Word có mật khẩu: cochuong không mở được.', 'The Word file is password-protected; cochuong cannot open it.'),
  },
  tooLarge: {
    id: 'IM003', name: 'word-file-too-large', stage: 'read', severity: 'error',
    description: text('Tệp quá lớn, hoặc một phần bên trong giải nén ra quá lớn (có thể là tệp độc hại).', 'The file, or a part inside it once unpacked, is too large (possibly a hostile file).'),
  },
  notCoordination: {
    id: 'IM004', name: 'not-a-coordination-document', stage: 'read', severity: 'error',
    description: text('Tệp Word không phải chương trình, quy chế hay báo cáo phối hợp.', 'The Word file is not a coordination program, regulation or report.'),
  },
  tracked: {
    id: 'IM005', name: 'tracked-changes', stage: 'read', severity: 'error',
    description: text('Tệp Word còn thay đổi chưa chấp nhận (Track Changes).', 'The Word file still has tracked changes.'),
    rationale: text('Không đoán bản nào là bản đúng: người dùng chọn --accept-changes (lấy bản đã sửa) hoặc --reject-changes (lấy bản gốc).',
      'Which version is right is not guessed: choose --accept-changes (the edited text) or --reject-changes (the original).'),
  },
  converter: {
    id: 'IM006', name: 'libreoffice-conversion', stage: 'read', severity: 'error',
    description: text('Không chuyển được tệp .doc/.rtf/.odt bằng LibreOffice.', 'The .doc/.rtf/.odt file could not be converted with LibreOffice.'),
  },
  unplaced: {
    id: 'IM007', name: 'import-unplaced-text', stage: 'read', severity: 'warning',
    description: text('Đoạn văn không xếp được đúng chỗ: đã giữ ở mục gần nhất, hãy kiểm tra.', 'A paragraph could not be placed exactly: it was kept in the nearest field; check it.'),
  },
  legacyFont: {
    id: 'IM008', name: 'import-legacy-font', stage: 'read', severity: 'warning',
    description: text('Tệp Word dùng phông chữ cũ (TCVN3/VNI): chữ đã được chuyển sang Unicode.', 'The Word file uses a legacy font (TCVN3/VNI): the text was converted to Unicode.'),
  },
  diemLetters: {
    id: 'IM009', name: 'import-diem-letters', stage: 'read', severity: 'warning',
    description: text('Danh sách tự động của Word đánh điểm a, b, c, d, e: thiếu chữ đ của thể thức văn bản.', 'Word\'s automatic list letters points a, b, c, d, e: the decree\'s letter đ is missing.'),
  },
  unsupported: {
    id: 'IM010', name: 'import-unsupported-file', stage: 'read', severity: 'error',
    description: text('Không nhập được loại tệp này: cần .docx, .doc, .rtf hoặc .odt.', 'This kind of file cannot be imported: use .docx, .doc, .rtf or .odt.'),
  },
} satisfies Record<string, CatalogueEntry>;
