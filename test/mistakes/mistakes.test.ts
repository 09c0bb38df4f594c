import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/check-source.js';
import { cli, expectNoCrash } from '../support/cli.js';
import { baseProgram } from './base.js';
import { mistakeFiles } from './corpus.js';

/** The bar of issue 10: one mistake, its first message at the changed line, at most three messages. */
const MAX_MESSAGES = 3;
const files = mistakeFiles();

describe('one mistake, one right message', () => {
  it('the corpus is large enough and the base file is clean', () => {
    expect(files.length).toBeGreaterThanOrEqual(80);
    expect(checkText('base.yaml', baseProgram()).messages).toEqual([]);
  });

  it.each(files.map((f) => [f.name, f] as const))('%s', (_name, f) => {
    const { messages } = checkText(`${f.name}.yaml`, f.text);
    const shown = messages.map((m) => `${m.place?.start.line}:${m.place?.start.column} ${m.ruleId} ${m.reason.vi} | ${m.note?.vi ?? ''}`).join('\n');
    if (f.expect === '') {
      expect(messages, shown).toEqual([]);
      return;
    }
    expect(messages.length, shown).toBeGreaterThan(0);
    expect(messages.length, shown).toBeLessThanOrEqual(MAX_MESSAGES);
    const [first] = messages;
    expect(first.place?.start.line, shown).toBe(f.line);
    expect(first.ruleId, shown).toBe(f.expect);
    if (f.says) expect(`${first.reason.vi} ${first.note?.vi ?? ''}`, shown).toMatch(f.says);
    // Messages come in line order.
    const lines = messages.map((m) => m.place?.start.line ?? 0);
    expect(lines, shown).toEqual([...lines].sort((a, b) => a - b));
  });
});

const LEAD = /^[ \t\u00a0\u2007\u202f\u200b]*/;

/**
 * The changed line with the first message's fix done exactly as it says, when it says it in words a
 * clerk can follow to the letter ("gõ 4 dấu cách", "Viết: nam: 2027"); undefined for other advice.
 */
function followed(line: string, note: string, actual: string | undefined): string | undefined {
  const lead = LEAD.exec(line)![0];
  const body = line.slice(lead.length);
  let g = /(?:gõ(?: lại)?|thụt lề đúng) (\d+) dấu cách/.exec(note);
  if (g) return ' '.repeat(Number(g[1])) + body;
  if (/gõ(?: lại)? không thụt lề/.test(note)) return body;
  g = /Thay "([^"]+)" bằng (\S+)\.$/.exec(note);
  if (g) return line.replace(g[1], g[2]);
  g = /Sửa thành "([a-z_]+):"/.exec(note);
  if (g && actual) return line.replace(actual, g[1]);
  g = /(?:Viết|dấu cách thường|ở cuối dòng|dấu nháy thẳng "|nháy kép|Ghi): (.+?)(?: \(chức vụ để ở chuc_vu\))?\.?$/.exec(note);
  if (!g || g[1].endsWith('…')) return undefined;
  const fix = g[1];
  const indent = ' '.repeat(lead.replace(/\t/g, '').length);
  if (/^(- |[a-z_]+: )/.test(fix)) return (/^- /.test(fix) || !body.startsWith('- ') ? indent : indent + '- ') + fix;
  return actual && line.includes(actual) ? line.replace(actual, fix) : undefined;
}

describe('the fix, followed to the letter, mends the file', () => {
  let count = 0;
  it.each(files.filter((f) => f.expect !== '').map((f) => [f.name, f] as const))('%s', (_name, f) => {
    const [first] = checkText(`${f.name}.yaml`, f.text).messages;
    const lines = f.text.split('\n');
    const fixed = followed(lines[f.line - 1], first.note?.vi ?? '', first.actual);
    if (fixed === undefined) return;
    count++;
    lines[f.line - 1] = fixed;
    const after = checkText(`${f.name}.yaml`, lines.join('\n')).messages;
    expect(after.map((m) => `${m.place?.start.line} ${m.ruleId} ${m.reason.vi}`), `${first.note?.vi}\n→ ${JSON.stringify(fixed)}`).toEqual([]);
  });
  it('follows enough fixes to mean something', () => expect(count).toBeGreaterThanOrEqual(40));
});

describe('the corpus through the real command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cochuong-mistakes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const some = ['tab-hai', 'thut-3-thay-4', 'nbsp-sau-hai-cham', 'khoa-goc-go-sai', 'nam-cu', 'huyen-noi-nhan', 'da-ky'];

  it('validate --format json gives each file its first message at the changed line', () => {
    const chosen = files.filter((f) => some.includes(f.name));
    expect(chosen).toHaveLength(some.length);
    for (const f of chosen) writeFileSync(join(dir, `${f.name}.yaml`), f.text);
    const run = cli(['validate', '--format', 'json', ...chosen.map((f) => join(dir, `${f.name}.yaml`))]);
    expectNoCrash(run);
    const report = JSON.parse(run.stdout) as { files: { file: string; messages: { line: number; ruleId: string }[] }[] };
    for (const f of chosen) {
      const entry = report.files.find((r) => r.file.endsWith(`${f.name}.yaml`))!;
      expect(entry.messages[0], f.name).toMatchObject({ line: f.line, ruleId: f.expect });
      expect(entry.messages.length, f.name).toBeLessThanOrEqual(MAX_MESSAGES);
    }
  });
});
