import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cli, expectNoCrash, ROOT } from '../support/cli.js';
import { docxPart, revisions } from './docx-parts.js';

const onPath = (name: string) => (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, name)));
const tools = onPath('soffice') && onPath('pdftotext');
const why = tools ? '' : ' — SKIPPED: LibreOffice (soffice) or pdftotext not installed (apt-get install libreoffice-writer-nogui poppler-utils fonts-liberation)';

describe('cochuong diff --format docx (process)', () => {
  it('writes a redline only to a file, and only from documents that match the format', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cochuong-redline-'));
    const noOutput = cli(['diff', '-f', 'docx', 'examples/cau-giay-2019.yaml', 'examples/cau-giay-2020.yaml']);
    expect(noOutput.status).toBe(2);
    expect(noOutput.stderr).toContain('-o TỆP.docx');
    const draft = join(dir, 'nhap.yaml');
    spawnSync('sh', ['-c', `sed 's/^trich_yeu:/trich_yeo:/' examples/cau-giay-2020.yaml > '${draft}'`], { cwd: ROOT });
    const invalid = cli(['diff', '-f', 'docx', '-o', join(dir, 'x.docx'), 'examples/cau-giay-2019.yaml', draft]);
    expectNoCrash(invalid);
    expect(invalid.status).toBe(2);
    expect(invalid.stderr).toContain('DF007');
    expect(existsSync(join(dir, 'x.docx'))).toBe(false);
  });

  it(`shows the inserted and the deleted words when LibreOffice turns the redline into a PDF${why}`, { skip: !tools, timeout: 180_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'cochuong-redline-'));
    const docx = join(dir, 'so-sanh.docx');
    const run = cli(['diff', '--format', 'docx', '-o', docx, 'examples/cau-giay-2019.yaml', 'examples/cau-giay-2020.yaml']);
    expectNoCrash(run);
    expect(run.status).toBe(1);
    const bytes = readFileSync(docx);
    expect(revisions(docxPart(bytes, 'word/document.xml')).every((r) => r.author === 'cochuong')).toBe(true);

    const converted = spawnSync('soffice', [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--norestore',
      '--convert-to', 'pdf', '--outdir', dir, docx], { encoding: 'utf8', timeout: 150_000 });
    const pdf = join(dir, 'so-sanh.pdf');
    expect(existsSync(pdf), converted.stderr).toBe(true);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdfText = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout.normalize('NFC').replace(/\s+/g, ' ');
    // Inserted (NEW) and deleted (OLD) words both print: Word and LibreOffice show tracked changes.
    for (const inserted of ['Hà Minh Tuấn', 'Góp phần tổ chức thành công Đại hội Đảng bộ các cấp', 'Các Ban HĐND quận']) expect(pdfText).toContain(inserted);
    for (const deleted of ['Lương Quốc Bảo', 'Đại hội đại biểu Mặt trận Tổ quốc Việt Nam quận nhiệm kỳ', 'tiếp nhận, phân loại, chuyển']) expect(pdfText).toContain(deleted);
  });
});

describe('cochuong diff --format pdf (process)', () => {
  it(`writes a printable redline: the new and the deleted words both on the page${why}`, { skip: !tools, timeout: 180_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'cochuong-redline-pdf-'));
    const pdf = join(dir, 'so-sanh.pdf');
    const noOutput = cli(['diff', '-f', 'pdf', 'examples/cau-giay-2019.yaml', 'examples/cau-giay-2020.yaml']);
    expect(noOutput.status).toBe(2);
    expect(noOutput.stderr).toContain('-o TỆP.pdf');
    const run = cli(['diff', '--format', 'pdf', '-o', pdf, 'examples/cau-giay-2019.yaml', 'examples/cau-giay-2020.yaml']);
    expectNoCrash(run);
    expect(run.status).toBe(1);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdfText = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout.normalize('NFC').replace(/\s+/g, ' ');
    expect(pdfText).toContain('Hà Minh Tuấn');
    expect(pdfText).toContain('Lương Quốc Bảo');
  });
});
