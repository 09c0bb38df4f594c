/**
 * The exports of dist/cli.cjs: the command line for bin/cochuong.js; the worker threads' entry, so
 * that the threads of a large `validate` run load the same bundle (and code cache); and the library
 * (src/index.ts) behind `library()`, which dist/index.js calls, so the package ships the code once.
 * The library is required on first call, not at start-up: the command line never initialises what it
 * does not use.
 */
export { main, interrupted } from './main.js';
export { startWorker } from '../check/check-worker.js';

// A require, not an import: esbuild then initialises the library only when this is called.
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const library = (): typeof import('../index.js') => require('../index.js') as typeof import('../index.js');
