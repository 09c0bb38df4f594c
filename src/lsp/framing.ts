/**
 * The base protocol of the Language Server Protocol: JSON-RPC messages framed by a
 * "Content-Length: N" header and a blank line. A message larger than `maxBytes` is refused (the
 * connection is then closed): an editor never sends one, and nothing reads without a bound.
 */
export type JsonRpcMessage = {
  jsonrpc: '2.0';
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
};

const HEADER_END = Buffer.from('\r\n\r\n');

export class MessageReader {
  private buffer: Buffer = Buffer.alloc(0);

  constructor(private readonly onMessage: (message: JsonRpcMessage) => void, private readonly onError: (reason: string) => void,
    private readonly maxBytes = 64 * 1024 * 1024) {}

  /** Feeds bytes as they arrive; calls onMessage for each whole message. */
  push(chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf(HEADER_END);
      if (end < 0) {
        if (this.buffer.length > 8192) return this.fail('header too long');
        return;
      }
      const header = this.buffer.subarray(0, end).toString('ascii');
      const match = /(?:^|\r\n)content-length:\s*(\d+)\s*(?:\r\n|$)/i.exec(header);
      if (!match) return this.fail('no Content-Length header');
      const length = Number(match[1]);
      if (length > this.maxBytes) return this.fail(`message of ${length} bytes is over the limit`);
      const start = end + HEADER_END.length;
      if (this.buffer.length < start + length) return;
      const body = this.buffer.subarray(start, start + length).toString('utf8');
      this.buffer = this.buffer.subarray(start + length);
      let message: JsonRpcMessage;
      try {
        message = JSON.parse(body) as JsonRpcMessage;
      } catch {
        this.onError('a message is not JSON');
        continue;
      }
      this.onMessage(message);
    }
  }

  private fail(reason: string): void {
    this.buffer = Buffer.alloc(0);
    this.onError(reason);
  }
}

/** One framed message, ready to write. */
export function frame(message: JsonRpcMessage): Buffer {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
}
