import { statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Message } from '../message/message.js';
import { type Policies, type Policy } from './apply-policy.js';
export { policyFor, type Policies } from './apply-policy.js';
import { loadConfig, type CochuongConfig } from './config-file.js';
import { CONFIG_NAME } from './config-name.js';

/** Which configuration applies: found beside each document (default), one named file, or none. */
export type ConfigChoice = { kind: 'auto' } | { kind: 'none' } | { kind: 'file'; path: string };

export type RunConfig =
  | {
    ok: true;
    policies: Policies;
    /** The configuration of the run as a whole (language, render defaults): --config, else the first document's, else the working folder's. */
    main?: CochuongConfig;
    configOf(file: string): CochuongConfig | undefined;
    /** True when the file matches an `ignore` pattern of its configuration. */
    ignored(file: string): boolean;
  }
  | { ok: false; messages: Message[] };

/**
 * Finds and checks the configurations that govern `files` (each document's folder, then its parents,
 * up to the root), once per folder. A configuration with a mistake stops the run: the messages say
 * where it is, and nothing is checked with rules silently on or off.
 */
export function resolveConfigs(files: readonly string[], choice: ConfigChoice, cwd: string): RunConfig {
  const loaded = new Map<string, CochuongConfig | Message[]>();
  const load = (path: string): CochuongConfig | Message[] => {
    let result = loaded.get(path);
    if (!result) {
      const named = relative(cwd, path);
      const result2 = loadConfig(path, named === '' || named.startsWith('..') || isAbsolute(named) ? path : named);
      loaded.set(path, result = result2.ok ? result2.config : result2.messages);
    }
    return result;
  };
  const found = new Map<string, string | null>();
  const nearest = (dir: string): string | null => {
    const cached = found.get(dir);
    if (cached !== undefined) return cached;
    const candidate = join(dir, CONFIG_NAME);
    let here: string | null = null;
    try { if (statSync(candidate).isFile()) here = candidate; } catch { /* none here */ }
    const parent = dirname(dir);
    const result = here ?? (parent === dir ? null : nearest(parent));
    found.set(dir, result);
    return result;
  };
  const folderOf = (file: string) => (file === '-' ? resolve(cwd) : dirname(resolve(cwd, file)));

  const messages: Message[] = [];
  const policyOf = new Map<CochuongConfig, Policy>();
  const toPolicy = (config: CochuongConfig) => {
    let policy = policyOf.get(config);
    if (!policy) policyOf.set(config, policy = { configFile: config.file, rules: config.rules });
    return policy;
  };

  if (choice.kind === 'none') {
    return { ok: true, policies: {}, configOf: () => undefined, ignored: () => false };
  }
  if (choice.kind === 'file') {
    const result = load(resolve(cwd, choice.path));
    if (Array.isArray(result)) return { ok: false, messages: result };
    return { ok: true, policies: { fixed: toPolicy(result) }, main: result, configOf: () => result, ignored: (file) => isIgnored(result, resolve(cwd, file)) };
  }

  const configOfDir = new Map<string, CochuongConfig | undefined>();
  const dirs = new Set((files.length > 0 ? files : ['-']).map(folderOf));
  for (const dir of dirs) {
    const path = nearest(dir);
    if (!path) { configOfDir.set(dir, undefined); continue; }
    const result = load(path);
    if (Array.isArray(result)) {
      if (!messages.some((m) => m.file === result[0]?.file)) messages.push(...result);
      continue;
    }
    configOfDir.set(dir, result);
  }
  if (messages.length > 0) return { ok: false, messages };
  const byDir: Record<string, Policy> = {};
  for (const [dir, config] of configOfDir) if (config) byDir[dir] = toPolicy(config);
  const configOf = (file: string) => {
    const dir = folderOf(file);
    if (!configOfDir.has(dir)) {
      const path = nearest(dir);
      const result = path ? load(path) : undefined;
      configOfDir.set(dir, Array.isArray(result) ? undefined : result);
    }
    return configOfDir.get(dir);
  };
  const first = files.find((f) => f !== '-') ?? '-';
  return {
    ok: true,
    policies: Object.keys(byDir).length > 0 ? { byDir, cwd: resolve(cwd) } : {},
    main: configOf(first),
    configOf,
    ignored: (file) => {
      const config = configOf(file);
      return config !== undefined && file !== '-' && isIgnored(config, resolve(cwd, file));
    },
  };
}

/** Whether an absolute path matches one of the configuration's `ignore` patterns. */
export function isIgnored(config: CochuongConfig, path: string): boolean {
  if (config.ignore.length === 0) return false;
  const rel = relative(config.dir, path).split(sep).join('/');
  if (rel.startsWith('../') || rel === '..' || isAbsolute(rel)) return false;
  return config.ignore.some((pattern) => globMatches(pattern, rel));
}

const globCache = new Map<string, RegExp>();

/**
 * A small glob, as in .gitignore: `*` any characters but "/", `**` any folders, `?` one character;
 * a pattern without "/" matches a file or folder name at any depth; a trailing "/" means a folder
 * and everything in it.
 */
export function globMatches(pattern: string, relPath: string): boolean {
  let regex = globCache.get(pattern);
  if (!regex) {
    let p = pattern.trim().replace(/\\/g, '/').replace(/^\.\//, '');
    const folder = p.endsWith('/');
    if (folder) p = p.slice(0, -1);
    const anywhere = !p.includes('/');
    if (p.startsWith('/')) p = p.slice(1);
    let body = '';
    for (let i = 0; i < p.length; i++) {
      const c = p[i];
      if (c === '*' && p[i + 1] === '*') {
        const slash = p[i + 2] === '/';
        body += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else if (c === '*') body += '[^/]*';
      else if (c === '?') body += '[^/]';
      else body += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    regex = new RegExp(`^${anywhere ? '(?:.*/)?' : ''}${body}(?:/.*)${folder ? '' : '?'}$`, 'u');
    globCache.set(pattern, regex);
  }
  return regex.test(relPath);
}
