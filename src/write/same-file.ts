import { statSync } from 'node:fs';
import { resolve } from 'node:path';

/** What a path is on disk: device and inode where it exists (so a link to a file is that file), else the resolved path. */
export function fileIdentity(path: string): string {
  try {
    const s = statSync(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    return `path:${resolve(path)}`;
  }
}

/** Whether writing `b` would write `a`: the guard that an output is never one of the inputs. */
export function sameFile(a: string, b: string): boolean {
  return fileIdentity(a) === fileIdentity(b) || resolve(a) === resolve(b);
}
