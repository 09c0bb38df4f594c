import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { exampleFiles, renderExample } from './examples.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RENDERED = `${ROOT}examples/rendered/`;

/**
 * The page images in the README are made by scripts/render-example-image.mjs, which records the
 * digest of the DOCX they were made from. Rendering is byte-identical from run to run, so a DOCX
 * that no longer has that digest means the layout or the wording changed and the images are stale.
 */
describe('the README\'s page images', () => {
  it('show page 1 and the last page of a program, and the README shows both', () => {
    for (const image of ['soc-son-2020-page1.png', 'soc-son-2020-last.png']) {
      expect(existsSync(`${RENDERED}${image}`), image).toBe(true);
      expect(readFileSync(`${RENDERED}${image}`).subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(readFileSync(`${ROOT}README.md`, 'utf8')).toContain(`examples/rendered/${image}`);
    }
  });

  it('are not stale: they were made from the DOCX the code renders now (else run node scripts/render-example-image.mjs)', async () => {
    const file = exampleFiles().find((f) => f.endsWith('soc-son-2020.yaml'))!;
    const docx = (await renderExample(file, ['docx'])).docx!;
    const recorded = readFileSync(`${RENDERED}soc-son-2020.docx.sha256`, 'utf8').split(/\s+/)[0];
    expect(createHash('sha256').update(docx).digest('hex'), 'the images are stale: node scripts/build.mjs && node scripts/render-example-image.mjs').toBe(recorded);
  });
});
