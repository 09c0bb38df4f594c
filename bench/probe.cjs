// Preloaded into measured processes (NODE_OPTIONS=--require): when the process exits, writes its peak
// resident set size in KB and the CPU time it used in ms (both for the whole process, all threads) to
// $COCHUONG_BENCH_PROBE as "rss cpu".
'use strict';
const file = process.env.COCHUONG_BENCH_PROBE;
if (file && require('node:worker_threads').isMainThread) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    require('node:fs').writeFileSync(file, `${usage.maxRSS} ${(usage.userCPUTime + usage.systemCPUTime) / 1000}`);
  });
}
