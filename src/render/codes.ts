import type { CatalogueEntry } from '../message/catalogue-entry.js';
import { text } from '../message/message.js';

/** Messages of rendering: templates, PDF conversion, documents a report depends on. */
export const RENDER_CODES = {
  template: {
    id: 'RD001', name: 'template-error', stage: 'template', severity: 'error',
    description: text('Mẫu in (tệp .hbs) có lỗi; văn bản không được in.', 'A template (.hbs file) has an error; the document is not rendered.'),
    rationale: text(
      'Mẫu in quyết định câu chữ của văn bản (câu dẫn, tên các mục, câu kết). Lỗi thường gặp: gõ sai tên trường '
      + '(trường không có trong tệp YAML), dùng hàm không có, thiếu {{/if}} hay {{/each}}, gọi mẫu con không có. '
      + 'Thông báo ghi tệp mẫu, dòng và cột. Trường có thể bỏ trống thì đặt trong {{#if tên_trường}}…{{/if}}. '
      + 'Xem mẫu gốc bằng: cochuong templates export THƯ_MỤC.',
      'Templates hold the wording (enacting sentence, section headings, closing sentence). Usual causes: a misspelt '
      + 'field (not in the YAML file), an unknown helper, a missing {{/if}} or {{/each}}, a partial that does not exist. '
      + 'The message names the template file, line and column. Put optional fields inside {{#if field}}…{{/if}}. '
      + 'See the default templates with: cochuong templates export DIR.'),
    bad: '{{#each noi_dung}}\n## {{stt @index}}. {{tieu_đe}}\n{{/each}}',
    good: '{{#each noi_dung}}\n## {{stt @index}}. {{tieu_de}}\n{{/each}}',
  },
  sofficeMissing: {
    id: 'RD002', name: 'libreoffice-missing', stage: 'render', severity: 'error',
    description: text('Không tìm thấy LibreOffice (soffice) để chuyển sang PDF.', 'LibreOffice (soffice) is not installed; it is needed for PDF.'),
    rationale: text(
      'cochuong tạo tệp PDF bằng cách nhờ LibreOffice chuyển tệp Word. Cài LibreOffice: trên Debian/Ubuntu '
      + '"sudo apt-get install libreoffice-writer-nogui fonts-liberation2"; trên Windows hoặc macOS tải tại '
      + 'https://www.libreoffice.org/download/. Nếu đã cài ở chỗ khác, đặt biến môi trường COCHUONG_SOFFICE là đường dẫn '
      + 'đến soffice. Tệp Word (--format docx) vẫn in được mà không cần LibreOffice.',
      'cochuong makes PDF files by having LibreOffice convert the Word file. Install it: on Debian/Ubuntu '
      + '"sudo apt-get install libreoffice-writer-nogui fonts-liberation2"; on Windows or macOS download it from '
      + 'https://www.libreoffice.org/download/. If it is installed elsewhere, set COCHUONG_SOFFICE to the path of soffice. '
      + 'Word files (--format docx) need no LibreOffice.'),
  },
  conversionFailed: {
    id: 'RD003', name: 'pdf-conversion-failed', stage: 'render', severity: 'error',
    description: text('LibreOffice không chuyển được tệp sang PDF.', 'LibreOffice could not convert the file to PDF.'),
    rationale: text(
      'LibreOffice dừng với lỗi, chạy quá lâu, hoặc không tạo ra tệp PDF hợp lệ. Thử mở tệp .docx bằng LibreOffice '
      + 'để xem lỗi, đóng các cửa sổ LibreOffice đang mở rồi chạy lại.',
      'LibreOffice failed, took too long, or produced no valid PDF. Open the .docx in LibreOffice to see the problem, '
      + 'close open LibreOffice windows and try again.'),
  },
  relatedProgram: {
    id: 'RD004', name: 'program-not-read', stage: 'render', severity: 'warning',
    description: text('Báo cáo không đọc được chương trình phối hợp gốc: tên các nội dung được thay bằng mã.',
      'The report\'s program could not be read: content items are titled by their ids.'),
    rationale: text(
      'Báo cáo dẫn các nội dung của chương trình theo mã (ket_qua[].noi_dung). Để in đúng tên nội dung, ghi đường dẫn '
      + 'tệp chương trình ở chuong_trinh.tep (tính từ thư mục của báo cáo).',
      'A report refers to the program\'s content items by id (ket_qua[].noi_dung). To print their titles, give the '
      + 'program file\'s path in chuong_trinh.tep (relative to the report\'s folder).'),
    bad: 'chuong_trinh:\n  so: 1', good: 'chuong_trinh:\n  tep: phu-dong-2026.yaml\n  so: 1',
  },
  badSourceDate: {
    id: 'RD005', name: 'bad-source-date-epoch', stage: 'render', severity: 'error',
    description: text('Biến môi trường SOURCE_DATE_EPOCH không phải một thời điểm từ năm 1980 đến 9999.', 'The SOURCE_DATE_EPOCH environment variable is not a moment between 1980 and 9999.'),
    rationale: text('SOURCE_DATE_EPOCH (số giây từ 01/01/1970) đặt ngày ghi trong tệp Word để in lại ra đúng từng byte. Tệp ZIP chỉ ghi được ngày từ 1980; một giá trị sai sẽ ghi ngày vô nghĩa vào văn bản.',
      'SOURCE_DATE_EPOCH (seconds since 1970-01-01) sets the date stamped in the Word file, for byte-identical output. ZIP can only hold dates from 1980; a wrong value would stamp a meaningless date.'),
  },
} satisfies Record<string, CatalogueEntry>;
