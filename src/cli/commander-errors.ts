import type { CommanderError } from 'commander';
import type { Lang } from '../report/style.js';

/** Commander speaks English; clerks get its usage errors in Vietnamese with a pointer to --help. */
export function translateCommanderError(error: CommanderError, lang: Lang): string {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  const vi: Record<string, string> = {
    'commander.unknownOption': `Không có tùy chọn "${quoted}".`,
    'commander.unknownCommand': `Không có lệnh "${quoted}".`,
    'commander.missingArgument': `Thiếu tham số "${quoted}".`,
    'commander.optionMissingArgument': `Tùy chọn "${quoted}" cần một giá trị.`,
    'commander.invalidArgument': `Giá trị không hợp lệ: ${error.message.replace(/^error: /, '')}`,
    'commander.excessArguments': 'Thừa tham số.',
  };
  const hint = lang === 'vi' ? 'Xem hướng dẫn: cochuong --help' : 'See: cochuong --help';
  const body = lang === 'vi' ? vi[error.code] ?? error.message.replace(/^error: /, '') : error.message.replace(/^error: /, '');
  return `${body} ${hint}`;
}
