import { readdir, realpath, stat, lstat } from 'node:fs/promises';
import { join, relative, isAbsolute, sep } from 'node:path';
import { createMessage, text, type Message } from '../message/message.js';
import { ioMessage } from '../read/read-bytes.js';
import { READ_CODES } from '../read/codes.js';
import { CONFIG_NAME } from '../config/config-name.js'; // YAML, but not a document

export interface CollectedFiles {
  /** Files to check, in the order given; files found in a directory sorted by path. */
  files: string[];
  /** Paths that could not be used (missing, unreadable): checked files still go on. */
  messages: Message[];
}

const YAML_FILE = /\.ya?ml$/i;
/** "chuong-trinh.yaml.txt": saved by Notepad with the extension Windows hides. */
const HIDDEN_TXT = /\.ya?ml\.txt$/i;
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

/**
 * Expands the paths a user gave: files as they are, directories searched for *.yaml / *.yml.
 * The walk does not follow links to directories (no loops, never leaves the tree) and reports,
 * rather than stops at, entries it cannot read.
 */
export async function collectFiles(paths: string[]): Promise<CollectedFiles> {
  const result: CollectedFiles = { files: [], messages: [] };
  const seen = new Set<string>();
  const add = (file: string) => { if (!seen.has(file)) { seen.add(file); result.files.push(file); } };
  for (const path of paths) {
    if (path === '-') { add(path); continue; }
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      result.messages.push(ioMessage(path, error));
      continue;
    }
    if (!info.isDirectory()) { add(path); continue; }
    const found: string[] = [];
    const txt: string[] = [];
    await walk(path, await realpath(path).catch(() => path), found, result.messages, txt);
    found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (found.length === 0) {
      // A path that matches nothing is trouble with the call (exit 2), not a clean run.
      const example = txt.sort()[0];
      result.messages.push(createMessage({ file: path, source: 'io', severity: 'error', ruleId: READ_CODES.notFound.id,
        reason: example
          ? text(`Thư mục không có tệp .yaml nào, chỉ có ${txt.length} tệp đuôi .yaml.txt (như ${example}): Windows ẩn phần đuôi ".txt" nên tên trông như .yaml.`,
            `The directory holds no .yaml file, only ${txt.length} file(s) ending in .yaml.txt (such as ${example}): Windows hides the ".txt", so the names look like .yaml.`)
          : text('Thư mục không có tệp .yaml nào (tệp và thư mục ẩn, bắt đầu bằng dấu chấm, được bỏ qua).', 'The directory holds no .yaml file (hidden files and folders, starting with a dot, are skipped).'),
        note: example
          ? text('Đổi tên các tệp, bỏ ".txt" ở cuối (trong File Explorer: View → bật "File name extensions" để thấy đuôi); khi lưu bằng Notepad, chọn "Save as type: All files".',
            'Rename the files without the final ".txt" (File Explorer: View → "File name extensions" shows it); when saving in Notepad, choose "Save as type: All files".')
          : text('Kiểm tra lại thư mục, hoặc chỉ ra từng tệp.', 'Check the directory, or name the files.') }));
    }
    found.forEach(add);
  }
  return result;
}

/**
 * Hidden entries (".github/", ".pre-commit-config.yaml", ".cochuong.yaml") are another tool's, or the
 * configuration: skipped in a directory, as --staged does; a hidden file named on the command line is read.
 */
async function walk(dir: string, root: string, found: string[], messages: Message[], txt: string[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    messages.push(ioMessage(dir, error));
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) await walk(path, root, found, messages, txt);
    } else if (entry.isFile()) {
      if (YAML_FILE.test(entry.name) && entry.name !== CONFIG_NAME) found.push(path);
      else if (HIDDEN_TXT.test(entry.name)) txt.push(path);
    } else if (entry.isSymbolicLink() && YAML_FILE.test(entry.name)) {
      // A linked file is read only if it stays inside the tree; linked directories are never followed.
      try {
        const target = await realpath(path);
        const rel = relative(root, target);
        if (rel.startsWith('..' + sep) || rel === '..' || isAbsolute(rel)) {
          messages.push(createMessage({ file: path, source: 'io', severity: 'warning', ruleId: READ_CODES.notRegular.id,
            reason: text('Bỏ qua liên kết trỏ ra ngoài thư mục đang kiểm tra.', 'Skipped a link that points outside the directory being checked.'),
            note: text('Chỉ ra tệp đích trực tiếp nếu muốn kiểm tra nó.', 'Name the target file directly to check it.') }));
        } else if ((await stat(target)).isFile()) {
          found.push(path);
        }
      } catch (error) {
        messages.push(ioMessage(path, (await lstat(path).then(() => error).catch(() => error))));
      }
    }
  }
}
