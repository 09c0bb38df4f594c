import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFiles } from '../../src/check/check-files.js';
import type { CheckedFile } from '../../src/check/check-source.js';
import type { CochuongDocument, NoiDung, ThoiGian } from '../../src/model/document.js';

const EXAMPLES = resolve(import.meta.dirname, '..', '..', 'examples');
const files = readdirSync(EXAMPLES).filter((name) => /\.ya?ml$/u.test(name)).sort();

let checked: Map<string, CheckedFile>;

beforeAll(async () => {
  const results = await checkFiles(files.map((name) => join(EXAMPLES, name)));
  checked = new Map(files.map((name, i) => [name, results[i]]));
});

/** The checked document of one example (fails the test when it did not pass the schema). */
function doc(name: string): CochuongDocument {
  const result = checked.get(name);
  expect(result, `${name} is not among the examples`).toBeDefined();
  expect(result!.document, `${name} did not pass the schema`).toBeDefined();
  return result!.document!;
}

function item(document: CochuongDocument, id: string): NoiDung {
  const found = document.noi_dung?.find((x) => x.id === id);
  expect(found, `no item ${id}`).toBeDefined();
  return found!;
}

/** The form of a time: its key for the object forms, the word itself for thuong_xuyen / ca_nam. */
function timeForm(time: ThoiGian): string {
  return typeof time === 'string' ? time : Object.keys(time)[0];
}

describe('bundled examples', () => {
  it('include the documents the project relies on', () => {
    expect(files).toEqual(expect.arrayContaining([
      'bac-tu-liem-quy-che-2021-2026.yaml', 'cau-giay-2019.yaml', 'cau-giay-2020.yaml', 'duc-tho-2020.yaml',
      'phu-dong-2026.yaml', 'phu-dong-quy-che-2026-2031.yaml', 'soc-son-2020.yaml', 'soc-son-bao-cao-2020.yaml',
      'van-quan-2024.yaml',
    ]));
  });

  it.each(files)('%s validates with no error and no warning', (name) => {
    const result = checked.get(name)!;
    const problems = result.messages.map((m) => `${m.place?.start.line ?? '?'}:${m.place?.start.column ?? '?'} ${m.severity} ${m.ruleId} ${m.reason.vi}`);
    expect(problems).toEqual([]);
    expect(result.stoppedAt).toBeUndefined();
    expect(result.document).toBeDefined();
  });

  it.each(files)('%s starts with the schema line and a one-line description, and is NFC', (name) => {
    const source = readFileSync(join(EXAMPLES, name), 'utf8');
    const [first, second] = source.split('\n');
    expect(first).toBe('# yaml-language-server: $schema=../schemas/cochuong.schema.json');
    expect(second).toMatch(/^# \S/u);
    expect(source.normalize('NFC')).toBe(source);
  });

  it('use the older tone placement ("hòa", "Ủy") throughout', () => {
    // Tone mark on the second vowel of oa/oe/uy at the end of a syllable ("hoà", "Uỷ"); "quý" is not such a case.
    const newStyle = /(?<![qQ])(?:o[àáảãạ]|o[èéẻẽẹ]|u[ỳýỷỹỵ])(?![\p{L}\p{M}])/iu;
    for (const name of files) {
      const lines = readFileSync(join(EXAMPLES, name), 'utf8').split('\n');
      const offending = lines.map((line, i) => [i + 1, line] as const).filter(([, line]) => newStyle.test(line));
      expect(offending, name).toEqual([]);
    }
  });

  it('include every kind of document', () => {
    const kinds = new Set(files.map((name) => doc(name).loai));
    expect([...kinds].sort()).toEqual(['bao_cao', 'chuong_trinh', 'quy_che']);
  });
});

describe('facts the examples were written to show', () => {
  it('Sóc Sơn 2020 has 8 items and its report gives one result for each, by id', () => {
    const program = doc('soc-son-2020.yaml');
    expect(program.noi_dung).toHaveLength(8);
    const report = doc('soc-son-bao-cao-2020.yaml');
    expect(report.loai).toBe('bao_cao');
    expect(report.nam).toBe(2020);
    expect(report.chuong_trinh?.tep).toBe('soc-son-2020.yaml');
    expect(report.ngay_ban_hanh).toMatch(/^2021-01-/u);
    expect(report.ket_qua!.map((r) => r.noi_dung)).toEqual(program.noi_dung!.map((x) => x.id));
    for (const key of ['danh_gia_chung', 'ton_tai', 'nguyen_nhan', 'phuong_huong', 'kien_nghi'] as const) {
      expect(report[key], key).toBeDefined();
    }
    expect(report.ben.map((b) => b.id)).toEqual(['hdnd', 'ubnd', 'mttq']);
  });

  it('Đức Thọ 2020 has 7 parties (UBND, Ủy ban MTTQ, five đoàn thể) and the 19/5/2020 deadline', () => {
    const d = doc('duc-tho-2020.yaml');
    expect(d.ben).toHaveLength(7);
    expect(d.ben.filter((b) => b.loai === 'doan_the')).toHaveLength(5);
    expect(item(d, 'nong-thon-moi').thoi_gian).toEqual({ han: '2020-05-19' });
    expect(d.ngay_ban_hanh).toBe('2020-03-11');
  });

  it('Bắc Từ Liêm quy chế has 6 chương, 21 điều and a khoản with points up to e)', () => {
    const d = doc('bac-tu-liem-quy-che-2021-2026.yaml');
    expect(d.loai).toBe('quy_che');
    expect(d.nhiem_ky).toBe('2021-2026');
    expect(d.ngay_ban_hanh).toBe('2021-11-10');
    expect(d.chuong).toHaveLength(6);
    const dieu = d.chuong!.flatMap((c) => c.dieu);
    expect(dieu).toHaveLength(21);
    const points = dieu.flatMap((x) => x.khoan ?? []).map((k) => (typeof k === 'string' ? 0 : (k.diem?.length ?? 0)));
    expect(Math.max(...points)).toBeGreaterThanOrEqual(6);
  });

  it('Phù Đổng 2026 is a draft of a commune after the reform, using every form of time', () => {
    const d = doc('phu-dong-2026.yaml');
    expect(d.dia_phuong.cap).toBe('xa');
    expect(d.so ?? null).toBeNull();
    expect(d.ngay_ban_hanh ?? null).toBeNull();
    expect(d.phu_luc).toBe(true);
    expect(d.noi_dung!.length).toBeGreaterThanOrEqual(8);
    expect(d.noi_dung!.length).toBeLessThanOrEqual(10);
    const forms = new Set(d.noi_dung!.map((x) => timeForm(x.thoi_gian)));
    expect([...forms].sort()).toEqual(['ca_nam', 'han', 'nua_nam', 'quy', 'su_kien', 'thang', 'thuong_xuyen']);
    expect(d.don_vi!.map((u) => u.id)).toEqual(expect.arrayContaining(['cong-an', 'hoi-phu-nu', 'doan-thanh-nien']));
    expect(d.can_cu!.map((c) => (typeof c === 'string' ? c : c.so))).toContain('72/2025/QH15');
  });

  it('Phù Đổng quy chế 2026-2031 is dated after the 15/3/2026 election, 5 chương, no khóa', () => {
    const d = doc('phu-dong-quy-che-2026-2031.yaml');
    expect(d.nhiem_ky).toBe('2026-2031');
    expect(d.ngay_ban_hanh! > '2026-03-15').toBe(true);
    expect(d.khoa).toBeUndefined();
    expect(d.chuong).toHaveLength(5);
    expect(d.chuong!.flatMap((c) => c.dieu)).toHaveLength(15);
  });

  it('Văn Quan 2024 has two parties', () => {
    const d = doc('van-quan-2024.yaml');
    expect(d.ben.map((b) => b.loai)).toEqual(['thuong_truc_hdnd', 'ban_thuong_truc_mttq']);
  });

  it('Cầu Giấy 2019 → 2020 holds the differences listed at the top of the 2020 file', () => {
    const old = doc('cau-giay-2019.yaml');
    const now = doc('cau-giay-2020.yaml');
    expect(now.ngay_ban_hanh).toBe('2020-02-13');
    const ids = (d: CochuongDocument) => d.noi_dung!.map((x) => x.id);
    const oldIds = ids(old);
    const newIds = ids(now);
    expect(newIds.filter((id) => !oldIds.includes(id)).sort()).toEqual(['dai-hoi-dang', 'tiep-xuc-cu-tri']);
    expect(oldIds.filter((id) => !newIds.includes(id)).sort()).toEqual(['cu-tri-chuyen-de', 'dai-hoi-mttq']);
    // Renamed item: same title under a new id.
    expect(item(now, 'tiep-xuc-cu-tri').tieu_de).toBe(item(old, 'cu-tri-chuyen-de').tieu_de);
    // Reworded items keep their id.
    for (const id of ['giam-sat', 'tiep-cong-dan']) {
      expect(item(now, id).tieu_de).not.toBe(item(old, id).tieu_de);
      expect(item(now, id).mo_ta).not.toEqual(item(old, id).mo_ta);
    }
    // Moved item: thi-dua comes before ky-hop-hdnd in 2020, after it in 2019.
    expect(oldIds.indexOf('thi-dua')).toBeGreaterThan(oldIds.indexOf('ky-hop-hdnd'));
    expect(newIds.indexOf('thi-dua')).toBeLessThan(newIds.indexOf('ky-hop-hdnd'));
    expect(item(now, 'thi-dua')).toEqual(item(old, 'thi-dua'));
    // Year-only changes.
    expect(now.trich_yeu).toBe(old.trich_yeu.replace('năm 2019', 'năm 2020'));
    expect(item(now, 'tuyen-truyen').mo_ta).toBe((item(old, 'tuyen-truyen').mo_ta as string).replace('năm 2019', 'năm 2020'));
    // One signer changed (the UBND chairman), the others kept.
    const signer = (d: CochuongDocument, id: string) => d.ben.find((b) => b.id === id)!.ky.ho_ten;
    expect(signer(now, 'ubnd')).not.toBe(signer(old, 'ubnd'));
    expect(signer(now, 'hdnd')).toBe(signer(old, 'hdnd'));
    expect(signer(now, 'mttq')).toBe(signer(old, 'mttq'));
    // One recipient added.
    expect(now.noi_nhan.filter((r) => !old.noi_nhan.includes(r))).toEqual(['Các Ban HĐND quận']);
    expect(old.noi_nhan.filter((r) => !now.noi_nhan.includes(r))).toEqual([]);
  });
});
