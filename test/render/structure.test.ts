import { describe, expect, it } from 'vitest';
import { basename } from 'node:path';
import { unzip } from './unzip.js';
import { exampleFiles, loadExample, paragraphTexts, renderExample } from './examples.js';

/** What outline, navigation, pandoc and screen readers read from a DOCX: heading styles and the language. */
describe.each(exampleFiles().map((f) => [basename(f), f]))('structure of the DOCX of %s', (_name, file) => {
  const parts = renderExample(file, ['docx']).then((o) => unzip(o.docx!));
  const part = async (name: string) => (await parts).get(name)!.toString('utf8');

  it('gives every heading of the body a Heading 1–3 style, and no other paragraph', async () => {
    const document = await part('word/document.xml');
    const styled = [...document.matchAll(/<w:p(?: [^>]*)?><w:pPr><w:pStyle w:val="Heading(\d)"\/>[\s\S]*?<\/w:p>/g)];
    expect(styled.length).toBeGreaterThan(0);
    for (const [xml, level] of styled) {
      const text = paragraphTexts(xml)[0];
      if (level === '1') expect(text).toMatch(/^[IVX]+\. \p{Lu}/u);
      if (level === '2') expect(text).toMatch(/^\d+\. /);
      expect(xml).toContain('<w:b/>');
    }
    const doc = loadExample(file);
    if (doc.loai === 'quy_che') expect(styled.some(([, level]) => level === '3')).toBe(true);
    else expect(styled.some(([, level]) => level === '1')).toBe(true);
  });

  it('defines Heading 1–3 in the decree\'s look (Times New Roman, bold, black, the body\'s size) with outline levels', async () => {
    const styles = await part('word/styles.xml');
    for (const level of [1, 2, 3]) {
      const style = new RegExp(`<w:style w:type="paragraph" w:styleId="Heading${level}">([\\s\\S]*?)</w:style>`).exec(styles)?.[1] ?? '';
      expect(style).toContain(`<w:outlineLvl w:val="${level - 1}"/>`);
      expect(style).toContain('w:ascii="Times New Roman"');
      expect(style).toContain('<w:color w:val="000000"/>');
      expect(style).toContain('<w:b/>');
      expect(style).toContain('<w:sz w:val="28"/>');
    }
  });

  it('says the text is Vietnamese: w:lang vi-VN in the defaults and dc:language in the properties', async () => {
    expect(await part('word/styles.xml')).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="vi-VN"/);
    expect(await part('docProps/core.xml')).toContain('<dc:language>vi-VN</dc:language>');
  });
});
