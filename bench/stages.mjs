// Where the time of `validate` goes, stage by stage and rule by rule, in one process:
//   node bench/stages.mjs [--files N]   the way a clean file takes (fast readers), warm code: throughput
//   node bench/stages.mjs --precise     the way of a file with messages (the yaml library, with positions)
//   node bench/stages.mjs --cold        one file (examples/soc-son-2020.yaml), first pass: start-up
// The stages are bundled from src/ with esbuild on the fly, so internal modules can be timed one by one.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { corpus } from './generate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cold = process.argv.includes('--cold');
const precise = process.argv.includes('--precise');
const count = cold ? 1 : Number(process.argv[process.argv.indexOf('--files') + 1]) || 300;
const dir = mkdtempSync(join(tmpdir(), 'cochuong-stages-'));
try {
  const lib = await stagesBundle(dir);
  const { files, bytes } = cold ? { files: [join(root, 'examples', 'soc-son-2020.yaml')], bytes: 0 } : corpus(join(dir, 'corpus'), count);
  const sources = files.map((file) => ({ file, bytes: readFileSync(file) }));
  const times = new Map();
  const add = (name, ms) => times.set(name, (times.get(name) ?? 0) + ms);
  const timed = (name, fn) => { const t = performance.now(); const r = fn(); add(name, performance.now() - t); return r; };
  const related = () => ({ ok: false, reason: { vi: '', en: '' } });
  let fallbacks = 0;
  for (let pass = 0; pass < (cold ? 1 : 3); pass++) {
    times.clear();
    fallbacks = 0;
    for (const { file, bytes } of sources) {
      const decoded = timed('1 decode: bytes → text', () => lib.detectAndDecode(bytes));
      if (decoded.text === undefined) continue;
      const text = decoded.text;
      timed('1 decode: mis-converted text (mojibake)', () => lib.findMojibake(text));
      let data;
      let nonNfc;
      if (precise) {
        const parsed = timed('2 read (yaml library, with positions)', () => lib.parseYaml(file, text));
        if (!parsed.ok) continue;
        ({ data, nonNfc } = parsed.parsed);
        const { doc, lineCounter, numberTraps } = parsed.parsed;
        const messages = timed('3 schema (with messages)', () => lib.checkSchema({ file, data, doc, lineCounter, numberTraps, source: text }));
        if (messages.length) continue;
      } else {
        if (timed('2 read, of which the plain reader', () => lib.readPlainSubset(text)) === undefined) fallbacks++;
        const loaded = timed('2 read (plain reader, else js-yaml; NFC)', () => lib.fastLoad(text));
        if (!loaded) continue;
        ({ data, nonNfc } = loaded);
        if (!timed('3 schema (valid or not)', () => lib.validate(data))) continue;
      }
      lib.withTextsOf(data, () => {
        timed('4 rules: the document\'s strings, joined', () => lib.documentTextsOf(data));
        for (const rule of lib.RULES) {
          timed(`4 rule ${rule.id} ${rule.name}`, () => { if (!rule.kinds || rule.kinds.includes(data.loai)) rule.check({ file, doc: data, nonNfc, loadRelated: related }, () => {}); });
        }
      });
    }
  }
  const total = [...times].filter(([name]) => !name.includes('of which')).reduce((a, [, ms]) => a + ms, 0);
  const how = precise ? 'the precise way' : 'the fast way';
  if (cold) console.log(`one file, ${how}, cold: ${total.toFixed(1)} ms`);
  else console.log(`${count} files, ${(bytes / 1e6).toFixed(1)} MB, ${how}, warm (third pass), one thread: ${total.toFixed(0)} ms (${(1000 * total / count).toFixed(0)} µs a file)`);
  if (!precise) console.log(`the plain reader gave up on ${fallbacks} of ${count} files (js-yaml read them)`);
  for (const [name, ms] of [...times].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (ms / total >= 0.005) console.log(`${ms.toFixed(cold ? 1 : 0).padStart(7)} ms ${(100 * ms / total).toFixed(1).padStart(5)}%  ${name}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** The internal modules the stages call, bundled from src/ into one CommonJS file. */
async function stagesBundle(into) {
  const entry = `
    export { detectAndDecode } from './src/read/encoding/detect.ts';
    export { findMojibake } from './src/read/encoding/mojibake.ts';
    export { readPlainSubset } from './src/parse/plain-reader.ts';
    export { fastLoad } from './src/parse/fast-load.ts';
    export { parseYaml } from './src/parse/parse-yaml.ts';
    export { validate } from './src/schema/generated/validate.js';
    export { checkSchema } from './src/schema/check-schema.ts';
    export { documentTextsOf, withTextsOf } from './src/model/texts.ts';
    export { RULES } from './src/rules/catalogue.ts';`;
  const out = join(into, 'stages.cjs');
  const result = await build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs', target: 'node20', write: false, logLevel: 'error' });
  writeFileSync(out, result.outputFiles[0].contents);
  return createRequire(import.meta.url)(out);
}
