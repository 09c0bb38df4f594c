import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultTemplateDir, loadTemplates } from '../../src/render/templates.js';
import { composeDocument, renderDocument } from '../../src/render/render-document.js';
import { EXAMPLES_DIR, loadExample } from '../render/examples.js';

/** Issue 15, items 9, 17, 18, 19: what one rendering may cost, and what it trusts. */
const dir = mkdtempSync(join(tmpdir(), 'cochuong-render-bounds-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = join(EXAMPLES_DIR, 'soc-son-2020.yaml');
const defaults = () => {
  const t = loadTemplates([defaultTemplateDir()]);
  if (!t.ok) throw new Error('templates');
  return t.set;
};
let folders = 0;
/** The default templates with chuong_trinh.hbs replaced by `source`. */
const withTemplate = (source: string) => {
  const folder = join(dir, `t${folders++}`);
  mkdirSync(folder);
  writeFileSync(join(folder, 'chuong_trinh.hbs'), source);
  const t = loadTemplates([defaultTemplateDir(), folder]);
  if (!t.ok) throw new Error(t.messages.map((m) => m.reason.en).join('; '));
  return { set: t.set, file: join(folder, 'chuong_trinh.hbs') };
};

describe('a large valid document renders (item 9)', () => {
  it('20,000 items to Markdown, without "too many arguments"', async () => {
    const doc = loadExample(file);
    const item = doc.noi_dung![0];
    doc.noi_dung = Array.from({ length: 20_000 }, (_, i) => ({ ...item, id: `nd-${i}`, tieu_de: `Nội dung phối hợp số ${i + 1}` }));
    const result = await renderDocument(file, doc, { templates: defaults(), formats: ['md'], env: {} });
    expect(result.ok, JSON.stringify(!result.ok && result.messages.map((m) => m.reason.en))).toBe(true);
    if (result.ok) expect(Buffer.from(result.outputs.md!).toString()).toContain('Nội dung phối hợp số 20000');
  }, 120_000);
});

describe('SOURCE_DATE_EPOCH is checked, 1980 to 9999 (item 17)', () => {
  it.each(['1', '253402300800', '99999999999999', 'abc', '-5', '1e9'])('%s is refused with RD005, nothing stamped', (value) => {
    const composed = composeDocument(file, loadExample(file), { templates: defaults(), env: { SOURCE_DATE_EPOCH: value } });
    expect(composed.ok).toBe(false);
    if (!composed.ok) expect(composed.messages.map((m) => m.ruleId)).toEqual(['RD005']);
  });
  it('a date in range is used', async () => {
    const composed = composeDocument(file, loadExample(file), { templates: defaults(), env: { SOURCE_DATE_EPOCH: '1767225600' } });
    expect(composed.ok).toBe(true);
    const empty = composeDocument(file, loadExample(file), { templates: defaults(), env: { SOURCE_DATE_EPOCH: '' } });
    expect(empty.ok).toBe(true);
  });
});

describe('template helpers check their arguments, with the template\'s line and column (item 18)', () => {
  it.each([
    ['{{chu_cai -1}}', 'chu_cai', 'whole number'],
    ['{{la_ma "abc"}}', 'la_ma', 'whole number'],
    ['{{chu_cai 1000000000}}', 'chu_cai', 'whole number'],
    ['{{la_ma}}', 'la_ma', 'takes 1 argument'],
    ['{{bang loai}}', 'bang', 'takes 2 arguments'],
    ['{{ngay_chu trich_yeu}}', 'ngay_chu', 'a date'],
    ['{{dem 3}}', 'dem', 'a name'],
  ])('%s', (call, helper, expected) => {
    const { set, file: template } = withTemplate(`Dòng đầu\n  ${call}\n`);
    const composed = composeDocument(file, loadExample(file), { templates: set, env: {} });
    expect(composed.ok).toBe(false);
    if (composed.ok) return;
    const m = composed.messages.find((x) => x.ruleId === 'RD001')!;
    expect(m.file).toBe(template);
    expect(m.reason.en).toContain(helper);
    expect(m.reason.en).toContain(expected);
    expect(m.place?.start).toEqual({ line: 2, column: 3 });
  });
  it('correct calls still work', () => {
    const { set } = withTemplate('{{la_ma 4}} {{chu_cai 4}} {{stt 0}} {{ngay_chu ngay_ban_hanh}} {{dem "a"}}\n');
    expect(composeDocument(file, loadExample(file), { templates: set, env: {} }).ok).toBe(true);
  });
});

describe('one rendering has an output budget (item 19)', () => {
  it('nine nested loops over @root stop with a template error, not gigabytes', () => {
    const open = '{{#each @root.noi_dung}}'.repeat(9);
    const close = '{{/each}}'.repeat(9);
    const { set, file: template } = withTemplate(`${open}{{tieu_de}} {{@root.trich_yeu}}${close}\n`);
    const doc = loadExample(file);
    const item = doc.noi_dung![0];
    doc.noi_dung = Array.from({ length: 12 }, (_, i) => ({ ...item, id: `nd-${i}` }));
    const composed = composeDocument(file, doc, { templates: set, env: {} });
    expect(composed.ok).toBe(false);
    if (!composed.ok) {
      const m = composed.messages.find((x) => x.ruleId === 'RD001')!;
      expect(m.file).toBe(template);
      expect(m.reason.en).toContain('writes too much');
    }
  });
});
