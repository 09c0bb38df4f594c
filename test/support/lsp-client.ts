import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { frame, MessageReader, type JsonRpcMessage } from '../../src/lsp/framing.js';

/** A scripted LSP client driving `cochuong lsp --stdio` as an editor would. */
export class Client {
  private readonly waiting: Array<{ test: (m: JsonRpcMessage) => boolean; done: (m: JsonRpcMessage) => void }> = [];
  private readonly seen: JsonRpcMessage[] = [];
  private nextId = 1;
  readonly exited: Promise<number | null>;
  /** What the client answers to workspace/configuration. */
  settings: unknown = null;

  constructor(readonly child: ChildProcessWithoutNullStreams) {
    const reader = new MessageReader((m) => {
      // Requests from the server (workspace/configuration, registerCapability): answered as a minimal client does.
      if (m.method && m.id !== undefined) {
        child.stdin.write(frame({ jsonrpc: '2.0', id: m.id, result: m.method === 'workspace/configuration' ? ((m.params as { items?: unknown[] })?.items ?? []).map(() => this.settings) : null }));
        return;
      }
      const i = this.waiting.findIndex((w) => w.test(m));
      if (i >= 0) this.waiting.splice(i, 1)[0].done(m);
      else this.seen.push(m);
    }, (reason) => { throw new Error(reason); });
    child.stdout.on('data', (chunk: Buffer) => reader.push(chunk));
    child.stdin.on('error', () => undefined); // a server that has exited: nothing left to tell it
    this.exited = new Promise((done) => child.once('exit', (code) => done(code)));
  }

  next(test: (m: JsonRpcMessage) => boolean): Promise<JsonRpcMessage> {
    const i = this.seen.findIndex(test);
    if (i >= 0) return Promise.resolve(this.seen.splice(i, 1)[0]);
    return new Promise((done) => this.waiting.push({ test, done }));
  }

  request(method: string, params: unknown): Promise<JsonRpcMessage> {
    const id = this.nextId++;
    this.child.stdin.write(frame({ jsonrpc: '2.0', id, method, params }));
    return this.next((m) => m.id === id);
  }

  notify(method: string, params: unknown): void {
    this.child.stdin.write(frame({ jsonrpc: '2.0', method, params }));
  }

  diagnostics(uri: string, version: number) {
    return this.next((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string; version?: number }).uri === uri
      && (m.params as { version?: number }).version === version)
      .then((m) => (m.params as { diagnostics: Array<{ code: string; message: string; range: { start: { line: number } }; relatedInformation?: Array<{ message: string }> }> }).diagnostics);
  }
}

