#!/usr/bin/env node
// Thin launcher: the bundled CLI does the work; unexpected failures never show a stack trace.
import { main, interrupted } from '../dist/cli.js';

const crash = (error) => {
  process.stderr.write(
    'cochuong: lỗi nội bộ không mong muốn (internal error): ' + (error && error.message ? error.message : String(error)) +
    '\nXin báo lỗi này kèm lệnh đã chạy. Please report this with the command you ran.\n',
  );
  if (process.env.COCHUONG_DEBUG) process.stderr.write(String(error && error.stack) + '\n');
  process.exitCode = 2;
};
process.on('uncaughtException', crash);
process.once('SIGINT', () => interrupted(130));
process.once('SIGTERM', () => interrupted(143));
process.stdout.on('error', (e) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); });
main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, crash);
