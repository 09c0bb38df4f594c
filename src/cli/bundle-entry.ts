/**
 * The exports of dist/cli.cjs: the command line for bin/cochuong.js, and the worker threads' entry,
 * so that the threads of a large `validate` run load the same bundle (and code cache) as the command
 * line instead of a second copy of the checking code.
 */
export { main, interrupted } from './main.js';
export { startWorker } from '../check/check-worker.js';
