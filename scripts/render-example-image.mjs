// Regenerates the pages the README shows — examples/rendered/soc-son-2020-page1.png and
// soc-son-2020-last.png — and beside them soc-son-2020.docx.sha256, the digest of the DOCX they were
// made from (test/render/readme-images.test.ts fails when a rendering no longer gives that DOCX,
// that is when the images are stale): the example through `cochuong render --format docx,pdf`
// (LibreOffice), then the first and the last page as PNG (poppler).
// Run after changing the layout or the templates: node scripts/build.mjs && node scripts/render-example-image.mjs
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(join(tmpdir(), 'cochuong-image-'));
const env = { ...process.env };
delete env.SOURCE_DATE_EPOCH; // the DOCX is dated from the document, as the test renders it
try {
  const base = join(work, 'soc-son-2020');
  execFileSync(process.execPath, [join(root, 'bin/cochuong.js'), 'render', join(root, 'examples/soc-son-2020.yaml'), '--format', 'docx,pdf', '-o', base],
    { stdio: 'inherit', env });
  const pdf = `${base}.pdf`;
  const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))[1]);
  const out = join(root, 'examples/rendered/soc-son-2020');
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, `${out}-page1`], { stdio: 'inherit' });
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', String(pages), '-l', String(pages), '-singlefile', pdf, `${out}-last`], { stdio: 'inherit' });
  const digest = createHash('sha256').update(readFileSync(`${base}.docx`)).digest('hex');
  writeFileSync(`${out}.docx.sha256`, `${digest}  soc-son-2020.docx\n`);
  console.log(`${out}-page1.png\n${out}-last.png (page ${pages})\n${out}.docx.sha256`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
