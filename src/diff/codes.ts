import type { CatalogueEntry } from '../message/catalogue-entry.js';
import { text } from '../message/message.js';

/** Messages of `cochuong diff`: about its inputs (files, git objects), never about the documents' content. */
export const DIFF_CODES = {
  invalidDocument: {
    id: 'DF001', name: 'diff-input-not-valid', stage: 'diff', severity: 'warning',
    description: text('Tệp đem so sánh chưa đúng mẫu; vẫn so sánh phần đọc được.', 'A compared file does not match the format; what could be read is compared anyway.'),
    rationale: text('So sánh được cả bản nháp còn lỗi, nhưng phần sai mẫu (khóa gõ sai, giá trị sai kiểu) được so nguyên khối, không chi tiết. Chạy cochuong validate để xem và sửa lỗi.',
      'Drafts with errors can still be compared, but the parts that do not match the format (misspelt keys, wrong types) are compared whole, not in detail. Run cochuong validate to see and fix the errors.'),
  },
  differentKinds: {
    id: 'DF002', name: 'diff-different-kinds', stage: 'diff', severity: 'warning',
    description: text('Hai văn bản khác loại (ví dụ một chương trình và một quy chế).', 'The two documents are of different kinds (a program and a regulation, say).'),
    rationale: text('Chương trình, quy chế và báo cáo có cấu trúc khác nhau, nên hầu hết nội dung sẽ hiện là thêm hoặc bỏ. Thường là chọn nhầm tệp.',
      'Programs, regulations and reports are built differently, so most content shows as added or removed. Usually the wrong file was picked.'),
  },
  gitMissing: {
    id: 'DF003', name: 'git-not-installed', stage: 'io', severity: 'error',
    description: text('Không chạy được git để đọc phiên bản cũ của tệp.', 'git could not be run to read an earlier version of the file.'),
    rationale: text('Cách viết REV:tệp (ví dụ HEAD~1:chuong-trinh.yaml) và --since đọc tệp từ lịch sử git, nên máy cần cài git.',
      'The REV:file form (e.g. HEAD~1:chuong-trinh.yaml) and --since read the file from git history, so git must be installed.'),
  },
  notRepository: {
    id: 'DF004', name: 'not-a-git-repository', stage: 'io', severity: 'error',
    description: text('Thư mục này không nằm trong kho git.', 'This folder is not inside a git repository.'),
    rationale: text('Chỉ so sánh được với phiên bản cũ (REV:tệp, --since) khi các tệp được quản lý bằng git. Với hai tệp thường, ghi tên hai tệp.',
      'Earlier versions (REV:file, --since) exist only when the files are kept in git. For two ordinary files, name both files.'),
  },
  objectMissing: {
    id: 'DF005', name: 'git-object-not-found', stage: 'io', severity: 'error',
    description: text('Không có tệp này ở phiên bản git đã chỉ.', 'There is no such file at the given git revision.'),
    rationale: text('Tên phiên bản (HEAD~1, một mã commit, tên nhánh) sai, hoặc tệp chưa có ở phiên bản đó, hoặc đường dẫn sai (đường dẫn sau dấu ":" tính từ thư mục gốc của kho; viết ./tệp để tính từ thư mục hiện tại).',
      'The revision (HEAD~1, a commit id, a branch) is wrong, the file did not exist then, or the path is wrong (a path after ":" starts at the repository root; write ./file to start from the current folder).'),
  },
  stdinTwice: {
    id: 'DF006', name: 'stdin-twice', stage: 'io', severity: 'error',
    description: text('Cả hai tệp đều là "-" (đầu vào chuẩn); chỉ đọc được đầu vào chuẩn một lần.', 'Both files are "-" (standard input), which can be read only once.'),
  },
  redlineNeedsValid: {
    id: 'DF007', name: 'redline-needs-valid-documents', stage: 'diff', severity: 'error',
    description: text('Bản Word so sánh (--format docx) cần cả hai tệp đúng mẫu.', 'A Word redline (--format docx) needs both files to match the format.'),
    rationale: text('Bản so sánh được in như cochuong render in văn bản, nên mỗi tệp phải in được. Sửa lỗi (cochuong validate), hoặc dùng --format text, md, json: các định dạng này so sánh được cả bản nháp còn lỗi.',
      'The redline is laid out the way cochuong render lays out documents, so each file must render. Fix the errors (cochuong validate), or use --format text, md or json, which compare drafts with errors too.'),
  },
  attributesLink: {
    id: 'DF008', name: 'gitattributes-is-a-link', stage: 'io', severity: 'error',
    description: text('Tệp .gitattributes là liên kết (symlink); git-setup không thay nó.', 'The .gitattributes file is a symbolic link; git-setup does not replace it.'),
  },
} satisfies Record<string, CatalogueEntry>;
