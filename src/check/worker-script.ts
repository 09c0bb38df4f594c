import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

/** Below this many files, starting workers (tens of milliseconds each) costs more than it saves. */
export const WORKER_THRESHOLD = 200;
const MAX_JOBS = 8;

/**
 * How many threads check `fileCount` files: COCHUONG_JOBS wins (1 = never start workers), then the
 * caller's number, else one per core for a large run.
 */
export function jobCount(fileCount: number, requested: number | 'auto' = 'auto', env: NodeJS.ProcessEnv = process.env): number {
  const fromEnv = env.COCHUONG_JOBS === undefined || env.COCHUONG_JOBS === '' ? NaN : Number(env.COCHUONG_JOBS);
  const wanted = Number.isInteger(fromEnv) && fromEnv >= 1 ? fromEnv : requested;
  if (wanted !== 'auto') return Math.max(1, Math.min(wanted, MAX_JOBS, fileCount));
  if (fileCount <= WORKER_THRESHOLD) return 1;
  return Math.max(1, Math.min(availableParallelism(), MAX_JOBS, Math.ceil(fileCount / 100)));
}

/**
 * The worker's entry, next to the bundle that is running (dist/). Run from the TypeScript sources
 * (tests), there is none, and files are checked on the calling thread.
 */
export function workerScript(): string | undefined {
  try {
    const script = fileURLToPath(new URL('./worker-boot.cjs', import.meta.url));
    return existsSync(script) ? script : undefined;
  } catch {
    return undefined;
  }
}
