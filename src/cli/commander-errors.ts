import type { CommanderError } from 'commander';
import type { Lang } from '../report/style.js';

/** Commander speaks English; clerks get its usage errors in Vietnamese, with its "did you mean" and a pointer to help. */
export function translateCommanderError(error: CommanderError, lang: Lang): string {
  const message = error.message.replace(/^error: /, '');
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
  const similar = /\(Did you mean (?:one of )?(.+?)\?\)/.exec(message)?.[1];
  const choice = /option '([^']+)' argument '([^']*)' is invalid\. Allowed choices are (.+)\.$/.exec(message.split('\n')[0]);
  const option = choice?.[1].split(/[ ,]/).find((part) => part.startsWith('--')) ?? choice?.[1];
  const vi: Record<string, string> = {
    'commander.unknownOption': `Không có tùy chọn "${quoted}".`,
    'commander.unknownCommand': `Không có lệnh "${quoted}".`,
    'commander.missingArgument': `Thiếu tham số "${quoted}".`,
    'commander.optionMissingArgument': `Tùy chọn "${quoted}" cần một giá trị.`,
    'commander.invalidArgument': choice ? `Giá trị "${choice[2]}" không dùng được cho ${option}: chọn một trong ${choice[3]}.` : `Giá trị không hợp lệ: ${message}`,
    'commander.excessArguments': 'Thừa tham số.',
  };
  const body = lang === 'vi' ? vi[error.code] ?? message.split('\n')[0] : message.split('\n')[0];
  const guess = similar ? (lang === 'vi' ? ` Có phải là ${similar}?` : ` Did you mean ${similar}?`) : '';
  const hint = lang === 'vi' ? 'Xem hướng dẫn: cochuong help' : 'See: cochuong help';
  return `${body}${guess} ${hint}`;
}
