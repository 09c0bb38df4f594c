// Regenerates examples/rendered/soc-son-2020-page1.png, the rendered page the README shows:
// the example through `cochuong render --format pdf` (LibreOffice), then page 1 as PNG (poppler).
// Run after changing the layout or the templates: node scripts/build.mjs && node scripts/render-example-image.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(join(tmpdir(), 'cochuong-image-'));
try {
  const pdf = join(work, 'soc-son-2020.pdf');
  execFileSync(process.execPath, [join(root, 'bin/cochuong.js'), 'render', join(root, 'examples/soc-son-2020.yaml'), '--format', 'pdf', '-o', pdf], { stdio: 'inherit' });
  const out = join(root, 'examples/rendered/soc-son-2020-page1');
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, out], { stdio: 'inherit' });
  console.log(`${out}.png`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
