import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * End-to-end tests run the built CLI: rebuild when any source is newer than the bundle.
 * Every temporary folder a test (or a process it starts, LibreOffice included) makes goes under one
 * folder of this run, through TMPDIR, which the test workers inherit; it is removed when the run ends,
 * so no run leaves folders behind in the system's temporary directory, even after a failed test.
 */
export default function setup(): () => void {
  const runTmp = mkdtempSync(join(tmpdir(), 'cochuong-test-run-'));
  process.env.TMPDIR = runTmp;
  const root = join(import.meta.dirname, '..', '..');
  const bundle = join(root, 'dist', 'cli.cjs');
  const built = existsSync(bundle) ? statSync(bundle).mtimeMs : 0;
  const newest = Math.max(newestIn(join(root, 'src')), newestIn(join(root, 'schemas')), newestIn(join(root, 'scripts')));
  if (newest > built) execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  return () => rmSync(runTmp, { recursive: true, force: true });
}

function newestIn(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs);
  }
  return newest;
}
