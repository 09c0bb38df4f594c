// Where the time of `validate` goes, stage by stage and rule by rule:
//   node bench/stages.mjs [--files N]   on a generated corpus, warm code (after one pass): throughput
//   node bench/stages.mjs --cold        one file (examples/soc-son-2020.yaml), first pass: start-up
// The library bundle (dist/index.js) is used, so run `npm run build` first.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { corpus } from './generate.mjs';

const started = performance.now();
const lib = await import('../dist/index.js');
const loaded = performance.now() - started;
const cold = process.argv.includes('--cold');
const count = cold ? 1 : Number(process.argv[process.argv.indexOf('--files') + 1]) || 300;
const dir = mkdtempSync(join(tmpdir(), 'cochuong-stages-'));
try {
  const { files, bytes } = cold
    ? { files: [join(import.meta.dirname, '..', 'examples', 'soc-son-2020.yaml')], bytes: 0 }
    : corpus(dir, count);
  const sources = files.map((file) => ({ file, bytes: readFileSync(file) }));
  const times = new Map();
  const add = (name, ms) => times.set(name, (times.get(name) ?? 0) + ms);
  const timed = (name, fn) => { const t = performance.now(); const r = fn(); add(name, performance.now() - t); return r; };
  for (let pass = 0; pass < (cold ? 1 : 2); pass++) {
    times.clear();
    for (const { file, bytes } of sources) {
      const decoded = timed('1 decode (encodings, mojibake)', () => lib.decodeSource(file, bytes));
      if (!decoded.ok) continue;
      timed('(reference: parseDocument of the yaml library alone, part of 2)', () => parseDocument(decoded.text, { lineCounter: new LineCounter(), uniqueKeys: true, strict: true }));
      const parsed = timed('2 parse (YAML → tree → data)', () => lib.parseYaml(file, decoded.text));
      if (!parsed.ok) continue;
      const { doc, lineCounter, data, numberTraps, nonNfc } = parsed.parsed;
      const schema = timed('3 schema', () => lib.checkSchema({ file, data, doc, lineCounter, numberTraps, source: decoded.text }));
      if (schema.length) continue;
      const related = () => ({ ok: false, reason: { vi: '', en: '' } });
      for (const rule of lib.RULES) {
        timed(`4 rule ${rule.id} ${rule.name}`, () => lib.runRules([rule], { file, doc: data, nonNfc, loadRelated: related }));
      }
    }
  }
  const total = [...times].filter(([name]) => !name.startsWith('(')).reduce((a, [, ms]) => a + ms, 0);
  if (cold) console.log(`node started ${started.toFixed(1)} ms after the process; loading the library ${loaded.toFixed(1)} ms; checking one file, cold: ${total.toFixed(1)} ms`);
  else console.log(`${count} files, ${(bytes / 1e6).toFixed(1)} MB; warm, one thread: ${total.toFixed(0)} ms (${(total / count).toFixed(2)} ms a file)`);
  for (const [name, ms] of [...times].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (ms / total >= 0.005) console.log(`${ms.toFixed(cold ? 1 : 0).padStart(7)} ms ${(100 * ms / total).toFixed(1).padStart(5)}%  ${name}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
