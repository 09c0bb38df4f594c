import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { composeDocument, renderDocument } from '../../src/render/render-document.js';
import { defaultTemplateDir, loadTemplates } from '../../src/render/templates.js';
import type { CochuongDocument } from '../../src/model/document.js';
import { upperVi } from '../../src/render/helpers.js';
import { unzip } from '../render/unzip.js';
import { paragraphTexts } from '../render/examples.js';
import { generated, related, settings, EXAMPLES, TIMEOUT, type Generated } from './generate.js';
import { xmlProblem } from './well-formed-xml.js';
import { markdownProblems, shownText } from './markdown-structure.js';

/**
 * Every valid document renders: the DOCX unzips to well-formed XML parts, its text has no
 * template leftovers, and what the clerk wrote is there; the Markdown has the structure the
 * writer means, whatever characters the text holds.
 */

const loaded = loadTemplates([defaultTemplateDir()]);
if (!loaded.ok) throw new Error(loaded.messages.map((m) => m.reason.en).join('; '));
const templates = loaded.set;
const options = (file: string) => ({ templates, loadRelated: (p: string) => related(file, p), env: {} });

/** What no rendering may print (the generated text never contains them). */
const LEFTOVERS = ['{{', '}}', 'undefined', '[object Object]', 'NaN'];

/** Text as the DOCX shows it, for comparison: NFC, no characters XML forbids, white space folded. */
function shown(text: string): string {
  return text.normalize('NFC').replace(/[\v\f]/g, ' ').replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/\s+/gu, ' ').trim();
}

/** Text a template prints whole, as written (a paragraph, an item's or điều's title) or in capitals (a chương's name). */
function printedTexts(doc: CochuongDocument): string[] {
  const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
  if (doc.loai === 'chuong_trinh') {
    return [...list(doc.muc_dich), ...list(doc.yeu_cau), ...(doc.noi_dung ?? []).flatMap((i) => [i.tieu_de, ...list(i.mo_ta)])];
  }
  if (doc.loai === 'bao_cao') {
    return [doc.danh_gia_chung, doc.ton_tai, doc.nguyen_nhan, doc.phuong_huong, doc.kien_nghi, ...(doc.ket_qua ?? []).map((r) => r.mo_ta)].flatMap(list);
  }
  return (doc.chuong ?? []).flatMap((c) => [upperVi(c.ten), ...c.dieu.flatMap((d) => [d.ten ?? '', ...list(d.noi_dung)])]);
}

let tried = 0;
let valid = 0;
const keep = (g: Generated) => { tried++; if (g.valid) valid++; return g.valid; };

describe('render of valid documents', () => {
  it('DOCX: every XML part well-formed, no template leftovers, the text as written', async () => {
    await fc.assert(
      fc.asyncProperty(generated, async (g) => {
        if (!keep(g)) return;
        const doc = g.checked.document!;
        const result = await renderDocument(g.example.file, doc, { ...options(g.example.file), formats: ['docx'] });
        expect(result.ok, JSON.stringify(!result.ok && result.messages)).toBe(true);
        if (!result.ok) return;
        const parts = unzip(result.outputs.docx!);
        expect(parts.has('word/document.xml')).toBe(true);
        for (const [name, bytes] of parts) {
          if (!/\.(xml|rels)$/.test(name)) continue;
          expect(xmlProblem(bytes), name).toBeUndefined();
        }
        const texts = [...parts].filter(([name]) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(name))
          .flatMap(([, bytes]) => paragraphTexts(bytes.toString('utf8')));
        const all = texts.join('\n');
        for (const bad of LEFTOVERS) expect(all, bad).not.toContain(bad);
        const everything = shown(all);
        expect(everything).toContain(shown(doc.trich_yeu));
        for (const paragraph of printedTexts(doc)) {
          if (shown(paragraph) !== '') expect(everything).toContain(shown(paragraph));
        }
      }),
      settings(40, 20261122),
    );
  }, TIMEOUT);

  it('Markdown: the writer\'s structure only, every user character escaped, the text as written', async () => {
    await fc.assert(
      fc.asyncProperty(generated, async (g) => {
        if (!keep(g)) return;
        const doc = g.checked.document!;
        const composed = composeDocument(g.example.file, doc, options(g.example.file));
        expect(composed.ok).toBe(true);
        if (!composed.ok) return;
        const result = await renderDocument(g.example.file, doc, { ...options(g.example.file), formats: ['md'] });
        if (!result.ok) throw new Error('render failed');
        const md = new TextDecoder().decode(result.outputs.md!);
        expect(markdownProblems(md, composed.composition)).toEqual([]);
        for (const bad of LEFTOVERS) expect(md, bad).not.toContain(bad);
        const blocks = md.split(/\n\n+/).map((b) => shown(shownText(b)));
        for (const paragraph of printedTexts(doc)) {
          const expected = shown(paragraph);
          if (expected !== '') expect(blocks.some((b) => b.includes(expected)), expected).toBe(true);
        }
      }),
      settings(160, 20261123),
    );
  }, TIMEOUT);

  it('the generator is not vacuous: most edited documents are valid', () => {
    expect(tried).toBeGreaterThanOrEqual(150);
    expect(valid / tried).toBeGreaterThan(0.7);
  });
});

describe('template syntax in a document is text, never template', () => {
  const SNIPPETS = ['{{nam}}', '{{{trich_yeu}}}', '{{> can_cu}}', '{{#each ben}}X{{/each}}', '{{!-- ghi chú --}}', '{{lookup this "constructor"}}',
    '{{constructor.constructor "return 1"}}', '{{__proto__}}', '\\{{nam}}', '{{else}}', '}}{{'];
  const program = EXAMPLES.find((e) => e.doc.loai === 'chuong_trinh')!;

  it('prints each snippet as written, in DOCX and Markdown', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...SNIPPETS), fc.constantFrom('', 'Nội dung ', '# '), async (snippet, before) => {
        const doc = structuredClone(program.doc);
        const paragraph = `${before}${snippet} cuối`;
        doc.muc_dich = [paragraph];
        doc.noi_dung![0].tieu_de = `Tên ${snippet}`;
        const result = await renderDocument(program.file, doc, { ...options(program.file), formats: ['docx', 'md'] });
        if (!result.ok) throw new Error('render failed');
        const texts = paragraphTexts(unzip(result.outputs.docx!).get('word/document.xml')!.toString('utf8'));
        expect(texts).toContain(paragraph);
        expect(texts.some((t) => t.endsWith(`Tên ${snippet}`))).toBe(true);
        const md = new TextDecoder().decode(result.outputs.md!);
        expect(md.split('\n\n').map(shownText)).toContain(paragraph);
      }),
      settings(20, 20261124),
    );
  }, TIMEOUT);
});
