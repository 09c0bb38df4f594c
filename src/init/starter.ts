import { ADMIN_LEVELS } from '../model/admin-units.js';

/** The levels a starter document exists for: the commune level, where most offices are. */
export const STARTER_LEVELS = ['xa', 'phuong', 'dac_khu'] as const;
export type StarterLevel = (typeof STARTER_LEVELS)[number];
export type StarterKind = 'chuong_trinh' | 'quy_che';

export interface StarterOptions {
  cap: StarterLevel;
  /** The unit's proper name: "Phù Đổng", "Bến Nghé". */
  ten: string;
  /** The province it belongs to, as written: "thành phố Hà Nội", "tỉnh Nghệ An". */
  thuoc: string;
  /** What the modeline's $schema says: a path from the document's folder to the installed schema. */
  schemaRef: string;
}

// The shipped examples the starters are made from: a 2026 commune program and its 2026-2031 quy chế.
const SOURCE_UNIT = { word: 'xã', ten: 'Phù Đổng', thuoc: 'thành phố Hà Nội' };

/**
 * A starter document for a commune-level unit, made from a shipped example by putting the unit's
 * name, level word and province where the example has its own. The signers' names stay as the
 * example's invented ones, marked to replace. The caller checks that the result validates.
 */
export function starterDocument(example: string, options: StarterOptions): string {
  const word = ADMIN_LEVELS[options.cap].word;
  const upper = (s: string) => s.toLocaleUpperCase('vi');
  let text = example.replace(/^# yaml-language-server: \$schema=.*$/m, `# yaml-language-server: $schema=${options.schemaRef}`);
  // The example's own comment lines describe the example: say what this file is instead.
  text = text.replace(/^(# yaml-language-server:.*\n)((?:#.*\n)*)/, (_, modeline: string) =>
    `${modeline}# Văn bản khởi đầu do "cochuong init" tạo cho ${word} ${options.ten} (${options.thuoc}). Sửa nội dung, tên người ký (đang là tên giả)\n# và nơi nhận cho đúng; kiểm tra: cochuong validate; in: cochuong render.\n`);
  text = text.replace(/^(\s*cap:) xa$/m, `$1 ${options.cap}`);
  text = text.split(SOURCE_UNIT.thuoc).join(options.thuoc);
  text = text.split(upper(SOURCE_UNIT.thuoc)).join(upper(options.thuoc));
  text = text.split(SOURCE_UNIT.ten).join(options.ten);
  text = text.split(upper(SOURCE_UNIT.ten)).join(upper(options.ten));
  if (word !== SOURCE_UNIT.word) {
    // "xã" as the unit word, never inside "xã hội" (chính trị - xã hội).
    text = text.replace(/(?<![\p{L}\p{M}])xã(?![\p{L}\p{M}])(?! hội)/gu, word).replace(/(?<![\p{L}\p{M}])XÃ(?![\p{L}\p{M}])(?! HỘI)/gu, upper(word));
  }
  return text;
}
