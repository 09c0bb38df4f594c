import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'cochuong.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI as a process, as a clerk would, without a terminal (so no colour). */
export function cli(args: string[], options: { input?: string | Uint8Array; cwd?: string; env?: Record<string, string> } = {}): CliRun {
  const base: Record<string, string> = { ...process.env as Record<string, string> };
  delete base.FORCE_COLOR;
  delete base.NO_COLOR;
  const env = { ...base, ...options.env };
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT, input: options.input, env, encoding: 'utf8', timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** No stack trace, no internal error: what a clerk must never see. */
export function expectNoCrash(run: CliRun): void {
  const all = run.stdout + run.stderr;
  if (/\n\s+at .+:\d+:\d+\)?\n/.test(all) || all.includes('lỗi nội bộ') || /TypeError|ReferenceError|RangeError/.test(all)) {
    throw new Error(`crash output:\n${all}`);
  }
}
