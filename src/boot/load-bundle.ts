/**
 * Loads one of cochuong's CommonJS bundles (dist/cli.cjs, dist/vendor.cjs) through a
 * V8 code cache.
 *
 * Node 20 keeps no compiled code between runs, and compiling the bundle again at every start was
 * about a third of `cochuong validate one.yaml`. The cache is written after the first run has done
 * its work, so it also holds the functions that run compiled lazily. It lives in
 * node_modules/.cache/cochuong (else $XDG_CACHE_HOME/cochuong or ~/.cache/cochuong; COCHUONG_CACHE_DIR
 * overrides, COCHUONG_CACHE_DIR=0 turns it off), keyed by the bundle's content hash, Node version and
 * CPU; V8 itself refuses a cache made by another V8 or with other flags. Any trouble with the cache
 * folder is ignored: the bundle then simply compiles as usual.
 *
 * A code cache is compiled code that V8 trusts: a flipped byte crashed every later command natively
 * ("unreachable code", SIGSEGV). So a cache file carries a SHA-256 digest of its bytes, and is handed
 * to V8 only when the digest matches and the file and its folder can be written by no one but this
 * user (the folder is made 0700); anything else is ignored silently and the bundle compiles as usual.
 */
import { createHash } from 'node:crypto';
import { fstatSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync, openSync, readSync, closeSync, constants } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';

/** Filled in by scripts/build.mjs: a content hash per bundle, so a cache never outlives its code. */
declare const COCHUONG_BUNDLE_HASHES: Record<string, string>;

export interface LoadedBundle {
  exports: Record<string, unknown>;
  /** Writes the code cache if there was none (or V8 refused it); call once the work is done. */
  saveCodeCache(): void;
}

const loaded = new Map<string, LoadedBundle>();

/** Writes the code caches of every bundle loaded so far that needs one (the launcher, at the end). */
export function saveCodeCaches(): void {
  for (const bundle of loaded.values()) bundle.saveCodeCache();
}

/** Loads a bundle once per thread (dist/vendor.cjs is asked for by several modules of dist/cli.cjs). */
export function loadBundle(name: string, directory = __dirname): LoadedBundle {
  const key = `${directory}/${name}`;
  let bundle = loaded.get(key);
  if (!bundle) {
    bundle = compileBundle(name, directory);
    loaded.set(key, bundle);
  }
  return bundle;
}

function compileBundle(name: string, directory: string): LoadedBundle {
  const file = join(directory, `${name}.cjs`);
  const source = readFileSync(file, 'utf8');
  const hash = COCHUONG_BUNDLE_HASHES[name] ?? `size${source.length}`;
  const cacheName = `${name}-${hash}-${process.version}-${process.arch}.v8cache`;
  const folders = cacheFolders(directory);
  const cachedData = readFirst(folders, cacheName);

  const script = new Script(Module.wrap(source), { filename: file, cachedData });
  const module = { exports: {} as Record<string, unknown> };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, directory);

  let saved = cachedData !== undefined && !script.cachedDataRejected;
  return {
    exports: module.exports,
    saveCodeCache() {
      if (saved) return;
      saved = true;
      try {
        writeCache(folders, cacheName, `${name}-`, script.createCachedData());
      } catch {
        // a cache is an optimisation: never let it fail a command
      }
    },
  };
}

function cacheFolders(bundleDirectory: string): string[] {
  const chosen = process.env.COCHUONG_CACHE_DIR;
  if (chosen !== undefined) return chosen === '' || chosen === '0' || chosen === 'off' ? [] : [chosen];
  const folders = [join(bundleDirectory, '..', 'node_modules', '.cache', 'cochuong')];
  const base = process.env.XDG_CACHE_HOME || safeHome();
  if (base) folders.push(join(base, process.env.XDG_CACHE_HOME ? '' : '.cache', 'cochuong'));
  return folders;
}

function safeHome(): string | undefined {
  try {
    return homedir() || undefined;
  } catch {
    return undefined;
  }
}

const DIGEST_BYTES = 32;
/** A cache is a few hundred KB; anything much larger is not one of ours. */
const MAX_CACHE_BYTES = 64 * 1024 * 1024;

function readFirst(folders: string[], cacheName: string): Buffer | undefined {
  for (const folder of folders) {
    try {
      const cache = readVerified(folder, join(folder, cacheName));
      if (cache) return cache;
    } catch {
      // not there (yet), or unreadable: try the next folder
    }
  }
  return undefined;
}

/** Only this user (or root) may have written it: owned by us, not writable by group or others. */
function private_(stats: { uid: number; mode: number }): boolean {
  const uid = process.getuid?.();
  if (uid === undefined) return true; // Windows: no POSIX owner to check; the digest still guards against damage
  return (stats.uid === uid || stats.uid === 0) && (stats.mode & 0o022) === 0;
}

/** The cache's code, when its folder and file are private and its digest matches; else undefined. */
function readVerified(folder: string, file: string): Buffer | undefined {
  if (!private_(statSync(folder))) return undefined;
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile() || !private_(stats) || stats.size <= DIGEST_BYTES || stats.size > MAX_CACHE_BYTES) return undefined;
    const bytes = Buffer.allocUnsafe(stats.size);
    let filled = 0;
    while (filled < bytes.length) {
      const read = readSync(fd, bytes, filled, bytes.length - filled, filled);
      if (read === 0) return undefined;
      filled += read;
    }
    const data = bytes.subarray(DIGEST_BYTES);
    const digest = createHash('sha256').update(data).digest();
    return digest.equals(bytes.subarray(0, DIGEST_BYTES)) ? data : undefined;
  } finally {
    closeSync(fd);
  }
}

/** Atomic (temporary file, then rename): concurrent runs never read half a cache. Old caches go. */
function writeCache(folders: string[], cacheName: string, prefix: string, data: Buffer): void {
  for (const folder of folders) {
    const temporary = join(folder, `.${cacheName}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`);
    try {
      mkdirSync(folder, { recursive: true, mode: 0o700 });
      if (!private_(statSync(folder))) continue; // a folder others can write: no cache there
      writeFileSync(temporary, Buffer.concat([createHash('sha256').update(data).digest(), data]), { mode: 0o600 });
      renameSync(temporary, join(folder, cacheName));
    } catch {
      try { unlinkSync(temporary); } catch { /* never written */ }
      continue;
    }
    // Caches of earlier builds for this Node go; other Node versions (nvm users) keep theirs.
    const suffix = `-${process.version}-${process.arch}.v8cache`;
    for (const old of readdirSync(folder)) {
      if (old.startsWith(prefix) && old.endsWith(suffix) && old !== cacheName) {
        try { unlinkSync(join(folder, old)); } catch { /* another run removed it */ }
      }
    }
    return;
  }
}
