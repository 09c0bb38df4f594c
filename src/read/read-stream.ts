import type { Readable } from 'node:stream';
import { ioMessage, tooLarge, type BytesResult } from './read-bytes.js';

/**
 * Standard input (or any stream), read up to `maxBytes` — the same --max-size as files. Past the
 * limit reading stops at once and the stream is let go: 4 GB piped in costs at most the limit.
 * A terminal is not read (nothing was piped in: an empty input, not a wait for typing).
 */
export async function readStream(stream: Readable & { isTTY?: boolean }, maxBytes: number, name = '-'): Promise<BytesResult> {
  if (stream.isTTY) return { ok: true, bytes: new Uint8Array() };
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      total += buffer.length;
      if (total > maxBytes) {
        stream.destroy();
        return { ok: false, message: tooLarge(name, undefined, maxBytes) };
      }
      chunks.push(buffer);
    }
  } catch (error) {
    return { ok: false, message: ioMessage(name, error) };
  }
  return { ok: true, bytes: new Uint8Array(Buffer.concat(chunks, total)) };
}
