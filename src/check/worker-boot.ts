/**
 * Entry of a worker thread (dist/worker-boot.cjs): loads dist/cli.cjs, the command line's own bundle,
 * through the same code cache, then serves chunks of files (src/check/check-worker.ts).
 */
import { loadBundle } from '../boot/load-bundle.js';

const bundle = loadBundle('cli');
(bundle.exports.startWorker as (warm: () => void) => void)(() => bundle.saveCodeCache());
