import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/check-source.js';
import { relatedLoader } from '../../src/check/check-files.js';
import { compareDocuments } from '../../src/diff/compare.js';
import { importWordFile } from '../../src/import/import-file.js';
import { documentYaml } from '../../src/import/write-yaml.js';
import { findSoffice } from '../../src/render/pdf.js';
import { renderDocument } from '../../src/render/render-document.js';
import { defaultTemplateDir, loadTemplates } from '../../src/render/templates.js';
import { exampleFiles, loadExample } from '../render/examples.js';
import { unzip } from '../render/unzip.js';
import { zipEntries } from '../../src/render/docx/zip.js';

/**
 * The proof of the importer on cochuong's own renderings: every example, and every real document of
 * test/real that validates, rendered to DOCX and imported back, compares equal to the original by
 * meaning (cochuong diff: no change). Also with the page alone (the rendering's custom property
 * removed): then only what the page does not show may differ.
 */

const related = relatedLoader();
const loaded = loadTemplates([defaultTemplateDir()]);
if (!loaded.ok) throw new Error('templates');

async function render(file: string): Promise<Uint8Array> {
  const doc = loadExample(file);
  const result = await renderDocument(file, doc, { templates: loaded.ok ? loaded.set : (undefined as never), formats: ['docx'], loadRelated: (p) => related(file, p) });
  if (!result.ok || !result.outputs.docx) throw new Error(`render ${file}`);
  return result.outputs.docx;
}

function realDocuments(): string[] {
  const dir = join(import.meta.dirname, '..', 'real');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true }).map(String).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(dir, f)).filter((f) => {
    try { return !usesNewForms(loadExample(f) as unknown as Record<string, unknown>); } catch { return false; }
  });
}

/**
 * The forms issue 9 added for real documents (a joint header, tên loại, giai đoạn, căn cứ written as text,
 * free sections…) are not read back by the importer yet: such documents are left out of the round trip.
 */
function usesNewForms(doc: Record<string, unknown>): boolean {
  const keys = ['tieu_de_chung', 'ten_loai', 'ten_loai_in', 'giai_doan', 'loi_ket', 'tieu_de_muc', 'muc_dich_yeu_cau', 'phan'];
  return keys.some((k) => k in doc) || typeof doc.loi_ban_hanh !== 'string' && doc.loi_ban_hanh !== undefined
    || (doc.can_cu as unknown[] | undefined ?? []).some((c) => typeof c === 'string')
    || (doc.dia_phuong as { cap?: string }).cap === 'trung_uong'
    || (doc.chuong as { dieu: { ten?: string }[] }[] | undefined ?? []).some((c) => c.dieu.some((d) => d.ten === undefined));
}

const files = [...exampleFiles(), ...realDocuments()];

async function importBack(name: string, docx: Uint8Array) {
  const result = await importWordFile(name, docx);
  if (!result.ok) throw new Error(result.messages.map((m) => m.reason.en).join('; '));
  return result;
}

describe.each(files.map((f) => [basename(f), f]))('%s: render → DOCX → import', (_name, file) => {
  it('diff against the original finds no difference, and the imported YAML validates', async () => {
    const original = loadExample(file);
    const imported = await importBack(`${file}.docx`, await render(file));
    const diff = compareDocuments(original, imported.data);
    expect(diff.changes.map((c) => JSON.stringify(c).slice(0, 300))).toEqual([]);
    const yaml = documentYaml(imported.data, '../schemas/cochuong.schema.json');
    const checked = checkText(join(file, '..', 'imported.yaml'), yaml, { loadRelated: (p) => related(file, p) });
    expect(checked.messages.filter((m) => m.severity === 'error').map((m) => `${m.ruleId} ${m.reason.en}`)).toEqual([]);
  });

  it('from the page alone (no cochuong property), only unprinted facts differ', async () => {
    const parts = unzip(await render(file));
    const stripped = zipEntries([...parts].filter(([p]) => p !== 'docProps/custom.xml').map(([path, data]) => ({ path, data: new Uint8Array(data) })), '2026-01-01');
    const imported = await importBack(`${file}.docx`, stripped);
    const diff = compareDocuments(loadExample(file), imported.data);
    // What the page does not print: ids, the superior unit, short names without an annex, law numbers, unused units, which party a duty paragraph
    // belongs to; and a report's figures, which the summary table prints but the importer does not read back from it.
    const unprinted = /^(dia_phuong\.thuoc|khoa|loi_ban_hanh|chuong_trinh(\.tep)?|(ben|don_vi)(\.\d+)?(\.(id|viet_tat))?|can_cu\.\d+\.so|noi_dung\.\d+(\.(id|phoi_hop|chu_tri))?|chuong\.\d+(\.dieu\.\d+)?(\.id)?|ket_qua\.\d+(\.(noi_dung|so_lieu(\.\w+)*))?|to_chuc_thuc_hien\.trach_nhiem(\.\d+)?(\.(ben|nhiem_vu)(\.\d+)?)?)$/;
    type Leaf = { newPath?: (string | number)[]; oldPath?: (string | number)[]; details?: Leaf[] };
    const leaves = (c: Leaf): string[] => (c.details?.length ? c.details.flatMap(leaves) : [(c.newPath ?? c.oldPath ?? []).join('.')]);
    const paths = diff.changes.flatMap((c) => leaves(c as Leaf));
    expect(paths.filter((p) => !unprinted.test(p))).toEqual([]);
  });
});

const soffice = findSoffice();
const work = mkdtempSync(join(tmpdir(), 'cochuong-import-lo-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// One document of each kind: LibreOffice takes seconds per file, twice per document (to .doc, back to .docx).
const ONE_OF_EACH = ['phu-dong-2026.yaml', 'phu-dong-quy-che-2026-2031.yaml', 'soc-son-bao-cao-2020.yaml'];

describe.runIf(soffice !== undefined)('through LibreOffice: render → soffice --convert-to doc → import', () => {
  it.each(exampleFiles().filter((f) => ONE_OF_EACH.includes(basename(f))).map((f) => [basename(f), f]))('%s: no difference', async (_name, file) => {
    const docx = await render(file);
    const input = join(work, `${basename(file, '.yaml')}.docx`);
    (await import('node:fs')).writeFileSync(input, docx);
    execFileSync(soffice!, [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'doc', '--outdir', work, input], { stdio: 'ignore', timeout: 120_000 });
    const doc = readFileSync(input.replace(/\.docx$/, '.doc'));
    const imported = await importBack(input.replace(/\.docx$/, '.doc'), doc);
    const diff = compareDocuments(loadExample(file), imported.data);
    expect(diff.changes.map((c) => JSON.stringify(c).slice(0, 300))).toEqual([]);
  }, 240_000);
});
