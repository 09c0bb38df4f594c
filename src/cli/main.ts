import { Command, CommanderError, Option } from 'commander';
import { EXIT, resolveLang, resolveStyle, type CliContext } from './context.js';
import { translateCommanderError } from './commander-errors.js';
import { examples, helpConfiguration } from './help-text.js';
import { removePendingTemporaryFiles } from '../write/pending-files.js';
import { readStream } from '../read/read-stream.js';
import type { BytesResult } from '../read/read-bytes.js';
import { escapeForTerminal } from '../text/control.js';
import { ioReason } from '../read/io-reason.js';
import { PLAIN } from '../report/style.js';
import { VERSION } from '../version.js';

/** On Ctrl-C: no half-written file is left behind (targets are only ever replaced whole). */
export function interrupted(code: number): never {
  removePendingTemporaryFiles();
  process.exit(code);
}

/**
 * The command line: parses arguments, builds a context, and hands over to one command module,
 * loaded only when that command runs (render and diff pull in heavy libraries validate never needs).
 */
export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const langArg = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const langValue = langArg === -1 ? undefined : argv[langArg].includes('=') ? argv[langArg].split('=')[1] : argv[langArg + 1];
  const lang = resolveLang(langValue, env);
  const noColor = argv.includes('--no-color');
  const style = await resolveStyle(process.stdout, env, noColor);
  // Every byte of human output passes the terminal guard: control characters from documents or file
  // names are shown escaped, only our own colours pass. A failed write to standard output (a full
  // disk, /dev/full) is remembered and turns the run into exit 2, never a silent truncated result.
  const colours = style !== PLAIN;
  let stdoutFailure: NodeJS.ErrnoException | undefined;
  const ctx: CliContext = {
    lang,
    stdout: (s) => { process.stdout.write(escapeForTerminal(s, colours), (error) => { if (error) stdoutFailure ??= error; }); },
    stderr: (s) => { process.stderr.write(escapeForTerminal(s, colours)); },
    style,
    readStdin,
    cwd: process.cwd(),
    langChosen: langValue !== undefined || (env.COCHUONG_LANG ?? '') !== '',
  };
  const vi = lang === 'vi';
  let exitCode: number = EXIT.ok;
  // Commander passes the command last: commands read their arguments and options from it.
  const run = (fn: (command: Command) => Promise<number> | number) => async (...args: unknown[]) => {
    exitCode = await fn(args[args.length - 1] as Command);
  };

  const program = new Command('cochuong')
    .description(vi ? 'Soạn, kiểm tra, so sánh và in văn bản phối hợp giữa HĐND, UBND và Mặt trận.' : 'Write, check, compare and print coordination documents of HĐND, UBND and the Front.')
    .version(VERSION, '-V, --version', vi ? 'in số phiên bản' : 'print the version')
    .helpOption('-h, --help', vi ? 'hướng dẫn sử dụng' : 'show help')
    .configureHelp(helpConfiguration(lang))
    .helpCommand(vi ? 'help [lệnh]' : 'help [command]', vi ? 'hướng dẫn dùng một lệnh, ví dụ: cochuong help validate' : 'help for a command, e.g. cochuong help validate')
    .showSuggestionAfterError(true)
    .addOption(new Option('--lang <lang>', vi ? 'ngôn ngữ thông báo: vi hoặc en' : 'message language: vi or en').choices(['vi', 'en']))
    .option('--no-color', vi ? 'không tô màu' : 'no colours')
    .exitOverride()
    .configureOutput({ writeOut: ctx.stdout, writeErr: ctx.stderr, outputError: () => undefined });

  program.command('validate')
    .description(vi ? 'kiểm tra tệp YAML theo mẫu văn bản và các quy tắc nghiệp vụ' : 'check YAML files against the format and the domain rules')
    .argument('[paths...]', vi ? 'tệp, thư mục, hoặc - để đọc từ đầu vào chuẩn' : 'files, directories, or - for standard input')
    .option('-f, --format <format>', vi ? 'định dạng kết quả: text, json, github, sarif, gitlab' : 'output format: text, json, github, sarif, gitlab', 'text')
    .option('--max-warnings <n>', vi ? 'coi là thất bại khi có nhiều hơn n cảnh báo' : 'fail when there are more than n warnings')
    .option('--max-size <size>', vi ? 'cỡ tệp tối đa (mặc định 5MB)' : 'largest file to read (default 5MB)')
    .option('--config <file>', vi ? 'dùng tệp cấu hình này thay cho .cochuong.yaml tìm cạnh văn bản' : 'use this configuration file instead of the .cochuong.yaml found beside the documents')
    .option('--no-config', vi ? 'không dùng tệp cấu hình .cochuong.yaml nào' : 'use no .cochuong.yaml configuration')
    .option('--staged', vi ? 'kiểm tra các tệp .yaml đã git add, đúng nội dung sắp commit (dùng trong pre-commit)' : 'check the staged .yaml files as they will be committed (for a pre-commit hook)')
    .addHelpText('after', examples(lang, [
      ['cochuong validate examples/', 'kiểm tra mọi tệp .yaml trong thư mục examples (bỏ qua tệp và thư mục ẩn)', 'check every .yaml file in examples (hidden files and folders skipped)'],
      ['cochuong validate chuong-trinh-2027.yaml --format json', 'kết quả dạng JSON cho chương trình khác đọc', 'JSON output for another program to read'],
      ['cochuong validate --staged', 'trong pre-commit: kiểm tra các tệp sắp commit', 'in a pre-commit hook: check the files about to be committed'],
    ]))
    .action(run(async (command) => {
      const { validateCommand } = await import('./commands/validate.js');
      return validateCommand(command.processedArgs[0] as string[], command.opts(), ctx);
    }));

  program.command('init')
    .description(vi ? 'tạo thư mục làm việc cho một địa phương: văn bản khởi đầu, cấu hình VS Code, .cochuong.yaml, git' : 'set up a locality\'s working folder: a starter document, VS Code settings, .cochuong.yaml, git')
    .argument('[dir]', vi ? 'thư mục (mặc định: thư mục hiện tại)' : 'the folder (default: the current one)')
    .option('--kind <kind>', vi ? 'chuong_trinh (mặc định) hoặc quy_che' : 'chuong_trinh (default) or quy_che')
    .option('--cap <cap>', vi ? 'xa (mặc định), phuong hoặc dac_khu' : 'xa (default), phuong or dac_khu')
    .option('--ten <ten>', vi ? 'tên riêng của đơn vị, ví dụ "Phù Đổng"' : 'the unit\'s proper name, e.g. "Phù Đổng"')
    .option('--thuoc <tinh>', vi ? 'tỉnh, thành phố của đơn vị, ví dụ "thành phố Hà Nội"' : 'its province, e.g. "thành phố Hà Nội"')
    .option('--force', vi ? 'ghi đè các tệp đã có' : 'overwrite existing files')
    .option('--no-git', vi ? 'không cấu hình git' : 'do not set git up')
    .action(run(async (command) => {
      const { initCommand } = await import('./commands/init.js');
      return initCommand(command.processedArgs[0] as string | undefined, command.opts(), ctx);
    }));

  program.command('schema')
    .description(vi ? 'in mẫu văn bản (JSON Schema) đã cài, hoặc đường dẫn của nó' : 'print the installed JSON Schema of documents, or its path')
    .option('--path', vi ? 'chỉ in đường dẫn' : 'print only the path')
    .action(run(async (command) => {
      const { schemaCommand } = await import('./commands/init.js');
      return schemaCommand(command.opts(), ctx);
    }));

  program.command('lsp')
    .description(vi ? 'máy chủ ngôn ngữ (LSP, qua stdio) cho VS Code, Neovim…: báo lỗi ngay khi gõ' : 'language server (LSP over stdio) for VS Code, Neovim…: findings as you type')
    .option('--stdio', vi ? 'giao tiếp qua đầu vào/ra chuẩn (mặc định; các trình soạn thảo hay thêm cờ này)' : 'talk over standard input/output (the default; editors often pass it)')
    .addHelpText('after', examples(lang, [['cochuong lsp --stdio', 'trình soạn thảo tự chạy lệnh này (cấu hình máy chủ ngôn ngữ cho tệp .yaml)', 'the editor runs this itself (set it as the language server for .yaml files)']]))
    .action(run(async () => {
      const { lspCommand } = await import('./commands/lsp.js');
      return lspCommand(ctx);
    }));

  program.command('rules')
    .description(vi ? 'liệt kê mọi quy tắc kiểm tra' : 'list every check')
    .option('-f, --format <format>', vi ? 'định dạng kết quả: text, json' : 'output format: text, json', 'text')
    .addHelpText('after', examples(lang, [['cochuong rules', 'bảng mọi quy tắc, có mã để tra', 'a table of every check, with ids to look up']]))
    .action(run(async (command) => {
      const { rulesCommand } = await import('./commands/rules.js');
      return rulesCommand(command.opts(), ctx);
    }));

  program.command('explain')
    .description(vi ? 'giải thích một quy tắc, có ví dụ sai và đúng' : 'explain one rule with a wrong and a right example')
    .argument('<id>', vi ? 'mã quy tắc, ví dụ CT001' : 'rule id, e.g. CT001')
    .addHelpText('after', examples(lang, [['cochuong explain CT024', 'vì sao văn bản từ 01/7/2025 không còn ghi "huyện"', 'why a document from 1 July 2025 no longer names a huyện']]))
    .action(run(async (command) => {
      const { explainCommand } = await import('./commands/rules.js');
      return explainCommand(String(command.processedArgs[0]), ctx);
    }));

  program.command('fix-encoding')
    .description(vi ? 'chuyển tệp TCVN3, VNI, Windows-1258, UTF-16 hoặc chữ lỗi phông sang UTF-8' : 'convert TCVN3, VNI, Windows-1258, UTF-16 or garbled files to UTF-8')
    .argument('<files...>', vi ? 'các tệp cần chuyển' : 'files to convert')
    .option('-o, --output <file>', vi ? 'ghi vào tệp này (mặc định: TÊN.utf8.yaml bên cạnh)' : 'write to this file (default: NAME.utf8.yaml beside it)')
    .option('--in-place', vi ? 'thay chính tệp đó, sau khi giữ bản gốc ở TÊN.bak' : 'replace the file itself, after keeping the original as NAME.bak')
    .option('--from <encoding>', vi ? 'bảng mã nguồn khi máy không tự nhận ra: tcvn3, vni, cp1258' : 'source encoding when detection is unsure: tcvn3, vni, cp1258')
    .option('--force', vi ? 'ghi đè tệp kết quả đã có' : 'overwrite an existing output file')
    .option('--max-size <size>', vi ? 'cỡ tệp tối đa (mặc định 5MB)' : 'largest file to read (default 5MB)')
    .addHelpText('after', examples(lang, [
      ['cochuong fix-encoding chuong-trinh-cu.yaml', 'ghi bản UTF-8 vào chuong-trinh-cu.utf8.yaml, giữ nguyên tệp gốc', 'write the UTF-8 copy to chuong-trinh-cu.utf8.yaml, the original untouched'],
      ['cochuong fix-encoding --from tcvn3 --in-place tep.yaml', 'đổi ngay trong tệp (bản gốc giữ ở tep.yaml.bak)', 'convert in place (the original kept as tep.yaml.bak)'],
    ]))
    .action(run(async (command) => {
      const { fixEncodingCommand } = await import('./commands/fix-encoding.js');
      return fixEncodingCommand(command.processedArgs[0] as string[], command.opts(), ctx);
    }));

  program.command('diff')
    .description(vi ? 'so sánh hai phiên bản của một văn bản theo nội dung: thêm, bỏ, sửa, chuyển chỗ' : 'compare two versions of a document by meaning: added, removed, changed, moved')
    .argument('[files...]', vi ? 'TỆP-CŨ TỆP-MỚI: tệp, - (đầu vào chuẩn) hoặc phiên bản git như HEAD~1:tep.yaml' : 'OLD NEW: files, - (standard input) or git versions like HEAD~1:file.yaml')
    .option('-f, --format <format>', vi ? 'định dạng kết quả: text, md, json, docx, pdf' : 'output format: text, md, json, docx, pdf', 'text')
    .option('-o, --output <file>', vi ? 'ghi kết quả vào tệp này' : 'write the result to this file')
    .option('--force', vi ? 'ghi đè tệp kết quả đã có' : 'overwrite an existing output file')
    .option('--since <rev>', vi ? 'so sánh tệp với chính nó ở phiên bản git REV' : 'compare the file with itself at git revision REV')
    .option('--config <file>', vi ? 'dùng tệp cấu hình này thay cho .cochuong.yaml tìm cạnh văn bản' : 'use this configuration file instead of the .cochuong.yaml found beside the documents')
    .option('--no-config', vi ? 'không dùng tệp cấu hình .cochuong.yaml nào' : 'use no .cochuong.yaml configuration')
    .option('--keep-years', vi ? 'hiện cả những thay đổi chỉ do đổi năm' : 'also show changes that only move the year on')
    .option('--max-size <size>', vi ? 'cỡ tệp tối đa (mặc định 5MB)' : 'largest file to read (default 5MB)')
    .addHelpText('after', examples(lang, [
      ['cochuong diff chuong-trinh-2026.yaml chuong-trinh-2027.yaml', 'những gì năm nay thêm, bỏ, sửa so với năm trước', 'what this year added, removed or changed against last year'],
      ['cochuong diff --since HEAD~1 chuong-trinh-2027.yaml', 'so với bản đã commit lần trước', 'against the previous commit'],
    ]))
    .action(run(async (command) => {
      const { diffCommand } = await import('./commands/diff.js');
      return diffCommand(command.processedArgs[0] as string[], command.opts(), ctx);
    }));

  program.command('import')
    .description(vi ? 'nhập tệp Word cũ (.docx; .doc, .rtf, .odt qua LibreOffice) thành tệp YAML' : 'import old Word files (.docx; .doc, .rtf, .odt through LibreOffice) as YAML documents')
    .argument('[files...]', vi ? 'các tệp Word' : 'Word files')
    .option('-o, --output <path>', vi ? 'tệp kết quả, hoặc thư mục khi nhập nhiều tệp (mặc định: cạnh tệp Word)' : 'output file, or folder for several inputs (default: beside the Word file)')
    .option('--force', vi ? 'ghi đè tệp kết quả đã có' : 'overwrite existing output files')
    .option('--accept-changes', vi ? 'chấp nhận mọi thay đổi còn theo dõi (Track Changes)' : 'accept all tracked changes')
    .option('--reject-changes', vi ? 'từ chối mọi thay đổi còn theo dõi, lấy bản gốc' : 'reject all tracked changes, keeping the original')
    .option('-f, --format <format>', vi ? 'yaml (mặc định) hoặc json' : 'yaml (default) or json', 'yaml')
    .option('--max-size <size>', vi ? 'cỡ tệp Word tối đa (mặc định 20MB)' : 'largest Word file to read (default 20MB)')
    .addHelpText('after', examples(lang, [['cochuong import chuong-trinh-2025.docx', 'tạo chuong-trinh-2025.yaml bên cạnh tệp Word', 'write chuong-trinh-2025.yaml beside the Word file']]))
    .action(run(async (command) => {
      const { importCommand } = await import('./commands/import.js');
      return importCommand(command.processedArgs[0] as string[], command.opts(), ctx);
    }));

  program.command('new')
    .description(vi ? 'lập dự thảo kỳ sau: chương trình năm sau từ chương trình năm nay, quy chế nhiệm kỳ sau' : 'draft the next period: next year\'s program from this year\'s, a regulation for the next term')
    .argument('<file>', vi ? 'chương trình hoặc quy chế (.yaml)' : 'program or regulation (.yaml)')
    .option('-o, --output <file>', vi ? 'tệp dự thảo (mặc định: tên tệp với năm mới, cạnh tệp nguồn)' : 'the draft file (default: the name with the new year, beside the source)')
    .option('--report <file>', vi ? 'báo cáo kết quả năm nay: nội dung chưa hoàn thành được chuyển tiếp, có ghi chú' : 'this year\'s report: unfinished items are carried forward with a note')
    .option('--nam <year>', vi ? 'năm của chương trình mới (mặc định: năm sau)' : 'the new program\'s year (default: the next year)')
    .option('--force', vi ? 'ghi đè tệp dự thảo đã có' : 'overwrite an existing draft')
    .option('--max-size <size>', vi ? 'cỡ tệp tối đa (mặc định 5MB)' : 'largest file to read (default 5MB)')
    .addHelpText('after', examples(lang, [['cochuong new chuong-trinh-2026.yaml --report bao-cao-2026.yaml', 'dự thảo chương trình 2027, chuyển tiếp nội dung chưa xong của năm 2026', 'draft the 2027 program, carrying forward what 2026 left unfinished']]))
    .action(run(async (command) => {
      const { newCommand } = await import('./commands/new.js');
      return newCommand(String(command.processedArgs[0]), command.opts(), ctx);
    }));

  program.command('report')
    .description(vi ? 'lập khung báo cáo sơ kết, tổng kết từ chương trình phối hợp' : 'draft the mid-year or year-end report skeleton from a program')
    .argument('<program>', vi ? 'chương trình phối hợp (.yaml)' : 'the program (.yaml)')
    .option('--ky <ky>', vi ? 'kỳ báo cáo: 6-thang (sơ kết) hoặc ca-nam (tổng kết, mặc định)' : 'period: 6-thang (mid-year) or ca-nam (year-end, default)')
    .option('-o, --output <file>', vi ? 'tệp báo cáo (mặc định: cạnh chương trình, tên có chữ bao-cao)' : 'the report file (default: beside the program, named with bao-cao)')
    .option('--force', vi ? 'ghi đè tệp đã có' : 'overwrite an existing file')
    .option('--max-size <size>', vi ? 'cỡ tệp tối đa (mặc định 5MB)' : 'largest file to read (default 5MB)')
    .addHelpText('after', examples(lang, [['cochuong report chuong-trinh-2027.yaml --ky 6-thang', 'khung báo cáo sơ kết 6 tháng của chương trình 2027', 'the mid-year report skeleton of the 2027 program']]))
    .action(run(async (command) => {
      const { reportCommand } = await import('./commands/report.js');
      return reportCommand(String(command.processedArgs[0]), command.opts(), ctx);
    }));

  program.command('status')
    .description(vi ? 'việc quá hạn, đến hạn, sắp tới của các chương trình vào một ngày; nội dung báo cáo chưa có kết quả' : 'what is overdue, due and coming up in programs on a day; report items without a result')
    .argument('[paths...]', vi ? 'tệp hoặc thư mục' : 'files or folders')
    .option('--date <date>', vi ? 'ngày xét, YYYY-MM-DD (mặc định: hôm nay)' : 'the day, YYYY-MM-DD (default: today)')
    .option('-f, --format <format>', vi ? 'text, json hoặc ics (lịch cho điện thoại, Outlook)' : 'text, json or ics (a calendar for phones, Outlook)', 'text')
    .option('-o, --output <file>', vi ? 'ghi kết quả vào tệp này' : 'write the result to this file')
    .option('--force', vi ? 'ghi đè tệp kết quả đã có' : 'overwrite an existing output file')
    .option('--max-size <size>', vi ? 'cỡ tệp tối đa (mặc định 5MB)' : 'largest file to read (default 5MB)')
    .addHelpText('after', examples(lang, [['cochuong status van-ban/', 'việc quá hạn, đến hạn hôm nay và sắp tới', 'what is overdue, due today and coming up']]))
    .action(run(async (command) => {
      const { statusCommand } = await import('./commands/status.js');
      return statusCommand(command.processedArgs[0] as string[], command.opts(), ctx);
    }));

  program.command('render')
    .description(vi ? 'in văn bản ra Word (DOCX), Markdown hoặc PDF đúng thể thức Nghị định 30/2020' : 'render documents to Word (DOCX), Markdown or PDF laid out per Decree 30/2020')
    .argument('[files...]', vi ? 'tệp YAML hoặc thư mục' : 'YAML files or directories')
    .option('-f, --format <format>', vi ? 'docx (mặc định), md, pdf; nhiều định dạng: --format docx,pdf' : 'docx (default), md, pdf; several: --format docx,pdf',
      (value: string, previous: string[] = []) => [...previous, value])
    .option('-o, --output <path>', vi ? 'tệp kết quả, hoặc thư mục khi in nhiều tệp (mặc định: cạnh tệp YAML)' : 'output file, or folder for several inputs (default: beside the YAML file)')
    .option('--template <dir>', vi ? 'thư mục mẫu in thay cho mẫu gốc (mặc định: thư mục templates/ cạnh tệp YAML, nếu có)' : 'template folder overriding the defaults (default: a templates/ folder beside the YAML file)')
    .option('--force', vi ? 'ghi đè tệp kết quả đã có' : 'overwrite existing output files')
    .option('--margins <mm>', vi ? 'lề trên,dưới,trái,phải tính bằng mm (mặc định 20,20,30,15)' : 'margins top,bottom,left,right in mm (default 20,20,30,15)')
    .option('--config <file>', vi ? 'dùng tệp cấu hình này thay cho .cochuong.yaml tìm cạnh văn bản' : 'use this configuration file instead of the .cochuong.yaml found beside the documents')
    .option('--no-config', vi ? 'không dùng tệp cấu hình .cochuong.yaml nào' : 'use no .cochuong.yaml configuration')
    .option('--font-size <pt>', vi ? 'cỡ chữ thân văn bản: 13 hoặc 14 (mặc định 14)' : 'body text size: 13 or 14 (default 14)')
    .option('--max-size <size>', vi ? 'cỡ tệp tối đa (mặc định 5MB)' : 'largest file to read (default 5MB)')
    .addHelpText('after', examples(lang, [
      ['cochuong render chuong-trinh-2027.yaml', 'tạo chuong-trinh-2027.docx bên cạnh tệp YAML', 'write chuong-trinh-2027.docx beside the YAML file'],
      ['cochuong render --format docx,pdf -o in/ van-ban/', 'in cả thư mục ra Word và PDF vào thư mục in/', 'render a whole folder to Word and PDF into in/'],
    ]))
    .action(run(async (command) => {
      const { renderCommand } = await import('./commands/render.js');
      return renderCommand(command.processedArgs[0] as string[], command.opts(), ctx);
    }));

  program.command('templates')
    .description(vi ? 'mẫu in: chép mẫu gốc ra để sửa' : 'templates: copy the defaults out for editing')
    .command('export')
    .description(vi ? 'chép các mẫu in gốc vào thư mục DIR để sửa' : 'copy the default templates into DIR for editing')
    .argument('<dir>', vi ? 'thư mục đích' : 'target folder')
    .option('--force', vi ? 'ghi đè tệp đã có' : 'overwrite existing files')
    .addHelpText('after', examples(lang, [['cochuong templates export mau-in/', 'chép mẫu gốc ra mau-in/ để sửa; render dùng mẫu ở templates/ cạnh tệp YAML', 'copy the defaults to mau-in/ to edit; render uses a templates/ folder beside the YAML file']]))
    .action(run(async (command) => {
      const { exportTemplatesCommand } = await import('./commands/templates.js');
      return exportTemplatesCommand(String(command.processedArgs[0]), command.opts(), ctx);
    }));

  program.command('git-setup')
    .description(vi ? 'cấu hình git trong kho này để git diff so sánh tệp .yaml theo nội dung' : 'set git up in this repository so that git diff compares .yaml files by meaning')
    .option('--command <command>', vi ? 'lệnh textconv git sẽ chạy (mặc định: cochuong đang chạy, rồi cochuong trên PATH)' : 'the textconv command git runs (default: this cochuong, then cochuong on the PATH)')
    .option('--external', vi ? 'thêm bộ so sánh ngoài: git diff in bản tóm tắt của cochuong diff' : 'also the external driver: git diff prints cochuong diff\'s summary')
    .addHelpText('after', examples(lang, [['cochuong git-setup', 'từ nay git diff các tệp .yaml cho biết thay đổi theo nội dung', 'from now on git diff shows .yaml changes by meaning']]))
    .action(run(async (command) => {
      const { gitSetupCommand } = await import('./commands/git-setup.js');
      return gitSetupCommand(command.opts(), ctx);
    }));

  program.command('textconv')
    .description(vi ? 'in văn bản như khi in (Markdown), cho git (diff.cochuong.textconv)' : 'print a document as it prints (Markdown), for git (diff.cochuong.textconv)')
    .argument('<file>', vi ? 'tệp YAML' : 'YAML file')
    .option('--max-size <size>', vi ? 'cỡ tệp tối đa (mặc định 5MB)' : 'largest file to read (default 5MB)')
    .addHelpText('after', examples(lang, [['cochuong textconv chuong-trinh-2027.yaml', 'git gọi lệnh này sau cochuong git-setup; không cần chạy tay', 'git runs this after cochuong git-setup; no need to run it by hand']]))
    .action(run(async (command) => {
      const { textconvCommand } = await import('./commands/textconv.js');
      return textconvCommand(String(command.processedArgs[0]), command.opts(), ctx);
    }));

  // "cochuong" alone (or with only --lang / --no-color): the help, on standard output, as "cochuong help" does.
  const rest = argv.filter((a, i) => a !== '--no-color' && a !== '--lang' && !a.startsWith('--lang=') && argv[i - 1] !== '--lang');
  if (rest.length === 0) {
    ctx.stdout(program.helpInformation());
    return EXIT.ok;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
      ctx.stderr(translateCommanderError(error, lang) + '\n');
      return EXIT.usage;
    }
    throw error;
  }
  await new Promise<void>((done) => { process.stdout.write('', () => done()); });
  if (stdoutFailure && stdoutFailure.code !== 'EPIPE') {
    const why = ioReason(stdoutFailure.code);
    ctx.stderr(vi ? `cochuong: không ghi được kết quả ra đầu ra chuẩn: ${why.vi}. Kết quả bị thiếu, đừng dùng nó.\n`
      : `cochuong: could not write the result to standard output: ${why.en}. The output is incomplete; do not use it.\n`);
    return EXIT.usage;
  }
  return exitCode;
}

function readStdin(maxBytes: number): Promise<BytesResult> {
  return readStream(process.stdin, maxBytes);
}
