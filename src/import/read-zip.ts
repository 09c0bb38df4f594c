import { inflateRawSync } from 'node:zlib';

/**
 * A bounded ZIP reader for Word packages: reads the central directory, then inflates only the
 * entries asked for. Every limit is checked before work is done, so a hostile file (a ZIP bomb,
 * a truncated or forged directory) costs at most the limits, never unbounded memory or time.
 */

export interface ZipLimits {
  /** Largest size one entry may inflate to. */
  maxEntryBytes: number;
  /** Most entries the directory may list. */
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntryBytes: 64 * 1024 * 1024, maxEntries: 5000 };

export type ZipProblem =
  | { kind: 'not-zip' }
  | { kind: 'corrupt'; detail: string }
  | { kind: 'encrypted'; entry: string }
  | { kind: 'too-large'; entry: string; size: number; limit: number }
  | { kind: 'too-many'; count: number; limit: number };

export class ZipError extends Error {
  constructor(readonly problem: ZipProblem) { super(`zip: ${problem.kind}`); }
}

interface Entry { name: string; method: number; flags: number; compressed: number; size: number; offset: number }

const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const END = 0x06054b50;

export class ZipArchive {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly buf: Uint8Array, private readonly limits: ZipLimits = DEFAULT_ZIP_LIMITS) {
    const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    if (buf.length < 22 || view.getUint32(0, true) !== LOCAL) throw new ZipError({ kind: 'not-zip' });
    // The end record sits in the last 22 + 65535 bytes (after an optional comment).
    let end = -1;
    for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
      if (view.getUint32(i, true) === END) { end = i; break; }
    }
    if (end < 0) throw new ZipError({ kind: 'corrupt', detail: 'no end of central directory' });
    const count = view.getUint16(end + 10, true);
    const dirOffset = view.getUint32(end + 16, true);
    if (count > limits.maxEntries) throw new ZipError({ kind: 'too-many', count, limit: limits.maxEntries });
    let p = dirOffset;
    for (let n = 0; n < count; n++) {
      if (p + 46 > buf.length || view.getUint32(p, true) !== CENTRAL) throw new ZipError({ kind: 'corrupt', detail: 'central directory' });
      const flags = view.getUint16(p + 8, true);
      const method = view.getUint16(p + 10, true);
      const compressed = view.getUint32(p + 20, true);
      const size = view.getUint32(p + 24, true);
      const nameLength = view.getUint16(p + 28, true);
      const extra = view.getUint16(p + 30, true);
      const comment = view.getUint16(p + 32, true);
      const offset = view.getUint32(p + 42, true);
      if (p + 46 + nameLength > buf.length) throw new ZipError({ kind: 'corrupt', detail: 'entry name' });
      const name = new TextDecoder().decode(buf.subarray(p + 46, p + 46 + nameLength));
      this.entries.set(name, { name, method, flags, compressed, size, offset });
      p += 46 + nameLength + extra + comment;
    }
  }

  has(name: string): boolean { return this.entries.has(name); }

  names(): string[] { return [...this.entries.keys()]; }

  /** The entry's bytes, or undefined when the archive has no such entry. */
  read(name: string): Uint8Array | undefined {
    const e = this.entries.get(name);
    if (!e) return undefined;
    if (e.flags & 1) throw new ZipError({ kind: 'encrypted', entry: name });
    const limit = this.limits.maxEntryBytes;
    if (e.size > limit) throw new ZipError({ kind: 'too-large', entry: name, size: e.size, limit });
    const view = new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.byteLength);
    if (e.offset + 30 > this.buf.length || view.getUint32(e.offset, true) !== LOCAL) throw new ZipError({ kind: 'corrupt', detail: `local header of ${name}` });
    const start = e.offset + 30 + view.getUint16(e.offset + 26, true) + view.getUint16(e.offset + 28, true);
    const data = this.buf.subarray(start, start + e.compressed);
    if (start + e.compressed > this.buf.length) throw new ZipError({ kind: 'corrupt', detail: `data of ${name}` });
    if (e.method === 0) return data;
    if (e.method !== 8) throw new ZipError({ kind: 'corrupt', detail: `method ${e.method} of ${name}` });
    try {
      // The declared size may lie: the inflater itself stops at the limit.
      return inflateRawSync(data, { maxOutputLength: limit });
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'ERR_BUFFER_TOO_LARGE') throw new ZipError({ kind: 'too-large', entry: name, size: limit + 1, limit });
      throw new ZipError({ kind: 'corrupt', detail: `inflate ${name}` });
    }
  }

  /** The entry as UTF-8 text. */
  text(name: string): string | undefined {
    const bytes = this.read(name);
    return bytes === undefined ? undefined : new TextDecoder().decode(bytes);
  }
}
