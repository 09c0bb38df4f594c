// Times `cochuong lsp`: from a didChange of a typical document (one edited line) to its diagnostics,
// as an editor feels it. Prints JSON { runs, median, min } in milliseconds.
//   node bench/lsp-latency.mjs BIN FILE.yaml [RUNS]
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [bin, file, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 30);
const text = readFileSync(file, 'utf8');
const uri = pathToFileURL(file).href;
const child = spawn(process.execPath, [bin, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const send = (m) => { const b = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...m })); child.stdin.write(`Content-Length: ${b.length}\r\n\r\n`); child.stdin.write(b); };
let buffer = Buffer.alloc(0);
let waiting;
child.stdout.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const end = buffer.indexOf('\r\n\r\n');
    if (end < 0) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString())[1]);
    if (buffer.length < end + 4 + length) return;
    const message = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString());
    buffer = buffer.subarray(end + 4 + length);
    if (message.method === 'textDocument/publishDiagnostics' && waiting && message.params.version === waiting.version) waiting.done();
  }
});
const published = (version) => new Promise((done) => { waiting = { version, done }; });

send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } });
send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'yaml', version: 0, text } } });
await published(0);
const times = [];
for (let i = 1; i <= runs; i++) {
  // Alternate a valid edit and a broken one, as typing does.
  const edited = i % 2 ? text.replace(/^trich_yeu:/m, 'trich_yeo:') : text.replace(/^(so:.*)$/m, `$1 # ${i}`);
  const started = process.hrtime.bigint();
  send({ method: 'textDocument/didChange', params: { textDocument: { uri, version: i }, contentChanges: [{ text: edited }] } });
  await published(i);
  times.push(Number(process.hrtime.bigint() - started) / 1e6);
}
send({ id: 2, method: 'shutdown' });
send({ method: 'exit' });
times.sort((a, b) => a - b);
process.stdout.write(JSON.stringify({ runs, median: times[Math.floor(runs / 2)], min: times[0] }) + '\n');
