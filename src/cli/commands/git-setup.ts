import { realpathSync } from 'node:fs';
import { driverCommand, setupGitDriver, textconvCommand } from '../../diff/git-setup.js';
import { formatMessage } from '../../report/text-reporter.js';
import { EXIT, t, type CliContext } from '../context.js';

/** cochuong git-setup: makes git show documents by meaning in this repository. */
export async function gitSetupCommand(options: { command?: string; external?: boolean }, ctx: CliContext): Promise<number> {
  const script = realpathSync(process.argv[1]);
  const textconv = options.command ?? textconvCommand(process.execPath, script);
  const external = options.external ? driverCommand(process.execPath, script) : undefined;
  const result = await setupGitDriver(ctx.cwd, { textconv, external });
  if (!result.ok) {
    ctx.stderr(formatMessage(result.message, { lang: ctx.lang, style: ctx.style }) + '\n');
    return EXIT.usage;
  }
  const attributes = result.addedAttributes.length > 0
    ? t(ctx.lang, `  .gitattributes: đã thêm ${result.addedAttributes.join(', ')}`, `  .gitattributes: added ${result.addedAttributes.join(', ')}`)
    : t(ctx.lang, '  .gitattributes: đã có sẵn, không đổi', '  .gitattributes: already set, unchanged');
  ctx.stdout([
    t(ctx.lang, `Đã cấu hình git cho kho ${result.root}:`, `git is set up for the repository ${result.root}:`),
    t(ctx.lang, '  diff.cochuong.textconv: văn bản được so sánh như khi in (Markdown)', '  diff.cochuong.textconv: documents are compared as they print (Markdown)'),
    ...(result.external ? [t(ctx.lang, '  diff.cochuong.command: bản tóm tắt thay đổi theo nội dung (cochuong diff)', '  diff.cochuong.command: a summary of changes by meaning (cochuong diff)')] : []),
    attributes,
    result.external
      ? t(ctx.lang, 'Từ nay "git diff" in bản tóm tắt của cochuong diff; "git log -p", "git show" và "git blame" hiện văn bản như khi in ("git log -p --ext-diff" để có bản tóm tắt).',
        'From now on "git diff" prints cochuong diff\'s summary; "git log -p", "git show" and "git blame" show documents as they print ("git log -p --ext-diff" for the summary).')
      : t(ctx.lang, 'Từ nay "git diff", "git log -p", "git show", "git diff --word-diff" và "git blame" hiện các tệp .yaml như khi in; "git difftool" vẫn dùng công cụ của bạn. Bản tóm tắt theo nội dung: cochuong diff, hoặc cochuong git-setup --external.',
        'From now on "git diff", "git log -p", "git show", "git diff --word-diff" and "git blame" show .yaml files as they print; "git difftool" still runs your tool. A summary by meaning: cochuong diff, or cochuong git-setup --external.'),
    t(ctx.lang, 'Nhớ commit tệp .gitattributes để cả nhóm cùng dùng (mỗi máy vẫn cần chạy cochuong git-setup một lần).',
      'Commit .gitattributes so the whole team uses it (each computer still runs cochuong git-setup once).'),
  ].join('\n') + '\n');
  return EXIT.ok;
}
