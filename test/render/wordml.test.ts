import { describe, expect, it } from 'vitest';
import { posix } from 'node:path';
import {
  breakRun, deletedRun, escapeXml, insertedRun, paragraph, table, tableCell, tableRow, textRun,
} from '../../src/render/docx/wordml.js';
import { unzip } from './unzip.js';
import { exampleFiles, renderExample } from './examples.js';

/** The local names of an element's children, in order. */
function children(xml: string, parent: string): string[] {
  const inner = new RegExp(`<${parent}>(.*?)</${parent}>`).exec(xml)?.[1] ?? '';
  const names: string[] = [];
  let depth = 0;
  for (const tag of inner.matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
    if (tag[1]) { depth--; continue; }
    if (depth === 0) names.push(tag[2]);
    if (!tag[3]) depth++;
  }
  return names;
}

describe('WordprocessingML writer', () => {
  it('escapes the five XML characters and drops controls XML forbids, keeping tabs and line ends', () => {
    expect(escapeXml(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f');
    expect(escapeXml('x\u0000y\u0008z\u000b\u000c\u001f|\t|\n|\r')).toBe('xyz|\t|\n|\r');
    expect(textRun('<Điều 1> & "khoản"', { size: 28 })).toContain('<w:t xml:space="preserve">&lt;Điều 1&gt; &amp; &quot;khoản&quot;</w:t>');
  });

  it('writes paragraph properties in the order the schema requires', () => {
    const xml = paragraph({
      keepNext: true, keepLines: true, pageBreakBefore: true, topBorder: true,
      spacing: { before: 60, after: 0, line: 240 }, indent: { left: 10, right: 10 }, alignment: 'center', markSize: 4,
    });
    expect(children(xml, 'w:pPr')).toEqual(['w:keepNext', 'w:keepLines', 'w:pageBreakBefore', 'w:pBdr', 'w:spacing', 'w:ind', 'w:jc', 'w:rPr']);
    expect(paragraph({ spacing: { before: 0, after: 120, line: 276 }, indent: { firstLine: 720 }, alignment: 'both' }, textRun('a', { size: 28 })))
      .toBe('<w:p><w:pPr><w:spacing w:after="120" w:before="0" w:line="276"/><w:ind w:firstLine="720"/><w:jc w:val="both"/></w:pPr>'
        + '<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"/>'
        + '<w:color w:val="000000"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t xml:space="preserve">a</w:t></w:r></w:p>');
  });

  it('writes run properties in schema order, and Times New Roman on every script', () => {
    const xml = textRun('x', { size: 26, bold: true, italics: true });
    expect(children(xml, 'w:rPr')).toEqual(['w:rFonts', 'w:b', 'w:bCs', 'w:i', 'w:iCs', 'w:color', 'w:sz', 'w:szCs']);
    expect(breakRun(26)).toContain('<w:br/>');
  });

  it('marks insertions and deletions as revisions, deleted text as w:delText', () => {
    const revision = { id: 7, author: 'cochuong & co', date: '2026-03-05T00:00:00Z' };
    const ins = insertedRun('mới', { size: 28 }, revision);
    expect(ins).toMatch(/^<w:ins w:id="7" w:author="cochuong &amp; co" w:date="2026-03-05T00:00:00Z"><w:r>.*<w:t xml:space="preserve">mới<\/w:t><\/w:r><\/w:ins>$/);
    const del = deletedRun('cũ', { size: 28 }, revision);
    expect(del).toMatch(/^<w:del w:id="7" [^>]*><w:r>.*<w:delText xml:space="preserve">cũ<\/w:delText><\/w:r><\/w:del>$/);
    expect(del).not.toContain('<w:t ');
  });

  it('writes table properties in schema order, and a paragraph in a cell that has none', () => {
    const xml = table({ width: 9000, columns: [4000, 5000], alignment: 'center', indent: -113, borders: 'single', cellMargins: { top: 1, left: 2, bottom: 3, right: 4 } },
      [tableRow([tableCell({ width: 4000, margins: { top: 0, left: 0, bottom: 0, right: 57 }, alignTop: true }, []), tableCell({ width: 5000 }, [])], { header: true })]);
    expect(children(xml, 'w:tblPr')).toEqual(['w:tblW', 'w:jc', 'w:tblInd', 'w:tblBorders', 'w:tblLayout', 'w:tblCellMar']);
    expect(children(xml, 'w:trPr')).toEqual(['w:cantSplit', 'w:tblHeader']);
    expect(children(xml, 'w:tcPr')).toEqual(['w:tcW', 'w:tcMar', 'w:vAlign']);
    expect(xml).toContain('<w:gridCol w:w="4000"/><w:gridCol w:w="5000"/>');
    expect(xml.match(/<\/w:tcPr><w:p\/><\/w:tc>/g)).toHaveLength(2);
  });
});

describe.each(exampleFiles().map((f) => [posix.basename(f), f]))('DOCX package of %s', (_name, file) => {
  it('holds every part its content types and relationships name, and names every part it holds', async () => {
    const parts = unzip((await renderExample(file, ['docx'])).docx!);
    const types = parts.get('[Content_Types].xml')!.toString('utf8');
    const overridden = [...types.matchAll(/PartName="\/([^"]+)"/g)].map((m) => m[1]);
    for (const name of overridden) expect(parts.has(name), name).toBe(true);
    const defaults = [...types.matchAll(/Extension="([^"]+)"/g)].map((m) => m[1]);
    for (const name of parts.keys()) {
      expect(overridden.includes(name) || defaults.includes(name.slice(name.lastIndexOf('.') + 1)), name).toBe(true);
    }
    for (const [name, bytes] of parts) {
      if (!name.endsWith('.rels')) continue;
      const source = name === '_rels/.rels' ? '' : posix.dirname(posix.dirname(name));
      for (const target of bytes.toString('utf8').matchAll(/Target="([^"]+)"/g)) {
        expect(parts.has(posix.join(source, target[1])), `${name} → ${target[1]}`).toBe(true);
      }
    }
    const document = parts.get('word/document.xml')!.toString('utf8');
    const rels = parts.get('word/_rels/document.xml.rels')!.toString('utf8');
    for (const id of document.matchAll(/r:id="([^"]+)"/g)) expect(rels).toContain(`Id="${id[1]}"`);
  });
});
