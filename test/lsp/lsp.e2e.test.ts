import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { Client } from '../support/lsp-client.js';
import { BIN, ROOT } from '../support/cli.js';

let client: Client | undefined;
afterEach(() => { client?.child.kill(); client = undefined; });

const start = (lang?: string) => {
  const env = { ...process.env };
  delete env.COCHUONG_LANG;
  client = new Client(spawn(process.execPath, [BIN, 'lsp', '--stdio'], { env }) as ChildProcessWithoutNullStreams);
  return client.request('initialize', { processId: process.pid, rootUri: null, capabilities: {}, ...(lang ? { initializationOptions: { lang } } : {}) });
};

const example = readFileSync(join(ROOT, 'examples', 'soc-son-2020.yaml'), 'utf8');
const uri = pathToFileURL(join(ROOT, 'examples', 'dang-soan.yaml')).href;

describe('cochuong lsp', () => {
  it('reports findings in Vietnamese as the document changes, offers the exact fix, and exits cleanly', async () => {
    const init = await start();
    expect((init.result as { capabilities: { textDocumentSync: { change: number } } }).capabilities.textDocumentSync.change).toBe(1);
    const c = client!;
    c.notify('initialized', {});
    c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: example } });
    expect(await c.diagnostics(uri, 1)).toEqual([]);

    const broken = example.replace(/^trich_yeu:/m, 'trich_yeo:');
    c.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: broken }] });
    const found = await c.diagnostics(uri, 2);
    const misspelt = found.find((d) => d.code === 'SC002')!;
    expect(misspelt.message).toMatch(/Khóa "trich_yeo"/);
    expect(misspelt.range.start.line).toBe(broken.split('\n').findIndex((l) => l.startsWith('trich_yeo:')));
    expect(misspelt.relatedInformation?.[0].message).toMatch(/^Cách sửa: Có phải là "trich_yeu"/);

    const actions = await c.request('textDocument/codeAction', { textDocument: { uri }, range: misspelt.range, context: { diagnostics: [misspelt] } });
    const [action] = actions.result as Array<{ title: string; edit: { changes: Record<string, Array<{ newText: string; range: { start: { line: number; character: number }; end: { character: number } } }>> } }>;
    expect(action.title).toBe('Sửa thành "trich_yeu"');
    const [edit] = action.edit.changes[uri];
    const lines = broken.split('\n');
    const line = lines[edit.range.start.line];
    lines[edit.range.start.line] = line.slice(0, edit.range.start.character) + edit.newText + line.slice(edit.range.end.character);
    c.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: lines.join('\n') }] });
    expect(await c.diagnostics(uri, 3)).toEqual([]);

    expect((await c.request('shutdown', null)).result).toBeNull();
    c.notify('exit', null);
    expect(await c.exited).toBe(0);
  });

  it('speaks English when the editor asks, and leaves files that are not cochuong documents alone', async () => {
    await start('en');
    const c = client!;
    c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: example.replace('nam: 2020', 'nam: "2020"') } });
    const [first] = await c.diagnostics(uri, 1);
    expect(first.message).toMatch(/must be/);
    const other = pathToFileURL(join(ROOT, '.github-workflow.yaml')).href;
    c.notify('textDocument/didOpen', { textDocument: { uri: other, languageId: 'yaml', version: 1, text: 'on: push\njobs: {}\n' } });
    expect(await c.diagnostics(other, 1)).toEqual([]);
    c.notify('exit', null);
    expect(await c.exited).toBe(1); // exit without shutdown, as the protocol says
  });
});
