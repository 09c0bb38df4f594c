import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * Where CI tools want a message's file: relative to the repository root with "/" separators (GitHub
 * annotations, SARIF, GitLab), whatever folder the command ran in. Outside the root (or with no
 * root), the path as the user named it.
 */
export interface PathBase {
  /** The folder the command ran in: relative file names are resolved from it. */
  cwd: string;
  /** The repository root (git rev-parse --show-toplevel), when inside one. */
  root?: string;
}

/** `file` relative to `root` with "/" separators, or undefined when it lies outside `root`. */
export function relativeInside(root: string, file: string): string | undefined {
  const rel = relative(root, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

/** The file as CI tools want it (see PathBase); "-" stays "-". */
export function repositoryPath(file: string, base: PathBase): string {
  if (file === '-' || !base.root) return file;
  return relativeInside(base.root, resolve(base.cwd, file)) ?? file;
}

export const encodeUriPath = (path: string): string => path.split('/').map(encodeURIComponent).join('/');

/** An absolute path as a file:// URI ("/" ends a folder's). */
export function fileUri(path: string, directory = false): string {
  const slashed = resolve(path).split(sep).join('/');
  const rooted = slashed.startsWith('/') ? slashed : `/${slashed}`;
  return `file://${encodeUriPath(rooted)}${directory && !rooted.endsWith('/') ? '/' : ''}`;
}
