import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkText } from '../check/check-source.js';
import type { Message } from '../message/message.js';
import { portablePath, writePlannedFiles, type PlannedFile } from './setup-folder.js';
import { starterDocument, type StarterKind, type StarterLevel } from './starter.js';

export interface InitOptions {
  /** The folder to set up (created if missing). */
  dir: string;
  kind: StarterKind;
  cap: StarterLevel;
  ten: string;
  thuoc: string;
  force: boolean;
  /** The installed package's folder (holds schemas/ and examples/). */
  packageDir: string;
}

export type InitResult =
  | { ok: true; document: string; written: string[]; schemaRef: string }
  | { ok: false; messages: Message[] };

const EXAMPLES: Record<StarterKind, { example: string; name: string }> = {
  chuong_trinh: { example: 'phu-dong-2026.yaml', name: 'chuong-trinh-2026.yaml' },
  quy_che: { example: 'phu-dong-quy-che-2026-2031.yaml', name: 'quy-che-2026-2031.yaml' },
};

/**
 * Sets up a locality's working folder: a starter document that validates, the editor's settings
 * (the installed schema for completion and Vietnamese hover, the YAML extension recommended),
 * .cochuong.yaml, and a .gitignore for rendered files. Git is the caller's step (git-setup).
 */
export async function initFolder(options: InitOptions): Promise<InitResult> {
  const schemaFile = join(options.packageDir, 'schemas', 'cochuong.schema.json');
  // A per-project install is found from every clone; otherwise this installation, wherever it is.
  const local = join(options.dir, 'node_modules', 'cochuong', 'schemas', 'cochuong.schema.json');
  const isLocal = existsSync(local);
  // Relative paths only into the folder's own node_modules (they hold in every clone); else this
  // installation by absolute location, which holds wherever the folder is moved on this computer.
  const schemaRef = isLocal ? portablePath(options.dir, local) : pathToFileURL(schemaFile).href;
  const schemaSetting = isLocal ? portablePath(options.dir, local) : schemaFile;
  const { example, name } = EXAMPLES[options.kind];
  const source = readFileSync(join(options.packageDir, 'examples', example), 'utf8');
  const document = starterDocument(source, { cap: options.cap, ten: options.ten, thuoc: options.thuoc, schemaRef });
  const checked = checkText(join(options.dir, name), document);
  const errors = checked.messages.filter((m) => m.severity === 'error');
  if (errors.length > 0) return { ok: false, messages: errors };

  const files: PlannedFile[] = [
    { path: name, content: document },
    { path: '.vscode/settings.json', content: JSON.stringify({
      'yaml.schemas': { [schemaSetting]: ['[!.]*.yaml', '[!.]*.yml', '**/[!.]*.yaml', '**/[!.]*.yml'] },
      'files.encoding': 'utf8',
      '[yaml]': { 'editor.insertSpaces': true, 'editor.tabSize': 2 },
    }, null, 2) + '\n' },
    { path: '.vscode/extensions.json', content: JSON.stringify({ recommendations: ['redhat.vscode-yaml'] }, null, 2) + '\n' },
    { path: '.cochuong.yaml', content: CONFIG },
    { path: '.gitignore', content: '# Tệp in ra từ văn bản (cochuong render): dựng lại được bất cứ lúc nào.\n*.docx\n*.pdf\n# Tệp tạm của Word\n~$*\n' },
  ];
  const written = await writePlannedFiles(options.dir, files, options.force);
  if (!written.ok) return written;
  return { ok: true, document: name, written: written.written, schemaRef };
}

const CONFIG = `# Cấu hình cochuong cho thư mục này (xem README, mục .cochuong.yaml).
lang: vi
# Ví dụ: hạ một quy tắc xuống cảnh báo, hoặc tắt nó:
# rules:
#   CT009: warning
#   CT013: off
`;
