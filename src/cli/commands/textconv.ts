import { readBytesSync } from '../../read/read-bytes.js';
import { textconv } from '../../diff/textconv.js';
import { formatMessage } from '../../report/text-reporter.js';
import { EXIT, maxSizeOption, type CliContext } from '../context.js';

/** `cochuong textconv FILE`: the document as it prints, for git's diff.cochuong.textconv. */
export async function textconvCommand(file: string, options: { maxSize?: string }, ctx: CliContext): Promise<number> {
  const maxBytes = maxSizeOption(options.maxSize, ctx);
  if (maxBytes === undefined) return EXIT.usage;
  const read = readBytesSync(file, maxBytes);
  if (!read.ok) {
    ctx.stderr(formatMessage(read.message, { lang: ctx.lang, style: ctx.style }) + '\n');
    return EXIT.usage;
  }
  ctx.stdout(await textconv(file, read.bytes));
  return EXIT.ok;
}
