import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultTemplateDir, loadTemplates } from '../../src/render/templates.js';
import { composeDocument } from '../../src/render/render-document.js';
import { templateContext } from '../../src/render/view.js';
import { program, regulation } from '../support/documents.js';
import { runsText } from '../../src/render/blocks.js';
import { EXAMPLES_DIR, exampleFiles, loadExample } from './examples.js';

/** A user template folder holding the given files (relative path → text). */
function userTemplates(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cochuong-templates-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function load(files: Record<string, string>) {
  const dir = userTemplates(files);
  return { dir, loaded: loadTemplates([defaultTemplateDir(), dir]) };
}

function renderProgram(files: Record<string, string>) {
  const { dir, loaded } = load(files);
  if (!loaded.ok) return { dir, messages: loaded.messages };
  const result = loaded.set.render('chuong_trinh', templateContext(program()));
  return { dir, result, messages: result.ok ? [] : [result.message] };
}

describe('templates', () => {
  it('the defaults load and render every kind', () => {
    const loaded = loadTemplates([defaultTemplateDir()]);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    for (const doc of [program(), regulation()]) {
      const composed = composeDocument('x.yaml', doc, { templates: loaded.set });
      expect(composed.ok).toBe(true);
    }
  });

  it('loads a folder once per process (no re-compiling per document)', () => {
    const a = loadTemplates([defaultTemplateDir()]);
    const b = loadTemplates([defaultTemplateDir()]);
    expect(a.ok && b.ok && a.set === b.set).toBe(true);
  });

  it('a user template overrides the default by name, and its partials too', () => {
    const { messages, result } = renderProgram({
      'chuong_trinh.hbs': '{{> loi_chao}}\nNăm {{nam}}.\n./.',
      'partials/loi_chao.hbs': 'Xin chào {{dia_danh}}',
    });
    expect(messages).toEqual([]);
    expect(result?.ok && result.text.trim()).toBe('Xin chào xã Phù Đổng\nNăm 2026.\n./.');
  });

  it('names the template file, line and column of a misspelt field', () => {
    const { dir, messages } = renderProgram({ 'chuong_trinh.hbs': 'Dòng một\n{{#each noi_dung}}\n## {{tieu_đe}}\n{{/each}}\n' });
    expect(messages).toHaveLength(1);
    const m = messages[0];
    expect(m.ruleId).toBe('RD001');
    expect(m.file).toBe(join(dir, 'chuong_trinh.hbs'));
    expect(m.place?.start).toEqual({ line: 3, column: 6 });
    expect(m.reason.vi).toContain('tieu_đe');
    expect(m.note?.vi).toContain('Có phải là "tieu_de"?');
  });

  it('names the file, line and column of a syntax error', () => {
    const { dir, messages } = renderProgram({ 'chuong_trinh.hbs': 'Một\nHai {{#if nam}}\nBa {{/each}}\n' });
    expect(messages).toHaveLength(1);
    expect(messages[0].file).toBe(join(dir, 'chuong_trinh.hbs'));
    expect(messages[0].place?.start.line).toBe(2);
    expect(messages[0].reason.vi).toContain('{{/each}}');
    const unclosed = renderProgram({ 'chuong_trinh.hbs': 'Một\n  {{ nam \n' }).messages;
    expect(unclosed[0].place?.start.line).toBe(2);
    expect(unclosed[0].place?.start.column).toBe(3);
  });

  it('names the partial, not the template that called it, when the partial fails', () => {
    const { dir, messages } = renderProgram({
      'chuong_trinh.hbs': 'A\n{{> hong}}\n',
      'partials/hong.hbs': 'B\nC {{khong_co}}\n',
    });
    expect(messages[0].file).toBe(join(dir, 'partials', 'hong.hbs'));
    expect(messages[0].place?.start).toEqual({ line: 2, column: 5 });
  });

  it('refuses helpers that do not exist, at load time', () => {
    const { dir, messages } = renderProgram({ 'chuong_trinh.hbs': 'x\n{{doc_file "/etc/passwd"}}\n' });
    expect(messages[0].file).toBe(join(dir, 'chuong_trinh.hbs'));
    expect(messages[0].place?.start.line).toBe(2);
    expect(messages[0].reason.en).toContain('doc_file');
    expect(messages[0].note?.en).toContain('ngay_chu');
  });

  it('refuses the log helper (it would print)', () => {
    expect(renderProgram({ 'chuong_trinh.hbs': '{{log "x"}}' }).messages[0].ruleId).toBe('RD001');
  });

  it('cannot reach prototypes or functions', () => {
    for (const source of ['{{constructor.constructor}}', '{{noi_dung.constructor}}', '{{#with __proto__}}x{{/with}}',
      '{{lookup this "constructor"}}', '{{lookup (lookup this "__proto__") "toString"}}', '{{this.prototype}}']) {
      const { messages } = renderProgram({ 'chuong_trinh.hbs': `Dòng đầu\n${source}\n` });
      expect(messages, source).toHaveLength(1);
      expect(messages[0].place?.start.line, source).toBe(2);
      expect(messages[0].reason.en, source).toMatch(/may not use "(constructor|__proto__|prototype)"/);
    }
  });

  it('cannot include files outside the template folders', () => {
    for (const source of ['{{> ../../etc/passwd}}', '{{> /etc/passwd}}', '{{> "../chuong_trinh"}}', '{{> (lookup this "x")}}']) {
      const { messages } = renderProgram({ 'chuong_trinh.hbs': `x\n${source}\n` });
      expect(messages, source).toHaveLength(1);
      expect(messages[0].ruleId, source).toBe('RD001');
      expect(messages[0].place?.start.line, source).toBe(2);
    }
  });

  it('refuses a template that is a link to a file outside the folder', () => {
    const outside = mkdtempSync(join(tmpdir(), 'cochuong-secret-'));
    writeFileSync(join(outside, 'secret.hbs'), 'bí mật');
    const dir = userTemplates({});
    mkdirSync(join(dir, 'partials'));
    symlinkSync(join(outside, 'secret.hbs'), join(dir, 'partials', 'secret.hbs'));
    const loaded = loadTemplates([defaultTemplateDir(), dir]);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.messages[0].reason.en).toContain('outside');
  });

  it('writes values as plain text: markup in the YAML stays literal', () => {
    const loaded = loadTemplates([defaultTemplateDir()]);
    if (!loaded.ok) throw new Error('defaults');
    const doc = program();
    doc.noi_dung![0].tieu_de = '**Không đậm** | # không phải tiêu đề';
    doc.muc_dich = ['- không phải gạch đầu dòng', '@phu_luc'];
    const composed = composeDocument('x.yaml', doc, { templates: loaded.set });
    if (!composed.ok) throw new Error('compose');
    const texts = composed.composition.body.map((b) => ('runs' in b ? runsText(b.runs) : ''));
    expect(texts).toContain('1. **Không đậm** | # không phải tiêu đề');
    expect(texts).toContain('- không phải gạch đầu dòng');
    expect(texts).toContain('@phu_luc');
    expect(composed.composition.annex).toEqual([]);
  });
});

describe('template helpers at run time', () => {
  it('count sections afresh on every rendering of the same data', () => {
    const { loaded } = load({ 'chuong_trinh.hbs': '{{dem "a"}} {{dem "a"}} {{dem "b"}}\n' });
    if (!loaded.ok) throw new Error('load');
    const context = templateContext(program());
    const first = loaded.set.render('chuong_trinh', context);
    const second = loaded.set.render('chuong_trinh', context);
    expect(first.ok && first.text.trim()).toBe('1 2 1');
    expect(second.ok && second.text.trim()).toBe('1 2 1');
  });

  it('write capitals without touching the markup escapes of the text (a line break stays one)', () => {
    const { loaded } = load({ 'chuong_trinh.hbs': '^ **{{viet_hoa trich_yeu}}**\n' });
    if (!loaded.ok) throw new Error('load');
    const doc = program();
    doc.trich_yeu = 'Những quy định\nchung * \\n';
    const result = loaded.set.render('chuong_trinh', templateContext(doc));
    expect(result.ok && result.text.trim()).toBe('^ **NHỮNG QUY ĐỊNH\\nCHUNG \\* \\\\N**');
  });

  it('write dates, letters, times and names as the decree does', () => {
    const { loaded } = load({ 'chuong_trinh.hbs': [
      '{{ngay_chu ngay_ban_hanh}} | {{ngay_so ngay_ban_hanh}} | {{viet_hoa dia_danh}} | {{la_ma 14}} | {{chu_cai 4}}',
      '{{#each noi_dung}}{{thoi_gian_chu thoi_gian}}; {{ten_tat chu_tri}}; {{ten_cac_don_vi phoi_hop}}; {{ten_tat_cac_don_vi phoi_hop}}\n{{/each}}',
      '{{so_hieu so ky_hieu}} | {{cau "Không dấu"}} | {{cau "Có dấu."}} | {{#if (bang loai "chuong_trinh")}}đúng{{/if}}',
    ].join('\n') });
    if (!loaded.ok) throw new Error('load');
    const result = loaded.set.render('chuong_trinh', templateContext(program()));
    expect(result.ok && result.text.split('\n')).toEqual([
      'ngày 05 tháng 02 năm 2026 | 05/02/2026 | XÃ PHÙ ĐỔNG | XIV | đ',
      'Trước và sau kỳ họp HĐND xã; Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Phù Đổng; Thường trực Hội đồng nhân dân xã Phù Đổng và Ủy ban nhân dân xã Phù Đổng; Thường trực Hội đồng nhân dân xã Phù Đổng, Ủy ban nhân dân xã Phù Đổng',
      'Quý II; Thường trực Hội đồng nhân dân xã Phù Đổng; Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Phù Đổng và Công an xã Phù Đổng; Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Phù Đổng, Công an xã Phù Đổng',
      '01/CTr-HĐND-UBND-MTTQ | Không dấu. | Có dấu. | đúng',
    ]);
  });
});

describe('default templates compiled at build time', () => {
  const defaults = loadTemplates([defaultTemplateDir()]);

  it('are used as compiled by the build, none parsed or compiled at run time', () => {
    if (!defaults.ok) throw new Error('load');
    expect(defaults.set.files.size).toBeGreaterThanOrEqual(5);
    for (const [key, file] of defaults.set.files) expect(file.precompiled, key).toBe(true);
  });

  it('render as the same templates compiled at run time do, for every example', () => {
    if (!defaults.ok) throw new Error('load');
    // The defaults copied, each with a comment line the output never shows: no longer the text the
    // build compiled, so compiled at run time.
    const copies: Record<string, string> = {};
    for (const [key, file] of defaults.set.files) copies[`${key}.hbs`] = `{{!-- bản sao --}}\n${file.source}`;
    const { loaded } = load(copies);
    if (!loaded.ok) throw new Error(loaded.messages.map((m) => m.reason.en).join('; '));
    for (const file of loaded.set.files.values()) expect(file.precompiled, file.file).toBeFalsy();
    for (const example of exampleFiles()) {
      const doc = loadExample(example);
      const context = () => templateContext(doc, { program: doc.loai === 'bao_cao' ? loadExample(join(EXAMPLES_DIR, doc.chuong_trinh!.tep!)) : undefined });
      const built = defaults.set.render(doc.loai, context());
      const compiled = loaded.set.render(doc.loai, context());
      expect(built.ok, example).toBe(true)
      expect(compiled, example).toEqual(built);
    }
  });

  it('an edited default is compiled at run time, and the edit shows', () => {
    if (!defaults.ok) throw new Error('load');
    const source = defaults.set.files.get('partials/can_cu')!.source;
    const { loaded } = load({ 'partials/can_cu.hbs': `Căn cứ đã sửa.\n${source}` });
    if (!loaded.ok) throw new Error('load');
    expect(loaded.set.files.get('partials/can_cu')!.precompiled).toBeFalsy();
    expect(loaded.set.files.get('chuong_trinh')!.precompiled).toBe(true);
    const result = loaded.set.render('chuong_trinh', templateContext(program()));
    expect(result.ok && result.text.startsWith('Căn cứ đã sửa.\n')).toBe(true);
  });
});

describe('wording that says only what the data says, once', () => {
  it('prints the giao ban as the file describes it, without a generated sentence saying the same before it', async () => {
    const { renderExample, exampleFiles } = await import('./examples.js');
    for (const file of exampleFiles().filter((f) => /cau-giay-2020|duc-tho-2020|soc-son-2020\./.test(f))) {
      const md = new TextDecoder().decode((await renderExample(file, ['md'])).md!);
      expect(md, file).not.toContain('Các cơ quan tổ chức giao ban');
      expect(md.match(/giao ban (mỗi quý|6 tháng) một lần/g)?.length, file).toBe(1);
    }
  });

  it('prints no body sentence twice', async () => {
    const { composeExample, exampleFiles } = await import('./examples.js');
    for (const file of exampleFiles()) {
      const c = composeExample(file);
      // Paragraphs, not dash lines: "- Cơ quan chủ trì: …" rightly repeats from item to item.
      const sentences = c.body.flatMap((b) => (b.type !== 'paragraph' ? [] : b.runs.map((r) => r.text).join('').split(/(?<=\.)\s+/)))
        .map((s) => s.trim()).filter((s) => s.split(' ').length >= 5);
      const seen = new Set<string>();
      for (const s of sentences) {
        expect(seen.has(s), `${file}: "${s}" printed twice`).toBe(false);
        seen.add(s);
      }
    }
  });
});
