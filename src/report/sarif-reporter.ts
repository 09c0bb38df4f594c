import { resolve } from 'node:path';
import type { CheckedFile } from '../check/check-source.js';
import { catalogue } from '../catalogue.js';
import type { Message } from '../message/message.js';
import type { CatalogueEntry } from '../message/catalogue-entry.js';
import { VERSION } from '../version.js';
import { orderedMessages } from './ordered.js';
import { encodeUriPath, fileUri, relativeInside, type PathBase } from './paths.js';
import type { Lang } from './style.js';

/**
 * SARIF 2.1.0 (OASIS), as GitHub code scanning and other CI dashboards read it: one run, the tool's
 * rules with their description and help, and one result per message. Paths are URIs relative to
 * `root` (the repository) when the file lies inside it.
 */
export function sarifReport(results: CheckedFile[], extra: Message[], lang: Lang, options: PathBase): string {
  const messages = orderedMessages(results, extra);
  const entries = new Map(catalogue().map((e) => [e.id, e]));
  const used = [...new Set(messages.map((m) => m.ruleId))].sort();
  const index = new Map(used.map((id, i) => [id, i]));
  const run = {
    tool: {
      driver: {
        name: 'cochuong',
        version: VERSION,
        informationUri: 'https://www.npmjs.com/package/cochuong',
        rules: used.map((id) => ruleDescriptor(id, entries.get(id), lang)),
      },
    },
    ...(options.root ? { originalUriBaseIds: { SRCROOT: { uri: fileUri(options.root, true) } } } : {}),
    results: messages.map((m) => result(m, index.get(m.ruleId)!, lang, options)),
  };
  return JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] }, null, 2) + '\n';
}

function ruleDescriptor(id: string, entry: CatalogueEntry | undefined, lang: Lang) {
  const help = [entry?.rationale?.[lang], entry?.bad ? `${lang === 'vi' ? 'Sai' : 'Wrong'}:\n${entry.bad}` : undefined,
    entry?.good ? `${lang === 'vi' ? 'Đúng' : 'Right'}:\n${entry.good}` : undefined].filter(Boolean).join('\n\n');
  return {
    id,
    ...(entry ? { name: entry.name } : {}),
    shortDescription: { text: entry?.description[lang] ?? id },
    ...(help ? { help: { text: help } } : {}),
    defaultConfiguration: { level: entry?.severity === 'warning' ? 'warning' : 'error' },
  };
}

function result(m: Message, ruleIndex: number, lang: Lang, options: PathBase) {
  const text = m.note ? `${m.reason[lang]} ${m.note[lang]}` : m.reason[lang];
  const location = artifactLocation(m.file, options);
  const region = m.place ? {
    startLine: m.place.start.line, startColumn: m.place.start.column,
    ...(m.place.end ? { endLine: m.place.end.line, endColumn: m.place.end.column } : {}),
  } : undefined;
  return {
    ruleId: m.ruleId,
    ruleIndex,
    level: m.severity === 'error' ? 'error' : 'warning',
    message: { text },
    locations: [{ physicalLocation: { artifactLocation: location, ...(region ? { region } : {}) } }],
  };
}

function artifactLocation(file: string, options: PathBase) {
  if (file === '-') return { uri: 'stdin' };
  const absolute = resolve(options.cwd, file);
  if (options.root) {
    const relative = relativeInside(options.root, absolute);
    if (relative !== undefined) return { uri: encodeUriPath(relative), uriBaseId: 'SRCROOT' };
  }
  return { uri: fileUri(absolute) };
}

