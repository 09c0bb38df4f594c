import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertToPdf, findSoffice } from '../../src/render/pdf.js';
import { exampleFiles, renderExample } from './examples.js';

const soffice = findSoffice();
const reason = soffice ? '' : ' — SKIPPED: LibreOffice not installed (apt-get install libreoffice-writer-nogui poppler-utils fonts-liberation2)';

describe.skipIf(!soffice)(`the PDF for signing${reason}`, () => {
  it('is PDF/A-2b with tagged text and every font embedded', { timeout: 180_000 }, async () => {
    const file = exampleFiles().find((f) => f.endsWith('soc-son-2020.yaml'))!;
    const [result] = await convertToPdf([{ file, docx: (await renderExample(file, ['docx'])).docx! }]);
    if (!result.ok) throw new Error(result.message.reason.en);
    const dir = mkdtempSync(join(tmpdir(), 'cochuong-pdfa-'));
    try {
      const pdf = join(dir, 'van-ban.pdf');
      writeFileSync(pdf, result.pdf);
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      expect(info).toMatch(/^Tagged:\s+yes$/m);
      // The XMP metadata declares the PDF/A part and conformance level.
      const xmp = execFileSync('pdfinfo', ['-meta', pdf], { encoding: 'utf8' });
      expect(xmp).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
      expect(xmp).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
      const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim() !== '');
      expect(fonts.length).toBeGreaterThan(0);
      // Columns: name type encoding emb sub uni object ID — "emb" is "yes" for every font.
      for (const line of fonts) expect(line, line).toMatch(/\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/);
      for (const line of fonts) expect(line.trim().split(/\s+/).slice(-5)[0], line).toBe('yes');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
