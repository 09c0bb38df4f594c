import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { cli, expectNoCrash, ROOT } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'cochuong-cycle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
copyFileSync(join(ROOT, 'examples', 'soc-son-2020.yaml'), join(dir, 'soc-son-2020.yaml'));
copyFileSync(join(ROOT, 'examples', 'soc-son-bao-cao-2020.yaml'), join(dir, 'soc-son-bao-cao-2020.yaml'));

describe('the year\'s cycle as processes, as a clerk runs it', () => {
  it('new: writes next year\'s draft beside the program, which validates, and never overwrites it', () => {
    const run = cli(['new', 'soc-son-2020.yaml', '--report', 'soc-son-bao-cao-2020.yaml'], { cwd: dir });
    expectNoCrash(run);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('Đã ghi soc-son-2021.yaml: dự thảo chương trình năm 2021');
    expect(run.stderr).toMatch(/soc-son-2021\.yaml:\d+:\d+: cảnh báo CY003/u);
    expect(run.stderr).toContain('CY007');
    const draft = readFileSync(join(dir, 'soc-son-2021.yaml'), 'utf8');
    expect(draft).toContain('nam: 2021');
    expect(cli(['validate', 'soc-son-2021.yaml'], { cwd: dir }).status).toBe(0);
    const diff = cli(['diff', 'soc-son-2020.yaml', 'soc-son-2021.yaml'], { cwd: dir });
    expect(diff.stdout).toContain('Bỏ          Số: 1');
    expect(diff.stdout).toContain('chỉ do đổi năm 2020 → 2021');
    // A second run refuses to overwrite, and leaves the draft as it was.
    writeFileSync(join(dir, 'soc-son-2021.yaml'), draft + '# sửa tay\n');
    const again = cli(['new', 'soc-son-2020.yaml'], { cwd: dir });
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('--force');
    expect(readFileSync(join(dir, 'soc-son-2021.yaml'), 'utf8')).toContain('# sửa tay');
  });

  it('new: clear messages for a wrong kind of file, a missing file and a bad year, in English with --lang en', () => {
    const kind = cli(['new', 'soc-son-bao-cao-2020.yaml', '--lang', 'en'], { cwd: dir });
    expect(kind.status).toBe(2);
    expect(kind.stderr).toContain('CY002');
    expect(kind.stderr).toContain('needs a program or regulation');
    const missing = cli(['new', 'khong-co.yaml'], { cwd: dir });
    expect(missing.status).toBe(2);
    expectNoCrash(missing);
    expect(missing.stderr).toContain('khong-co.yaml');
    expect(cli(['new', 'soc-son-2020.yaml', '--nam', 'abc'], { cwd: dir }).status).toBe(2);
  });

  it('report: writes the skeleton beside its program; it validates, and renders with the results table', () => {
    const run = cli(['report', 'soc-son-2020.yaml', '--ky', '6-thang'], { cwd: dir });
    expectNoCrash(run);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('Đã ghi soc-son-so-ket-2020.yaml: khung báo cáo sơ kết 6 tháng 2020, 8 nội dung');
    const check = cli(['validate', 'soc-son-so-ket-2020.yaml'], { cwd: dir });
    expect(check.status).toBe(0);
    expect(check.stdout).toContain('CT019');
    const md = cli(['render', 'soc-son-so-ket-2020.yaml', '-f', 'md'], { cwd: dir });
    expect(md.status, md.stderr).toBe(0);
    expect(readFileSync(join(dir, 'soc-son-so-ket-2020.md'), 'utf8')).toContain('| TT | Nội dung | Cơ quan chủ trì | Kết quả | Đánh giá |');
    expect(cli(['report', 'soc-son-2020.yaml', '--ky', 'quy'], { cwd: dir }).status).toBe(2);
  });

  it('status: text for a folder, and a calendar file a phone can import', () => {
    const text = cli(['status', '.', '--date', '2020-07-10'], { cwd: dir });
    expectNoCrash(text);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toContain('Tình hình đến ngày 10/07/2020');
    expect(text.stdout).toContain('Đang đến hạn:');
    const ics = cli(['status', 'soc-son-2020.yaml', '--date', '2020-07-10', '-f', 'ics', '-o', 'lich.ics'], { cwd: dir });
    expect(ics.status, ics.stderr).toBe(0);
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(join(dir, 'lich.ics'), 'utf8')));
    expect(calendar.getAllSubcomponents('vevent').length).toBeGreaterThan(3);
    expect(existsSync(join(dir, 'lich.ics'))).toBe(true);
    const bad = cli(['status', '.', '--date', '2026-02-30'], { cwd: dir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('YYYY-MM-DD');
    const json = JSON.parse(cli(['status', 'soc-son-2020.yaml', '--date', '2020-07-10', '-f', 'json'], { cwd: dir }).stdout);
    expect(json.format).toBe('cochuong-status');
    expect(json.summary.due).toBeGreaterThan(0);
  });
});
