import { basename, dirname, extname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { readBytes } from '../../read/read-bytes.js';
import { fixEncoding } from '../../fix/fix-encoding.js';
import { writeFileAtomic } from '../../write/write-file-atomic.js';
import { formatMessage } from '../../report/text-reporter.js';
import type { LegacyEncoding } from '../../read/encoding/index.js';
import type { Message } from '../../message/message.js';
import { EXIT, maxSizeOption, t, type CliContext } from '../context.js';

export interface FixEncodingOptions {
  output?: string;
  inPlace?: boolean;
  from?: string;
  force?: boolean;
  maxSize?: string;
}

const ENCODINGS = ['tcvn3', 'vni', 'cp1258'];

/** cochuong fix-encoding FILE…: legacy Vietnamese text → UTF-8 NFC, as a new file or in place with a backup. */
export async function fixEncodingCommand(files: string[], options: FixEncodingOptions, ctx: CliContext): Promise<number> {
  if (options.from && !ENCODINGS.includes(options.from)) {
    ctx.stderr(t(ctx.lang, `--from chỉ nhận: ${ENCODINGS.join(', ')}.\n`, `--from takes one of: ${ENCODINGS.join(', ')}.\n`));
    return EXIT.usage;
  }
  if (options.output && (options.inPlace || files.length > 1)) {
    ctx.stderr(t(ctx.lang, '-o chỉ dùng với một tệp và không dùng cùng --in-place.\n', '-o takes one file and does not go with --in-place.\n'));
    return EXIT.usage;
  }
  const maxBytes = maxSizeOption(options.maxSize, ctx);
  if (maxBytes === undefined) return EXIT.usage;
  let worst: number = EXIT.ok;
  const fail = (m: Message, code: number) => { ctx.stdout(formatMessage(m, { lang: ctx.lang, style: ctx.style }) + '\n'); worst = Math.max(worst, code); };

  for (const file of files) {
    const read = await readBytes(file, maxBytes);
    if (!read.ok) { fail(read.message, EXIT.usage); continue; }
    const fixed = fixEncoding(file, read.bytes, options.from as LegacyEncoding | undefined);
    if (!fixed.ok) { fail(fixed.message, EXIT.problems); continue; }
    if (!fixed.changed) {
      ctx.stdout(t(ctx.lang, `${file}: đã là UTF-8 chuẩn, không cần chuyển.\n`, `${file}: already UTF-8, nothing to do.\n`));
      continue;
    }
    if (options.inPlace) {
      // Keep the original bytes first; only then replace the file, atomically.
      const backup = freeBackupName(file);
      const saved = await writeFileAtomic(backup, read.bytes);
      if (!saved.ok) { fail(saved.message, EXIT.usage); continue; }
      const written = await writeFileAtomic(file, fixed.text, { force: true });
      if (!written.ok) { fail(written.message, EXIT.usage); continue; }
      ctx.stdout(t(ctx.lang, `${file}: đã chuyển từ ${fixed.description.vi} sang UTF-8; bản gốc giữ ở ${backup}\n`,
        `${file}: converted from ${fixed.description.en} to UTF-8; the original is kept as ${backup}\n`));
    } else {
      const target = options.output ?? defaultOutput(file);
      const written = await writeFileAtomic(target, fixed.text, { force: options.force });
      if (!written.ok) { fail(written.message, EXIT.usage); continue; }
      ctx.stdout(t(ctx.lang, `${file}: đã chuyển từ ${fixed.description.vi} sang UTF-8, ghi vào ${target}\n`,
        `${file}: converted from ${fixed.description.en} to UTF-8, written to ${target}\n`));
    }
  }
  return worst;
}

/** "chuong-trinh.yaml" → "chuong-trinh.utf8.yaml", beside the original. */
function defaultOutput(file: string): string {
  const ext = extname(file);
  return join(dirname(file), `${basename(file, ext)}.utf8${ext || '.yaml'}`);
}

/** "x.yaml.bak", or "x.yaml.bak2", … : a backup never replaces an older backup. */
function freeBackupName(file: string): string {
  for (let n = 1; ; n++) {
    const name = `${file}.bak${n === 1 ? '' : n}`;
    if (!existsSync(name)) return name;
  }
}
