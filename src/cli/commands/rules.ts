import { catalogue, findEntry } from '../../catalogue.js';
import type { CatalogueEntry } from '../../message/catalogue-entry.js';
import { EXIT, t, type CliContext } from '../context.js';

export function rulesCommand(options: { format?: string }, ctx: CliContext): number {
  const entries = catalogue();
  if (options.format === 'json') {
    ctx.stdout(JSON.stringify(entries.map((e) => ({ id: e.id, name: e.name, stage: e.stage, severity: e.severity, description: e.description[ctx.lang] })), null, 2) + '\n');
    return EXIT.ok;
  }
  const lines = entries.map((e) => `${e.id}  ${pad(e.name, 30)} ${pad(severityWord(e, ctx), 10)} ${e.description[ctx.lang]}`);
  lines.push('', t(ctx.lang, 'Xem chi tiết một quy tắc: cochuong explain CT001', 'Explain one rule: cochuong explain CT001'));
  ctx.stdout(lines.join('\n') + '\n');
  return EXIT.ok;
}

export function explainCommand(id: string, ctx: CliContext): number {
  const entry = findEntry(id);
  if (!entry) {
    ctx.stderr(t(ctx.lang, `Không có quy tắc "${id}". Xem danh sách: cochuong rules\n`, `No rule "${id}". See the list: cochuong rules\n`));
    return EXIT.usage;
  }
  const out = [`${ctx.style.bold(entry.id)} ${entry.name} (${severityWord(entry, ctx)})`, '', entry.description[ctx.lang]];
  if (entry.rationale) out.push('', entry.rationale[ctx.lang]);
  if (entry.bad) out.push('', ctx.style.error(t(ctx.lang, 'Sai:', 'Wrong:')), indent(entry.bad));
  if (entry.good) out.push('', ctx.style.bold(t(ctx.lang, 'Đúng:', 'Right:')), indent(entry.good));
  ctx.stdout(out.join('\n') + '\n');
  return EXIT.ok;
}

function severityWord(e: CatalogueEntry, ctx: CliContext): string {
  return e.severity === 'error' ? t(ctx.lang, 'lỗi', 'error') : t(ctx.lang, 'cảnh báo', 'warning');
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const indent = (s: string) => s.split('\n').map((l) => '    ' + l).join('\n');
