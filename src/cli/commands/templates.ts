import { mkdir, readdir } from 'node:fs/promises';
import { readBytes } from '../../read/read-bytes.js';
import { join, relative } from 'node:path';
import { formatMessage } from '../../report/text-reporter.js';
import { defaultTemplateDir } from '../../render/templates.js';
import { writeFileAtomic } from '../../write/write-file-atomic.js';
import { EXIT, t, type CliContext } from '../context.js';

/**
 * cochuong templates export DIR: copies the default templates out for editing. Put the edited
 * folder beside the documents as templates/ (or pass --template DIR to render); any file left
 * out falls back to the default. Existing files are kept unless --force.
 */
export async function exportTemplatesCommand(dir: string, options: { force?: boolean }, ctx: CliContext): Promise<number> {
  const source = defaultTemplateDir();
  const files = await listTemplates(source);
  let status: number = EXIT.ok;
  let written = 0;
  for (const file of files) {
    const target = join(dir, relative(source, file));
    try {
      await mkdir(join(target, '..'), { recursive: true });
    } catch {
      ctx.stderr(t(ctx.lang, `Không tạo được thư mục cho ${target}.\n`, `Cannot create the folder for ${target}.\n`));
      return EXIT.usage;
    }
    const read = await readBytes(file, 1024 * 1024);
    const result = read.ok ? await writeFileAtomic(target, read.bytes, { force: options.force, outputOption: false }) : read;
    if (result.ok) {
      written++;
      ctx.stdout(t(ctx.lang, `Đã ghi ${target}\n`, `Wrote ${target}\n`));
    } else {
      ctx.stderr(formatMessage(result.message, { lang: ctx.lang, style: ctx.style }) + '\n\n');
      status = EXIT.usage;
    }
  }
  ctx.stdout(t(ctx.lang,
    `Đã chép ${written}/${files.length} mẫu. Sửa mẫu rồi in: cochuong render --template ${dir} TỆP.yaml (hoặc đặt thư mục tên templates/ cạnh tệp YAML).\n`,
    `Copied ${written} of ${files.length} templates. Edit them, then: cochuong render --template ${dir} FILE.yaml (or name the folder templates/ beside the YAML files).\n`));
  return status;
}

async function listTemplates(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listTemplates(path)));
    else if (entry.name.endsWith('.hbs')) out.push(path);
  }
  return out;
}
