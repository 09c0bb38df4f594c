import { readBytesSync } from '../read/read-bytes.js';
import { resolveConfigs, type ConfigChoice, type RunConfig } from '../config/policies.js';
import { formatMessage } from '../report/text-reporter.js';
import type { CliContext } from './context.js';

/** `--config FILE` / `--no-config` as commander hands them over (a string, false, or nothing). */
export function configChoice(option: string | boolean | undefined): ConfigChoice {
  if (option === false) return { kind: 'none' };
  if (typeof option === 'string') return { kind: 'file', path: option };
  return { kind: 'auto' };
}

export type CommandConfig = { ok: true; run: Extract<RunConfig, { ok: true }>; ctx: CliContext } | { ok: false };

/**
 * The configurations governing `files`, with the context a command goes on with (the language a
 * configuration sets, unless --lang or COCHUONG_LANG chose one). A configuration with mistakes is
 * printed on standard error, as validate prints a document's, and the command stops (exit 2).
 */
export function commandConfig(files: readonly string[], option: string | boolean | undefined, ctx: CliContext): CommandConfig {
  const run = resolveConfigs(files, configChoice(option), ctx.cwd);
  if (!run.ok) {
    const sources = new Map<string, string>();
    for (const m of run.messages) {
      if (sources.has(m.file)) continue;
      const read = readBytesSync(m.file, 256 * 1024);
      if (read.ok) sources.set(m.file, new TextDecoder().decode(read.bytes));
    }
    for (const m of run.messages) ctx.stderr(formatMessage(m, { lang: ctx.lang, style: ctx.style, sources }) + '\n\n');
    return { ok: false };
  }
  const lang = run.main?.lang;
  return { ok: true, run, ctx: lang && !ctx.langChosen ? { ...ctx, lang } : ctx };
}
