#!/usr/bin/env node
'use strict';
// Thin launcher: the bundled CLI does the work; unexpected failures never show a stack trace.
// It is CommonJS (bin/package.json) and loads dist/cli.cjs through a V8 code cache (dist/load.cjs),
// so that a command starts fast on Node 20 too: see docs/performance.md.

const crash = (error) => {
  process.stderr.write(
    'cochuong: lỗi nội bộ không mong muốn (internal error): ' + (error && error.message ? error.message : String(error)) +
    '\nXin báo lỗi này kèm lệnh đã chạy. Please report this with the command you ran.\n',
  );
  if (process.env.COCHUONG_DEBUG) process.stderr.write(String(error && error.stack) + '\n');
  process.exitCode = 2;
};
process.on('uncaughtException', crash);

const loader = require('../dist/load.cjs');
const cli = loader.loadBundle('cli');
const { main, interrupted } = cli.exports;
process.once('SIGINT', () => interrupted(130));
process.once('SIGTERM', () => interrupted(143));
process.stdout.on('error', (e) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); });
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  loader.saveCodeCaches(); // dist/cli.cjs, and dist/vendor.cjs if render or diff ran
}, crash);
