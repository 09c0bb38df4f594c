import { describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, expectNoCrash } from '../support/cli.js';
import { EXAMPLES_DIR } from './examples.js';
import { unzip } from './unzip.js';

const temp = () => mkdtempSync(join(tmpdir(), 'cochuong-render-'));

/** A folder holding copies of the named examples. */
function workspace(...names: string[]): string {
  const dir = temp();
  for (const name of names) copyFileSync(join(EXAMPLES_DIR, name), join(dir, name));
  return dir;
}

describe('cochuong render (process)', () => {
  it('writes a DOCX beside the input by default, and refuses to overwrite it without --force', () => {
    const dir = workspace('soc-son-2020.yaml');
    const input = join(dir, 'soc-son-2020.yaml');
    const first = cli(['render', input]);
    expectNoCrash(first);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(`Đã ghi ${join(dir, 'soc-son-2020.docx')}`);
    const docx = readFileSync(join(dir, 'soc-son-2020.docx'));
    expect(unzip(docx).has('word/document.xml')).toBe(true);

    writeFileSync(join(dir, 'soc-son-2020.docx'), 'bản đã sửa tay');
    const again = cli(['render', input]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('WR001');
    expect(again.stderr).toContain('--force');
    expect(readFileSync(join(dir, 'soc-son-2020.docx'), 'utf8')).toBe('bản đã sửa tay');

    const forced = cli(['render', '--force', input]);
    expect(forced.status).toBe(0);
    expect(Buffer.compare(readFileSync(join(dir, 'soc-son-2020.docx')), docx)).toBe(0); // same bytes as the first run
    expect(readdirSync(dir).sort()).toEqual(['soc-son-2020.docx', 'soc-son-2020.yaml']); // no temporary file left
  });

  it('leaves the old file intact when rendering fails midway (a broken template), even with --force', () => {
    const dir = workspace('soc-son-2020.yaml');
    writeFileSync(join(dir, 'soc-son-2020.docx'), 'bản cũ');
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'templates', 'chuong_trinh.hbs'), 'Dòng một\n{{#each noi_dung}}\n## {{tieu_đe}}\n{{/each}}\n');
    const run = cli(['render', '--force', join(dir, 'soc-son-2020.yaml')]);
    expectNoCrash(run);
    expect(run.status).toBe(1);
    const template = join(dir, 'templates', 'chuong_trinh.hbs');
    expect(run.stderr).toContain(`${template}:3:6: lỗi RD001`);
    expect(run.stderr).toContain('> 3 | ## {{tieu_đe}}');
    expect(readFileSync(join(dir, 'soc-son-2020.docx'), 'utf8')).toBe('bản cũ');
    expect(readdirSync(dir).sort()).toEqual(['soc-son-2020.docx', 'soc-son-2020.yaml', 'templates']);
  });

  it('prints validation errors as validate does, skips that file and renders the others (exit 1)', () => {
    const dir = workspace('soc-son-2020.yaml');
    const good = join(dir, 'soc-son-2020.yaml');
    const bad = join(dir, 'sai.yaml');
    const source = readFileSync(good, 'utf8');
    writeFileSync(bad, source.replace('trich_yeu:', 'trich_yeo:'));
    const out = join(dir, 'out');
    const run = cli(['render', bad, good, '-o', out, '-f', 'docx', '-f', 'md']);
    expectNoCrash(run);
    expect(run.status).toBe(1);
    const line = source.split('\n').findIndex((l) => l.startsWith('trich_yeu:')) + 1;
    expect(run.stderr).toContain(`${bad}:${line}:1: lỗi SC002`);
    expect(run.stderr).toContain(`> ${line} | trich_yeo:`);
    expect(readdirSync(out).sort()).toEqual(['soc-son-2020.docx', 'soc-son-2020.md']);
    expect(run.stdout).toContain('Đã in 1/2 văn bản, ghi 2 tệp.');
  });

  it('prints warnings and renders anyway', () => {
    const dir = workspace('soc-son-bao-cao-2020.yaml'); // its program file is not beside it
    const run = cli(['render', '-f', 'md', join(dir, 'soc-son-bao-cao-2020.yaml')]);
    expectNoCrash(run);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('cảnh báo RD004');
    const md = readFileSync(join(dir, 'soc-son-bao-cao-2020.md'), 'utf8');
    expect(md).toContain('BÁO CÁO');
  });

  it('writes each format of one input to -o FILE with its own extension', () => {
    const dir = workspace('phu-dong-2026.yaml');
    const run = cli(['render', join(dir, 'phu-dong-2026.yaml'), '--format', 'docx,md', '-o', join(dir, 'ban-in.docx')]);
    expect(run.status).toBe(0);
    expect(existsSync(join(dir, 'ban-in.docx'))).toBe(true);
    expect(readFileSync(join(dir, 'ban-in.md'), 'utf8')).toContain('Số:      /CTr-HĐND-UBND-MTTQ');
  });

  it('wants a folder for -o with several inputs', () => {
    const dir = workspace('soc-son-2020.yaml', 'phu-dong-2026.yaml');
    const inputs = [join(dir, 'soc-son-2020.yaml'), join(dir, 'phu-dong-2026.yaml')];
    const refused = cli(['render', ...inputs, '-o', join(dir, 'ca-hai.docx')]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('-o phải là một thư mục');
    const ok = cli(['render', ...inputs, '-o', join(dir, 'ban-in')]);
    expect(ok.status).toBe(0);
    expect(readdirSync(join(dir, 'ban-in')).sort()).toEqual(['phu-dong-2026.docx', 'soc-son-2020.docx']);
  });

  it('refuses unknown formats, margins outside the decree and missing template folders (exit 2)', () => {
    const input = join(EXAMPLES_DIR, 'soc-son-2020.yaml');
    const cases: [string[], string][] = [
      [['-f', 'odt'], 'Định dạng "odt" không có'],
      [['--margins', '10,20,30,15'], 'Lề trên 10 mm nằm ngoài khoảng 20–25 mm'],
      [['--margins', '20,20'], 'Lề cần bốn số'],
      [['--font-size', '12'], 'Cỡ chữ thân văn bản là 13 hoặc 14'],
      [['--template', join(temp(), 'khong-co')], 'Không có thư mục mẫu'],
    ];
    for (const [args, message] of cases) {
      const run = cli(['render', input, ...args]);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toContain(message);
    }
    expect(cli(['render']).status).toBe(2);
  });

  it('says how to install LibreOffice when --format pdf cannot find it, and still writes the DOCX', () => {
    const dir = workspace('soc-son-2020.yaml');
    const run = cli(['render', '-f', 'docx,pdf', join(dir, 'soc-son-2020.yaml')], { env: { COCHUONG_SOFFICE: join(dir, 'khong-co-soffice') } });
    expectNoCrash(run);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('RD002');
    expect(run.stderr).toContain('apt-get install libreoffice-writer-nogui');
    expect(run.stderr).toContain('libreoffice.org/download');
    expect(existsSync(join(dir, 'soc-son-2020.docx'))).toBe(true);
    expect(existsSync(join(dir, 'soc-son-2020.pdf'))).toBe(false);
  });

  it('exports the default templates, and renders with an edited copy', () => {
    const dir = workspace('soc-son-2020.yaml');
    const templates = join(dir, 'mau');
    const exported = cli(['templates', 'export', templates]);
    expect(exported.status).toBe(0);
    expect(readdirSync(templates).sort()).toEqual(['bao_cao.hbs', 'chuong_trinh.hbs', 'partials', 'quy_che.hbs', 'van_ban.hbs']);
    expect(cli(['templates', 'export', templates]).status).toBe(2); // no overwrite without --force
    const edited = readFileSync(join(templates, 'chuong_trinh.hbs'), 'utf8').replace('. MỤC ĐÍCH, YÊU CẦU{{/if}}', '. MỤC ĐÍCH VÀ YÊU CẦU{{/if}}');
    writeFileSync(join(templates, 'chuong_trinh.hbs'), edited);
    const run = cli(['render', '-f', 'md', '--template', templates, join(dir, 'soc-son-2020.yaml')]);
    expect(run.status).toBe(0);
    expect(readFileSync(join(dir, 'soc-son-2020.md'), 'utf8')).toContain('## I. MỤC ĐÍCH VÀ YÊU CẦU');
  });

  it('speaks English with --lang en', () => {
    const dir = workspace('soc-son-2020.yaml');
    const run = cli(['--lang', 'en', 'render', '-f', 'md', join(dir, 'soc-son-2020.yaml')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Rendered 1 of 1 document, wrote 1 file.');
  });
});
