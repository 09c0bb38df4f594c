/**
 * Entry of a worker thread (dist/worker-boot.cjs): loads dist/worker.cjs through the same code
 * cache as the command line, then serves chunks of files (src/check/check-worker.ts).
 */
import { loadBundle } from '../boot/load-bundle.js';

const bundle = loadBundle('worker');
(bundle.exports.startWorker as (warm: () => void) => void)(() => bundle.saveCodeCache());
