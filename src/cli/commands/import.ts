import { existsSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkText } from '../../check/check-source.js';
import { importWordFile, type ImportReport } from '../../import/import-file.js';
import { documentYaml } from '../../import/write-yaml.js';
import type { Message } from '../../message/message.js';
import { readBytes } from '../../read/read-bytes.js';
import { formatMessage } from '../../report/text-reporter.js';
import { writeFileAtomic } from '../../write/write-file-atomic.js';
import { EXIT, parseSize, t, type CliContext } from '../context.js';

export interface ImportCommandOptions {
  output?: string;
  force?: boolean;
  acceptChanges?: boolean;
  rejectChanges?: boolean;
  format?: string;
  maxSize?: string;
}

/** Word files carry pictures: a larger default than for YAML, still bounded. */
const DEFAULT_IMPORT_MAX = 20 * 1024 * 1024;

/**
 * cochuong import FILE… : each Word file (.docx; .doc, .rtf, .odt through LibreOffice) becomes one
 * YAML (or JSON) document beside it, or in -o. Prints what was recognised and every guess.
 * Exit 0 all imported and valid, 1 a file could not be imported or needs fixing, 2 usage or I/O.
 */
export async function importCommand(files: string[], options: ImportCommandOptions, ctx: CliContext): Promise<number> {
  const say = (vi: string, en: string) => ctx.stdout(t(ctx.lang, vi, en) + '\n');
  const usage = (vi: string, en: string) => { ctx.stderr(t(ctx.lang, vi, en) + '\n'); return EXIT.usage; };
  if (files.length === 0) return usage('Hãy chỉ ra tệp Word cần nhập, ví dụ: cochuong import chuong-trinh-2025.docx', 'Name the Word files to import, e.g.: cochuong import program-2025.docx');
  if (options.acceptChanges && options.rejectChanges) return usage('Chỉ chọn một: --accept-changes hoặc --reject-changes.', 'Choose one: --accept-changes or --reject-changes.');
  const format = options.format ?? 'yaml';
  if (format !== 'yaml' && format !== 'json') return usage(`Định dạng "${format}" không có. Dùng: yaml, json.`, `Unknown format "${format}". Use: yaml, json.`);
  const maxBytes = options.maxSize === undefined ? DEFAULT_IMPORT_MAX : parseSize(options.maxSize);
  if (maxBytes === undefined) return usage('--max-size cần một cỡ như 20MB.', '--max-size takes a size like 20MB.');
  const ext = format === 'json' ? '.json' : '.yaml';
  const out = options.output;
  const outIsDir = out !== undefined && (files.length > 1 || out.endsWith('/') || out.endsWith('\\') || (existsSync(out) && statSync(out).isDirectory()));
  if (out !== undefined && outIsDir) {
    try { await mkdir(out, { recursive: true }); } catch { return usage(`Không tạo được thư mục "${out}".`, `Cannot create folder "${out}".`); }
  }
  const targetOf = (file: string) => {
    const name = basename(file, extname(file)) + ext;
    if (out === undefined) return join(dirname(file), name);
    return outIsDir ? join(out, name) : out;
  };
  const print = (messages: Message[], sources?: Map<string, string>) => {
    for (const m of messages) ctx.stderr(formatMessage(m, { lang: ctx.lang, style: ctx.style, sources }) + '\n\n');
  };

  let status: number = EXIT.ok;
  const worse = (code: number) => { status = Math.max(status, code); };
  const tracked = options.acceptChanges ? 'accept' : options.rejectChanges ? 'reject' : 'refuse';
  let imported = 0;
  const planned = new Set<string>();
  for (const file of files) {
    const target = targetOf(file);
    if (planned.has(resolve(target))) { print([]); usage(`Hai tệp cùng ghi vào ${target}: nhập từng tệp với -o riêng.`, `Two files would write ${target}: import them one by one with their own -o.`); worse(EXIT.usage); continue; }
    planned.add(resolve(target));
    // Refused before reading: importing takes time, and the clerk's file must stay untouched.
    if (!options.force && existsSync(target)) {
      ctx.stderr(t(ctx.lang, `${target}: tệp đã có, không ghi đè. Thêm --force để ghi đè, hoặc dùng -o để ghi chỗ khác.\n`, `${target}: exists, not overwritten. Add --force to overwrite, or use -o to write elsewhere.\n`));
      worse(EXIT.usage);
      continue;
    }
    const read = await readBytes(file, maxBytes);
    if (!read.ok) { print([read.message]); worse(EXIT.usage); continue; }
    let result: Awaited<ReturnType<typeof importWordFile>>;
    try {
      result = await importWordFile(file, read.bytes, { tracked });
    } catch (error) {
      // Never a stack trace for a clerk: the file is named, the others go on.
      ctx.stderr(t(ctx.lang,
        `${file}: cochuong không đọc được tệp này (${(error as Error).message}). Mở tệp bằng Word, lưu lại thành .docx (File → Save As) rồi nhập lại.\n`,
        `${file}: cochuong could not read this file (${(error as Error).message}). Open it in Word, save it again as .docx (File → Save As) and import again.\n`));
      worse(EXIT.problems);
      continue;
    }
    print(result.messages);
    if (!result.ok) { worse(EXIT.problems); continue; }
    const schemaPath = relative(dirname(resolve(target)), schemaFile()).split('\\').join('/');
    const yaml = documentYaml(result.data, schemaPath, t(ctx.lang, `Nhập từ ${basename(file)} bằng cochuong import: hãy đọc lại trước khi dùng.`, `Imported from ${basename(file)} by cochuong import: read it through before use.`));
    const checked = checkText(target, yaml);
    const text = format === 'json' ? `${JSON.stringify(result.data, null, 2)}\n` : yaml;
    const written = await writeFileAtomic(target, text, { force: options.force });
    if (!written.ok) { print([written.message]); worse(EXIT.usage); continue; }
    imported++;
    describe(ctx, file, target, result.report);
    const problems = checked.messages.filter((m) => m.severity === 'error');
    if (problems.length > 0 || checked.messages.length > 0) print(checked.messages, new Map([[target, yaml]]));
    if (problems.length > 0) {
      say(`  → ${target} chưa hợp lệ (${problems.length} lỗi): sửa theo thông báo trên rồi chạy cochuong validate ${target}.`, `  → ${target} is not valid yet (${problems.length} error${problems.length === 1 ? '' : 's'}): fix as above, then run cochuong validate ${target}.`);
      worse(EXIT.problems);
    }
  }
  say(`Đã nhập ${imported}/${files.length} tệp.`, `Imported ${imported} of ${files.length} file${files.length === 1 ? '' : 's'}.`);
  return status;
}

const KIND_NAMES: Record<string, [string, string]> = {
  chuong_trinh: ['chương trình phối hợp', 'coordination program'], quy_che: ['quy chế phối hợp', 'coordination regulation'], bao_cao: ['báo cáo', 'report'],
};

function describe(ctx: CliContext, file: string, target: string, r: ImportReport): void {
  const vi = ctx.lang === 'vi';
  const kind = r.kind ? KIND_NAMES[r.kind][vi ? 0 : 1] : '?';
  const c = r.counts;
  const lines = [
    vi ? `${file} → ${target}` : `${file} → ${target}`,
    vi ? `  Loại: ${kind}; các bên (${c.parties}): ${r.parties.join('; ')}` : `  Kind: ${kind}; parties (${c.parties}): ${r.parties.join('; ')}`,
    r.kind === 'quy_che'
      ? (vi ? `  ${c.chuong} chương, ${c.dieu} điều; ${c.canCu} căn cứ; ${c.recipients} nơi nhận` : `  ${c.chuong} chương, ${c.dieu} điều; ${c.canCu} legal bases; ${c.recipients} recipients`)
      : r.kind === 'bao_cao'
        ? (vi ? `  ${c.results} kết quả; ${c.canCu} căn cứ; ${c.recipients} nơi nhận` : `  ${c.results} results; ${c.canCu} legal bases; ${c.recipients} recipients`)
        : (vi ? `  ${c.items} nội dung phối hợp; ${c.canCu} căn cứ; ${c.recipients} nơi nhận` : `  ${c.items} items; ${c.canCu} legal bases; ${c.recipients} recipients`),
  ];
  if (r.converterMs !== undefined) lines.push(vi ? `  Đã chuyển bằng LibreOffice (${(r.converterMs / 1000).toFixed(1)} giây)` : `  Converted with LibreOffice (${(r.converterMs / 1000).toFixed(1)} s)`);
  if (r.comments > 0) lines.push(vi ? `  ${r.comments} ghi chú (comment) của Word không được nhập vào văn bản` : `  ${r.comments} Word comment${r.comments === 1 ? '' : 's'} not imported into the text`);
  for (const n of r.notes.filter((x) => x.kind !== 'unplaced')) {
    const where = n.paragraph ? (vi ? `đoạn ${n.paragraph}: ` : `paragraph ${n.paragraph}: `) : '';
    lines.push(`  ${n.kind === 'guess' ? (vi ? 'Đoán' : 'Guess') : (vi ? 'Ghi chú' : 'Note')}: ${where}${vi ? n.text.vi : n.text.en}`);
  }
  ctx.stdout(lines.join('\n') + '\n');
}

/** schemas/cochuong.schema.json of this installation (dist/ or src/ sit one level below the package root). */
function schemaFile(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let k = 0; k < 5; k++) {
    const candidate = join(dir, 'schemas', 'cochuong.schema.json');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  return join(dirname(fileURLToPath(import.meta.url)), '..', 'schemas', 'cochuong.schema.json');
}
