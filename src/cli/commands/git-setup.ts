import { realpathSync } from 'node:fs';
import { driverCommand, setupGitDriver } from '../../diff/git-setup.js';
import { formatMessage } from '../../report/text-reporter.js';
import { EXIT, t, type CliContext } from '../context.js';

/** cochuong git-setup: makes git show program files' diffs by meaning in this repository. */
export async function gitSetupCommand(options: { command?: string }, ctx: CliContext): Promise<number> {
  const command = options.command ?? driverCommand(process.execPath, realpathSync(process.argv[1]));
  const result = await setupGitDriver(ctx.cwd, command);
  if (!result.ok) {
    ctx.stderr(formatMessage(result.message, { lang: ctx.lang, style: ctx.style }) + '\n');
    return EXIT.usage;
  }
  const attributes = result.addedAttributes.length > 0
    ? t(ctx.lang, `  .gitattributes: đã thêm ${result.addedAttributes.join(', ')}`, `  .gitattributes: added ${result.addedAttributes.join(', ')}`)
    : t(ctx.lang, '  .gitattributes: đã có sẵn, không đổi', '  .gitattributes: already set, unchanged');
  ctx.stdout([
    t(ctx.lang, `Đã cấu hình git cho kho ${result.root}:`, `git is set up for the repository ${result.root}:`),
    `  git config diff.cochuong.command ${command}`,
    attributes,
    t(ctx.lang, 'Từ nay "git diff" và "git show" so sánh các tệp .yaml theo nội dung; lịch sử: "git log -p --ext-diff".',
      'From now on "git diff" and "git show" compare .yaml files by meaning; history: "git log -p --ext-diff".'),
    t(ctx.lang, 'Nhớ commit tệp .gitattributes để cả nhóm cùng dùng (mỗi máy vẫn cần chạy cochuong git-setup một lần).',
      'Commit .gitattributes so the whole team uses it (each computer still runs cochuong git-setup once).'),
  ].join('\n') + '\n');
  return EXIT.ok;
}
