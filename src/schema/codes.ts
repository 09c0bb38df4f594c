import type { CatalogueEntry } from '../message/catalogue-entry.js';
import { text } from '../message/message.js';

/** Messages of the schema stage: the shape of the document (schemas/cochuong.schema.json). */
export const SCHEMA_CODES = {
  required: {
    id: 'SC001', name: 'missing-property', stage: 'schema', severity: 'error',
    description: text('Thiếu một khóa bắt buộc.', 'A required key is missing.'),
    bad: 'ky:\n  chuc_vu: CHỦ TỊCH', good: 'ky:\n  chuc_vu: CHỦ TỊCH\n  ho_ten: Nguyễn Văn An',
  },
  unknownProperty: {
    id: 'SC002', name: 'unknown-property', stage: 'schema', severity: 'error',
    description: text('Khóa không có trong mẫu văn bản (gõ sai tên khóa?).', 'A key the format does not know (a typo?).'),
    rationale: text('Một khóa gõ sai sẽ bị bỏ qua lặng lẽ khi in văn bản; vì vậy mọi khóa lạ đều là lỗi.', 'A misspelt key would be silently ignored when rendering, so every unknown key is an error.'),
    bad: 'trich_yeo: Phối hợp công tác năm 2026', good: 'trich_yeu: Phối hợp công tác năm 2026',
  },
  type: {
    id: 'SC003', name: 'wrong-type', stage: 'schema', severity: 'error',
    description: text('Giá trị sai kiểu (ví dụ cần số mà gặp chữ, cần danh sách mà gặp một dòng).', 'A value of the wrong type (a number expected, text found; a list expected, one line found).'),
    bad: 'nam: hai không hai sáu', good: 'nam: 2026',
  },
  enum: {
    id: 'SC004', name: 'value-not-allowed', stage: 'schema', severity: 'error',
    description: text('Giá trị không nằm trong danh sách được phép.', 'The value is not one of the allowed values.'),
    bad: 'loai: chuong-trinh', good: 'loai: chuong_trinh',
  },
  format: {
    id: 'SC005', name: 'wrong-format', stage: 'schema', severity: 'error',
    description: text('Giá trị sai dạng (ngày YYYY-MM-DD, mã viết thường không dấu, nhiệm kỳ NNNN-NNNN…).', 'A value of the wrong form (date YYYY-MM-DD, lower-case ASCII id, term NNNN-NNNN…).'),
    bad: 'ngay_ban_hanh: 27/02/2020', good: 'ngay_ban_hanh: 2020-02-27',
  },
  range: {
    id: 'SC006', name: 'out-of-range', stage: 'schema', severity: 'error',
    description: text('Giá trị quá nhỏ, quá lớn, quá ngắn hoặc quá dài; danh sách quá ít hoặc quá nhiều mục.', 'A value too small, too large, too short or too long; a list with too few or too many entries.'),
    bad: 'ben:\n  - id: ubnd\n    …', good: 'ben:\n  - id: hdnd\n    …\n  - id: ubnd\n    …',
  },
  notForKind: {
    id: 'SC007', name: 'property-not-for-kind', stage: 'schema', severity: 'error',
    description: text('Khóa này không dùng cho loại văn bản này (ví dụ chuong trong chương trình, noi_dung trong quy chế).', 'This key does not belong to this kind of document (chuong in a program, noi_dung in a quy chế).'),
  },
  foreign: {
    id: 'SC009', name: 'not-a-cochuong-document', stage: 'schema', severity: 'warning',
    description: text('Tệp YAML không phải văn bản cochuong (không có loai:, các khóa là của công cụ khác): bỏ qua.', 'A YAML file that is not a cochuong document (no loai:, another tool\'s keys): skipped.'),
    rationale: text('Thư mục văn bản có thể có tệp YAML của công cụ khác (cấu hình CI, docker-compose…). Báo một lần rồi bỏ qua, thay vì hàng loạt lỗi "thiếu khóa". Văn bản cochuong bắt đầu bằng loai: chuong_trinh, quy_che hoặc bao_cao.',
      'A folder of documents may hold other tools\' YAML (CI settings, docker-compose…). It is reported once and skipped, rather than with a flood of "missing key" errors. A cochuong document starts with loai: chuong_trinh, quy_che or bao_cao.'),
    bad: 'repos:\n  - repo: https://github.com/pre-commit/pre-commit-hooks', good: 'loai: chuong_trinh\ndia_phuong:\n  cap: xa\n  ten: Phù Đổng',
  },
  noForm: {
    id: 'SC008', name: 'no-matching-form', stage: 'schema', severity: 'error',
    description: text('Giá trị không khớp với dạng nào được phép.', 'The value matches none of the allowed forms.'),
    bad: 'thoi_gian: Quý hai', good: 'thoi_gian: {quy: II}',
  },
} satisfies Record<string, CatalogueEntry>;
