import { unlinkSync } from 'node:fs';

/**
 * Temporary files being written; the CLI removes them if it is interrupted (Ctrl-C) mid-write.
 * A module of its own so the CLI can install its Ctrl-C handler without loading the writer.
 */
export const pending = new Set<string>();

/**
 * Other clean-ups due on Ctrl-C: a running LibreOffice to stop, its temporary folder to remove.
 * Each must be synchronous (the process exits right after) and must not throw.
 */
export const pendingCleanups = new Set<() => void>();

/** Removes half-written temporary files (the targets were never touched by them), then runs the other clean-ups. */
export function removePendingTemporaryFiles(): void {
  for (const temp of pending) {
    try { unlinkSync(temp); } catch { /* already gone */ }
  }
  pending.clear();
  for (const cleanup of [...pendingCleanups]) {
    try { cleanup(); } catch { /* best effort: the process is exiting */ }
  }
  pendingCleanups.clear();
}
