import type { Lang, Style } from '../report/style.js';
import { PLAIN } from '../report/style.js';
import { DEFAULT_MAX_BYTES, type BytesResult } from '../read/read-bytes.js';

/** What every command needs from the outside world; tests can build one without a terminal. */
export interface CliContext {
  lang: Lang;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Colours for stdout, or PLAIN when not a terminal / NO_COLOR is set. */
  style: Style;
  /** Standard input, at most `maxBytes` of it (the --max-size of files applies to "-" too). */
  readStdin: (maxBytes: number) => Promise<BytesResult>;
  cwd: string;
  /** True when --lang or COCHUONG_LANG chose the language: a .cochuong.yaml's `lang` then does not apply. */
  langChosen?: boolean;
}

export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

export function resolveLang(option: string | undefined, env: NodeJS.ProcessEnv): Lang {
  const value = (option ?? env.COCHUONG_LANG ?? 'vi').toLowerCase();
  return value.startsWith('en') ? 'en' : 'vi';
}

/** chalk ignores NO_COLOR by design, so decide here: colour only on a terminal, never with NO_COLOR. */
/**
 * Colour as the conventions say: --no-color and NO_COLOR (non-empty) turn it off; FORCE_COLOR turns
 * it on ("0" or "false": off, even on a terminal); else only on a terminal that is not TERM=dumb.
 */
export function wantsColor(isTTY: boolean, env: NodeJS.ProcessEnv, noColor: boolean): boolean {
  if (noColor || (env.NO_COLOR !== undefined && env.NO_COLOR !== '')) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force.toLowerCase() !== 'false';
  return isTTY && env.TERM !== 'dumb';
}

export async function resolveStyle(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv, noColor: boolean): Promise<Style> {
  if (!wantsColor(Boolean(stream.isTTY), env, noColor)) return PLAIN;
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: 1 });
  return { error: chalk.red.bold, warning: chalk.yellow.bold, dim: chalk.gray, bold: chalk.bold, place: chalk.cyan };
}

export function t(lang: Lang, vi: string, en: string): string {
  return lang === 'vi' ? vi : en;
}

/** "5MB", "500kb", "1048576" → bytes. */
export function parseSize(value: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?\s*$/i.exec(value);
  if (!m) return undefined;
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.round(Number(m[1]) * factor);
}

/** The --max-size option in bytes (the default when absent), or undefined after telling the user why it is not a size. */
export function maxSizeOption(value: string | undefined, ctx: CliContext): number | undefined {
  if (value === undefined) return DEFAULT_MAX_BYTES;
  const bytes = parseSize(value);
  if (bytes === undefined) ctx.stderr(t(ctx.lang, '--max-size cần một cỡ như 5MB hoặc 500KB.\n', '--max-size takes a size like 5MB or 500KB.\n'));
  return bytes;
}
