import { fileURLToPath } from 'node:url';
import { relatedLoader } from '../check/check-files.js';
import { checkText } from '../check/check-source.js';
import type { Lang } from '../report/style.js';
import { textAt, toDiagnostic, type Diagnostic, type Range } from './diagnostics.js';
import { frame, MessageReader, type JsonRpcMessage } from './framing.js';
import { looksLikeDocument } from '../parse/looks-like-document.js';

/**
 * A minimal language server (LSP 3.17 over stdio): diagnostics from `validate` on open, change
 * (full text) and save, in the chosen language, and quick fixes for the messages that know their
 * exact replacement ("Có phải là …?"). Files without a top-level `loai:` key are not cochuong
 * documents and get no diagnostics. The server never prints anything but protocol messages.
 */
export interface ServerOptions {
  lang: Lang;
  /** Bytes from the client. */
  input: NodeJS.ReadableStream;
  /** Writes protocol messages to the client. */
  write: (bytes: Buffer) => void;
}

interface OpenDocument { uri: string; text: string; version: number }

/** Serves until the client sends "exit"; resolves with the exit code (0 after "shutdown", else 1). */
export function serve(options: ServerOptions): Promise<number> {
  let lang = options.lang;
  const documents = new Map<string, OpenDocument>();
  let shutdown = false;
  const send = (message: Omit<JsonRpcMessage, 'jsonrpc'>) => options.write(frame({ jsonrpc: '2.0', ...message }));
  const reply = (id: JsonRpcMessage['id'], result: unknown) => send({ id: id ?? null, result });

  const publish = (doc: OpenDocument) => {
    send({ method: 'textDocument/publishDiagnostics', params: { uri: doc.uri, version: doc.version, diagnostics: diagnose(doc, lang) } });
  };

  return new Promise((done) => {
    const finish = (code: number) => {
      options.input.removeListener('data', onData);
      done(code);
    };
    const reader = new MessageReader((message) => {
      const params = (message.params ?? {}) as Record<string, unknown>;
      switch (message.method) {
        case 'initialize': {
          const wanted = (params.initializationOptions as { lang?: unknown } | undefined)?.lang;
          if (wanted === 'vi' || wanted === 'en') lang = wanted;
          return reply(message.id, {
            capabilities: {
              textDocumentSync: { openClose: true, change: 1, save: { includeText: true } },
              codeActionProvider: { codeActionKinds: ['quickfix'] },
            },
            serverInfo: { name: 'cochuong' },
          });
        }
        case 'textDocument/didOpen': {
          const item = params.textDocument as { uri: string; text: string; version: number };
          const doc = { uri: item.uri, text: item.text, version: item.version };
          documents.set(doc.uri, doc);
          return publish(doc);
        }
        case 'textDocument/didChange': {
          const id = params.textDocument as { uri: string; version: number };
          const changes = params.contentChanges as Array<{ text: string; range?: Range }>;
          const doc = documents.get(id.uri);
          const last = changes[changes.length - 1];
          if (!doc || !last || last.range) return; // full sync only, as announced
          doc.text = last.text;
          doc.version = id.version;
          return publish(doc);
        }
        case 'textDocument/didSave': {
          const doc = documents.get((params.textDocument as { uri: string }).uri);
          if (!doc) return;
          if (typeof params.text === 'string') doc.text = params.text;
          return publish(doc);
        }
        case 'textDocument/didClose': {
          const uri = (params.textDocument as { uri: string }).uri;
          documents.delete(uri);
          return send({ method: 'textDocument/publishDiagnostics', params: { uri, diagnostics: [] } });
        }
        case 'textDocument/codeAction': {
          const doc = documents.get((params.textDocument as { uri: string }).uri);
          const context = params.context as { diagnostics?: Diagnostic[] } | undefined;
          return reply(message.id, doc ? quickFixes(doc, context?.diagnostics ?? [], lang) : []);
        }
        case 'shutdown':
          shutdown = true;
          return reply(message.id, null);
        case 'exit':
          return finish(shutdown ? 0 : 1);
        default:
          // Requests the server does not implement get the protocol's answer; notifications are ignored.
          if (message.id !== undefined && message.method) send({ id: message.id, error: { code: -32601, message: `${message.method} is not supported` } });
      }
    }, () => finish(1));
    const onData = (chunk: Buffer) => reader.push(chunk);
    options.input.on('data', onData);
    options.input.once('end', () => finish(shutdown ? 0 : 1));
  });
}

/** The findings of `validate` for an open document, as LSP diagnostics. */
export function diagnose(doc: { uri: string; text: string }, lang: Lang): Diagnostic[] {
  if (!looksLikeDocument(doc.text)) return [];
  const file = doc.uri.startsWith('file:') ? fileURLToPath(doc.uri) : doc.uri;
  // A report's program is read from disk afresh at each check: it may have been edited meanwhile.
  const checked = checkText(file, doc.text, { loadRelated: relatedLoader() });
  return checked.messages.map((m) => toDiagnostic(m, doc.uri, lang));
}

function quickFixes(doc: OpenDocument, diagnostics: Diagnostic[], lang: Lang) {
  return diagnostics.flatMap((d) => {
    const fix = d.data;
    if (!fix || typeof fix.replacement !== 'string') return [];
    const current = textAt(doc.text, d.range);
    if (fix.actual !== undefined && current !== fix.actual) return []; // the text changed since: no blind edit
    return [{
      title: lang === 'vi' ? `Sửa thành "${fix.replacement}"` : `Change to "${fix.replacement}"`,
      kind: 'quickfix',
      diagnostics: [d],
      isPreferred: true,
      edit: { changes: { [doc.uri]: [{ range: d.range, newText: fix.replacement }] } },
    }];
  });
}
