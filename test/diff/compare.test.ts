import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { checkText } from '../../src/check/check-source.js';
import { compareDocuments } from '../../src/diff/compare.js';
import { formatText } from '../../src/diff/format-text.js';
import { mirrorChange, type Change, type DocumentDiff } from '../../src/diff/model.js';
import type { CochuongDocument } from '../../src/model/document.js';
import { program, regulation } from '../support/documents.js';

const example = (name: string) => {
  const checked = checkText(name, readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8'));
  expect(checked.document, name).toBeDefined();
  return checked.document!;
};
const top = (diff: DocumentDiff, kind?: Change['kind']) => diff.changes.filter((c) => !kind || c.kind === kind);
const detail = (change: Change | undefined, field: string) => change?.details?.find((d) => d.field === field);
const byId = (diff: DocumentDiff, id: string) => diff.changes.find((c) => c.id === id);

/** diff(b, a) must be diff(a, b) seen from the other side. */
function expectMirrored(a: unknown, b: unknown, options = {}) {
  const canonical = (c: Change) => JSON.stringify(c, (_k, v: unknown) =>
    (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : 1))) : v));
  const forward = compareDocuments(a, b, options).changes.map((c) => canonical(mirrorChange(c))).sort();
  const backward = compareDocuments(b, a, options).changes.map(canonical).sort();
  expect(forward.length).toBeGreaterThan(0);
  expect(backward).toEqual(forward);
}

describe('compareDocuments on constructed cases', () => {
  it('finds nothing between a document and itself', () => {
    const diff = compareDocuments(program(), program());
    expect(diff.changes).toEqual([]);
    expect(diff.summary).toEqual({ added: 0, removed: 0, changed: 0, moved: 0, byUnit: [], other: 0, hiddenYearOnly: 0 });
  });

  it('finds nothing between NFC and NFD copies of the same file', () => {
    const yaml = readFileSync(new URL('../../examples/soc-son-2020.yaml', import.meta.url), 'utf8');
    const nfd = yaml.normalize('NFD');
    expect(nfd).not.toBe(yaml);
    const a = checkText('nfc.yaml', yaml);
    const b = checkText('nfd.yaml', nfd);
    expect(compareDocuments(a.document!, b.document!).changes).toEqual([]);
  });

  it('reports a reworded item as changed, with a word diff, not as removed and added', () => {
    const b = program();
    b.noi_dung![1].tieu_de = 'Giám sát các dự án đầu tư công';
    const diff = compareDocuments(program(), b);
    expect(top(diff).map((c) => [c.kind, c.element, c.id])).toEqual([['changed', 'noi_dung', 'giam-sat']]);
    const title = detail(diff.changes[0], 'tieu_de')!;
    expect(title.words).toEqual([
      { op: 'equal', text: 'Giám sát ' }, { op: 'insert', text: 'các dự án ' }, { op: 'equal', text: 'đầu tư công' },
    ]);
  });

  it('pairs an item whose id changed by its words, and says the id changed', () => {
    const b = program();
    b.noi_dung![0].id = 'tiep-xuc';
    b.noi_dung![0].tieu_de = 'Tổ chức tốt tiếp xúc cử tri';
    const diff = compareDocuments(program(), b);
    expect(top(diff)).toHaveLength(1);
    const change = diff.changes[0];
    expect(change.kind).toBe('changed');
    expect(detail(change, 'id')).toMatchObject({ old: 'tiep-xuc-cu-tri', new: 'tiep-xuc' });
  });

  it('reports a move as a move', () => {
    const a = program();
    a.noi_dung!.push({ id: 'thi-dua', tieu_de: 'Phong trào thi đua yêu nước', chu_tri: 'ubnd', thoi_gian: 'ca_nam' });
    const b = structuredClone(a);
    b.noi_dung!.unshift(b.noi_dung!.pop()!);
    const diff = compareDocuments(a, b);
    expect(top(diff).map((c) => [c.kind, c.id, c.oldPosition, c.newPosition])).toEqual([['moved', 'thi-dua', 3, 1]]);
    expectMirrored(a, b);
  });

  it('shows a split item as the item changed plus a new item split from it', () => {
    const a = program();
    a.noi_dung![1].mo_ta = 'Giám sát việc thực hiện các dự án đầu tư công trên địa bàn xã. Khảo sát tình hình an ninh trật tự tại các thôn.';
    const b = structuredClone(a);
    b.noi_dung![1].mo_ta = 'Giám sát việc thực hiện các dự án đầu tư công trên địa bàn xã.';
    b.noi_dung!.push({ id: 'khao-sat', tieu_de: 'Khảo sát an ninh trật tự', mo_ta: 'Khảo sát tình hình an ninh trật tự tại các thôn.', chu_tri: 'mttq', thoi_gian: { quy: 'III' } });
    const diff = compareDocuments(a, b);
    expect(top(diff).map((c) => [c.kind, c.id])).toEqual([['changed', 'giam-sat'], ['added', 'khao-sat']]);
    expect(byId(diff, 'khao-sat')!.related).toEqual({ relation: 'split-from', id: 'giam-sat', oldPosition: 2, newPosition: 2, title: 'Giám sát đầu tư công' });
    // Read backwards, the same two items were merged into one.
    const back = compareDocuments(b, a);
    expect(byId(back, 'khao-sat')!.related).toMatchObject({ relation: 'merged-into', id: 'giam-sat' });
    expectMirrored(a, b);
  });

  it('reports a party added, with its signer', () => {
    const b = program();
    b.ben.push({ id: 'hoi-phu-nu', loai: 'doan_the', ten: 'Hội Liên hiệp Phụ nữ xã Phù Đổng', ky: { chuc_vu: 'CHỦ TỊCH', ho_ten: 'Phạm Thị Dung' } });
    const diff = compareDocuments(program(), b);
    expect(top(diff).map((c) => [c.kind, c.section, c.id, c.newTitle])).toEqual([['added', 'ben', 'hoi-phu-nu', 'Hội Liên hiệp Phụ nữ xã Phù Đổng']]);
    expectMirrored(program(), b);
  });

  it('reports a new signer and a new title of a party', () => {
    const b = program();
    b.ben[1].ky = { tien_to: 'TM.', tham_quyen: 'ỦY BAN NHÂN DÂN', ky_thay: 'CHỦ TỊCH', chuc_vu: 'PHÓ CHỦ TỊCH', ho_ten: 'Đỗ Văn Em' };
    const diff = compareDocuments(program(), b);
    const party = byId(diff, 'ubnd')!;
    expect(party.kind).toBe('changed');
    expect(party.details!.map((d) => [d.kind, d.field])).toEqual([['added', 'ky.ky_thay'], ['changed', 'ky.chuc_vu'], ['changed', 'ky.ho_ten']]);
    expect(detail(party, 'ky.ho_ten')).toMatchObject({ old: 'Trần Thị Bình', new: 'Đỗ Văn Em' });
  });

  it('hides a change that is only the year moving on, and shows it with keepYears', () => {
    const a = program();
    a.nam = 2025;
    a.trich_yeu = a.trich_yeu.replace('2026', '2025');
    a.noi_dung![1].thoi_gian = { han: '2025-05-19' };
    const b = program();
    b.noi_dung![1].thoi_gian = { han: '2026-05-19' };
    const hidden = compareDocuments(a, b);
    expect(hidden.yearOverYear).toEqual({ from: 2025, to: 2026 });
    expect(hidden.changes).toEqual([]);
    expect(hidden.summary.hiddenYearOnly).toBe(3); // nam, trich_yeu, the deadline
    const shown = compareDocuments(a, b, { keepYears: true });
    expect(shown.changes.map((c) => c.field ?? c.id)).toEqual(['nam', 'trich_yeu', 'giam-sat']);
    expect(shown.changes.every((c) => c.yearOnly || c.details?.every((d) => d.yearOnly))).toBe(true);
  });

  it('keeps a year change that is not the program moving on a year', () => {
    const a = program();
    const b = program();
    b.trich_yeu = b.trich_yeu.replace('2026', '2027'); // same program year: a real correction
    expect(compareDocuments(a, b).changes.map((c) => c.field)).toEqual(['trich_yeu']);
  });

  it('compares quy chế chương and điều: an điều reworded, a chương added', () => {
    const a = regulation();
    const b = regulation();
    b.chuong![0].dieu[0].noi_dung = 'Quy chế này quy định nguyên tắc, nội dung và cách thức phối hợp công tác.';
    b.chuong!.push({ id: 'thi-hanh', ten: 'Điều khoản thi hành', dieu: [{ ten: 'Hiệu lực thi hành', noi_dung: 'Quy chế có hiệu lực từ ngày ký.' }] });
    const diff = compareDocuments(a, b);
    expect(top(diff).map((c) => [c.kind, c.element, c.newPosition])).toEqual([['changed', 'dieu', 1], ['added', 'chuong', 2]]);
    const article = diff.changes[0];
    expect(article.details![0]).toMatchObject({ field: 'noi_dung', kind: 'changed' });
    expect(article.details![0].words!.filter((w) => w.op === 'insert').map((w) => w.text).join('')).toContain('nguyên tắc, nội dung và cách thức');
    expect(diff.changes[1].details!.map((d) => [d.kind, d.element, d.newPosition, d.newTitle])).toEqual([['added', 'dieu', 3, 'Hiệu lực thi hành']]);
    expectMirrored(a, b);
  });

  it('reports a điều moved to another chương', () => {
    const a = regulation();
    a.chuong!.push({ id: 'khac', ten: 'Quy định khác', dieu: [{ id: 'bao-cao', ten: 'Chế độ báo cáo', noi_dung: 'Báo cáo 6 tháng và cả năm.' }] });
    const b = structuredClone(a);
    b.chuong![1].dieu.unshift(b.chuong![0].dieu.pop()!);
    const diff = compareDocuments(a, b);
    expect(top(diff).map((c) => [c.kind, c.id, c.oldParent, c.newParent])).toEqual([['moved', 'nguyen-tac', 1, 2]]);
  });

  it('compares a file that failed the schema, whole where its shape is odd, without throwing', () => {
    const a = program() as unknown as Record<string, unknown>;
    const b = { ...program(), noi_dung: 'không phải danh sách', ben: [1, 2], trich_yeo: 'gõ sai khóa' } as unknown as CochuongDocument;
    const diff = compareDocuments(a, b);
    expect(top(diff).map((c) => [c.kind, c.field])).toEqual([['changed', 'ben'], ['changed', 'noi_dung'], ['added', 'trich_yeo']]);
    expectMirrored(a, b);
  });

  it('reads "__proto__", "constructor" and "toString" in a file as data, never as built-ins', () => {
    const yaml = stringify(program(), { lineWidth: 0 });
    const odd = checkText('odd.yaml', `${yaml}__proto__: {x: 1}\nconstructor: y\nnoi_nhan_cu: [toString]\n`).parsed!.data as Record<string, unknown>;
    (odd.noi_dung as Record<string, unknown>[])[0].thoi_gian = 'constructor';
    const diff = compareDocuments(program(), odd);
    expect(top(diff).map((c) => [c.kind, c.field ?? c.id])).toEqual([['changed', 'tiep-xuc-cu-tri'], ['added', '__proto__'], ['added', 'constructor'], ['added', 'noi_nhan_cu']]);
    const text = formatText(diff, { lang: 'vi' }) + formatText(compareDocuments(odd, program()), { lang: 'en' });
    expect(text).not.toMatch(/native code|function|undefined|\[object Object\]/);
    expect(text).toContain('Thời gian: Trước và sau kỳ họp HĐND xã → constructor');
  });

  it('is mirrored for a whole year of changes', () => {
    expectMirrored(example('cau-giay-2019.yaml'), example('cau-giay-2020.yaml'));
    expectMirrored(example('cau-giay-2019.yaml'), example('cau-giay-2020.yaml'), { keepYears: true });
  });

  it('names a responsibility as its own side names the unit, so a removed one mirrors an added one', () => {
    const a = program();
    a.to_chuc_thuc_hien!.trach_nhiem!.push({ ben: 'cong-an', nhiem_vu: 'Bảo đảm an ninh, trật tự.' });
    const b = program();
    b.don_vi = [];
    b.noi_dung![1].phoi_hop = ['mttq'];
    const removed = compareDocuments(a, b).changes.find((c) => c.element === 'trach_nhiem');
    expect(removed).toMatchObject({ kind: 'removed', oldTitle: 'Công an xã Phù Đổng' });
    expectMirrored(a, b);
  });

  it('is mirrored when a paragraph of white space only is added', () => {
    const a = program();
    const b = program();
    b.muc_dich = [...(b.muc_dich as string[]), ' '];
    expectMirrored(a, b);
  });

  it('round-trips through YAML text unchanged', () => {
    const doc = program();
    const again = checkText('again.yaml', stringify(doc, { lineWidth: 0 }));
    expect(compareDocuments(doc, again.document).changes).toEqual([]);
  });
});

describe('compareDocuments on Cầu Giấy 2019 → 2020', () => {
  const diff = compareDocuments(example('cau-giay-2019.yaml'), example('cau-giay-2020.yaml'));

  it('sees consecutive years of one program', () => {
    expect(diff.yearOverYear).toEqual({ from: 2019, to: 2020 });
  });

  it('reports the header facts that really changed', () => {
    const header = diff.changes.filter((c) => c.section === 'thong_tin');
    expect(header.map((c) => [c.field, c.oldShown ?? c.old, c.newShown ?? c.new])).toEqual([['so', 2, 1], ['ngay_ban_hanh', '21/02/2019', '13/02/2020']]);
  });

  it('reports the new signer of the UBND and nothing else about the parties', () => {
    const parties = diff.changes.filter((c) => c.section === 'ben');
    expect(parties).toHaveLength(1);
    expect(parties[0].details!.map((d) => [d.field, d.old, d.new])).toEqual([['ky.ho_ten', 'Lương Quốc Bảo', 'Hà Minh Tuấn']]);
  });

  it('reports the items as the file says: one added, one removed, two reworded, one renamed, one moved', () => {
    const items = diff.changes.filter((c) => c.section === 'noi_dung');
    const summary = items.map((c) => `${c.kind} ${c.id ?? `${c.oldTitle ? 'renamed' : ''}`}`);
    expect(summary).toEqual([
      'removed dai-hoi-mttq', 'added dai-hoi-dang', 'moved thi-dua', 'changed giam-sat', 'changed tiep-cong-dan', 'changed renamed',
    ]);
    const renamed = items[5];
    expect(detail(renamed, 'id')).toMatchObject({ old: 'cu-tri-chuyen-de', new: 'tiep-xuc-cu-tri' });
    const added = renamed.details!.find((d) => d.field === 'mo_ta')!.words!.filter((w) => w.op === 'insert').map((w) => w.text).join('');
    expect(added).toContain('kịp thời thông báo kết quả giải quyết tới cử tri');
    expect(items[2]).toMatchObject({ oldPosition: 8, newPosition: 4 });
  });

  it('reports the added recipient', () => {
    expect(diff.changes.filter((c) => c.section === 'noi_nhan').map((c) => [c.kind, c.new])).toEqual([['added', 'Các Ban HĐND quận']]);
  });

  it('hides the year-only changes the file lists, and shows them with keepYears', () => {
    expect(diff.changes.some((c) => ['trich_yeu', 'loi_ban_hanh', 'nam'].includes(c.field ?? ''))).toBe(false);
    expect(diff.changes.some((c) => c.id === 'tuyen-truyen')).toBe(false);
    expect(diff.changes.some((c) => c.section === 'to_chuc_thuc_hien' || c.section === 'muc_dich')).toBe(false);
    const all = compareDocuments(example('cau-giay-2019.yaml'), example('cau-giay-2020.yaml'), { keepYears: true });
    const yearOnly = all.changes.flatMap((c) => (c.details ? c.details : [c])).filter((c) => c.yearOnly).map((c) => c.field);
    expect(yearOnly.sort()).toEqual(['loi_ban_hanh', 'mo_ta', 'muc_dich', 'nam', 'tong_ket.mo_ta', 'trich_yeu']);
    expect(diff.summary.hiddenYearOnly).toBe(6);
  });

  it('counts what it shows', () => {
    expect(diff.summary).toEqual({
      added: 2, removed: 1, changed: 6, moved: 1, other: 4, hiddenYearOnly: 6,
      byUnit: [{ element: 'noi_dung', added: 1, removed: 1, changed: 3, moved: 1 }],
    });
  });
});
