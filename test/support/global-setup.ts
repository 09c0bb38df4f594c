import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** End-to-end tests run the built CLI: rebuild when any source is newer than the bundle. */
export default function setup(): void {
  const root = join(import.meta.dirname, '..', '..');
  const bundle = join(root, 'dist', 'cli.cjs');
  const built = existsSync(bundle) ? statSync(bundle).mtimeMs : 0;
  const newest = Math.max(newestIn(join(root, 'src')), newestIn(join(root, 'schemas')), newestIn(join(root, 'scripts')));
  if (newest > built) execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
}

function newestIn(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs);
  }
  return newest;
}
