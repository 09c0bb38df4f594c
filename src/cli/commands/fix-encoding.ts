import { basename, dirname, extname, join } from 'node:path';
import { existsSync, lstatSync, realpathSync, type Stats } from 'node:fs';
import { sameFile } from '../../write/same-file.js';
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
  const fail = (m: Message, code: number) => { ctx.stderr(formatMessage(m, { lang: ctx.lang, style: ctx.style }) + '\n'); worst = Math.max(worst, code); };
  const usage = (vi: string, en: string) => { ctx.stderr(t(ctx.lang, vi, en) + '\n'); worst = Math.max(worst, EXIT.usage); };
  // With -o - the converted text is the output, so what is said about it goes to standard error.
  const say = options.output === '-' ? ctx.stderr : ctx.stdout;

  for (const file of files) {
    if (options.output !== undefined && options.output !== '-' && sameFile(file, options.output)) {
      usage(`${file}: tệp kết quả -o là chính tệp này. Muốn thay chính tệp (giữ bản gốc ở .bak) thì dùng --in-place.`,
        `${file}: the -o output is this very file. To replace the file itself (keeping the original as .bak), use --in-place.`);
      continue;
    }
    let original: Stats | undefined;
    if (options.inPlace) {
      try { original = lstatSync(file); } catch { original = undefined; }
      const uid = process.getuid?.();
      // Replacing another user's file would make it ours: refused before anything (the backup too) is written.
      if (original && uid !== undefined && uid !== 0 && original.uid !== uid) {
        usage(`${file}: tệp này thuộc về người dùng khác; thay nó thì tệp sẽ đổi chủ, nên cochuong không thay. Nhờ chủ tệp chạy lệnh, hoặc ghi ra tệp khác bằng -o.`,
          `${file}: this file belongs to another user; replacing it would change its owner, so cochuong does not. Ask its owner to run the command, or write another file with -o.`);
        continue;
      }
      if (original?.isSymbolicLink()) {
        let target = '';
        try { target = realpathSync(file); } catch { /* a broken link: reading it says so below */ }
        if (target) {
          usage(`${file}: là liên kết (symlink) tới ${target}; --in-place không thay liên kết. Chuyển chính tệp đó: cochuong fix-encoding --in-place "${target}"`,
            `${file}: is a symbolic link to ${target}; --in-place does not replace links. Convert the file itself: cochuong fix-encoding --in-place "${target}"`);
          continue;
        }
      }
    }
    const read = await readBytes(file, maxBytes);
    if (!read.ok) { fail(read.message, EXIT.usage); continue; }
    const fixed = fixEncoding(file, read.bytes, options.from as LegacyEncoding | undefined);
    if (!fixed.ok) { fail(fixed.message, EXIT.problems); continue; }
    if (!fixed.changed) {
      say(t(ctx.lang, `${file}: đã là UTF-8 chuẩn, không cần chuyển.\n`, `${file}: already UTF-8, nothing to do.\n`));
      continue;
    }
    if (options.inPlace) {
      // Keep the original bytes first; only then replace the file, atomically.
      const backup = freeBackupName(file);
      // The backup is as private as the original (a 0600 file's backup is not readable by others).
      const saved = await writeFileAtomic(backup, read.bytes, original ? { mode: original.mode & 0o7777 } : {});
      if (!saved.ok) { fail(saved.message, EXIT.usage); continue; }
      const written = await writeFileAtomic(file, fixed.text, { force: true });
      if (!written.ok) { fail(written.message, EXIT.usage); continue; }
      ctx.stdout(t(ctx.lang, `${file}: đã chuyển từ ${fixed.description.vi} sang UTF-8; bản gốc giữ ở ${backup}\n`,
        `${file}: converted from ${fixed.description.en} to UTF-8; the original is kept as ${backup}\n`));
      if (original && original.nlink > 1) {
        ctx.stderr(t(ctx.lang, `${file}: cảnh báo: tệp có ${original.nlink} tên (hard link); các tên khác vẫn trỏ tới nội dung cũ, chưa chuyển.\n`,
          `${file}: warning: the file has ${original.nlink} names (hard links); the other names still hold the old, unconverted content.\n`));
      }
    } else if (options.output === '-') {
      ctx.stdout(fixed.text);
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
