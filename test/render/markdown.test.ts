import { describe, expect, it } from 'vitest';
import { basename } from 'node:path';
import { composeExample, exampleFiles, loadExample, renderExample } from './examples.js';
import { writeMarkdown } from '../../src/render/markdown.js';
import { QUOC_HIEU, TIEU_NGU } from '../../src/render/blocks.js';
import { numberLine } from '../../src/render/helpers.js';

describe.each(exampleFiles().map((f) => [basename(f), f]))('Markdown of %s', (_name, file) => {
  const doc = loadExample(file);
  const markdown = renderExample(file, ['md']).then((o) => new TextDecoder().decode(o.md!));

  it('reads like the document: header, title, sections, signatures, recipients', async () => {
    const md = await markdown;
    const lines = md.split('\n');
    expect(lines[0]).toContain(`**${QUOC_HIEU}**`);
    expect(lines[0]).toContain(`**${TIEU_NGU}**`);
    expect(lines[1]).toBe('|:---:|:---:|');
    expect(lines[2]).toContain(numberLine(doc.so, doc.ky_hieu));
    expect(md).toContain(`**${doc.trich_yeu}**`);
    if (doc.loai === 'quy_che') {
      expect(md).toContain('**Chương I**');
      expect(md).toMatch(/^#### Điều 1\. /m);
    } else {
      expect(md).toMatch(/^## I\. /m);
    }
    for (const party of doc.ben) expect(md).toContain(`**${party.ky.ho_ten}**`);
    expect(md).toContain('***Nơi nhận:***');
    expect(md).toMatch(/^- Lưu: .*\.$/m);
    expect(md).toMatch(/\.\/\.$/m);
  });

  it('shows no trace of template syntax or missing values', async () => {
    const md = await markdown;
    for (const bad of ['{{', 'undefined', '[object Object]', 'NaN']) expect(md).not.toContain(bad);
  });

  it('keeps literal numbers from turning into Markdown lists', async () => {
    const md = await markdown;
    expect(md).not.toMatch(/^\d+\. /m);
  });
});

describe('Markdown details', () => {
  const soc = exampleFiles().find((f) => f.endsWith('soc-son-2020.yaml'))!;

  it('escapes characters Markdown would read as syntax', () => {
    const c = composeExample(soc);
    c.body = [{ type: 'paragraph', runs: [{ text: '# 1. a*b_c [x] <y> `z`' }] }, { type: 'paragraph', runs: [{ text: '1. Khoản' }] }];
    const md = writeMarkdown(c);
    expect(md).toContain('\\# 1. a\\*b\\_c \\[x\\] \\<y\\> \\`z\\`');
    expect(md).toContain('1\\. Khoản');
  });

  it('lets no text open a block: rules, setext underlines, fences, table rows, headings after a line break', () => {
    const c = composeExample(soc);
    const paragraph = (...lines: string[]) => ({ type: 'paragraph' as const, runs: lines.map((text, i) => ({ text, ...(i < lines.length - 1 ? { lineBreak: true } : {}) })) });
    c.body = [paragraph('~~~'), paragraph('abc', '==='), paragraph('x | y', '--- | ---'), paragraph('a', ':-:'), paragraph('a', '| b'), paragraph('## Giả'),
      { type: 'heading', level: 2, runs: [{ text: 'Tên', lineBreak: true }, { text: '# Giả #' }] }];
    c.subject = [{ text: 'Dòng một\n# Dòng hai' }];
    const md = writeMarkdown(c);
    for (const line of ['\\~\\~\\~', '\\===', '\\--- | ---', '\\:-:', '\\| b', '#\\# Giả', '### Tên<br>\\# Giả \\#']) expect(md.split('\n')).toContain(line);
    expect(md).toContain('**Dòng một # Dòng hai**');
  });

  it('keeps entities typed in the document as text', () => {
    const c = composeExample(soc);
    c.body = [{ type: 'paragraph', runs: [{ text: 'R&D &amp; &#35;1' }] }];
    expect(writeMarkdown(c)).toContain('R&D \\&amp; \\&#35;1');
  });

  it('shows tracked changes', () => {
    const c = composeExample(soc);
    c.body = [{ type: 'paragraph', runs: [{ text: 'Giữ ' }, { text: 'bỏ', change: 'del' }, { text: 'thêm', change: 'ins', bold: true }] }];
    expect(writeMarkdown(c)).toContain('Giữ ~~bỏ~~<ins>**thêm**</ins>');
  });
});
