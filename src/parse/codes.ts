import type { CatalogueEntry } from '../message/catalogue-entry.js';
import { text } from '../message/message.js';

/** Messages of the YAML stage: from text to a tree of values. */
export const YAML_CODES = {
  syntax: {
    id: 'YA001', name: 'yaml-syntax', stage: 'yaml', severity: 'error',
    description: text('Lỗi cú pháp YAML.', 'YAML syntax error.'),
    rationale: text('Thường do thụt lề không đều, thiếu dấu hai chấm sau khóa, hoặc dấu nháy mở mà không đóng.',
      'Usually uneven indentation, a missing colon after a key, or an unclosed quote.'),
    bad: 'trich_yeu: "Phối hợp công tác năm 2026\nnam: 2026', good: 'trich_yeu: "Phối hợp công tác năm 2026"\nnam: 2026',
  },
  duplicateKey: {
    id: 'YA002', name: 'duplicate-key', stage: 'yaml', severity: 'error',
    description: text('Một khóa xuất hiện hai lần trong cùng một khối.', 'A key appears twice in the same mapping.'),
    rationale: text('Khi một khóa lặp lại, chỉ một giá trị được dùng và giá trị kia mất lặng lẽ: phải xóa hoặc gộp lại.',
      'When a key repeats, one value silently wins: remove or merge one of them.'),
    bad: 'nam: 2025\nnam: 2026', good: 'nam: 2026',
  },
  tabIndent: {
    id: 'YA003', name: 'tab-indentation', stage: 'yaml', severity: 'error',
    description: text('Thụt lề bằng phím Tab; YAML chỉ cho dùng dấu cách.', 'Indentation with a tab; YAML allows only spaces.'),
    bad: 'dia_phuong:\n\tcap: xa', good: 'dia_phuong:\n  cap: xa',
  },
  multipleDocuments: {
    id: 'YA004', name: 'multiple-documents', stage: 'yaml', severity: 'error',
    description: text('Tệp chứa nhiều văn bản YAML (có dòng "---" ở giữa).', 'The file holds several YAML documents (a "---" line in the middle).'),
    rationale: text('Mỗi tệp là một văn bản phối hợp. Tách mỗi văn bản ra một tệp riêng.', 'One file is one document. Put each document in a file of its own.'),
  },
  aliasLimit: {
    id: 'YA005', name: 'alias-limit', stage: 'yaml', severity: 'error',
    description: text('Bí danh YAML (*tên) lặp vòng hoặc nhân bản quá nhiều.', 'YAML aliases (*name) loop or expand too much.'),
    rationale: text('Bí danh trỏ vào chính nó hoặc nhân bản hàng triệu lần có thể làm treo máy; cochuong dừng lại và báo.',
      'An alias that refers to itself or expands millions of times could hang the machine; cochuong stops and says so.'),
  },
  tooDeep: {
    id: 'YA006', name: 'nesting-too-deep', stage: 'yaml', severity: 'error',
    description: text('Các khối lồng nhau quá sâu.', 'Collections are nested too deeply.'),
    rationale: text('Văn bản phối hợp chỉ lồng vài tầng; hàng trăm tầng lồng nhau là tệp hỏng hoặc không phải văn bản.',
      'A coordination document nests a few levels; hundreds of levels mean a damaged file or not a document.'),
  },
  unknownTag: {
    id: 'YA007', name: 'unknown-tag', stage: 'yaml', severity: 'error',
    description: text('Thẻ YAML (!tên) không được hỗ trợ.', 'Unsupported YAML tag (!name).'),
    rationale: text('cochuong không chạy mã và không chèn tệp khác (!include, !!js/function…). Viết giá trị trực tiếp.',
      'cochuong runs no code and includes no other files (!include, !!js/function…). Write the value itself.'),
    bad: 'noi_nhan: !include noi-nhan.yaml', good: 'noi_nhan:\n  - Thường trực Đảng ủy xã\n  - "Lưu: VT"',
  },
  complexKey: {
    id: 'YA008', name: 'complex-key', stage: 'yaml', severity: 'error',
    description: text('Khóa là một danh sách hoặc khối, không phải một từ.', 'A key is a list or mapping, not a word.'),
  },
  notMapping: {
    id: 'YA009', name: 'not-a-mapping', stage: 'yaml', severity: 'error',
    description: text('Nội dung tệp phải là các cặp "khóa: giá trị" (loai:, nam:, ben: …).', 'The file must be a mapping of keys to values (loai:, nam:, ben: …).'),
  },
  numberTrap: {
    id: 'YA010', name: 'unquoted-number', stage: 'yaml', severity: 'error',
    description: text('YAML đã đọc chữ số không có dấu nháy thành một số, làm mất số 0 đầu hoặc chữ số cuối.',
      'YAML read unquoted digits as a number, losing leading zeros or trailing digits.'),
    rationale: text('Số điện thoại, mã số, "09" phải đặt trong dấu nháy: 0901234567 không nháy trở thành 901234567.',
      'Phone numbers, codes and "09" must be quoted: unquoted 0901234567 becomes 901234567.'),
    bad: 'ho_ten: 0901234567', good: 'ho_ten: "0901234567"',
  },
  invisibleCharacter: {
    id: 'YA011', name: 'invisible-character-breaks-yaml', stage: 'yaml', severity: 'error',
    description: text('Một ký tự trông như dấu cách (dấu cách không ngắt U+00A0, U+2007, U+202F, ký tự độ rộng 0…) làm YAML đọc sai dòng.',
      'A character that looks like a space (no-break space U+00A0, U+2007, U+202F, a zero-width character…) makes YAML misread the line.'),
    rationale: text('Word và PDF chép ra các khoảng trắng đặc biệt; YAML chỉ nhận dấu cách thường sau dấu hai chấm, sau gạch đầu dòng và ở đầu dòng. Xóa ký tự đó và gõ lại một dấu cách thường.',
      'Word and PDFs paste special blanks; YAML takes only an ordinary space after a colon, after a dash and at the start of a line. Delete the character and type an ordinary space.'),
    bad: 'nam:\u00a02027', good: 'nam: 2027',
  },
} satisfies Record<string, CatalogueEntry>;
