import { Worker } from 'node:worker_threads';
import { DEFAULT_MAX_BYTES } from '../read/read-bytes.js';
import { checkHere, type CheckFilesOptions } from './check-files.js';
import type { CheckedFile } from './check-source.js';
import type { WorkerReply, WorkerRequest, WorkerSettings } from './check-worker.js';

interface PoolOptions extends CheckFilesOptions {
  script: string;
  jobs: number;
}

interface Chunk { id: number; indexes: number[] }

/**
 * Each worker's old-generation heap. Without a limit V8 lets every worker's heap grow far beyond
 * what checking one file needs (10,000 files: 273 MB of RSS with two workers, 201 MB with 64 MB
 * heaps). A file too big for it (several MB of YAML) stops that worker, and its chunk is checked on
 * the main thread, which has no such limit.
 */
const WORKER_HEAP_MB = 64;

/**
 * Spreads files over worker threads in small chunks, two chunks in flight per worker so none
 * waits for its next chunk, and puts each result back at its file's place: the output is the
 * same, in the same order, as on one thread. Memory stays bounded: results hold no YAML trees.
 * Standard input ("-") is read here, on the main thread. A worker that dies hands its chunks back.
 */
export async function checkInWorkers(files: string[], options: PoolOptions): Promise<CheckedFile[]> {
  const results: CheckedFile[] = new Array(files.length);
  const here: number[] = [];
  const queue: Chunk[] = [];
  const size = chunkSize(files.length, options.jobs);
  let pending: number[] = [];
  const flush = () => { if (pending.length) queue.push({ id: queue.length, indexes: pending }); pending = []; };
  files.forEach((file, index) => {
    if (file === '-') { here.push(index); return; }
    pending.push(index);
    if (pending.length === size) flush();
  });
  flush();

  const settings: WorkerSettings = {
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    keepText: options.keepText ?? true,
    concurrency: options.concurrency ?? 8,
    policies: options.policies,
  };
  const leftovers = await runChunks(queue, files, results, settings, options);
  for (const chunk of leftovers) here.push(...chunk.indexes);
  if (here.length > 0) {
    const checked = await checkHere(here.map((i) => files[i]), { ...options, keep: 'report' });
    here.forEach((index, k) => { results[index] = checked[k]; });
  }
  return results;
}

function chunkSize(fileCount: number, jobs: number): number {
  // Small enough that the last chunks finish together, large enough that messages are few.
  return Math.max(4, Math.min(64, Math.ceil(fileCount / (jobs * 16))));
}

/** Runs the queue on `options.jobs` workers; returns the chunks no worker could finish. */
function runChunks(queue: Chunk[], files: string[], results: CheckedFile[], settings: WorkerSettings, options: PoolOptions): Promise<Chunk[]> {
  return new Promise((resolve, reject) => {
    const orphans: Chunk[] = [];
    let next = 0;
    let alive = 0;
    let failed: Error | undefined;
    let restarts = 0;
    const finishIfDone = () => {
      if (alive === 0) {
        if (failed) reject(failed);
        else resolve([...orphans, ...queue.slice(next)]);
      }
    };

    const start = () => {
      let worker: Worker;
      try {
        worker = new Worker(options.script, { workerData: settings, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
      } catch {
        return; // no worker at all: the main thread checks what is left
      }
      alive++;
      const inFlight = new Map<number, Chunk>();
      let closed = false;
      const feed = () => {
        while (inFlight.size < 2 && next < queue.length && !failed) {
          const chunk = queue[next++];
          inFlight.set(chunk.id, chunk);
          worker.postMessage({ id: chunk.id, files: chunk.indexes.map((i) => files[i]) } satisfies WorkerRequest);
        }
        if (inFlight.size === 0 && !closed) {
          closed = true;
          worker.postMessage({ close: true } satisfies WorkerRequest);
        }
      };
      worker.on('message', (reply: WorkerReply) => {
        const chunk = inFlight.get(reply.id);
        if (!chunk) return;
        inFlight.delete(reply.id);
        if ('error' in reply) {
          failed ??= Object.assign(new Error(reply.error.message), { stack: reply.error.stack });
        } else {
          chunk.indexes.forEach((index, k) => { results[index] = reply.results[k]; });
        }
        feed();
      });
      worker.on('error', () => undefined); // reported through 'exit' below
      worker.on('exit', (code) => {
        orphans.push(...inFlight.values()); // a crashed worker's chunks are checked on the main thread
        inFlight.clear();
        alive--;
        // A worker that died (a file too big for its heap) is replaced while work remains.
        if (code !== 0 && !failed && next < queue.length && restarts++ < options.jobs * 2) start();
        finishIfDone();
      });
      feed();
    };

    const jobs = Math.min(options.jobs, queue.length);
    for (let i = 0; i < jobs; i++) start();
    finishIfDone();
  });
}
