import { Help, type Argument, type Command, type Option } from 'commander';
import type { Lang } from '../report/style.js';

/** Commander's help headings, in the clerk's language. */
const TITLES: Record<string, string> = {
  'Usage:': 'Cách dùng:',
  'Options:': 'Tùy chọn:',
  'Commands:': 'Lệnh:',
  'Arguments:': 'Tham số:',
  'Global Options:': 'Tùy chọn chung:',
};

function extras(lang: Lang, choices: readonly string[] | undefined, shownDefault: string | undefined): string[] {
  const out: string[] = [];
  if (choices) out.push(lang === 'vi' ? `chọn một trong: ${choices.join(', ')}` : `choices: ${choices.join(', ')}`);
  if (shownDefault !== undefined) out.push(lang === 'vi' ? `mặc định: ${shownDefault}` : `default: ${shownDefault}`);
  return out;
}

const withExtras = (description: string, more: string[]) => (more.length ? `${description} (${more.join('; ')})` : description);

/**
 * Help in Vietnamese (or English with --lang en): headings, "(mặc định: text)", "(chọn một trong: …)",
 * and "[tùy chọn]" for "[options]" in the usage line.
 */
export function helpConfiguration(lang: Lang): Partial<Help> {
  const base = new Help();
  return {
    styleTitle: (title: string) => (lang === 'vi' ? TITLES[title] ?? title : title),
    optionDescription(option: Option): string {
      const shown = option.defaultValue !== undefined && (option.required || option.optional) ? option.defaultValueDescription ?? String(option.defaultValue) : undefined;
      return withExtras(option.description, extras(lang, option.argChoices, shown));
    },
    argumentDescription(argument: Argument): string {
      const shown = argument.defaultValue !== undefined ? argument.defaultValueDescription ?? String(argument.defaultValue) : undefined;
      return withExtras(argument.description, extras(lang, argument.argChoices, shown));
    },
    commandUsage(cmd: Command): string {
      const usage = base.commandUsage(cmd);
      return lang === 'vi' ? usage.replace('[options]', '[tùy chọn]').replace('[command]', '[lệnh]') : usage;
    },
    subcommandTerm(cmd: Command): string {
      const term = base.subcommandTerm(cmd);
      return lang === 'vi' ? term.replace('[options]', '[tùy chọn]') : term;
    },
  };
}

/** "Ví dụ:" and a few command lines a clerk can copy, after a command's help. */
export function examples(lang: Lang, lines: [command: string, vi: string, en: string][]): string {
  const title = lang === 'vi' ? 'Ví dụ:' : 'Examples:';
  return `\n${title}\n${lines.map(([command, vi, en]) => `  ${command}\n      ${lang === 'vi' ? vi : en}`).join('\n')}\n`;
}
