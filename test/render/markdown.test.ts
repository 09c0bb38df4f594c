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

  it('shows tracked changes', () => {
    const c = composeExample(soc);
    c.body = [{ type: 'paragraph', runs: [{ text: 'Giữ ' }, { text: 'bỏ', change: 'del' }, { text: 'thêm', change: 'ins', bold: true }] }];
    expect(writeMarkdown(c)).toContain('Giữ ~~bỏ~~<ins>**thêm**</ins>');
  });
});
