// Preloaded into measured processes (NODE_OPTIONS=--require): writes the process's peak resident set
// size in KB (all threads: getrusage) to $COCHUONG_BENCH_RSS when it exits.
'use strict';
const file = process.env.COCHUONG_BENCH_RSS;
if (file && require('node:worker_threads').isMainThread) {
  process.on('exit', () => require('node:fs').writeFileSync(file, String(process.resourceUsage().maxRSS)));
}
