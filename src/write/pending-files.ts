import { unlinkSync } from 'node:fs';

/**
 * Temporary files being written; the CLI removes them if it is interrupted (Ctrl-C) mid-write.
 * A module of its own so the CLI can install its Ctrl-C handler without loading the writer.
 */
export const pending = new Set<string>();

/** Removes half-written temporary files. The target files were never touched by them. */
export function removePendingTemporaryFiles(): void {
  for (const temp of pending) {
    try { unlinkSync(temp); } catch { /* already gone */ }
  }
  pending.clear();
}
