import { describe, expect, it } from 'vitest';
import { basename } from 'node:path';
import { unzip, zipStamps } from './unzip.js';
import { composeExample, exampleFiles, loadExample, paragraphTexts, renderExample } from './examples.js';
import { writeDocx } from '../../src/render/docx/write-docx.js';
import { QUOC_HIEU, TIEU_NGU } from '../../src/render/blocks.js';
import { numberLine, placeDateLine, upperVi } from '../../src/render/helpers.js';
import { documentDate } from '../../src/render/render-document.js';
import { DEFAULT_PAGE } from '../../src/render/docx/page.js';

const FORBIDDEN_TEXT = ['{{', '}}', 'undefined', '[object Object]', 'NaN', '\\*', '\\n'];

describe.each(exampleFiles().map((f) => [basename(f), f]))('DOCX of %s', (_name, file) => {
  const doc = loadExample(file);
  const rendered = renderExample(file, ['docx']);
  const parts = rendered.then((o) => unzip(o.docx!));
  const xml = (name: string) => parts.then((p) => {
    const part = p.get(name);
    if (!part) throw new Error(`${name} missing from the DOCX`);
    return part.toString('utf8');
  });

  it('is A4 portrait with the default margins (20/20/30/15 mm)', async () => {
    const document = await xml('word/document.xml');
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    const margins = /<w:pgMar ([^>]*)\/>/.exec(document)![1];
    expect(margins).toContain('w:top="1134"');
    expect(margins).toContain('w:bottom="1134"');
    expect(margins).toContain('w:left="1701"');
    expect(margins).toContain('w:right="850"');
  });

  it('sets Times New Roman for ascii, hAnsi, eastAsia and cs on every run and in the defaults', async () => {
    for (const part of ['word/document.xml', 'word/styles.xml', 'word/header1.xml', 'word/header2.xml']) {
      const text = await xml(part).catch(() => '');
      for (const fonts of text.matchAll(/<w:rFonts ([^>]*)\/>/g)) {
        for (const slot of ['ascii', 'hAnsi', 'eastAsia', 'cs']) expect(fonts[1], part).toContain(`w:${slot}="Times New Roman"`);
      }
    }
    const document = await xml('word/document.xml');
    const runs = [...document.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((r) => r[1]).filter((r) => /<w:t[ >]/.test(r));
    expect(runs.length).toBeGreaterThan(20);
    for (const run of runs) expect(run).toMatch(/<w:rFonts w:ascii="Times New Roman"/);
    const styles = await xml('word/styles.xml');
    expect(/<w:docDefaults>[\s\S]*<\/w:docDefaults>/.exec(styles)![0]).toContain('w:ascii="Times New Roman"');
  });

  it('writes the header: issuers, Quốc hiệu on its own, Tiêu ngữ, number, place and date', async () => {
    const texts = paragraphTexts(await xml('word/document.xml'));
    expect(texts).toContain(QUOC_HIEU);
    expect(texts).toContain(TIEU_NGU);
    expect(texts).toContain(numberLine(doc.so, doc.ky_hieu));
    expect(texts).toContain(placeDateLine(doc.noi_ban_hanh, doc.ngay_ban_hanh, doc.nam ?? Number(documentDate(doc, {}).slice(0, 4))));
    const header = texts.slice(0, texts.indexOf(QUOC_HIEU)).join(' ');
    for (const party of doc.ben) {
      const name = Array.isArray(party.ten_tieu_de) ? party.ten_tieu_de.join(' ') : party.ten_tieu_de ?? party.ten;
      for (const word of upperVi(name).split(/\s+/)) expect(header).toContain(word);
    }
    expect(texts).toContain({ chuong_trinh: 'CHƯƠNG TRÌNH', quy_che: 'QUY CHẾ', bao_cao: 'BÁO CÁO' }[doc.loai]);
    expect(texts).toContain(doc.trich_yeu);
  });

  it('sizes the elements as the decree does', async () => {
    const document = await xml('word/document.xml');
    const runOf = (text: string) => {
      const run = [...document.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].find((r) => r[1].includes(`>${text}</w:t>`));
      if (!run) throw new Error(`no run "${text}"`);
      return run[1];
    };
    expect(runOf(QUOC_HIEU)).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="26"\/>/);
    expect(runOf(TIEU_NGU)).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="28"\/>/);
    expect(runOf('Nơi nhận:')).toMatch(/<w:b\/>[\s\S]*<w:i\/>[\s\S]*<w:sz w:val="24"\/>/);
    const last = doc.noi_nhan[doc.noi_nhan.length - 1].replace(/[.;\s]+$/, '');
    expect(runOf(`- ${last}.`)).toContain('<w:sz w:val="22"/>');
    // Body paragraphs: 14 pt, justified, first-line indent 1.27 cm, 6 pt after, line spacing 1.15.
    const bodyParagraphs = [...document.matchAll(/<w:pPr>([\s\S]*?)<\/w:pPr>/g)].map((p) => p[1])
      .filter((p) => p.includes('<w:jc w:val="both"/>') && p.includes('w:firstLine="720"'));
    expect(bodyParagraphs.length).toBeGreaterThan(5);
    for (const p of bodyParagraphs) {
      const spacing = /<w:spacing ([^>]*)\/>/.exec(p)![1];
      expect(spacing).toContain('w:after="120"');
      expect(spacing).toContain('w:line="276"');
    }
    expect(document.includes('<w:sz w:val="28"/>')).toBe(true);
  });

  it('has one signature block per party, side by side in borderless rows that do not split', async () => {
    const document = await xml('word/document.xml');
    // Innermost tables: the signature rows sit inside the closing block's one-row table.
    const tables = [...document.matchAll(/<w:tbl>(?:(?!<w:tbl>)[\s\S])*?<\/w:tbl>/g)].map((t) => t[0]);
    const signatureTables = tables.filter((t) => doc.ben.some((b) => paragraphTexts(t).includes(b.ky.ho_ten)));
    const names = signatureTables.flatMap((t) => paragraphTexts(t)).filter((p) => doc.ben.some((b) => b.ky.ho_ten === p));
    expect(names).toEqual(doc.ben.map((b) => b.ky.ho_ten));
    const n = doc.ben.length;
    const perRow = n <= 3 ? n : Math.min(4, Math.ceil(n / 2));
    const expected: number[] = [];
    for (let i = 0; i < n; i += perRow) expected.push(Math.min(perRow, n - i));
    const cellsPerTable = signatureTables.map((t) => {
      const rows = [...t.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((r) => (r[0].match(/<w:tc>/g) ?? []).length);
      expect(new Set(rows).size).toBe(1);
      return rows[0];
    });
    expect(cellsPerTable).toEqual(expected);
    for (const table of signatureTables) {
      expect(table).toContain('<w:cantSplit/>');
      expect(table).not.toMatch(/<w:(top|bottom|left|right|insideH|insideV) w:val="single"/);
    }
    for (const party of doc.ben) {
      const titles = paragraphTexts(signatureTables.join('')).join(' ');
      expect(titles).toContain(party.ky.chuc_vu);
      if (party.ky.tien_to) expect(titles).toContain(party.ky.tien_to);
      if (party.ky.ky_thay) expect(titles).toContain(`KT. ${party.ky.ky_thay}`);
    }
  });

  it('ends the body with "./." kept with the signatures', async () => {
    const document = await xml('word/document.xml');
    const beforeSignatures = document.slice(0, document.indexOf(doc.ben[0].ky.tien_to ? `>${doc.ben[0].ky.tien_to}` : `>${doc.ben[0].ky.chuc_vu}`));
    const paragraphs = [...beforeSignatures.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => p[0]);
    const last = paragraphs[paragraphs.length - 1];
    expect(paragraphTexts(last)[0].endsWith('./.')).toBe(true);
    expect(last).toContain('<w:keepNext/>');
  });

  it('numbers pages at the top from page 2, none on page 1', async () => {
    const document = await xml('word/document.xml');
    expect(document).toContain('<w:titlePg/>');
    const rels = await xml('word/_rels/document.xml.rels');
    const target = (type: string) => {
      const id = new RegExp(`<w:headerReference w:type="${type}" r:id="(rId\\d+)"`).exec(document)![1];
      return new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1];
    };
    const first = await xml(`word/${target('first')}`);
    const other = await xml(`word/${target('default')}`);
    expect(first).not.toContain('PAGE');
    expect(paragraphTexts(first).join('')).toBe('');
    expect(other).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(other).toContain('<w:jc w:val="center"/>');
  });

  it('shows no trace of template syntax or missing values', async () => {
    const text = paragraphTexts(await xml('word/document.xml')).join('\n');
    for (const bad of FORBIDDEN_TEXT) expect(text, bad).not.toContain(bad);
    expect(text).not.toMatch(/\s\.\/\./);
  });

  it('writes numbers as text, never Word list numbering', async () => {
    expect(await xml('word/document.xml')).not.toContain('<w:numPr>');
  });

  it('is byte-identical on every run, stamped with the document\'s date', async () => {
    const again = await renderExample(file, ['docx']);
    const first = await rendered;
    expect(Buffer.compare(Buffer.from(first.docx!), Buffer.from(again.docx!))).toBe(0);
    const date = documentDate(doc, {});
    const [y, m, d] = date.split('-').map(Number);
    const stamps = zipStamps(first.docx!);
    expect(stamps.length).toBeGreaterThan(5);
    for (const stamp of stamps) expect(stamp).toMatchObject({ time: 0, date: ((y - 1980) << 9) | (m << 5) | d });
    const core = await xml('docProps/core.xml');
    expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${date}T00:00:00Z</dcterms:created>`);
    expect(core).toContain(`<dcterms:modified xsi:type="dcterms:W3CDTF">${date}T00:00:00Z</dcterms:modified>`);
  });
});

describe('DOCX options and revisions', () => {
  const [file] = exampleFiles().filter((f) => f.endsWith('soc-son-2020.yaml'));

  it('takes SOURCE_DATE_EPOCH when set', async () => {
    const composition = composeExample(file, { SOURCE_DATE_EPOCH: String(Date.UTC(2024, 4, 6) / 1000) });
    expect(composition.date).toBe('2024-05-06');
    const core = unzip(await writeDocx(composition)).get('docProps/core.xml')!.toString('utf8');
    expect(core).toContain('2024-05-06T00:00:00Z');
  });

  it('lays out other margins and a 13 pt body', async () => {
    const composition = composeExample(file);
    const docx = await writeDocx(composition, { page: { margins: { top: 25, bottom: 20, left: 35, right: 20 }, bodySize: 13 } });
    const document = unzip(docx).get('word/document.xml')!.toString('utf8');
    expect(document).toMatch(/<w:pgMar w:top="1417" w:right="1134" w:bottom="1134" w:left="1984"/);
    expect(document).toContain('<w:sz w:val="26"/>');
    expect(DEFAULT_PAGE.bodySize).toBe(14);
  });

  it('writes no character XML forbids: a pasted vertical tab or form feed becomes a space, other controls go', async () => {
    const composition = composeExample(file);
    composition.subject = [{ text: 'Phối hợp\vcông tác\fnăm\u0001 2020\ufffe' }];
    composition.title = composition.subject[0].text;
    const parts = unzip(await writeDocx(composition));
    const document = parts.get('word/document.xml')!.toString('utf8');
    expect(paragraphTexts(document).join('\n')).toContain('Phối hợp công tác năm 2020');
    for (const [name, part] of parts) expect(part.toString('utf8'), name).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    expect(parts.get('docProps/core.xml')!.toString('utf8')).toContain('<dc:title>Phối hợp công tác năm 2020</dc:title>');
  });

  it('renders runs marked inserted or deleted as tracked changes, dated and numbered', async () => {
    const composition = composeExample(file);
    composition.body.push({ type: 'paragraph', runs: [{ text: 'Giữ ' }, { text: 'bỏ đi', change: 'del' }, { text: 'thêm vào', change: 'ins', bold: true }] });
    composition.signatures[0].name = [{ text: 'Nguyễn Văn Phúc', change: 'del' }, { text: 'Nguyễn Văn Hùng', change: 'ins' }];
    const document = unzip(await writeDocx(composition)).get('word/document.xml')!.toString('utf8');
    const ins = [...document.matchAll(/<w:ins ([^>]*)>/g)].map((m) => m[1]);
    const del = [...document.matchAll(/<w:del ([^>]*)>/g)].map((m) => m[1]);
    expect(ins).toHaveLength(2);
    expect(del).toHaveLength(2);
    for (const attributes of [...ins, ...del]) {
      expect(attributes).toContain('w:author="cochuong"');
      expect(attributes).toContain('w:date="2020-02-27T00:00:00Z"');
    }
    const ids = [...ins, ...del].map((a) => /w:id="(\d+)"/.exec(a)![1]);
    expect(new Set(ids).size).toBe(4);
    expect(document).toMatch(/<w:delText[^>]*>bỏ đi<\/w:delText>/);
    expect(document).toMatch(/<w:ins [^>]*><w:r><w:rPr>[\s\S]*?<w:b\/>[\s\S]*?<w:t[^>]*>thêm vào<\/w:t>/);
  });
});
