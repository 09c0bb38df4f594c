import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { setupGitDriver, textconvCommand } from '../../diff/git-setup.js';
import { initFolder } from '../../init/init-folder.js';
import { packageDir, schemaPath } from '../../init/package-dir.js';
import { STARTER_LEVELS, type StarterKind, type StarterLevel } from '../../init/starter.js';
import { formatMessage } from '../../report/text-reporter.js';
import { EXIT, t, type CliContext } from '../context.js';

export interface InitCommandOptions { kind?: string; cap?: string; ten?: string; thuoc?: string; force?: boolean; git?: boolean }

/** `cochuong init [DIR]`: a working folder for a locality, ready for the editor and git. */
export async function initCommand(dirArg: string | undefined, options: InitCommandOptions, ctx: CliContext): Promise<number> {
  const kind = (options.kind ?? 'chuong_trinh') as StarterKind;
  const cap = (options.cap ?? 'xa') as StarterLevel;
  if (kind !== 'chuong_trinh' && kind !== 'quy_che') {
    ctx.stderr(t(ctx.lang, `--kind "${kind}" không có. Dùng: chuong_trinh hoặc quy_che (báo cáo: lập từ chương trình bằng cochuong report).\n`,
      `--kind "${kind}" is not known. Use: chuong_trinh or quy_che (a report: make it from the program with cochuong report).\n`));
    return EXIT.usage;
  }
  if (!(STARTER_LEVELS as readonly string[]).includes(cap)) {
    ctx.stderr(t(ctx.lang, `--cap "${cap}": văn bản khởi đầu có cho ${STARTER_LEVELS.join(', ')}. Với cấp tỉnh, sao một tệp trong examples/ rồi sửa.\n`,
      `--cap "${cap}": starter documents exist for ${STARTER_LEVELS.join(', ')}. For a province, copy a file of examples/ and edit it.\n`));
    return EXIT.usage;
  }
  if (!options.ten?.trim() || !options.thuoc?.trim()) {
    ctx.stderr(t(ctx.lang, 'Cần tên đơn vị và tỉnh, ví dụ: cochuong init van-ban --cap xa --ten "Phù Đổng" --thuoc "thành phố Hà Nội"\n',
      'Give the unit\'s name and province, e.g.: cochuong init van-ban --cap xa --ten "Phù Đổng" --thuoc "thành phố Hà Nội"\n'));
    return EXIT.usage;
  }
  const dir = resolve(ctx.cwd, dirArg ?? '.');
  mkdirSync(dir, { recursive: true });
  const result = await initFolder({ dir, kind, cap, ten: options.ten.trim().normalize('NFC'), thuoc: options.thuoc.trim().normalize('NFC'), force: Boolean(options.force), packageDir: packageDir() });
  if (!result.ok) {
    for (const m of result.messages) ctx.stderr(formatMessage(m, { lang: ctx.lang, style: ctx.style }) + '\n');
    return result.messages.some((m) => m.source === 'io') ? EXIT.usage : EXIT.problems;
  }
  const lines = [t(ctx.lang, `Đã tạo trong ${dir}:`, `Created in ${dir}:`), ...result.written.map((f) => `  ${f}`)];
  if (options.git !== false) {
    const git = await setupGitDriver(dir, { textconv: textconvCommand(process.execPath, process.argv[1] ?? 'cochuong') });
    lines.push(git.ok
      ? t(ctx.lang, '  git: đã cấu hình so sánh theo nội dung (.gitattributes, như cochuong git-setup)', '  git: set up to compare by meaning (.gitattributes, as cochuong git-setup)')
      : t(ctx.lang, '  git: thư mục chưa nằm trong kho git; sau "git init", chạy cochuong git-setup', '  git: the folder is not in a git repository; after "git init", run cochuong git-setup'));
  }
  lines.push(t(ctx.lang, `Mở thư mục bằng VS Code (cài tiện ích YAML của Red Hat khi được gợi ý) để có gợi ý khóa và giải thích tiếng Việt; kiểm tra: cochuong validate ${result.document}`,
    `Open the folder in VS Code (install Red Hat's YAML extension when asked) for key completion and Vietnamese hover; check: cochuong validate ${result.document}`));
  ctx.stdout(lines.join('\n') + '\n');
  return EXIT.ok;
}

/** `cochuong schema [--path]`: the installed JSON Schema of documents, or where it is. */
export function schemaCommand(options: { path?: boolean }, ctx: CliContext): number {
  const file = schemaPath();
  ctx.stdout(options.path ? `${file}\n` : readFileSync(file, 'utf8'));
  return EXIT.ok;
}
