import type { CatalogueEntry } from '../message/catalogue-entry.js';
import { text } from '../message/message.js';

/** Messages of the year's cycle (`cochuong new`, `report`, `status`): what the clerk must confirm or fix. */
export const CYCLE_CODES = {
  notValid: {
    id: 'CY001', name: 'cycle-input-not-valid', stage: 'cycle', severity: 'error',
    description: text('Tệp nguồn chưa đúng mẫu, nên chưa tạo được văn bản mới từ nó.', 'The source file does not match the format, so no new document can be made from it.'),
    rationale: text('Văn bản năm sau, báo cáo và lịch việc được dựng từ từng trường của văn bản nguồn; tệp còn lỗi mẫu thì kết quả sẽ sai. Sửa lỗi (cochuong validate) rồi chạy lại.',
      'Next year\'s program, the report and the calendar are built from the source\'s fields; a source with format errors would give a wrong result. Fix the errors (cochuong validate) and run again.'),
  },
  wrongKind: {
    id: 'CY002', name: 'cycle-wrong-kind', stage: 'cycle', severity: 'error',
    description: text('Lệnh này cần một loại văn bản khác.', 'This command needs another kind of document.'),
    rationale: text('cochuong new làm từ một chương trình hoặc một quy chế; cochuong report làm từ một chương trình; --report cần một báo cáo.',
      'cochuong new works from a program or a regulation; cochuong report from a program; --report needs a report.'),
  },
  signerToConfirm: {
    id: 'CY003', name: 'new-signer-to-confirm', stage: 'cycle', severity: 'warning',
    description: text('Người ký được chép từ văn bản năm trước: cần xác nhận.', 'The signers are copied from last period\'s document: confirm them.'),
    rationale: text('Người ký có thể đã thay đổi (bầu cử, điều động). Máy giữ nguyên để không mất thông tin và đánh dấu để văn thư xác nhận trước khi trình ký.',
      'Signers may have changed (elections, transfers). They are kept so nothing is lost, and marked for the clerk to confirm before signing.'),
  },
  legalBasisReplaced: {
    id: 'CY004', name: 'new-legal-basis-replaced', stage: 'cycle', severity: 'warning',
    description: text('Một căn cứ đã được thay bằng văn bản mới hơn.', 'A legal basis has been replaced by a newer text.'),
    rationale: text('Văn bản mới không căn cứ văn bản đã hết được dùng. Luật thay thế được ghi vào thay luật cũ; văn bản khác thì chỉ đánh dấu, vì số, cơ quan ban hành và trích yếu phải chép đúng từ văn bản thay thế.',
      'A new document does not cite a text no longer in use. A replacing law is written in place of the old one; other texts are only marked, as their number, issuer and subject must be copied from the replacing text itself.'),
  },
  levelEnds: {
    id: 'CY005', name: 'new-level-abolished', stage: 'cycle', severity: 'warning',
    description: text('Cấp hành chính của đơn vị hoặc một bên không còn (hoặc sắp hết) vào năm mới.', 'The administrative level of the unit or of a party no longer exists (or ends) in the new year.'),
    rationale: text('Từ 01/7/2025 không còn cấp huyện và thị trấn (Luật Tổ chức chính quyền địa phương số 72/2025/QH15): các bên phải là cơ quan của đơn vị hành chính mới (xã, phường, đặc khu hoặc tỉnh).',
      'From 1 July 2025 there are no districts or townships (Law on the Organisation of Local Government No. 72/2025/QH15): the parties must be bodies of the new units (communes, wards, special zones or provinces).'),
  },
  leapDay: {
    id: 'CY006', name: 'new-leap-day', stage: 'cycle', severity: 'warning',
    description: text('Hạn ngày 29/02 không có trong năm mới.', 'A 29 February deadline does not exist in the new year.'),
    rationale: text('Năm mới không nhuận: máy đổi hạn thành 28/02 và nhắc văn thư xác nhận hạn đúng.',
      'The new year is not a leap year: the deadline becomes 28 February and the clerk is asked to confirm it.'),
  },
  carried: {
    id: 'CY007', name: 'new-item-carried', stage: 'cycle', severity: 'warning',
    description: text('Nội dung chưa hoàn thành năm trước được chuyển sang chương trình mới.', 'An item left unfinished last year is carried into the new program.'),
    rationale: text('Báo cáo năm trước đánh giá nội dung này chưa hoàn thành (hoặc chuyển năm sau): máy giữ nội dung và ghi chú để các bên xem lại thời gian, cách làm.',
      'Last year\'s report marks this item unfinished (or carried over): it is kept with a note, for the parties to review its timing and approach.'),
  },
  termDetails: {
    id: 'CY008', name: 'new-term-details', stage: 'cycle', severity: 'warning',
    description: text('Nhiệm kỳ mới: số khóa và các chi tiết của nhiệm kỳ cần ghi lại.', 'A new term: the khóa number and the term\'s details must be written anew.'),
    rationale: text('Số khóa HĐND là của từng địa phương, máy không tự suy ra; nhiệm kỳ chưa có trong bảng của cochuong thì chưa kiểm tra được ngày bầu cử.',
      'The HĐND\'s khóa number is each locality\'s own, never derived; a term not yet in cochuong\'s table cannot be checked against its election date.'),
  },
  reportItemUnknown: {
    id: 'CY009', name: 'new-report-item-unknown', stage: 'cycle', severity: 'warning',
    description: text('Báo cáo có kết quả chưa hoàn thành của một nội dung mà chương trình không có.', 'The report has an unfinished result for an item the program does not have.'),
    rationale: text('Nội dung chưa hoàn thành chỉ chuyển được khi biết tên, cơ quan chủ trì và thời gian của nó: từ chương trình, hoặc chương trình mà báo cáo dẫn (chuong_trinh.tep).',
      'An unfinished item can be carried only when its title, lead and time are known: from the program, or from the program the report names (chuong_trinh.tep).'),
  },
  badDate: {
    id: 'CY010', name: 'status-bad-date', stage: 'cycle', severity: 'error',
    description: text('Ngày không đúng dạng YYYY-MM-DD.', 'The date is not a YYYY-MM-DD date.'),
    rationale: text('cochuong status --date cần một ngày có thật, viết YYYY-MM-DD (ví dụ 2026-06-30).', 'cochuong status --date takes a real date written YYYY-MM-DD (e.g. 2026-06-30).'),
  },
} as const satisfies Record<string, CatalogueEntry>;
