import { parentPort, workerData } from 'node:worker_threads';
import { checkHere, relatedLoader } from './check-files.js';
import type { CheckedFile } from './check-source.js';
import type { Policies } from '../config/apply-policy.js';

/** What the main thread sends: a chunk of files (their places in the whole list), or "close". */
export type WorkerRequest = { id: number; files: string[] } | { close: true };
export type WorkerReply = { id: number; results: CheckedFile[] } | { id: number; error: { message: string; stack?: string } };
export interface WorkerSettings { maxBytes: number; keepText: boolean; concurrency: number; policies?: Policies }

/**
 * A worker thread: checks the chunks of files it is sent, with the same code as one thread, and
 * replies with the reporters' share of each result. `warm` saves the code cache once, after the
 * first chunk, when the functions that matter have been compiled.
 */
export function startWorker(warm: () => void): void {
  const port = parentPort;
  if (!port) throw new Error('check-worker runs only as a worker thread');
  const settings = workerData as WorkerSettings;
  const related = relatedLoader(settings.maxBytes);
  let warmed = false;
  port.on('message', (request: WorkerRequest) => {
    if ('close' in request) {
      port.close();
      return;
    }
    checkHere(request.files, { ...settings, keep: 'report', related }).then(
      (results) => port.postMessage({ id: request.id, results } satisfies WorkerReply),
      (error: Error) => port.postMessage({ id: request.id, error: { message: String(error?.message ?? error), stack: error?.stack } } satisfies WorkerReply),
    ).finally(() => {
      if (!warmed) { warmed = true; warm(); }
    });
  });
}
