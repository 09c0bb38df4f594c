import { dirname, resolve } from 'node:path';
import { text, type Message } from '../message/message.js';
import type { CochuongDocument } from '../model/document.js';
import { readBytesSync, DEFAULT_MAX_BYTES, type BytesResult } from '../read/read-bytes.js';
import type { RelatedDocument } from '../rules/rule.js';
import { checkSource, type CheckedFile } from './check-source.js';
import { jobCount, workerScript } from './worker-script.js';
import { policyFor, type Policies } from '../config/apply-policy.js';

export interface CheckFilesOptions {
  maxBytes?: number;
  /** Bytes of standard input, when "-" is among the files, bounded by `maxBytes`. */
  stdin?: (maxBytes: number) => Promise<BytesResult>;
  /** How many files are read at the same time (per thread). */
  concurrency?: number;
  /**
   * What to keep of each file. "full" (the default): everything `checkSource` returns.
   * "report": only what the reporters use (file, messages, stoppedAt, and the text of files with
   * messages), so that checking thousands of files holds no YAML trees; this also allows workers.
   */
  keep?: 'full' | 'report';
  /** With keep "report": keep the text of files with messages (the text reporter quotes it). Default true. */
  keepText?: boolean;
  /** Worker threads for keep "report": a number, or "auto" (default: one per core for more than 200 files). */
  jobs?: number | 'auto';
  /** Where bytes come from (default: the file system); `--staged` reads git's index instead. */
  read?: (file: string, maxBytes: number) => Promise<BytesResult>;
  /** Told how the files will be checked (for COCHUONG_DEBUG and tests): how many threads. */
  onPlan?: (plan: { files: number; jobs: number }) => void;
  /** Shared cache of related documents (a report's program), e.g. across a worker's chunks. */
  related?: ReturnType<typeof relatedLoader>;
  /** Rule settings per folder, from the .cochuong.yaml files found (plain data: workers get a copy). */
  policies?: Policies;
}

/**
 * Checks many files, reading a bounded number at a time, and returns results in the order of
 * `files` whatever order the reads finish in. Large runs are spread over worker threads; the
 * results are the same as on one thread, in the same order.
 */
export async function checkFiles(files: string[], options: CheckFilesOptions = {}): Promise<CheckedFile[]> {
  if (options.keep === 'report' && !options.read) {
    const jobs = jobCount(files.length, options.jobs);
    const script = jobs > 1 ? workerScript() : undefined;
    if (script) {
      options.onPlan?.({ files: files.length, jobs });
      const { checkInWorkers } = await import('./check-pool.js');
      return checkInWorkers(files, { ...options, script, jobs });
    }
  }
  options.onPlan?.({ files: files.length, jobs: 1 });
  return checkHere(files, options);
}

/** The one-thread path; workers run it on their share of the files. */
export async function checkHere(files: string[], options: CheckFilesOptions = {}): Promise<CheckedFile[]> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const results: CheckedFile[] = new Array(files.length);
  const related = options.related ?? relatedLoader(maxBytes);
  const keepText = options.keepText ?? true;
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const index = next++;
      const checked = await checkOne(files[index], maxBytes, options, related);
      results[index] = options.keep === 'report' ? forReport(checked, keepText) : checked;
      // Reads are synchronous: let the event loop turn now and then, so V8's deferred clean-up
      // (sweeping, freeing the files' buffers) runs during a long run, not only at its end.
      if (index % 32 === 31) await new Promise((done) => setImmediate(done));
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 16, files.length) }, worker));
  return results;
}

/** What reporters need of a checked file; the text only when a message may quote it. */
export function forReport(checked: CheckedFile, keepText: boolean): CheckedFile {
  const lean: CheckedFile = { file: checked.file, messages: checked.messages };
  if (checked.stoppedAt) lean.stoppedAt = checked.stoppedAt;
  if (checked.suppressed) lean.suppressed = checked.suppressed;
  if (keepText && checked.text !== undefined && checked.messages.some((m) => m.place)) lean.text = checked.text;
  return lean;
}

async function checkOne(file: string, maxBytes: number, options: CheckFilesOptions, loadRelated: ReturnType<typeof relatedLoader>): Promise<CheckedFile> {
  if (file === '-') {
    const read = options.stdin ? await options.stdin(maxBytes) : { ok: true as const, bytes: new Uint8Array() };
    if (!read.ok) return { file, stoppedAt: 'read', messages: [read.message] };
    return checkSource(file, read.bytes, { loadRelated, policy: policyFor(options.policies, file) });
  }
  // The file system is read synchronously: the threads have nothing else to do meanwhile.
  const read = options.read ? await options.read(file, maxBytes) : readBytesSync(file, maxBytes);
  if (!read.ok) return { file, stoppedAt: 'read', messages: [read.message] };
  return checkSource(file, read.bytes, { loadRelated, policy: policyFor(options.policies, file) });
}

/**
 * Reads a document another one refers to (a report's program), once per run, without its rules,
 * through the bounded reader (a program named /dev/zero or a FIFO is refused, not read), or from
 * `read` (git's index, under --staged), which is bounded the same way.
 */
export function relatedLoader(maxBytes = DEFAULT_MAX_BYTES, read: (path: string, maxBytes: number) => BytesResult = readBytesSync) {
  const cache = new Map<string, RelatedDocument>();
  return (fromFile: string, relativePath: string): RelatedDocument => {
    const base = fromFile === '-' ? process.cwd() : dirname(fromFile);
    const target = resolve(base, relativePath);
    const cached = cache.get(target);
    if (cached) return cached;
    let result: RelatedDocument;
    const bytes = read(target, maxBytes);
    if (!bytes.ok) {
      const why = bytes.message.reason;
      result = { ok: false, reason: bytes.message.ruleId === 'IN001'
        ? text(`không tìm thấy tệp ${relativePath}`, `file ${relativePath} not found`)
        : text(`không đọc được tệp ${relativePath}: ${lowerFirst(why.vi)}`, `cannot read ${relativePath}: ${lowerFirst(why.en)}`) };
    } else {
      const checked = checkSource(target, bytes.bytes, { rules: [] });
      result = checked.document
        ? { ok: true, doc: checked.document as CochuongDocument }
        : { ok: false, reason: firstProblem(checked.messages) };
    }
    cache.set(target, result);
    return result;
  };
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1).replace(/\.$/, '');

function firstProblem(messages: Message[]) {
  const m = messages.find((x) => x.severity === 'error') ?? messages[0];
  return m ? m.reason : text('tệp không hợp lệ', 'the file is not valid');
}
