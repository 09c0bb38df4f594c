// npm run bench — whole-process timings of cochuong against `node -e 0` and ajv-cli, on generated data.
//
//   node bench/run.mjs [--quick | --full] [--only startup,throughput,render,diff,lsp,cycle,import,pkg] [--out FILE]
//
// Every figure is the median of several runs of a separate process (spawned, timed with hrtime), and
// compared commands run interleaved (A B A B …), so that a busy machine slows both alike: read the
// ratios, which are measured in the same run. A preloaded probe (bench/probe.cjs) reads at exit the
// process's CPU time (all threads; less disturbed than wall time when others share the machine, but
// blind to what threads gain) and its maximum resident set size. Data is written to a temporary
// folder and removed afterwards. Results: a table on stdout, bench/results/latest.json, and one line
// appended to bench/results/history.jsonl.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem, platform, release } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpus, program } from './generate.mjs';
import { variedProgram } from './vary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => { const i = args.indexOf(name); return i === -1 ? undefined : args[i + 1]; };
const mode = flag('--quick') ? 'quick' : flag('--full') ? 'full' : 'default';
const only = new Set((option('--only') ?? 'startup,throughput,render,diff,lsp,cycle,import,pkg').split(','));
const RUNS = {
  quick: { startup: 8, small: 3, k1: 1, k10: 0, render100: 1 },
  default: { startup: 20, small: 7, k1: 3, k10: 1, render100: 3 },
  full: { startup: 40, small: 15, k1: 5, k10: 3, render100: 5 },
}[mode];

const BIN = join(root, 'bin', 'cochuong.js');
const AJV = join(root, 'node_modules', 'ajv-cli', 'dist', 'index.js');
const SCHEMA = join(root, 'schemas', 'cochuong.schema.json');
const PROBE = join(root, 'bench', 'probe.cjs');
const work = mkdtempSync(join(tmpdir(), 'cochuong-bench-'));
// A cache folder of its own: the bench neither depends on nor touches the user's code cache.
const cacheDir = join(work, 'cache');
const baseEnv = { ...process.env, COCHUONG_CACHE_DIR: cacheDir, NO_COLOR: '1' };
delete baseEnv.COCHUONG_JOBS;
delete baseEnv.COCHUONG_DEBUG;
delete baseEnv.NODE_OPTIONS;

const results = { rows: [], notes: [] };
const started = Date.now();
const loadBefore = loadavg();

try {
  if (!existsSync(join(root, 'dist', 'cli.cjs'))) throw new Error('dist/ is missing: run `node scripts/build.mjs` (npm run bench does)');
  // As the build does: the first run, which writes the code cache, is a validate.
  spawnSync(process.execPath, [BIN, 'validate', join(root, 'examples', 'soc-son-2020.yaml')], { env: baseEnv, stdio: 'ignore' });
  for (const [name, section] of Object.entries({ startup, throughput, render, diff, lsp, cycle, import: importWord, pkg })) {
    if (!only.has(name)) continue;
    try {
      section();
    } catch (error) {
      results.notes.push(`${name}: FAILED: ${error.message.split('\n').slice(0, 3).join(' / ')}`);
      process.exitCode = 1;
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
report();

// ---------------------------------------------------------------------------------------------

/** One command line to measure: argv for node, and what to check in its result. */
function command(label, argv, options = {}) {
  return { label, argv, env: { ...baseEnv, ...options.env }, cwd: options.cwd ?? work, expect: options.expect ?? 0, check: options.check };
}

/**
 * Runs each command `runs` times, interleaved, after `warmup` unmeasured rounds; returns the
 * median wall time (ms) and the largest peak RSS (MB) per command.
 */
function measure(commands, runs, { warmup = 1, rss = false } = {}) {
  const times = commands.map(() => []);
  const cpu = commands.map(() => []);
  const peaks = commands.map(() => 0);
  for (let round = -warmup; round < runs; round++) {
    commands.forEach((c, i) => {
      const probeFile = join(work, `probe-${i}`);
      rmSync(probeFile, { force: true });
      const env = { ...c.env, NODE_OPTIONS: `--require ${PROBE}`, COCHUONG_BENCH_PROBE: probeFile };
      const t0 = process.hrtime.bigint();
      const run = spawnSync(process.execPath, c.argv, { cwd: c.cwd, env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30, encoding: 'utf8' });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (run.status !== c.expect) throw new Error(`${c.label}: exit ${run.status}, expected ${c.expect}\n${(run.stderr || run.stdout || '').slice(0, 2000)}`);
      if (round === -warmup && c.check) c.check(run);
      if (round < 0) return;
      times[i].push(ms);
      if (existsSync(probeFile)) {
        const [kb, cpuMs] = readFileSync(probeFile, 'utf8').split(' ').map(Number);
        peaks[i] = Math.max(peaks[i], kb / 1024);
        cpu[i].push(cpuMs);
      }
    });
  }
  return commands.map((c, i) => ({ label: c.label, runs, median: median(times[i]), min: Math.min(...times[i]),
    cpu: cpu[i].length ? median(cpu[i]) : undefined, peakRssMb: rss ? round1(peaks[i]) : undefined }));
}

function startup() {
  const one = join(work, 'one.yaml');
  writeFileSync(one, readFileSync(join(root, 'examples', 'soc-son-2020.yaml'))); // the reference document
  const [node, validate, version, noCache] = measure([
    command('node -e 0', ['-e', '0']),
    command('cochuong validate one.yaml', [BIN, 'validate', one], { check: (r) => mustSay(r, /1 tệp: tất cả hợp lệ/) }),
    command('cochuong --version', [BIN, '--version']),
    command('cochuong validate one.yaml (no code cache)', [BIN, 'validate', one], { env: { COCHUONG_CACHE_DIR: '0' } }),
  ], RUNS.startup, { warmup: 2 });
  row('startup', 'node -e 0', node);
  row('startup', 'cochuong validate one.yaml', validate, { ratio: validate.median / node.median, target: 1.6, against: 'node -e 0', cpuAgainst: node.cpu });
  row('startup', '  cochuong --version (launcher + bundle only)', version, { ratio: version.median / node.median, against: 'node -e 0', cpuAgainst: node.cpu });
  row('startup', '  validate one.yaml without the code cache', noCache, { ratio: noCache.median / node.median, against: 'node -e 0', cpuAgainst: node.cpu });
}

function throughput() {
  const sizes = mode === 'quick' ? [[1000, RUNS.k1]] : [[1000, RUNS.k1], [10000, RUNS.k10]];
  if (mode === 'quick') results.notes.push('throughput: --quick skips the 10,000-file corpus');
  for (const [count, runs] of sizes) {
    const dir = join(work, `corpus-${count}`);
    const { files, bytes } = corpus(dir, count);
    const label = `${count.toLocaleString('en')} files (${(bytes / 1e6).toFixed(0)} MB)`;
    const ours = command(`cochuong validate DIR, ${label}`, [BIN, 'validate', dir], { check: (r) => mustSay(r, new RegExp(`${files.length} tệp: tất cả hợp lệ`)) });
    // ajv-cli run with node directly (npx would add its own start-up); the options our build uses
    // (draft 2020-12, all errors, union types, formats); js-yaml reads the YAML, so dates are quoted.
    const ajv = command(`ajv-cli validate, ${label}`, [AJV, 'validate', '--spec=draft2020', '-c', 'ajv-formats', '--all-errors', '--allow-union-types',
      '-s', SCHEMA, '-d', join(dir, '*.yaml')], { cwd: root, check: (r) => {
      const valid = (r.stdout.match(/ valid$/gm) ?? []).length;
      if (valid !== files.length) throw new Error(`ajv-cli found ${valid} of ${files.length} files valid: the comparison would not be fair`);
    } });
    const commands = [ours, ajv];
    if (count === 1000 && mode === 'full') commands.push(command(`  cochuong on one thread (COCHUONG_JOBS=1), ${label}`, [BIN, 'validate', dir], { env: { COCHUONG_JOBS: '1' } }));
    const measured = measure(commands, runs, { warmup: count === 1000 ? 1 : 0, rss: true });
    // The issue's targets are for 10,000 files (a province's repository); 1,000 is shown for comparison.
    const big = count === 10000;
    row('throughput', ours.label, measured[0], { ratio: measured[0].median / measured[1].median, target: big ? 1 : undefined, against: 'ajv-cli', cpuAgainst: measured[1].cpu, rssTarget: big ? 300 : undefined });
    row('throughput', ajv.label, measured[1]);
    if (measured[2]) row('throughput', measured[2].label, measured[2], { ratio: measured[2].median / measured[0].median, against: 'cochuong, workers', cpuAgainst: measured[0].cpu });
    if (count === 1000) withWarnings(files, runs, measured[0].median);
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The same files, most with a warning (one "Ủy ban" written "Uỷ ban": CT017 mixed tone placement):
 * a repository of older documents. Valid files with findings are placed without a second, slower
 * reading; this row shows what they cost next to clean ones.
 */
function withWarnings(files, runs, cleanMedian) {
  for (const file of files) writeFileSync(file, readFileSync(file, 'utf8').replace('Ủy ban', 'Uỷ ban'));
  const label = '  the same files, most with a warning (CT017)';
  const ours = command(label, [BIN, 'validate', join(files[0], '..')], { check: (r) => mustSay(r, /: tất cả hợp lệ — 0 lỗi, [1-9]\d* cảnh báo/) });
  const [measured] = measure([ours], runs, { warmup: 1 });
  row('throughput', label, measured, { ratio: measured.median / cleanMedian, against: 'clean files' });
}

function hasCommand(name) {
  const run = spawnSync(process.execPath, [BIN, name, '--help'], { env: baseEnv, encoding: 'utf8' });
  return run.status === 0;
}

function render() {
  if (!hasCommand('render')) { results.notes.push('render: skipped, `cochuong render` does not exist yet'); return; }
  const one = join(work, 'render-one.yaml');
  writeFileSync(one, readFileSync(join(root, 'examples', 'soc-son-2020.yaml')));
  const many = join(work, 'render-100');
  corpus(many, 100, 30);
  const out = join(work, 'render-out');
  mkdirSync(join(out, 'many'), { recursive: true });
  const [version, single] = measure([
    command('cochuong --version', [BIN, '--version']),
    command('cochuong render one.yaml (DOCX)', [BIN, 'render', one, '-o', join(out, 'one.docx'), '--force']),
  ], RUNS.small);
  row('render', 'cochuong render one.yaml → DOCX', single, { ratio: single.median / version.median, against: 'cochuong --version', cpuAgainst: version.cpu,
    extra: { workAfterStartupMs: round1(single.median - version.median), targetWorkMs: 150 } });
  const [hundred] = measure([
    command('cochuong render DIR (100 documents → DOCX)', [BIN, 'render', many, '-o', join(out, 'many'), '--force'], { check: (r) => mustSay(r, /100/) }),
  ], RUNS.render100);
  row('render', 'cochuong render DIR, 100 documents → DOCX, one run', hundred, { extra: { targetMs: 10000 } });
}

function diff() {
  if (!hasCommand('diff')) { results.notes.push('diff: skipped, `cochuong diff` does not exist yet'); return; }
  const before = join(work, 'diff-2019.yaml');
  const after = join(work, 'diff-2020.yaml');
  writeFileSync(before, program('soc-son-2020.yaml', 500));
  writeFileSync(after, variedProgram(program('soc-son-2020.yaml', 500)));
  const [version, two] = measure([
    command('cochuong --version', [BIN, '--version']),
    // diff exits 1 when the documents differ, like diff(1)
    command('cochuong diff a.yaml b.yaml (500 items each)', [BIN, 'diff', before, after], { expect: 1, check: (r) => mustSay(r, /\S/) }),
  ], RUNS.small);
  row('diff', 'cochuong diff, two 500-item programs', two, { ratio: two.median / version.median, against: 'cochuong --version', cpuAgainst: version.cpu });
}

/**
 * The year's cycle: `new` and `report` of one program against `validate` of it (target 1.5x), and
 * `status` over a province's folder of 1,000 programs (targets: under 2 s and 300 MB).
 */
function cycle() {
  if (!hasCommand('status')) { results.notes.push('cycle: skipped, `cochuong status` does not exist yet'); return; }
  const one = join(work, 'cycle-2020.yaml');
  writeFileSync(one, readFileSync(join(root, 'examples', 'soc-son-2020.yaml')));
  const [validate, next, report] = measure([
    command('cochuong validate one.yaml', [BIN, 'validate', one]),
    command('cochuong new one.yaml', [BIN, 'new', one, '-o', join(work, 'cycle-next.yaml'), '--force']),
    command('cochuong report one.yaml', [BIN, 'report', one, '-o', join(work, 'cycle-bao-cao.yaml'), '--force']),
  ], RUNS.small);
  row('cycle', 'cochuong new one.yaml', next, { ratio: next.median / validate.median, target: 1.5, against: 'cochuong validate one.yaml', cpuAgainst: validate.cpu });
  row('cycle', 'cochuong report one.yaml', report, { ratio: report.median / validate.median, target: 1.5, against: 'cochuong validate one.yaml', cpuAgainst: validate.cpu });
  const dir = join(work, 'cycle-1000');
  corpus(dir, 1000);
  const [status] = measure([
    command('cochuong status DIR, 1,000 programs', [BIN, 'status', dir, '--date', '2026-06-15'], { check: (r) => mustSay(r, /Tổng: \d+ quá hạn/) }),
  ], RUNS.k1, { rss: true });
  row('cycle', 'cochuong status DIR, 1,000 programs', status, { rssTarget: 300, extra: { targetMs: 2000 } });
  rmSync(dir, { recursive: true, force: true });
}

/**
 * `cochuong import`: one rendered example against `validate` of its YAML (target 2x), 100 DOCX in
 * one run (target 10 s), the peak memory of a 5 MB DOCX (target 200 MB), and a .doc through
 * LibreOffice (LibreOffice's own time reported apart).
 */
function importWord() {
  if (!hasCommand('import')) { results.notes.push('import: skipped, `cochuong import` does not exist yet'); return; }
  const dir = join(work, 'import');
  mkdirSync(join(dir, 'out'), { recursive: true });
  const one = join(dir, 'one.yaml');
  writeFileSync(one, readFileSync(join(root, 'examples', 'soc-son-2020.yaml')));
  const made = spawnSync(process.execPath, [BIN, 'render', one, '-o', join(dir, 'one.docx'), '--force'], { env: baseEnv, encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`render for import: ${made.stderr}`);
  const [validate, single] = measure([
    command('cochuong validate one.yaml', [BIN, 'validate', one]),
    command('cochuong import one.docx', [BIN, 'import', join(dir, 'one.docx'), '-o', join(dir, 'out', 'one.yaml'), '--force'], { check: (r) => mustSay(r, /Đã nhập 1\/1/) }),
  ], RUNS.small);
  row('import', 'cochuong import one.docx', single, { ratio: single.median / validate.median, target: 2, against: 'cochuong validate one.yaml', cpuAgainst: validate.cpu });

  const many = join(dir, 'yaml-100');
  corpus(many, 100, 30);
  const docx100 = join(dir, 'docx-100');
  mkdirSync(docx100);
  const rendered = spawnSync(process.execPath, [BIN, 'render', many, '-o', docx100, '--force'], { env: baseEnv, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (rendered.status !== 0) throw new Error(`render 100 for import: ${rendered.stderr.slice(0, 500)}`);
  const files = readdirSync(docx100).filter((f) => f.endsWith('.docx')).map((f) => join(docx100, f));
  const [hundred] = measure([
    command(`cochuong import ${files.length} DOCX, one run`, [BIN, 'import', ...files, '-o', join(dir, 'out-100'), '--force'], { check: (r) => mustSay(r, new RegExp(`Đã nhập ${files.length}/${files.length}`)) }),
  ], RUNS.render100);
  row('import', `cochuong import ${files.length} DOCX, one run`, hundred, { extra: { targetMs: 10000 } });

  // A 5 MB DOCX as clerks have them: the document and 5 MB of pictures (never unpacked: only the text parts are read).
  const pictures = join(dir, 'pictures.docx');
  writeFileSync(pictures, withPicture(readFileSync(join(dir, 'one.docx')), 5 * 1024 * 1024));
  // And a long program: 6,000 items, about 19 MB of WordprocessingML (a stress case, no target).
  const big = join(dir, 'big.yaml');
  writeFileSync(big, program('soc-son-2020.yaml', 6000));
  const bigDocx = join(dir, 'big.docx');
  const r = spawnSync(process.execPath, [BIN, 'render', big, '-o', bigDocx, '--force', '--max-size', '50MB'], { env: baseEnv, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`render big: ${r.stderr.slice(0, 500)}`);
  const [heavy, long] = measure([
    command(`cochuong import a ${(statSync(pictures).size / 1048576).toFixed(1)} MB DOCX (pictures)`, [BIN, 'import', pictures, '-o', join(dir, 'out', 'pictures.yaml'), '--force']),
    command('cochuong import a 6,000-item program (19 MB of XML)', [BIN, 'import', bigDocx, '-o', join(dir, 'out', 'big.yaml'), '--force']),
  ], RUNS.k1, { rss: true });
  row('import', heavy.label, heavy, { rssTarget: 200 });
  row('import', `  ${long.label}`, long);

  const soffice = ['soffice', 'libreoffice'].find(hasCommand2);
  if (!soffice) { results.notes.push('import: .doc row skipped, no LibreOffice'); return; }
  spawnSync(soffice, [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'doc', '--outdir', dir, join(dir, 'one.docx')], { stdio: 'ignore', timeout: 120000 });
  let converterMs = 0;
  const [legacy] = measure([
    command('cochuong import one.doc (through LibreOffice)', [BIN, 'import', join(dir, 'one.doc'), '-o', join(dir, 'out', 'one-doc.yaml'), '--force'],
      { check: (run) => { const m = /LibreOffice \((\d+(?:[.,]\d+)?) giây\)/.exec(run.stdout); converterMs = m ? Number(m[1].replace(',', '.')) * 1000 : 0; } }),
  ], 1, { warmup: 1 });
  row('import', 'cochuong import one.doc (through LibreOffice)', legacy, { extra: { libreOfficeMs: round1(converterMs), withoutLibreOfficeMs: round1(legacy.median - converterMs) } });
}

/** A copy of a ZIP package with one more entry, stored (not compressed): `size` random bytes as word/media/image1.png. */
function withPicture(zip, size) {
  const view = (b) => new DataView(b.buffer, b.byteOffset, b.byteLength);
  const v = view(zip);
  let end = zip.length - 22;
  while (v.getUint32(end, true) !== 0x06054b50) end--;
  const count = v.getUint16(end + 10, true);
  const dirStart = v.getUint32(end + 16, true);
  const dirBytes = zip.subarray(dirStart, end);
  const data = randomBytes(size);
  const name = Buffer.from('word/media/image1.png');
  const crc = zlibCrc32(data);
  const local = Buffer.alloc(30 + name.length);
  local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt32LE(crc, 14); local.writeUInt32LE(size, 18); local.writeUInt32LE(size, 22);
  local.writeUInt16LE(name.length, 26); name.copy(local, 30);
  const central = Buffer.alloc(46 + name.length);
  central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(size, 20); central.writeUInt32LE(size, 24); central.writeUInt16LE(name.length, 28); central.writeUInt32LE(dirStart, 42); name.copy(central, 46);
  const newDirStart = dirStart + local.length + size;
  const tail = Buffer.alloc(22);
  tail.writeUInt32LE(0x06054b50, 0); tail.writeUInt16LE(count + 1, 8); tail.writeUInt16LE(count + 1, 10);
  tail.writeUInt32LE(dirBytes.length + central.length, 12); tail.writeUInt32LE(newDirStart, 16);
  return Buffer.concat([zip.subarray(0, dirStart), local, data, dirBytes, central, tail]);
}

function hasCommand2(name) {
  return spawnSync(name, ['--version'], { stdio: 'ignore' }).status === 0;
}

/** `cochuong lsp`: diagnostics after an edit of a typical document, as the editor waits for them (target < 150 ms). */
function lsp() {
  const run = spawnSync(process.execPath, [join(root, 'bench', 'lsp-latency.mjs'), BIN, join(root, 'examples', 'soc-son-2020.yaml'), String(mode === 'quick' ? 10 : 40)],
    { env: baseEnv, encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0) throw new Error(run.stderr || 'lsp-latency failed');
  const m = JSON.parse(run.stdout);
  row('lsp', 'cochuong lsp: diagnostics after an edit', m, { extra: { targetMs: 150 } });
}

/** The size of the published package, unpacked, as `npm pack` counts it (target: under 3 MiB). */
function pkg() {
  const run = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  const info = JSON.parse(run.stdout)[0];
  const mib = info.unpackedSize / 2 ** 20;
  results.notes.push(`package: ${info.entryCount} files, ${info.unpackedSize} bytes unpacked (${mib.toFixed(2)} MiB; target < 3 MiB ${mib < 3 ? 'ok' : 'MISSED'}), ${info.size} bytes packed, no runtime dependencies`);
  if (mib >= 3) process.exitCode = 1;
}

// ---------------------------------------------------------------------------------------------

function row(group, label, m, extra = {}) {
  results.rows.push({ group, label: label.trim(), detail: label.startsWith(' ') || undefined, runs: m.runs, medianMs: round1(m.median), minMs: round1(m.min),
    cpuMs: m.cpu === undefined ? undefined : round1(m.cpu), peakRssMb: m.peakRssMb,
    ratio: extra.ratio === undefined ? undefined : Math.round(extra.ratio * 100) / 100, against: extra.against, target: extra.target,
    cpuRatio: extra.against && extra.cpuAgainst ? Math.round((m.cpu / extra.cpuAgainst) * 100) / 100 : undefined,
    rssTargetMb: extra.rssTarget, ...extra.extra });
}

function mustSay(run, pattern) {
  if (!pattern.test(run.stdout)) throw new Error(`unexpected output:\n${run.stdout.slice(0, 2000)}\n${run.stderr.slice(0, 2000)}`);
}

function report() {
  const machine = {
    node: process.version, platform: `${platform()} ${release()}`, cpus: cpus().length, cpuModel: cpus()[0]?.model,
    memoryGb: round1(totalmem() / 2 ** 30), loadAverageBefore: loadBefore.map(round1), loadAverageAfter: loadavg().map(round1),
  };
  const git = (a) => spawnSync('git', a, { cwd: root, encoding: 'utf8' }).stdout?.trim();
  const output = {
    date: new Date().toISOString(), mode, seconds: Math.round((Date.now() - started) / 1000), machine,
    commit: git(['rev-parse', '--short', 'HEAD']), dirty: Boolean(git(['status', '--porcelain', '--untracked-files=no'])),
    results: results.rows, notes: results.notes,
  };
  const lines = [`cochuong bench (${mode}), ${output.date}, node ${machine.node}, ${machine.cpus} CPUs (${machine.cpuModel}), load ${machine.loadAverageBefore.join(' ')} → ${machine.loadAverageAfter.join(' ')}, ${output.seconds} s`, ''];
  const header = ['', 'median ms', 'min ms', 'CPU ms', 'runs', 'peak RSS', 'ratio (CPU ratio)', 'target'];
  const table = [header];
  let group;
  for (const r of results.rows) {
    if (r.group !== group) { group = r.group; table.push([`[${group}]`, '', '', '', '', '', '', '']); }
    const target = r.target !== undefined ? `≤ ${r.target}x ${r.ratio <= r.target ? 'ok' : 'MISSED'}`
      : r.targetWorkMs !== undefined ? `work ${r.workAfterStartupMs} ms ≤ ${r.targetWorkMs} ${r.workAfterStartupMs <= r.targetWorkMs ? 'ok' : 'MISSED'}`
        : r.targetMs !== undefined ? `≤ ${r.targetMs / 1000} s ${r.medianMs <= r.targetMs ? 'ok' : 'MISSED'}` : '';
    const rss = r.peakRssMb === undefined ? '' : `${r.peakRssMb} MB${r.rssTargetMb ? (r.peakRssMb < r.rssTargetMb ? ` (< ${r.rssTargetMb} ok)` : ` (≥ ${r.rssTargetMb} MISSED)`) : ''}`;
    const ratio = r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}x${r.cpuRatio === undefined ? '' : ` (${r.cpuRatio.toFixed(2)}x)`} ${r.against}`;
    table.push([(r.detail ? '  ' : '') + r.label, r.medianMs.toFixed(1), r.minMs.toFixed(1), r.cpuMs === undefined ? '' : r.cpuMs.toFixed(0), String(r.runs), rss, ratio, target]);
  }
  const widths = header.map((_, i) => Math.max(...table.map((t) => t[i].length)));
  for (const t of table) lines.push(t.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd());
  for (const note of results.notes) lines.push(`note: ${note}`);
  const dir = join(root, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = option('--out') ?? join(dir, 'latest.json');
  writeFileSync(file, JSON.stringify(output, null, 2) + '\n');
  appendFileSync(join(dir, 'history.jsonl'), JSON.stringify(output) + '\n');
  lines.push('', `written to ${file} (and appended to bench/results/history.jsonl)`);
  console.log(lines.join('\n'));
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function round1(n) {
  return Math.round(n * 10) / 10;
}
