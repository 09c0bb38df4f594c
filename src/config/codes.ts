import type { CatalogueEntry } from '../message/catalogue-entry.js';
import { text } from '../message/message.js';

/** Messages about what the user chose to check: the .cochuong.yaml file and `# cochuong-…` comments. */
export const CONFIG_CODES = {
  invalid: {
    id: 'CF001', name: 'config-invalid', stage: 'config', severity: 'error',
    description: text('Tệp cấu hình .cochuong.yaml viết sai.', 'The .cochuong.yaml configuration file is wrong.'),
    rationale: text('Cấu hình sai thì không kiểm tra tệp nào, để không lặng lẽ bật hay tắt nhầm quy tắc. Các khóa: rules, ignore, lang, render (README, mục ".cochuong.yaml").',
      'A wrong configuration checks nothing, so that no rule is silently turned on or off by mistake. Keys: rules, ignore, lang, render (README, ".cochuong.yaml").'),
    bad: 'rules:\n  CT009: tat', good: 'rules:\n  CT009: off',
  },
  directiveNoReason: {
    id: 'CF002', name: 'directive-without-reason', stage: 'directive', severity: 'warning',
    description: text('Dòng tắt kiểm tra thiếu lý do sau " -- "; dòng đó không có tác dụng.',
      'A directive comment has no reason after " -- "; it has no effect.'),
    rationale: text('Người đọc sau cần biết vì sao một quy tắc bị tắt ở đây (ví dụ: in lại văn bản đã ban hành với số như bản gốc).',
      'The next reader needs to know why a rule is off here (e.g. reprinting an issued document with its number as issued).'),
    bad: '# cochuong-disable-next-line CT009\nky_hieu: CTrPH-MTTQ-UBND',
    good: '# cochuong-disable-next-line CT009 -- in lại đúng số đã ban hành\nky_hieu: CTrPH-MTTQ-UBND',
  },
  directiveBad: {
    id: 'CF003', name: 'directive-invalid', stage: 'directive', severity: 'warning',
    description: text('Dòng tắt kiểm tra viết sai (tên lệnh hoặc mã quy tắc không có); dòng đó không có tác dụng.',
      'A directive comment is malformed (unknown directive or rule id); it has no effect.'),
    bad: '# cochuong-disable-next-line CT09 -- số đã ban hành', good: '# cochuong-disable-next-line CT009 -- số đã ban hành',
  },
  directiveUnused: {
    id: 'CF004', name: 'directive-unused', stage: 'directive', severity: 'warning',
    description: text('Dòng tắt kiểm tra không tắt thông báo nào: có thể bỏ dòng đó.', 'A directive comment turns nothing off: it can go.'),
    rationale: text('Một dòng tắt còn sót lại sẽ che mất lỗi thật về sau, khi văn bản được sửa.',
      'A leftover directive would hide a real problem later, when the document is edited.'),
  },
} satisfies Record<string, CatalogueEntry>;
