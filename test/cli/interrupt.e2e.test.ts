import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { BIN, ROOT, cli } from '../support/cli.js';
import { encoders } from '../support/legacy-encoder.js';
import { unzip } from '../render/unzip.js';
import { xmlProblem } from '../property/well-formed-xml.js';

/**
 * A clerk presses Ctrl-C, or the machine dies, while cochuong writes: the file that was there
 * before is never left half-written. The real CLI runs as a process and is stopped at many
 * moments — while starting, while rendering, and the instant its temporary file appears (in the
 * middle of writing) — with SIGKILL (nothing can clean up: the target must still be whole) and
 * with SIGINT (Ctrl-C: the temporary file is removed too, exit code 130).
 */

interface Outcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The signal was sent while the process ran. */
  sent: boolean;
  /** A temporary file of the process existed when the signal was sent (it landed mid-write). */
  midWrite: boolean;
  pid: number;
  output: string;
}

/**
 * When to send the signal: after a delay, or the moment writing starts — a file matching `temp`
 * appears, or `target` changes at all (which also catches a writer that writes the target in place).
 */
type Trigger = { delay: number } | { temp: RegExp; target: string };

/** Runs the CLI and sends `signal` when `trigger` says; `dir` is where it writes. */
function interrupt(args: string[], dir: string, trigger: Trigger, signal: NodeJS.Signals): Promise<Outcome> {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
  let output = '';
  child.stdout.on('data', (d: Buffer) => { output += d.toString(); });
  child.stderr.on('data', (d: Buffer) => { output += d.toString(); });
  let sent = false;
  let midWrite = false;
  const running = () => child.exitCode === null && child.signalCode === null;
  const temps = () => readdirSync(dir).filter((f) => f.endsWith('.tmp') && f.includes(`.${child.pid}.`));
  const send = () => {
    if (!running()) return;
    midWrite = temps().length > 0;
    sent = child.kill(signal);
  };
  if ('delay' in trigger) {
    setTimeout(send, trigger.delay);
  } else {
    // Poll as fast as the event loop turns: the temporary file lives for the few milliseconds of writing and syncing.
    const stamp = (file: string) => { try { const s = statSync(file); return `${s.size}:${s.mtimeMs}:${s.ino}`; } catch { return 'none'; } };
    const before = stamp(trigger.target);
    const poll = () => {
      if (!running()) return;
      if (readdirSync(dir).some((f) => trigger.temp.test(f)) || stamp(trigger.target) !== before) send();
      else setImmediate(poll);
    };
    poll();
  }
  return new Promise((resolve) => {
    child.on('close', (code, sig) => resolve({ code, signal: sig, sent, midWrite, pid: child.pid!, output }));
  });
}

/**
 * The signal was sent, but the process had already finished its work: `kill` succeeds on a process that
 * is exiting (or exited and not yet reaped), so on a busy machine a run can end with exit code 0 although
 * a signal was sent. Such a run proves nothing about interruption; callers check its output is whole.
 */
const finishedFirst = (o: Outcome) => o.sent && o.code === 0 && o.signal === null;
/** The signal was sent and took effect. */
const landedOn = (o: Outcome) => o.sent && !finishedFirst(o);

/** Files in `dir` other than the ones named. */
function others(dir: string, known: string[]): string[] {
  return readdirSync(dir).filter((f) => !known.includes(f)).sort();
}

/** A complete DOCX: every XML part well-formed. */
function expectCompleteDocx(bytes: Buffer): void {
  const parts = unzip(bytes);
  expect(parts.has('word/document.xml')).toBe(true);
  for (const [name, part] of parts) if (/\.(xml|rels)$/.test(name)) expect(xmlProblem(part), name).toBeUndefined();
}

const dirs: string[] = [];
const tempDir = (prefix: string) => { const d = mkdtempSync(join(tmpdir(), prefix)); dirs.push(d); return d; };
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

describe('an interrupted render leaves the old file whole', () => {
  let dir: string;
  let input: string;
  let target: string;
  /** What out.docx holds before each run. */
  const OLD = Buffer.from('PK\u0003\u0004 bản DOCX cũ, không được mất — old bytes that must survive');
  /** The complete new DOCX (renders are byte-identical, so any complete output is exactly this). */
  let rendered: Buffer;

  beforeAll(() => {
    dir = tempDir('cochuong-interrupt-');
    input = join(dir, 'big.yaml');
    target = join(dir, 'out.docx');
    // A program of 150 items: validating and rendering take a moment, the write itself a few milliseconds.
    const doc = parse(readFileSync(join(ROOT, 'examples', 'phu-dong-2026.yaml'), 'utf8'));
    const items = doc.noi_dung as Record<string, unknown>[];
    doc.noi_dung = Array.from({ length: 150 }, (_, k) => ({ ...items[k % items.length], id: `noi-dung-${k}` }));
    writeFileSync(input, stringify(doc, { lineWidth: 0 }));
    const reference = join(dir, 'reference.docx');
    const run = cli(['render', input, '-o', reference]);
    expect(run.status, run.stderr).toBe(0);
    rendered = readFileSync(reference);
    expectCompleteDocx(rendered);
    unlinkSync(reference);
  });

  const args = () => ['render', input, '-o', target, '--force'];
  const reset = () => {
    for (const f of others(dir, ['big.yaml'])) unlinkSync(join(dir, f));
    writeFileSync(target, OLD);
  };
  /** The target is the old bytes or the complete new DOCX, never anything between. */
  const expectWhole = () => {
    const now = readFileSync(target);
    if (!now.equals(OLD)) {
      expect(now.equals(rendered), `out.docx (${now.length} bytes) is neither the old file nor the complete new DOCX`).toBe(true);
      expectCompleteDocx(now);
    }
  };

  it('SIGKILL at any moment: the target is the old file or the whole new one; only the killed process\'s temporary file may remain', async () => {
    let landed = 0;
    for (const delay of [0, 20, 50, 100, 250, 500, 1000, 2000, 4000]) {
      if (delay > 250 && landed > 0) break;
      reset();
      const outcome = await interrupt(args(), dir, { delay }, 'SIGKILL');
      expectWhole();
      if (finishedFirst(outcome)) expect(readFileSync(target).equals(rendered), 'exit 0 without the whole new DOCX').toBe(true);
      if (landedOn(outcome)) {
        expect(outcome.signal, JSON.stringify(outcome)).toBe('SIGKILL');
        landed++;
      }
      for (const f of others(dir, ['big.yaml', 'out.docx'])) expect(f).toMatch(new RegExp(`^\\.out\\.docx\\.${outcome.pid}\\.[0-9a-f]{8}\\.tmp$`));
    }
    expect(landed).toBeGreaterThan(0);
  });

  it('SIGKILL in the middle of writing: the old file is whole, the temporary file is the only trace', async () => {
    let midWrite = 0;
    for (let attempt = 0; attempt < 5 && midWrite === 0; attempt++) {
      reset();
      const outcome = await interrupt(args(), dir, { temp: /^\.out\.docx\..*\.tmp$/, target }, 'SIGKILL');
      expectWhole();
      if (finishedFirst(outcome)) expect(readFileSync(target).equals(rendered), 'exit 0 without the whole new DOCX').toBe(true);
      if (landedOn(outcome) && outcome.midWrite) {
        midWrite++;
        expect(outcome.signal, JSON.stringify(outcome)).toBe('SIGKILL');
      }
      for (const f of others(dir, ['big.yaml', 'out.docx'])) expect(f).toMatch(new RegExp(`^\\.out\\.docx\\.${outcome.pid}\\.[0-9a-f]{8}\\.tmp$`));
    }
    expect(midWrite, 'no kill landed while the temporary file existed').toBeGreaterThan(0);
  });

  it('Ctrl-C (SIGINT) in the middle of writing: exit 130, the old file whole, no temporary file left', async () => {
    let midWrite = 0;
    for (let attempt = 0; attempt < 5 && midWrite === 0; attempt++) {
      reset();
      const outcome = await interrupt(args(), dir, { temp: /^\.out\.docx\..*\.tmp$/, target }, 'SIGINT');
      expectWhole();
      expect(others(dir, ['big.yaml', 'out.docx'])).toEqual([]);
      expect(outcome.output).not.toMatch(/\n\s+at |lỗi nội bộ/);
      if (finishedFirst(outcome)) expect(readFileSync(target).equals(rendered), 'exit 0 without the whole new DOCX').toBe(true);
      if (landedOn(outcome)) {
        expect(outcome.code, outcome.output).toBe(130);
        if (outcome.midWrite) midWrite++;
      }
    }
    expect(midWrite, 'no SIGINT landed while the temporary file existed').toBeGreaterThan(0);
  });

  it('Ctrl-C while starting or rendering: nothing written, nothing left', async () => {
    for (const delay of [0, 30, 100, 300]) {
      reset();
      const outcome = await interrupt(args(), dir, { delay }, 'SIGINT');
      expectWhole();
      expect(others(dir, ['big.yaml', 'out.docx'])).toEqual([]);
      // Before the CLI installs its handler, SIGINT ends it as a signal; after, with exit code 130. On a busy
      // machine the render may also finish first and the signal land while the process is already exiting:
      // then it exits 0 having written the whole file (checked above), which is as good.
      if (finishedFirst(outcome)) expect(readFileSync(target).equals(rendered), 'exit 0 without the whole new DOCX').toBe(true);
      if (landedOn(outcome)) expect(outcome.signal === 'SIGINT' || outcome.code === 130, JSON.stringify(outcome)).toBe(true);
    }
  });
});

describe('an interrupted fix-encoding --in-place keeps the original or replaces it whole, with the backup', () => {
  let dir: string;
  let file: string;
  let original: Uint8Array;
  let converted: Buffer;

  beforeAll(() => {
    dir = tempDir('cochuong-interrupt-fix-');
    file = join(dir, 'a.yaml');
    // About 2 MB of VNI text: reading, converting and the two writes (backup, then the file) take a moment.
    original = encoders.vni(readFileSync(join(ROOT, 'examples', 'soc-son-2020.yaml'), 'utf8').repeat(300));
    writeFileSync(file, original);
    const run = cli(['fix-encoding', file, '-o', join(dir, 'converted.yaml')]);
    expect(run.status, run.stdout).toBe(0);
    converted = readFileSync(join(dir, 'converted.yaml'));
    unlinkSync(join(dir, 'converted.yaml'));
    expect(converted.toString('utf8')).toContain('Chương trình');
  });

  const reset = () => {
    for (const f of others(dir, [])) unlinkSync(join(dir, f));
    writeFileSync(file, original);
  };
  /** Either nothing happened to a.yaml (a backup, if made, is the original) or it is fully converted and the backup holds the original. */
  const expectWhole = () => {
    const now = readFileSync(file);
    const backup = existsSync(`${file}.bak`) ? readFileSync(`${file}.bak`) : undefined;
    if (now.equals(Buffer.from(original))) {
      if (backup) expect(backup.equals(Buffer.from(original)), 'the backup is not the original').toBe(true);
    } else {
      expect(now.equals(converted), `a.yaml (${now.length} bytes) is neither the original nor the whole conversion`).toBe(true);
      expect(backup?.equals(Buffer.from(original)), 'a.yaml was replaced without the original kept as a.yaml.bak').toBe(true);
    }
  };

  const triggers: [string, Trigger][] = [
    ['while writing the file', { temp: /^\.a\.yaml\.\d+\.[0-9a-f]{8}\.tmp$/, target: 'a.yaml' }],
    ['while writing the backup', { temp: /^\.a\.yaml\.bak\.\d+\.[0-9a-f]{8}\.tmp$/, target: 'a.yaml.bak' }],
    ['at 0 ms', { delay: 0 }],
    ['at 100 ms', { delay: 100 }],
  ];

  it.each(triggers)('Ctrl-C %s: exit 130, no temporary file left', async (_when, trigger) => {
    let midWrite = 0;
    for (let attempt = 0; attempt < 5; attempt++) {
      reset();
      const outcome = await interrupt(['fix-encoding', '--in-place', file], dir, 'temp' in trigger ? { ...trigger, target: join(dir, trigger.target) } : trigger, 'SIGINT');
      expectWhole();
      expect(others(dir, ['a.yaml', 'a.yaml.bak'])).toEqual([]);
      if (finishedFirst(outcome)) expect(readFileSync(file).equals(converted), 'exit 0 without the whole conversion').toBe(true);
      if (landedOn(outcome) && 'temp' in trigger) expect(outcome.code, outcome.output).toBe(130);
      if (landedOn(outcome) && 'delay' in trigger) expect(outcome.signal === 'SIGINT' || outcome.code === 130, JSON.stringify(outcome)).toBe(true);
      if (landedOn(outcome) && outcome.midWrite) midWrite++;
      if ('delay' in trigger || midWrite > 0) break;
    }
    if ('temp' in trigger) expect(midWrite, 'no SIGINT landed while the temporary file existed').toBeGreaterThan(0);
  });

  it('SIGKILL while writing the file: the original or the whole conversion, and only the killed process\'s temporary file', async () => {
    let midWrite = 0;
    for (let attempt = 0; attempt < 5 && midWrite === 0; attempt++) {
      reset();
      const outcome = await interrupt(['fix-encoding', '--in-place', file], dir, { temp: /^\.a\.yaml\.\d+\.[0-9a-f]{8}\.tmp$/, target: file }, 'SIGKILL');
      expectWhole();
      for (const f of others(dir, ['a.yaml', 'a.yaml.bak'])) expect(f).toMatch(new RegExp(`^\\.a\\.yaml\\.${outcome.pid}\\.[0-9a-f]{8}\\.tmp$`));
      if (finishedFirst(outcome)) expect(readFileSync(file).equals(converted), 'exit 0 without the whole conversion').toBe(true);
      if (landedOn(outcome) && outcome.midWrite) midWrite++;
    }
    expect(midWrite).toBeGreaterThan(0);
  });
});
